"""Encryption on/off, a new passphrase, and restoring a backup, through the real dialogs."""

import re

import pytest
from gui_helpers import close_window, open_window
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from security_helpers import NEW_PASSPHRASE, PASSPHRASE, files_containing

from journal_app.core import backups, encryption, keyfile, paths
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

MARKER = "marker-dialogs-9e1"
RECOVERY = re.compile(r"^(?:[A-Z2-7]{4}-){8}[A-Z2-7]{4}$")

pytestmark = pytest.mark.usefixtures("default_auto_lock")


@pytest.fixture
def win(qtbot, data_dir):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="Morning", body=f"Walked by the river {MARKER}"))
    journal.backup()
    window = open_window(qtbot, journal, data_dir)
    yield window
    close_window(window)


@pytest.fixture
def answer_yes(monkeypatch):
    asked = []

    def yes(_parent, title, text, *_a, **_k):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    for where in ("encryption_dialog", "restore_dialog"):
        monkeypatch.setattr(f"journal_app.gui.security.{where}.QMessageBox.question", yes)
    monkeypatch.setattr(
        "journal_app.gui.security.encryption_dialog.QMessageBox.information", lambda *a, **k: None
    )
    return asked


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _turn_on(qtbot, win):
    dialog = win.security.show_encryption_dialog()
    qtbot.addWidget(dialog)
    assert dialog.pages.currentWidget() is dialog.turn_on_page
    qtbot.keyClicks(dialog.new_pass, PASSPHRASE)
    qtbot.keyClicks(dialog.new_pass_again, PASSPHRASE)
    _click(qtbot, dialog.turn_on_button)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.recovery_page, timeout=20_000)
    return dialog


def _keep_key_and_close(dialog):
    dialog.recovery_saved.setChecked(True)
    dialog.reject()


def test_the_recovery_key_page_cannot_be_closed_before_the_key_is_kept(qtbot, win):
    dialog = _turn_on(qtbot, win)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.recovery_page
    assert "keep your recovery key first" in dialog.keep_key_message.text()
    dialog.close()  # the window's close button
    assert dialog.isVisible()
    dialog.recovery_saved.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_turning_encryption_on_shows_the_recovery_key_once_and_keeps_the_journal_open(
    qtbot, win, data_dir, tmp_path, monkeypatch
):
    dialog = _turn_on(qtbot, win)
    key_text = dialog.recovery_label.text()
    assert RECOVERY.match(key_text)
    assert "1 backup was encrypted" in dialog.backups_note.text()
    assert keyfile.journal_is_encrypted(data_dir)
    assert files_containing(data_dir, MARKER) == []
    assert win.ctx.journal is not None and win.ctx.journal.encrypted
    assert win.journal_view.model.rowCount() == 1
    assert win.security.lock_action.isEnabled() and win.security.idle.minutes == 5

    saved = tmp_path / "key.txt"
    monkeypatch.setattr(
        "journal_app.gui.security.encryption_dialog.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(saved), ""),
    )
    _click(qtbot, dialog.save_key_button)
    assert key_text in saved.read_text()
    assert encryption.unlock(data_dir, recovery_key=key_text) == win.ctx.journal.key

    assert not dialog.done_button.isEnabled()  # only after saying it is written down
    dialog.recovery_saved.setChecked(True)
    _click(qtbot, dialog.done_button)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_passphrases_that_differ_or_are_short_are_explained(qtbot, win, data_dir):
    dialog = win.security.show_encryption_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_pass, "short")
    qtbot.keyClicks(dialog.new_pass_again, "short")
    _click(qtbot, dialog.turn_on_button)
    assert "at least 8 characters" in dialog.turn_on_message.text()
    dialog.new_pass.setText(PASSPHRASE)
    dialog.new_pass_again.setText(PASSPHRASE + "!")
    _click(qtbot, dialog.turn_on_button)
    assert "not the same" in dialog.turn_on_message.text()
    assert not keyfile.journal_is_encrypted(data_dir) and win.ctx.journal is not None
    dialog.reject()


def test_changing_the_passphrase_and_turning_encryption_off(qtbot, win, data_dir, answer_yes):
    _keep_key_and_close(_turn_on(qtbot, win))
    dialog = win.security.show_encryption_dialog()
    qtbot.addWidget(dialog)
    assert dialog.pages.currentWidget() is dialog.encrypted_page
    journal_bytes = paths.journal_file(data_dir).read_bytes()

    qtbot.keyClicks(dialog.current, "wrong passphrase")
    qtbot.keyClicks(dialog.change_pass, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.change_pass_again, NEW_PASSPHRASE)
    _click(qtbot, dialog.change_button)
    qtbot.waitUntil(
        lambda: dialog.change_button.isEnabled() and bool(dialog.encrypted_message.text()), timeout=20_000
    )
    assert "does not open" in dialog.encrypted_message.text()

    dialog.current.setText(PASSPHRASE)
    _click(qtbot, dialog.change_button)
    qtbot.waitUntil(lambda: "was changed" in dialog.encrypted_message.text(), timeout=20_000)
    assert encryption.unlock(data_dir, passphrase=NEW_PASSPHRASE)
    win.ctx.journal.close()  # compare the file itself, not a live WAL
    assert paths.journal_file(data_dir).read_bytes() == journal_bytes
    win.security.reopen(encryption.unlock(data_dir, passphrase=NEW_PASSPHRASE))

    dialog.current.setText(NEW_PASSPHRASE)
    _click(qtbot, dialog.turn_off_button)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
    assert "Turn off encryption?" in answer_yes
    assert not keyfile.journal_is_encrypted(data_dir)
    assert win.ctx.journal is not None and not win.ctx.journal.encrypted
    assert win.journal_view.model.rowCount() == 1
    win.security.lock_action.trigger()  # Ctrl+L now says what locking needs
    assert "Locking needs encryption" in win.statusBar().currentMessage()


def test_auto_lock_minutes_are_a_setting(qtbot, win):
    _keep_key_and_close(_turn_on(qtbot, win))
    dialog = win.security.show_encryption_dialog()
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(15)
    assert win.security.idle.minutes == 15 and win.security.auto_lock_minutes() == 15
    dialog.auto_lock.setValue(0)
    assert not win.security.idle.counting
    dialog.reject()


def test_the_restore_dialog_lists_backups_and_restores_one(qtbot, win, data_dir, answer_yes):
    view = win.journal_view
    win.security.daily_backup()  # what the window does soon after it opens, and each hour
    win.ctx.journal.save(Entry(kind=EntryKind.NOTE, title="Later"))
    view.model.reload()
    assert view.model.rowCount() == 2
    dialog = win.security.show_restore_dialog()
    qtbot.addWidget(dialog)
    # today's automatic backup (taken when the window opened) and the one made before
    assert dialog.model.rowCount() == 2
    assert [dialog.model.data(dialog.model.index(r, 1)) for r in range(2)] == ["Automatic", "Made by you"]
    assert [dialog.model.data(dialog.model.index(r, 2)) for r in range(2)] == ["1", "1"]
    taken = backups.list_backups(data_dir, None)[0].taken_at  # its time as the clock in use writes it
    shown_time = QLocale().toString(QTime(taken.hour, taken.minute), QLocale.FormatType.ShortFormat)
    assert dialog.model.data(dialog.model.index(0, 0)).endswith(shown_time)
    _click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
    assert "Restore this backup?" in answer_yes
    assert "now has 1 entry" in dialog.message.text()
    assert win.ctx.journal is not None and view.model.rowCount() == 1
    kinds = [dialog.model.data(dialog.model.index(r, 1)) for r in range(dialog.model.rowCount())]
    assert "Before a restore" in kinds
    kept = next(b for b in backups.list_backups(data_dir, None) if b.kind == "before-restore")
    assert kept.entries == 2
    dialog.reject()


def test_backup_now_and_a_backup_on_close(qtbot, data_dir):
    journal = Journal.open(data_dir)
    window = open_window(qtbot, journal, data_dir)
    window.security.backup_action.trigger()
    assert "Backup saved" in window.statusBar().currentMessage()
    close_window(window)
    kinds = sorted(b.kind for b in backups.list_backups(data_dir, None))
    assert kinds == ["auto", "manual"]  # the automatic one taken on close


def test_encrypting_shows_it_is_working_and_cannot_be_started_twice(qtbot, win, data_dir):
    dialog = win.security.show_encryption_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.progress.isVisible()
    qtbot.keyClicks(dialog.new_pass, PASSPHRASE)
    qtbot.keyClicks(dialog.new_pass_again, PASSPHRASE)
    dialog.turn_on()  # the real rewrite starts in the background; its end arrives through events
    first = dialog.task
    assert dialog.progress.isVisible() and "Encrypting your journal" in dialog.progress_label.text()
    assert not dialog.turn_on_button.isEnabled()
    qtbot.keyClicks(dialog.new_pass, PASSPHRASE)  # typed again and confirmed again while it works
    qtbot.keyClicks(dialog.new_pass_again, PASSPHRASE)
    dialog.turn_on()
    assert dialog.task is first  # no second rewrite
    dialog.reject()  # Esc while it works: the dialog stays and says why
    assert dialog.isVisible() and "Please wait" in dialog.progress_label.text()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.recovery_page, timeout=20_000)
    assert not dialog.progress.isVisible() and not dialog.working
    assert keyfile.journal_is_encrypted(data_dir)
    assert win.ctx.journal is not None and win.ctx.journal.encrypted
    _keep_key_and_close(dialog)
