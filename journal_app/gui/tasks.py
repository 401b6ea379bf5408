"""The one helper for long work: run a function in the thread pool, report back by signals.

The function runs off the GUI thread and must not touch widgets. It receives a
``progress(done, total)`` callable; calling it after :meth:`Task.cancel` raises
:class:`Cancelled`, which ends the work quietly. Results and errors arrive on the
GUI thread through ``finished`` and ``failed``.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import JournalError


class Cancelled(Exception):
    """The person pressed Cancel; the work stopped and changed nothing."""


class Task(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(*self._args, progress=self.report, **self._kwargs)
        except Cancelled:
            self.cancelled.emit()
        except JournalError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            traceback.print_exc()
            self.failed.emit(f"Something went wrong: {exc}")
        else:
            self.finished.emit(result)
        finally:
            self.done.set()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.run()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn(*args, progress=..., **kwargs)`` in the background.

    The callbacks are connected before the work starts, so none is missed, and
    they run on the GUI thread.
    """
    task = Task(fn, *args, **kwargs)
    for signal, slot in (
        (task.finished, on_done),
        (task.failed, on_error),
        (task.progress, on_progress),
        (task.cancelled, on_cancelled),
    ):
        if slot is not None:
            signal.connect(slot)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task
