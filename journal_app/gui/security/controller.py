"""The window's privacy and safety: lock (Ctrl+L), idle auto-lock, encryption, backups and restore.

One :class:`SecurityController` per main window. It puts the lock screen in
front of the window's content, adds the actions to the File menu, takes the
automatic backups (once a day while open, and on close) and opens the
encryption and restore dialogs. Locking closes the database and calls
``set_journal(None)`` on every view, so no journal text stays in a widget.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QWidget

from ...core import db as dbmod
from ...core import integrity, keyfile
from ...core.errors import DamagedJournalError, JournalError, MissingJournalError
from ...core.journal import Journal
from ...core.settings import DeviceSettings
from .idle import DEFAULT_MINUTES_WHEN_ENCRYPTED, IdleWatcher
from .lock_screen import LockScreen, Unlocked
from .restore_dialog import RestoreDialog

AUTO_LOCK_SETTING = "security.auto_lock_minutes"  # a device setting (core/settings.py)
OLD_AUTO_LOCK_KEY = "security/auto_lock_minutes"  # where versions before the Settings dialog kept it
DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000  # look once an hour whether today's backup is there
FIRST_BACKUP_CHECK_MS = 5_000  # and soon after opening, once the window is up (not before it shows)


def _move_old_auto_lock(device: DeviceSettings) -> None:
    """Move a value kept by an older version in QSettings into the device settings file, once."""
    settings = QSettings()
    old = settings.value(OLD_AUTO_LOCK_KEY)
    if old is None:
        return
    settings.remove(OLD_AUTO_LOCK_KEY)
    try:
        device.set(AUTO_LOCK_SETTING, max(0.0, float(old)))
    except (TypeError, ValueError, OSError):
        pass  # a damaged old value or an unwritable folder: the default stands


class SecurityController(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.data_dir = self.ctx.data_dir
        self._held_draft = None
        self._disabled_while_locked: list[QAction] = []
        self.lock_screen = LockScreen(self.data_dir)
        self.lock_screen.unlocked.connect(self.unlock)
        self.pages = QStackedWidget()
        self.content = window.takeCentralWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.lock_screen)
        window.setCentralWidget(self.pages)
        self._build_actions()
        self.idle = IdleWatcher(self.auto_lock_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(DAILY_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.daily_backup)
        self.backup_timer.start()
        if self.ctx.journal is None and self.encrypted:
            self._show_locked()
        else:
            self._soon_daily_backup()
        self._update_actions()

    # -- set-up ---------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        self.lock_action = QAction(self.tr("&Lock the journal"), w, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_pressed)
        self.encryption_action = QAction(self.tr("&Encryption and passphrase…"), w)
        self.encryption_action.triggered.connect(self.show_encryption_dialog)
        self.backup_action = QAction(self.tr("&Back up now"), w)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), w)
        self.restore_action.triggered.connect(self.show_restore_dialog)
        self.actions = [self.backup_action, self.restore_action, self.encryption_action, self.lock_action]
        menu = w.file_menu
        before = getattr(w, "file_menu_end", None)
        for action in self.actions:
            w.addAction(action)
            menu.insertAction(before, action) if before is not None else menu.addAction(action)

    @property
    def encrypted(self) -> bool:
        return keyfile.journal_is_encrypted(self.data_dir)

    @property
    def locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def _device(self) -> DeviceSettings | None:
        if self.data_dir is None:
            return None
        device = DeviceSettings.load(self.data_dir)
        _move_old_auto_lock(device)
        return device

    def auto_lock_minutes(self) -> float:
        """The device setting ``security.auto_lock_minutes``; below 0 means the default for this journal."""
        device = self._device()
        value = device.get(AUTO_LOCK_SETTING) if device is not None else -1.0
        if value < 0:
            return float(DEFAULT_MINUTES_WHEN_ENCRYPTED if self.encrypted else 0)
        return float(value)

    def set_auto_lock_minutes(self, minutes: float) -> None:
        device = self._device()
        if device is not None:
            device.set(AUTO_LOCK_SETTING, float(minutes))
        self.apply_auto_lock()

    def apply_auto_lock(self) -> None:
        """Take up a changed auto-lock setting now (the Settings dialog calls this)."""
        self.idle.set_minutes(self.auto_lock_minutes() if self.encrypted else 0)

    def _update_actions(self) -> None:
        is_open = self.ctx.journal is not None
        self.lock_action.setEnabled(is_open)  # without encryption, Ctrl+L says what locking needs
        self.lock_action.setToolTip(
            "" if self.encrypted else self.tr("Locking needs encryption: turn it on first")
        )
        for action in (self.backup_action, self.encryption_action):
            action.setEnabled(is_open)
        self.restore_action.setEnabled(not self.locked)  # also when the journal was damaged
        self.idle.set_minutes(self.auto_lock_minutes() if self.encrypted else 0)
        if not is_open:
            self.idle.pause()
        else:
            self.idle.resume()

    # -- lock and unlock ----------------------------------------------------------
    def lock_pressed(self) -> None:
        """Ctrl+L: lock, or say what locking needs when the journal is not encrypted."""
        if self.ctx.journal is not None and not self.encrypted:
            self.window.statusBar().showMessage(
                self.tr("Locking needs encryption: turn it on in File ▸ Encryption and passphrase…"), 10000
            )
            return
        self.lock(ask=True)

    def lock(self, ask: bool = False) -> bool:
        """Close the journal and show the lock screen; ``ask``: may ask about unsaved changes first."""
        journal = self.ctx.journal
        if journal is None or not self.encrypted:
            return False
        view = self.window.journal_view
        draft = view.unsaved_draft()
        if draft is not None:
            if ask:
                if not view.may_leave_editor():
                    return False
            else:  # away from the computer: keep the words in memory, give them back after unlocking
                self._held_draft = draft
        for dialog in self.window.findChildren(QDialog):  # nothing of the journal stays on screen
            if dialog.isVisible():
                dialog.reject()
        self.ctx.tasks.stop_all()  # work still running stops, adding nothing, before the journal closes
        self.window.set_journal(None)
        journal.close()
        forget_our_clipboard()
        self._show_locked()
        return True

    def _show_locked(self) -> None:
        self.lock_screen.reset()
        self.pages.setCurrentWidget(self.lock_screen)
        if not self._disabled_while_locked:
            self._disabled_while_locked = [a for a in self._journal_actions() if a.isEnabled()]
            for action in self._disabled_while_locked:
                action.setEnabled(False)
        self._update_actions()
        self.locked_changed.emit(True)

    def _journal_actions(self) -> list[QAction]:
        keep = {
            getattr(self.window, "help_action", None),
            getattr(self.window, "quit_action", None),
            *self.actions,
        }
        return [a for a in self.window.actions() if a not in keep]

    def unlock(self, result: Unlocked) -> None:
        """The lock screen checked the passphrase and opened the journal (or found it damaged)."""
        if result.journal is None:
            self.lock_screen.reset(str(result.problem))
            self.show_restore_dialog(result.key, reason=str(result.problem))
            return
        self._open(result.journal)

    def _open(self, journal: Journal) -> None:
        for action in self._disabled_while_locked:
            action.setEnabled(True)
        self._disabled_while_locked = []
        self.pages.setCurrentWidget(self.content)
        self.window.set_journal(journal)
        self._give_back_draft()
        self._update_actions()
        self._soon_daily_backup()
        self.locked_changed.emit(False)

    def _give_back_draft(self) -> None:
        draft, self._held_draft = self._held_draft, None
        if draft is None:
            return
        self.window.journal_view.give_back_draft(draft)  # still not saved: leaving it asks
        self.window.statusBar().showMessage(self.tr("Your unsaved entry is back in the editor."), 8000)

    def reopen(self, key: bytes | None) -> None:
        """Open the journal again after its file was switched or restored (key: None for plain)."""
        try:
            journal = Journal.open(self.data_dir, key)
        except JournalError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot open the journal"), str(exc))
            self._show_locked() if self.encrypted else None
            return
        self._open(journal)

    def release(self) -> None:
        """Close the journal (for a switch or a restore), clearing every view."""
        journal = self.ctx.journal
        self.window.set_journal(None)
        if journal is not None:
            journal.close()

    # -- dialogs and backups ------------------------------------------------------
    def _refused_while_busy(self, doing: str, title: str) -> bool:
        """True (after saying why) when background work is running and ``doing`` has to wait."""
        message = self.ctx.tasks.refusal(doing)
        if message is None:
            return False
        QMessageBox.information(self.window, title, message)
        return True

    def show_encryption_dialog(self):
        if self._refused_while_busy(self.tr("Change encryption"), self.tr("Encryption")):
            return None
        from .encryption_dialog import EncryptionDialog  # loaded when first opened

        dialog = EncryptionDialog(
            self.data_dir,
            self.release,
            self.reopen,
            self.window,
            auto_lock_minutes=self.auto_lock_minutes(),
            on_auto_lock_changed=self.set_auto_lock_minutes,
        )
        dialog.finished.connect(lambda _result: self._update_actions())
        dialog.open()
        return dialog

    def show_restore_dialog(self, key: bytes | None = None, reason: str = "") -> RestoreDialog | None:
        if self._refused_while_busy(self.tr("Restore a backup"), self.tr("Restore from a backup")):
            return None
        if key is None and self.ctx.journal is not None:
            key = self.ctx.journal.key
        dialog = RestoreDialog(self.data_dir, key, self.release, self.reopen, self.window, reason=reason)
        dialog.open()
        return dialog

    def _soon_daily_backup(self) -> None:
        QTimer.singleShot(FIRST_BACKUP_CHECK_MS, self, self.daily_backup)

    def daily_backup(self) -> None:
        journal = self.ctx.journal
        if journal is None or self.ctx.tasks.busy:  # looked at again within the hour
            return
        try:
            journal.backup_automatic()
        except (JournalError, OSError) as exc:
            self.window.statusBar().showMessage(
                self.tr("Today's backup could not be made: {reason}").format(reason=exc), 10000
            )

    def backup_now(self) -> None:
        journal = self.ctx.journal
        if journal is None or self._refused_while_busy(self.tr("Back up"), self.tr("No backup made")):
            return
        try:
            path = journal.backup()
        except (JournalError, OSError) as exc:
            QMessageBox.warning(
                self.window,
                self.tr("No backup made"),
                self.tr("The backup could not be made: {reason}").format(reason=exc),
            )
            return
        self.window.statusBar().showMessage(
            self.tr("Backup saved: {name} (%Ln entries).", "", journal.count()).format(name=path.name), 8000
        )

    def on_close(self, journal: Journal | None) -> None:
        """The backup taken when the app closes (then the automatic ones rotate)."""
        self.idle.stop_watching()
        self.backup_timer.stop()
        if journal is None:
            return
        try:
            journal.backup_automatic(on_close=True)
        except (JournalError, OSError) as exc:  # closing must not be blocked; earlier backups remain
            print(f"recovery-journal: the backup on close could not be made: {exc}", file=sys.stderr)


CHECK_POLL_MS = 50


def forget_our_clipboard() -> None:
    """Text copied out of the journal does not outlive the lock (text another program put
    on the clipboard is not ours to clear)."""
    from PySide6.QtGui import QClipboard, QGuiApplication

    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        if mode == QClipboard.Mode.Selection and not clipboard.supportsSelection():
            continue
        if clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard else clipboard.ownsSelection():
            clipboard.clear(mode)


def start_window(data_dir: Path, make_window: Callable[[Journal | None], QWidget]):
    """Open the journal and build its window while ``quick_check`` runs alongside, on its own
    connection (it reads every page: about 0.4 s at 100,000 entries), so the window is not held
    back by it. If the check finds damage, the window is cleared, the journal moved aside and
    the restore dialog offered (``on_damaged``). The second value is damage already known at start.
    An encrypted journal is not opened here: the window starts at the lock screen."""
    journal, check, damaged = None, None, None
    try:
        if not keyfile.journal_is_encrypted(data_dir):
            journal = Journal.open(data_dir, check=False)
            check = True  # started once the window is up, so it does not slow the first paint
    except (DamagedJournalError, MissingJournalError) as exc:
        damaged = exc  # moved aside, never replaced by an empty one
    try:
        window = make_window(journal)
    except dbmod.DatabaseError:
        problems = integrity.problems_in(data_dir, None) if check else []
        if not problems:
            raise
        if journal is not None:
            journal.close()
        return make_window(None), integrity.move_aside_and_offer(data_dir, None, problems)
    if check and journal is not None:
        _watch_check(window, journal, data_dir)
    return window, damaged


def _watch_check(window, journal: Journal, data_dir: Path) -> None:
    timer = QTimer(window)
    timer.setInterval(CHECK_POLL_MS)
    check: integrity.BackgroundCheck | None = None

    def start() -> None:
        nonlocal check
        check = integrity.BackgroundCheck(data_dir, None)
        timer.start()

    def poll() -> None:
        if check is None or not check.finished():
            return
        timer.stop()
        problems = check.problems()
        if not problems:
            return
        window.set_journal(None)
        journal.close()
        damaged = integrity.move_aside_and_offer(data_dir, None, problems)
        print(f"recovery-journal: {damaged}", file=sys.stderr)
        window.security.show_restore_dialog(reason=str(damaged))

    timer.timeout.connect(poll)
    QTimer.singleShot(0, window, start)
    window.integrity_timer = timer
