"""Idle time: a signal after some minutes without a key press, click or mouse move in the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES_WHEN_ENCRYPTED = 5

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once the person has not touched the app for ``minutes`` (0 turns it off)."""

    idle = Signal()

    def __init__(self, minutes: float = 0, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._minutes = 0.0
        self._paused = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)

    @property
    def minutes(self) -> float:
        return self._minutes

    def set_minutes(self, minutes: float) -> None:
        self._minutes = max(0.0, float(minutes))
        self._timer.setInterval(max(1, int(self._minutes * 60_000)))
        self.restart()

    def pause(self) -> None:
        """Stop counting (while locked: there is nothing to lock)."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        self._paused = False
        self.restart()

    def restart(self) -> None:
        if self._minutes > 0 and not self._paused:
            self._timer.start()
        else:
            self._timer.stop()

    @property
    def counting(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def stop_watching(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
