"""The safe crash path: an unexpected error shows a calm dialog, writes a private log, and the app goes on.

``CrashHandler.install()`` takes over ``sys.excepthook`` (errors in slots and
event handlers) and ``threading.excepthook`` (errors on worker threads). Each
error is written to the crash log by ``core.crash_log`` — types and places
only, never a message or a value, so no journal text, passphrase or search
word reaches the file — and the dialog says what happened, that the journal is
safe and where the log is. Errors that come while the dialog is open are
logged and counted, not stacked as more dialogs.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from html import escape
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from ...core import crash_log
from ..widgets import keyboard
from ..widgets.flow_layout import FlowLayout
from ..widgets.scroll_page import ScrollPage, fit_to_screen
from ..widgets.text_blocks import wrapped_label

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _message(log: Path | None) -> str:
    where = (
        QCoreApplication.translate(
            "CrashDialog", "A short note about the problem was saved on this computer, for fixing it:"
        )
        + f"<br><b>{escape(str(log))}</b><br>"
        + QCoreApplication.translate(
            "CrashDialog",
            "It holds no journal text, no passphrase and no search words, and nothing is sent anywhere.",
        )
        if log is not None
        else QCoreApplication.translate(
            "CrashDialog",
            "A note about the problem could not be saved (the folders for it cannot be written).",
        )
    )
    return (
        "<h3>"
        + QCoreApplication.translate("CrashDialog", "Something went wrong inside Recovery Journal.")
        + "</h3>"
        "<p><b>"
        + QCoreApplication.translate("CrashDialog", "Your journal is safe.")
        + "</b> "
        + QCoreApplication.translate(
            "CrashDialog",
            "Everything you saved is still there: each save is written completely or not at all.",
        )
        + "</p><p>"
        + QCoreApplication.translate(
            "CrashDialog",
            "If you were writing something, check that your words are still in the editor and save them.",
        )
        + f"</p><p>{where}</p><p>"
        + QCoreApplication.translate(
            "CrashDialog",
            "You can keep going. If this keeps happening, closing and reopening the app usually helps.",
        )
        + "</p>"
    )


class CrashDialog(QDialog):
    """What happened, that the journal is safe, and where the log is."""

    def __init__(self, log: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.log = log
        self.repeats = 0
        layout = QVBoxLayout(self)
        self.page = ScrollPage()  # at a large text size the words scroll, never cut off
        self.text = wrapped_label(_message(log), rich=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page.body.addWidget(self.text)
        self.repeat_label = wrapped_label("")
        self.repeat_label.hide()
        self.page.body.addWidget(self.repeat_label)
        self.page.body.addStretch(1)
        layout.addWidget(self.page, 1)
        if log is not None:
            actions = FlowLayout()  # the two log buttons wrap onto a second line before they are cut
            self.copy_button = QPushButton(self.tr("Copy the log's location"))
            self.copy_button.clicked.connect(self.copy_location)
            actions.addWidget(self.copy_button)
            self.folder_button = QPushButton(self.tr("Open the log's folder"))
            self.folder_button.clicked.connect(self.open_folder)
            actions.addWidget(self.folder_button)
            layout.addLayout(actions)
        buttons = QDialogButtonBox()
        self.keep_going = buttons.addButton(self.tr("Keep going"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_going.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        keyboard.prepare(self)  # the page's scroll area is no Tab stop of its own
        fit_to_screen(self, self.page, width=self.fontMetrics().averageCharWidth() * 60)

    def copy_location(self) -> None:
        QGuiApplication.clipboard().setText(str(self.log))

    def open_folder(self) -> None:
        if self.log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.parent)))

    def another(self) -> None:
        """One more error while the dialog was open: counted, not shown as another dialog."""
        self.repeats += 1
        self.repeat_label.setText(
            self.tr("This has now happened %Ln times since the message opened.", "", self.repeats + 1)
        )
        self.repeat_label.show()


class CrashHandler(QObject):
    """Owns the exception hooks for one app: log every error, show one calm dialog at a time."""

    crashed = Signal(object)  # the log written (Path) or None; delivered on the GUI thread

    def __init__(self, data_dir: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.dialog: CrashDialog | None = None
        self.last_log: Path | None = None
        self._previous: tuple[object, object] | None = None
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks -------------------------------------------------------------------------------------
    def install(self) -> CrashHandler:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.handle
            threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "worker"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, where=name)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str = "",
        *,
        show: bool = True,
    ) -> None:
        """Log the error (types and places only) and, with ``show``, ask for the dialog on the GUI thread."""
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        try:
            qt = {"qt": __import__("PySide6").__version__}
            report = crash_log.format_report(exc_type, exc, tb, where=where, extra=qt)
            self.last_log = crash_log.write_report(self.data_dir, report)
            print(
                f"recovery-journal: something went wrong ({exc_type.__name__}); the journal is safe. "
                + (f"A note was saved in {self.last_log}." if self.last_log else "No note could be saved."),
                file=sys.stderr,
            )
        except Exception:  # the crash path itself must never crash
            self.last_log = None
        if show:
            self.crashed.emit(self.last_log)

    # -- dialog ------------------------------------------------------------------------------------
    def show_now(self) -> None:
        """The dialog for the last error, waited for (when there is no window to keep running)."""
        CrashDialog(self.last_log).exec()

    @Slot(object)
    def _show(self, log: Path | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.another()
            return
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        self.dialog = CrashDialog(log, parent)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.open()  # no nested event loop inside the hook: the app keeps running
