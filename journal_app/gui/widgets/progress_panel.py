"""A progress bar with a Cancel button for one piece of background work (import, export)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ..tasks import Task, TaskRegistry, run_task


class ProgressPanel(QWidget):
    """Runs work through :func:`tasks.run_task`, showing its progress; Cancel stops it."""

    finished = Signal(object)  # the work's result
    failed = Signal(str)  # one sentence for the person
    cancelled = Signal()

    def __init__(self, parent=None, *, tasks: TaskRegistry | None = None, label: str = ""):
        super().__init__(parent)
        self._registry, self._label = tasks, label or self.tr("the work")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.task: Task | None = None
        self.setVisible(False)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        self.task = run_task(
            fn,
            *args,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            **kwargs,
        )
        if self._registry is not None:
            self._registry.add(self.task, self._label)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def stop(self, timeout: float = 30.0) -> None:
        """Cancel the work, if any, and wait until it has ended (a dialog closing)."""
        if self.task is not None:
            self.task.cancel()
            self.task.done.wait(timeout)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) / total))

    def _end(self) -> None:
        self.task = None
        self.setVisible(False)

    def _done(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
