"""Session mode as the main window offers it: an action (F11 or Ctrl+Shift+S).

This module imports no chart: the window is made, and pyqtgraph loaded, only
when a session starts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..context import RefreshesWhenStale

ACTION_NAME = "sessionModeAction"


class SessionModeController(QObject):
    """The main window's way into session mode: an action (F11 or Ctrl+Shift+S), and
    hiding the normal window while the session runs, then bringing it back as it was."""

    def __init__(self, window, ctx):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.session = None  # the SessionModeWindow while a session runs
        self._state = Qt.WindowState.WindowNoState
        self.action = QAction(window)
        self.action.setObjectName(ACTION_NAME)  # the Charts view's button finds it by this name
        self.action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+S")])
        self.retranslate()
        self.action.triggered.connect(self.start)
        window.addAction(self.action)
        ctx.events.journal_changed.connect(self._journal_changed)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Therapist &session mode"))
        self.action.setToolTip(self.tr("Full screen, large type, private text hidden (F11)"))

    def start(self):
        """Open session mode (full screen); return its window, or None while locked."""
        if self.ctx.journal is None:
            return None
        if self.session is None:
            from .session_mode import SessionModeWindow  # pyqtgraph loads only now

            self._state = self.window.windowState()
            self.session = SessionModeWindow(self.ctx)
            self.session.left_session.connect(self._left)
            self.window.hide()
        self.session.start()
        return self.session

    def end(self) -> None:
        if self.session is not None:
            self.session.close()

    def _built_views(self) -> list[QWidget]:
        return self.window.built_views()  # never build a view just to tell it

    def _journal_changed(self, journal) -> None:
        if journal is None:  # locked: nothing of the journal stays on screen
            self.end()

    def _left(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            session.deleteLater()
        self.window.setWindowState(self._state)
        self.window.show()
        self.window.activateWindow()
        for view in self._built_views():
            if isinstance(view, RefreshesWhenStale):
                view.mark_stale()  # e.g. "since last session" after recording one
