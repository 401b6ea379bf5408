"""The lock screen, Ctrl+L and the idle auto-lock, through the real window."""

import uuid

import pytest
from gui_helpers import all_text, close_window, open_window
from PySide6.QtCore import Qt
from security_helpers import PASSPHRASE

from journal_app.core import encryption
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

pytestmark = pytest.mark.usefixtures("default_auto_lock")


@pytest.fixture
def marker():
    return f"marker-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def encrypted_dir(data_dir, marker):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title=f"Evening {marker}", body=f"Called my sponsor {marker}"))
    journal.close()
    result = encryption.encrypt_journal(data_dir, PASSPHRASE)
    return data_dir, result.recovery_key


@pytest.fixture
def unlocked(qtbot, encrypted_dir):
    data_dir, _ = encrypted_dir
    journal = Journal.open(data_dir, encryption.unlock(data_dir, passphrase=PASSPHRASE))
    win = open_window(qtbot, journal, data_dir)
    yield win
    close_window(win)


def _unlock(qtbot, win, secret, *, recovery=False):
    screen = win.security.lock_screen
    if recovery:
        screen.use_recovery.setChecked(True)
    qtbot.keyClicks(screen.secret, secret)
    with qtbot.waitSignal(screen.attempt_done, timeout=10_000):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def test_an_encrypted_journal_starts_locked_and_opens_with_its_passphrase(qtbot, encrypted_dir, marker):
    data_dir, _ = encrypted_dir
    win = open_window(qtbot, None, data_dir)  # what run_app does for an encrypted journal
    try:
        assert win.security.locked and win.centralWidget().currentWidget() is win.security.lock_screen
        assert marker not in all_text(win)
        assert not win.journal_view.new_actions[EntryKind.NOTE].isEnabled()
        assert win.help_action.isEnabled()  # help is always one click away, even locked

        _unlock(qtbot, win, "not my passphrase")
        assert win.security.locked
        assert "does not open this journal" in win.security.lock_screen.message.text()
        assert win.security.lock_screen.secret.text() == ""

        _unlock(qtbot, win, PASSPHRASE)
        assert not win.security.locked and win.ctx.journal is not None
        assert marker in all_text(win)
        assert win.journal_view.new_actions[EntryKind.NOTE].isEnabled()
    finally:
        close_window(win)


def test_ctrl_l_closes_the_journal_and_clears_every_widget(qtbot, unlocked, marker):
    win = unlocked
    win.journal_view.table.selectRow(0)  # the entry is open in the editor too
    assert marker in all_text(win)
    journal = win.ctx.journal
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.security.locked
    assert win.ctx.journal is None and not journal.is_open
    assert marker not in all_text(win)
    _unlock(qtbot, win, PASSPHRASE)
    assert marker in all_text(win)


def test_the_recovery_key_opens_it_too(qtbot, encrypted_dir, unlocked, marker):
    _, recovery_key = encrypted_dir
    assert unlocked.lock()
    _unlock(qtbot, unlocked, recovery_key.lower().replace("-", " "), recovery=True)
    assert not unlocked.security.locked and marker in all_text(unlocked)


def test_idle_time_locks_the_journal(qtbot, unlocked, marker):
    assert unlocked.security.idle.minutes == 5  # the default for an encrypted journal
    unlocked.security.set_auto_lock_minutes(0.002)  # about a tenth of a second, for the test
    qtbot.waitUntil(lambda: unlocked.security.locked, timeout=10_000)
    assert unlocked.ctx.journal is None and marker not in all_text(unlocked)
    assert not unlocked.security.idle.counting  # nothing to lock while locked


def test_idle_lock_keeps_unsaved_words_and_gives_them_back(qtbot, unlocked):
    view = unlocked.journal_view
    view.new_actions[EntryKind.NOTE].trigger()
    view.editor.body.setFocus()
    qtbot.keyClicks(view.editor.body, "Half a thought about today")
    assert view.editor.is_dirty
    assert unlocked.security.lock(ask=False)
    assert "Half a thought" not in all_text(unlocked)
    _unlock(qtbot, unlocked, PASSPHRASE)
    assert view.editor.body.toPlainText() == "Half a thought about today"
    assert view.editor.is_dirty


def test_a_plain_journal_has_no_lock_and_no_auto_lock(qtbot, journal, data_dir):
    win = open_window(qtbot, journal, data_dir)
    try:
        win.security.lock_action.trigger()  # Ctrl+L: it says what locking needs instead of nothing
        assert "Locking needs encryption" in win.statusBar().currentMessage()
        assert win.security.idle.minutes == 0 and not win.security.idle.counting
        assert not win.lock()
    finally:
        close_window(win)


def test_locking_closes_open_dialogs_too(qtbot, unlocked):
    dialog = unlocked.security.show_restore_dialog()
    assert dialog.isVisible()
    assert unlocked.lock()
    assert not dialog.isVisible()
    assert not unlocked.security.restore_action.isEnabled()


def test_unlocking_a_damaged_journal_offers_the_newest_good_backup(qtbot, data_dir):
    from journal_app.core import paths
    from journal_app.gui.security.restore_dialog import RestoreDialog

    journal = Journal.open(data_dir)
    for i in range(150):
        journal.save(Entry(kind=EntryKind.NOTE, title=f"Day {i}", body="A long quiet evening. " * 40))
    journal.backup()
    journal.close()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    path = paths.journal_file(data_dir)
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 : (middle + 3) * 4096] = b"\xab" * (3 * 4096)
    path.write_bytes(bytes(data))

    win = open_window(qtbot, None, data_dir)
    try:
        _unlock(qtbot, win, PASSPHRASE)
        assert win.security.locked and "moved aside" in win.security.lock_screen.message.text()
        dialog = next(d for d in win.findChildren(RestoreDialog) if d.isVisible())
        assert dialog.model.backup_at(0).entries == 150
        dialog.reject()
    finally:
        close_window(win)


def test_locking_forgets_journal_text_copied_to_the_clipboard(qtbot, unlocked, marker, monkeypatch):
    from PySide6.QtGui import QClipboard, QGuiApplication

    # the offscreen platform never reports owning its clipboard; a desktop does after a copy
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self: True)
    win = unlocked
    win.journal_view.table.selectRow(0)
    editor = win.journal_view.editor
    editor.body.selectAll()
    editor.body.copy()
    clipboard = QGuiApplication.clipboard()
    assert marker in clipboard.text()
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.security.locked and marker not in clipboard.text()


def test_the_lock_screen_can_show_the_passphrase_being_typed(qtbot, unlocked):
    win = unlocked
    win.lock()
    screen = win.security.lock_screen
    qtbot.keyClicks(screen.secret, "typed")
    assert screen.secret.echoMode() == screen.secret.EchoMode.Password
    screen.show_secret.setChecked(True)
    assert screen.secret.echoMode() == screen.secret.EchoMode.Normal and screen.secret.text() == "typed"
    screen.show_secret.setChecked(False)
    assert screen.secret.echoMode() == screen.secret.EchoMode.Password


def test_a_locked_journal_shows_the_devices_country_numbers_in_get_help(qtbot, encrypted_dir):
    from journal_app.core import crisis
    from journal_app.gui.dialogs.get_help import GetHelpDialog

    data_dir, _ = encrypted_dir
    crisis.choose_country(data_dir, "GB")
    win = open_window(qtbot, None, data_dir)
    try:
        assert win.security.locked and win.ctx.journal is None and win.help_action.isEnabled()
        win.help_action.trigger()  # F1 on the lock screen
        dialog = win.help_dialog
        assert isinstance(dialog, GetHelpDialog) and dialog.isVisible()
        text = dialog.numbers_label.text()
        assert "999" in text and "116 123" in text
        assert "911" not in text and "988" not in text and "1-800-662-4357" not in text
    finally:
        close_window(win)


def test_an_idle_lock_while_the_overdose_card_is_open_brings_it_back_after_unlocking(qtbot, unlocked):
    from datetime import date, timedelta

    win = unlocked
    journal = win.ctx.journal
    journal.add_recovery_start("Opioids", date.today() - timedelta(days=30))
    entry = journal.save(Entry(kind=EntryKind.USE, substance="Heroin"))
    win.ctx.events.entry_saved.emit(entry)
    hook = win.safety_hook
    assert hook.last_dialog is not None and hook.last_dialog.isVisible()

    win.security.set_auto_lock_minutes(0.002)  # away from the computer with the card open
    qtbot.waitUntil(lambda: win.security.locked, timeout=10_000)
    win.security.set_auto_lock_minutes(5)
    assert not hook.last_dialog.isVisible() and hook.pending is not None  # closed by the lock: not counted

    _unlock(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: hook.last_dialog is not None and hook.last_dialog.isVisible())
    assert "tolerance" in hook.last_dialog.text_label.text()
    assert win.ctx.journal.lost_tolerance_notice(entry) is not None  # still not counted as shown
    hook.last_dialog.ok_button.click()
    qtbot.waitUntil(lambda: hook.pending is None)
    assert win.ctx.journal.lost_tolerance_notice(entry) is None  # closed by the person: counted


def test_own_crisis_numbers_saved_before_show_on_the_lock_screen_after_an_unlock(qtbot, unlocked):
    from journal_app.core.plan import CrisisNumber
    from journal_app.gui.dialogs.get_help import GetHelpDialog

    win = unlocked
    win.ctx.journal.plan.replace_crisis_numbers([CrisisNumber("My sponsor's line", "555-0199")])
    assert win.lock()
    _unlock(qtbot, win, PASSPHRASE)  # unlocking copies them to the device file
    assert win.lock()
    win.help_action.trigger()
    dialog = win.help_dialog
    assert isinstance(dialog, GetHelpDialog) and "555-0199" in dialog.numbers_label.text()
    dialog.close()


def test_the_lock_screen_fits_a_small_window_at_the_largest_text(qtbot, encrypted_dir, restore_look):
    """800×500 at 24 points: the recovery-key hint wraps (the window stays 800 wide) and the two
    check boxes line up one under the other."""
    from fit_check import fit_problems
    from PySide6.QtWidgets import QApplication

    from journal_app.gui import theme

    theme.apply(restore_look, "light", 24)
    data_dir, _ = encrypted_dir
    win = open_window(qtbot, None, data_dir)
    try:
        win.resize(800, 500)
        screen = win.security.lock_screen
        screen.use_recovery.setChecked(True)
        for _ in range(3):
            QApplication.processEvents()
        assert win.width() == 800, "the window grew to fit one line of words"
        assert fit_problems(win, (800, 500)) == []
        screen.use_recovery.setChecked(False)
        QApplication.processEvents()
        assert screen.show_secret.x() == screen.use_recovery.x()
        words = screen.secret.fontMetrics().horizontalAdvance(screen.secret.placeholderText())
        assert screen.secret.width() > words, "the placeholder 'Passphrase' is cut"
        box = screen.show_secret
        assert box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth, None, box) >= 20
    finally:
        close_window(win)
