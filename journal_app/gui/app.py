"""Starting the desktop app: one window per journal."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_ID, APP_NAME, __version__
from ..core import paths
from ..core.content import resources_dir
from ..core.errors import JournalError, JournalInUseError
from ..core.instance_lock import InstanceLock
from . import i18n, theme
from .context import AppContext, JournalEvents
from .dialogs.crash_dialog import CrashHandler
from .dialogs.welcome import welcome_wanted
from .main_window import MainWindow
from .security.controller import start_window

EXIT_IN_USE = 2
EXIT_CANNOT_OPEN = 1


def app_icon() -> QIcon:
    """The app's icon in every rendered size (resources/icons/hicolor), for windows and the task bar."""
    icon = QIcon()
    try:
        for png in sorted(resources_dir().glob(f"icons/hicolor/*/apps/{APP_ID}.png")):
            icon.addFile(str(png))
    except JournalError:  # missing resources: Qt's default icon, the app still starts
        pass
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(argv or [sys.argv[0]]))
    QApplication.setWindowIcon(app_icon())
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("RecoveryJournal")
    QGuiApplication.setDesktopFileName(APP_ID)
    i18n.install(app, "en")  # English plural forms until run_app reads the device's language
    return app


def is_headless() -> bool:
    return QGuiApplication.platformName() in ("offscreen", "minimal") or os.environ.get(
        "QT_QPA_PLATFORM", ""
    ) in ("offscreen", "minimal")


def _refuse(app: QApplication, title: str, message: str) -> None:
    print(f"recovery-journal: {message}", file=sys.stderr)
    if not is_headless():
        QMessageBox.warning(None, title, message)


def _build_window(journal, data_dir: Path) -> MainWindow:
    """The main window; if building it fails (a damaged journal met on the way), the half-built
    window is destroyed at once, so it never lingers among the app's windows."""
    import shiboken6

    def address(widget: QWidget) -> int:  # the C++ object's: a Python wrapper's id() is not stable
        return int(shiboken6.getCppPointer(widget)[0])

    before = set(map(address, QApplication.topLevelWidgets()))
    try:
        return MainWindow(AppContext(journal, JournalEvents(), data_dir))
    except BaseException:
        for widget in QApplication.topLevelWidgets():
            if address(widget) not in before and isinstance(widget, MainWindow):
                shiboken6.delete(widget)
        raise


def run_app(data_dir: Path | None = None, argv: list[str] | None = None, *, minimised: bool = False) -> int:
    """Open the app on the journal in ``data_dir``; return the process exit code.

    ``minimised`` (start at login): the window waits in the tray, where there is one."""
    data_dir = Path(data_dir) if data_dir else paths.resolve_data_dir()
    app = make_application(argv)
    theme.apply_device_settings(app, data_dir)
    i18n.install_for_device(app, data_dir)  # the language, Qt's strings and the locale's dates
    lock = InstanceLock(paths.lock_file(data_dir))
    try:
        lock.acquire()
    except JournalInUseError as exc:
        _refuse(app, QCoreApplication.translate("App", "Already open"), str(exc))
        return EXIT_IN_USE
    crash = CrashHandler(data_dir, app).install()  # an unexpected error: a calm dialog and a private log
    try:
        try:  # quick_check runs alongside building the window; an encrypted journal starts locked
            window, damaged = start_window(data_dir, lambda journal: _build_window(journal, data_dir))
        except JournalError as exc:
            _refuse(app, QCoreApplication.translate("App", "Cannot open the journal"), str(exc))
            return EXIT_CANNOT_OPEN
        except Exception as exc:  # a fault while starting: the calm message and the log, never a traceback
            crash.handle(type(exc), exc, exc.__traceback__, show=False)
            if not is_headless():
                crash.show_now()
            return EXIT_CANNOT_OPEN
        if not (minimised and window.tray.start_hidden()):
            window.show()
        if welcome_wanted(window.ctx.journal) and damaged is None:
            window.show_welcome()  # the first run: a few skippable questions
        if damaged is not None:
            print(f"recovery-journal: {damaged}", file=sys.stderr)
            window.security.show_restore_dialog(reason=str(damaged))
        return app.exec()
    finally:
        crash.uninstall()
        lock.release()
