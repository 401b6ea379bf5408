"""Reminders through the real window with a fake clock; the tray never shows journal text."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from security_conftest import fast_kdf  # noqa: F401  (fixture)

from journal_app.core.models import Entry, EntryKind
from journal_app.core.settings import DeviceSettings
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.main_window import MainWindow
from journal_app.gui.tray import NO_TRAY, TrayController


class Clock:
    def __init__(self):
        self.moment = datetime.now().astimezone().replace(hour=8, minute=58, second=0, microsecond=0)

    def __call__(self):
        return self.moment

    def advance(self, minutes):
        self.moment += timedelta(minutes=minutes)


@pytest.fixture
def remind_window(qtbot, journal, data_dir):
    device = DeviceSettings.load(data_dir)
    device.set("reminders.checkin_times", ["09:00"])
    device.set("reminders.message", "Tea and a pause")
    win = MainWindow(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(win)
    win.show()
    clock = Clock()
    win.tray.timer.stop()
    win.tray = TrayController(win, clock=clock, tray_available=False)
    yield win, clock
    win.close()


def test_without_a_tray_reminders_show_in_the_window_with_only_the_chosen_words(remind_window, journal):
    win, clock = remind_window
    journal.save(
        Entry(
            EntryKind.NOTE, title="secret words", occurred_at=datetime.now().astimezone() - timedelta(days=1)
        )
    )
    assert win.tray.check() == []
    clock.advance(3)
    (due,) = win.tray.check()
    assert due.message == "Tea and a pause"
    assert win.statusBar().currentMessage().startswith("Tea and a pause")
    assert "secret" not in win.statusBar().currentMessage()
    assert win.tray.icon is None and win.tray.shown_in_window == [due]


def test_nothing_is_shown_when_todays_checkin_is_done(remind_window, journal):
    win, clock = remind_window
    journal.save(Entry(EntryKind.CHECK_IN, mood=7))
    clock.advance(5)
    assert win.tray.check() == [] and win.tray.shown_in_window == []


def test_snooze_brings_it_back_later(remind_window):
    win, clock = remind_window
    clock.advance(3)
    assert len(win.tray.check()) == 1
    win.tray.snooze_action.trigger()
    clock.advance(10)
    assert win.tray.check() == []
    clock.advance(10)
    assert len(win.tray.check()) == 1


def test_no_tray_is_said_out_loud_when_reminders_are_set(remind_window):
    win, _ = remind_window
    win.tray.reload()
    assert win.statusBar().currentMessage() == NO_TRAY


def test_the_privacy_hotkey_hides_every_window_and_clears_our_clipboard(qtbot, remind_window, monkeypatch):
    from PySide6.QtGui import QClipboard, QGuiApplication

    win, _ = remind_window
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self: True)
    QGuiApplication.clipboard().setText("words from the journal")
    win.tray.hide_everything()
    assert QGuiApplication.clipboard().text() == ""
    assert win.isMinimized() or not win.isVisible()  # no tray here: minimised, so there is a way back


def test_the_tray_tooltip_and_menu_never_show_journal_text(qtbot, journal, data_dir):
    win = MainWindow(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(win)
    tray = TrayController(win, tray_available=True)
    tray.icon.hide()
    assert tray.icon.toolTip() == "Recovery Journal"
    words = [a.text() for a in tray.menu.actions() if a.text()]
    assert words == [
        "Show Recovery Journal",
        "New check-in",
        "Log an urge…",
        "Get help now",
        "Remind me later",
        "Hide everything",
        "Lock the journal",
        "Quit",
    ]
    assert tray.hide_action.shortcut().toString() == "Ctrl+Shift+H"
    tray.menu.aboutToShow.emit()
    assert not tray.lock_action.isEnabled()  # a journal without a passphrase has nothing to lock


@pytest.fixture
def encrypted_window(qtbot, data_dir, fast_kdf, monkeypatch):  # noqa: F811 (fast_kdf is the fixture)
    """The window on an encrypted journal showing a note, with text the app copied on the clipboard."""
    from gui_helpers import close_window, open_window
    from PySide6.QtGui import QClipboard, QGuiApplication
    from security_helpers import PASSPHRASE

    from journal_app.core import encryption
    from journal_app.core.journal import Journal

    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="hotkey-marker words"))
    journal.close()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    win = open_window(
        qtbot, Journal.open(data_dir, encryption.unlock(data_dir, passphrase=PASSPHRASE)), data_dir
    )
    win.nav.setCurrentRow(1)
    # offscreen Qt keeps a clipboard but never says the app owns it; on a desktop it does
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self: True)
    QGuiApplication.clipboard().setText("hotkey-marker words, copied")
    yield win
    close_window(win)


def _press_the_hotkey(qtbot, win, target) -> None:
    """Make ``target``'s window the active one and press the privacy hotkey on it, as a person does."""
    from PySide6.QtTest import QTest

    window = target.window()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 5000)
    hotkey = win.tray.hide_action.shortcut()
    assert hotkey.toString() == "Ctrl+Shift+H"
    QTest.keySequence(target, hotkey)


def _shown_windows(qapp) -> list:
    return [w for w in qapp.topLevelWidgets() if w.isVisible() and not w.isMinimized()]


def test_pressing_the_hotkey_hides_every_window_locks_and_clears_the_copied_text(
    qtbot, qapp, encrypted_window
):
    from gui_helpers import all_text
    from PySide6.QtGui import QGuiApplication

    win = encrypted_window
    assert "hotkey-marker" in all_text(win)
    _press_the_hotkey(qtbot, win, win.focusWidget() or win)
    assert win.security.locked and "hotkey-marker" not in all_text(win)
    assert QGuiApplication.clipboard().text() == ""
    assert _shown_windows(qapp) == []  # no tray here: minimised, so there is a way back


def test_the_hotkey_works_while_a_dialog_blocks_the_window(qtbot, qapp, encrypted_window):
    """Settings (like Get help or an import) is window-modal; Qt gives no application shortcut
    to a blocked window, so the key press is caught where it lands."""
    from gui_helpers import all_text
    from PySide6.QtGui import QGuiApplication

    win = encrypted_window
    dialog = win.show_settings()
    qtbot.waitExposed(dialog)
    field = dialog.controls["recovery.daily_cost"]
    field.setFocus()
    _press_the_hotkey(qtbot, win, field)
    assert win.security.locked and "hotkey-marker" not in all_text(win)
    assert QGuiApplication.clipboard().text() == ""
    assert _shown_windows(qapp) == []


def test_start_at_login_follows_the_settings_through_an_xdg_autostart_entry(
    qtbot, window, data_dir, tmp_path
):
    from journal_app import APP_ID

    entry = tmp_path / "xdg-config" / "autostart" / f"{APP_ID}.desktop"  # conftest's XDG_CONFIG_HOME
    device = DeviceSettings.load(data_dir)
    device.set("autostart.enabled", True)
    device.set("autostart.minimised", True)
    window.ctx.events.settings_changed.emit()
    assert entry.exists() and "--minimised" in entry.read_text()
    device.set("autostart.enabled", False)
    window.ctx.events.settings_changed.emit()
    assert not entry.exists()


def test_welcome_is_reachable_again_from_help_and_the_tray_checks_in_on_today(qtbot, window):
    from journal_app.gui.dialogs.welcome import WelcomeDialog

    window.welcome_action.trigger()
    assert isinstance(window.welcome_dialog, WelcomeDialog) and window.welcome_dialog.isVisible()
    window.welcome_dialog.skip()
    window.nav.setCurrentRow(2)
    window.tray.checkin_action.trigger()
    assert window.current_view().view_title == "Today"


def test_reminder_times_in_quiet_hours_are_explained_when_settings_change(remind_window, data_dir):
    win, _ = remind_window
    DeviceSettings.load(data_dir).set("reminders.checkin_times", ["09:00", "23:15"])
    win.ctx.events.settings_changed.emit()
    assert "23:15 falls in your quiet hours" in win.statusBar().currentMessage()
    assert [r.at.hour for r in win.tray.scheduler.plan.reminders] == [9]
