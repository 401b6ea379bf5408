"""The tray icon, reminders and the privacy hotkey.

The icon's menu: New check-in, Log an urge…, Get help now, Hide everything, Lock the journal, Quit.
Its tooltip and menu only ever say the app's name and these words — never
journal text. Reminders come from ``core.reminders`` (timing, quiet hours,
snooze) asked every half minute and when the machine wakes; a check-in
reminder is skipped once today's check-in is done. Where there is no system
tray the app says so and shows reminders in its own window instead.

The privacy hotkey (``privacy.hotkey``, Ctrl+Shift+H unless changed) and the
tray's "Hide everything" hide every window of the app, lock an encrypted
journal and clear text the app put on the clipboard.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from .. import APP_NAME
from ..core import reminders
from ..core.db import DatabaseError
from ..core.errors import JournalError
from ..core.settings import DeviceSettings
from .security.controller import forget_our_clipboard

CHECK_EVERY_MS = 30_000
NO_TRAY = "There is no system tray on this desktop, so reminders appear in this window while it is open."


class TrayController(QObject):
    """Owns the tray icon (when there is a tray), the reminder timer and the privacy action."""

    def __init__(
        self,
        window,
        *,
        clock: reminders.Clock = reminders.system_clock,
        tray_available: bool | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.clock = clock
        self.shown_in_window: list[reminders.Due] = []  # reminders shown without a tray
        self.last_due: reminders.Due | None = None
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.device = DeviceSettings.load(self.ctx.data_dir) if self.ctx.data_dir is not None else None
        self._build_actions()
        self.icon: QSystemTrayIcon | None = None
        if self.available and self._setting("tray.enabled", True):
            self._build_icon()
        self.problems: list[str] = []
        self.scheduler = self._make_scheduler()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.ctx.events.settings_changed.connect(self.reload)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the hotkey while a dialog blocks the window (eventFilter)
        if self.has_reminders and self.icon is None:
            self.window.statusBar().showMessage(self.no_tray(), 15000)

    # -- set-up -------------------------------------------------------------------------
    def _setting(self, key: str, fallback):
        if self.device is None:
            return fallback
        return self.device.get(key)

    def _build_actions(self) -> None:
        w = self.window
        self.show_action = QAction(w)
        self.show_action.triggered.connect(self.show_window)
        self.checkin_action = QAction(w)
        self.checkin_action.triggered.connect(self.check_in)
        self.urge_action = QAction(w)
        self.urge_action.triggered.connect(self.log_urge)
        self.help_action = QAction(w)
        self.help_action.triggered.connect(self.get_help)
        self.hide_action = QAction(w)
        self.hide_action.setShortcut(QKeySequence(self._setting("privacy.hotkey", "Ctrl+Shift+H")))
        self.hide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.hide_action.triggered.connect(self.hide_everything)
        self.snooze_action = QAction(w)
        self.snooze_action.setEnabled(False)
        self.snooze_action.triggered.connect(self.snooze)
        self.lock_action = QAction(w)
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(w)
        self.quit_action.triggered.connect(self.quit)
        w.addAction(self.hide_action)
        self.retranslate()

    def retranslate(self) -> None:
        """The menu's words in the language installed now (never anything from the journal)."""
        self.show_action.setText(self.tr("Show {app}").format(app=APP_NAME))
        self.checkin_action.setText(self.tr("New check-in"))  # the same names as the main window's
        self.urge_action.setText(self.tr("Log an urge…"))
        self.help_action.setText(self.tr("Get help now"))
        self.hide_action.setText(self.tr("Hide everything"))
        self.hide_action.setToolTip(
            self.tr("Hide every window, lock an encrypted journal, clear what the app copied")
        )
        self.snooze_action.setText(self.tr("Remind me later"))
        self.lock_action.setText(self.tr("Lock the journal"))
        self.quit_action.setText(self.tr("Quit"))

    def no_tray(self) -> str:
        return self.tr(
            "There is no system tray on this desktop, so reminders appear in this window while it is open."
        )

    def _build_icon(self) -> None:
        icon = QIcon.fromTheme("io.github.recoveryjournal.RecoveryJournal")
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogHelpButton)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)  # never anything from the journal
        self.menu = QMenu(self.window)  # goes with the window (a menu without a parent outlived it)
        for action in (self.show_action, self.checkin_action, self.urge_action, self.help_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.snooze_action, self.hide_action, self.lock_action, self.quit_action):
            self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._update_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.check_in)
        self.icon.show()

    def _update_menu(self) -> None:
        """Lock only means something for an encrypted journal that is open."""
        security = self.window.security
        self.lock_action.setEnabled(security.encrypted and not security.locked)

    def _make_scheduler(self) -> reminders.Scheduler:
        plan = reminders.build_plan(
            self._setting("reminders.checkin_times", []),
            evening=self._setting("reminders.evening_time", ""),
            medication_times=self._setting("reminders.medication_times", []),
            appointments=self._setting("reminders.appointments", []),
            quiet_start=self._setting("reminders.quiet_start", ""),
            quiet_end=self._setting("reminders.quiet_end", ""),
            message=self._setting("reminders.message", ""),
            today=self.clock().date(),
        )
        self.problems = plan.problems
        return reminders.Scheduler(
            plan, clock=self.clock, snooze_minutes=self._setting("reminders.snooze_minutes", 15)
        )

    def reload(self) -> None:
        """Settings changed: read them again (what was shown today stays shown)."""
        if self.ctx.data_dir is not None:
            self.device = DeviceSettings.load(self.ctx.data_dir)
        self.scheduler = self._make_scheduler().carry_over(self.scheduler)
        if self.device is not None:
            problem = apply_autostart(self.device)
            if problem:
                self.problems.append(problem)
        self.hide_action.setShortcut(QKeySequence(self._setting("privacy.hotkey", "Ctrl+Shift+H")))
        if self.problems:  # times that collide or fall in quiet hours, said in words
            self.window.statusBar().showMessage(" ".join(self.problems), 20000)
        elif self.has_reminders and self.icon is None and not self.available:
            self.window.statusBar().showMessage(self.no_tray(), 15000)

    @property
    def has_reminders(self) -> bool:
        return bool(self.scheduler.plan.reminders)

    # -- reminders ------------------------------------------------------------------------
    def _done(self, kind: str, day: date) -> bool:
        journal = self.ctx.journal
        if journal is None or kind != reminders.CHECKIN:
            return False
        try:
            return journal.checkin_done(day)
        except (JournalError, DatabaseError):
            return False

    def check(self) -> list[reminders.Due]:
        """Show whatever came due since the last look (the timer and waking call this)."""
        due = self.scheduler.due(self._done)
        for item in due:
            self.notify(item)
        return due

    def notify(self, due: reminders.Due) -> None:
        """Show one reminder: only the words the person chose, nothing from the journal."""
        self.last_due = due
        self.snooze_action.setEnabled(True)
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(APP_NAME, due.message, QSystemTrayIcon.MessageIcon.Information, 15000)
            return
        self.shown_in_window.append(due)
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.window.statusBar().showMessage(f"{due.message} · {now}")

    def snooze(self) -> None:
        if self.last_due is not None:
            when = self.scheduler.snooze(self.last_due)
            self.snooze_action.setEnabled(False)
            at = QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
            self.window.statusBar().showMessage(
                self.tr("I will remind you again at {time}.").format(time=at), 5000
            )

    # -- actions ----------------------------------------------------------------------------
    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def lock(self) -> None:
        self.window.lock()

    def log_urge(self) -> None:
        self.show_window()
        self.window.show_urge_log()

    def get_help(self) -> None:
        self.show_window()
        self.window.show_get_help()

    def check_in(self) -> None:
        self.show_window()
        self.window.nav.setCurrentRow(0)  # Today, with its two-click check-in

    def hide_everything(self) -> None:
        """Away from prying eyes at once: every window hidden, the journal locked (when it is
        encrypted), our clipboard text cleared. Without a tray the window is minimised, so the
        person can always come back."""
        self.window.lock()
        forget_our_clipboard()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and not isinstance(widget, QMenu):
                widget.hide()
        if self.icon is not None:
            self.window.hide()
        else:
            self.window.showMinimized()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The privacy hotkey while a modal dialog is open (Settings, Get help, an import…): Qt
        gives an application shortcut only to a window that no dialog blocks, so there the key
        press itself is caught where it first lands (taken here, it goes no further)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QApplication.activeModalWidget() is not None
            and self.window.isVisible()  # this window's controller, not one left by a closed window
            and QKeySequence(event.keyCombination()) == self.hide_action.shortcut()
        ):
            self.hide_everything()
            return True
        return False

    def quit(self) -> None:
        if self.window.close():
            QApplication.quit()

    def start_hidden(self) -> bool:
        """Whether the window may start hidden in the tray (``--minimised``): only with a tray."""
        return self.icon is not None


def apply_autostart(device: DeviceSettings, **where) -> str | None:
    """Make the start-at-login file match the settings; the reason in words when it cannot."""
    from ..core import autostart

    try:
        autostart.apply(device.get("autostart.enabled"), device.get("autostart.minimised"), **where)
    except OSError as exc:
        return QCoreApplication.translate(
            "TrayController", "Start at login could not be changed: {reason}."
        ).format(reason=exc.strerror or exc)
    return None
