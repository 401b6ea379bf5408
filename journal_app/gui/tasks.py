"""The one helper for long work: run a function in the thread pool, report back by signals.

The function runs off the GUI thread and must not touch widgets. It receives a
``progress(done, total)`` callable; calling it after :meth:`Task.cancel` raises
:class:`Cancelled`, which ends the work quietly. Results and errors arrive on the
GUI thread through ``finished`` and ``failed``.

Work on the journal opens a connection of its own (``Journal.own_connection``),
never the GUI thread's. The main window owns a :class:`TaskRegistry` (handed to
views and dialogs as ``AppContext.tasks``): closing and locking stop the work
that is running and wait for it; backup, restore and encryption refuse with a
message while something runs.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..core import messages
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
            self.failed.emit(self.tr("Something went wrong: {problem}").format(problem=exc))
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


class TaskRegistry:
    """The background work running for one window, so closing, locking, backing up and
    restoring know about it. Plain Python (no Qt object): safe to make before any window."""

    def __init__(self) -> None:
        self._tasks: list[tuple[Task, str]] = []

    def add(self, task: Task, label: str) -> Task:
        """Remember ``task`` (``label`` names it for a person: "the import") until it ends."""
        self._tasks.append((task, label))
        return task

    def running(self) -> list[str]:
        """The labels of the work still running."""
        self._tasks = [(task, label) for task, label in self._tasks if not task.done.is_set()]
        return [label for _task, label in self._tasks]

    @property
    def busy(self) -> bool:
        return bool(self.running())

    def refusal(self, doing: str) -> str | None:
        """None when nothing runs; otherwise the sentence that says why ``doing`` has to wait."""
        labels = self.running()
        if not labels:
            return None
        what = messages.join_and(labels)
        sentence = QCoreApplication.translate(
            "TaskRegistry", "{what} is still running. {doing} when it has finished, or cancel it first."
        )
        if len(labels) > 1:
            sentence = QCoreApplication.translate(
                "TaskRegistry",
                "{what} are still running. {doing} when they have finished, or cancel them first.",
            )
        text = sentence.format(what=what, doing=doing)
        return text[:1].upper() + text[1:]

    def stop_all(self, timeout: float = 30.0) -> bool:
        """Cancel every running task and wait until each has ended; False if one is still running."""
        self.running()
        for task, _label in self._tasks:
            task.cancel()
        for task, _label in self._tasks:
            task.done.wait(timeout)
        return not self.running()
