"""The restore dialog's "Choose a backup file…": a backup saved elsewhere, checked, listed and restored."""

import io
import os
import sys
from datetime import datetime

import pytest
from gui_helpers import close_window, open_window
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from security_helpers import NEW_PASSPHRASE, digests

from journal_app.cli import main
from journal_app.core import backups, encryption, keyfile
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

pytestmark = pytest.mark.usefixtures("default_auto_lock")
SAVED_AT = datetime(2026, 3, 14, 9, 30)


def saved_at_shown() -> str:
    """The month by name, the time on the clock in use (09:30 or 9:30 AM)."""
    return "Sat 14 Mar 2026, " + QLocale().toString(QTime(9, 30), QLocale.FormatType.ShortFormat)


@pytest.fixture
def win(qtbot, data_dir):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="Today", body="A short walk."))
    journal.backup()
    window = open_window(qtbot, journal, data_dir)
    yield window
    close_window(window)


@pytest.fixture
def asked(monkeypatch):
    questions = []

    def yes(_parent, title, text, *_a, **_k):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("journal_app.gui.security.restore_dialog.QMessageBox.question", yes)
    return questions


def _saved_elsewhere(tmp_path, monkeypatch, *, entries: int, passphrase: str | None = None):
    """A journal on another computer, saved with `recovery-journal backup --out FILE`."""
    other = tmp_path / "other-computer"
    journal = Journal.open(other)
    for n in range(entries):
        journal.save(Entry(kind=EntryKind.NOTE, title=f"Older entry {n}"))
    journal.close()
    lines = []
    if passphrase is not None:
        encryption.encrypt_journal(other, passphrase)
        lines = [passphrase]
    out = tmp_path / "usb" / "journal-copy.db"
    out.parent.mkdir()
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert main(["--data-dir", str(other), "backup", "--out", str(out), "--passphrase-stdin"]) == 0
    os.utime(out, (SAVED_AT.timestamp(), SAVED_AT.timestamp()))
    return out


def _choose(qtbot, monkeypatch, dialog, path) -> None:
    monkeypatch.setattr(
        "journal_app.gui.security.restore_dialog.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(path), "Journal backups (*.db)"),
    )
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def _row(dialog, row: int) -> list[str]:
    return [dialog.model.data(dialog.model.index(row, col)) for col in range(3)]


def _open_dialog(qtbot, win):
    dialog = win.security.show_restore_dialog()
    qtbot.addWidget(dialog)
    return dialog


def test_a_backup_file_saved_elsewhere_is_listed_selected_and_restored(
    qtbot, win, data_dir, tmp_path, monkeypatch, asked
):
    outside = _saved_elsewhere(tmp_path, monkeypatch, entries=3)
    dialog = _open_dialog(qtbot, win)
    assert dialog.model.rowCount() == 1  # the backup in the backups folder
    _choose(qtbot, monkeypatch, dialog, outside)

    assert dialog.model.rowCount() == 2
    assert _row(dialog, 0) == [saved_at_shown(), "A file you chose", "3"]
    assert dialog.selected().path == outside.resolve()
    assert "journal-copy.db: 3 entries" in dialog.message.text()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
    assert f"from {saved_at_shown()} (3 entries)" in asked[0]
    assert "now has 3 entries" in dialog.message.text()
    assert win.ctx.journal is not None and win.ctx.journal.count() == 3
    assert win.journal_view.model.rowCount() == 3
    kept = [b for b in backups.list_backups(data_dir, None) if b.kind == "before-restore"]
    assert len(kept) == 1 and kept[0].entries == 1  # the journal as it was, kept first
    assert "Before a restore" in [_row(dialog, r)[1] for r in range(dialog.model.rowCount())]
    dialog.reject()


@pytest.mark.parametrize("content", [b"shopping list: eggs, bread\n" * 300, b"shopping list\n", b""])
def test_a_file_that_is_not_a_backup_gets_one_calm_line_and_nothing_changes(
    qtbot, win, data_dir, tmp_path, monkeypatch, asked, content
):
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_bytes(content)
    win.ctx.journal.close()  # compare the files themselves, not a live WAL
    win.security.reopen(None)
    dialog = _open_dialog(qtbot, win)
    before = digests(data_dir)
    _choose(qtbot, monkeypatch, dialog, not_a_backup)

    assert dialog.message.text() == "notes.db is not a journal backup. It was left untouched."
    assert dialog.model.rowCount() == 1 and dialog.selected().kind == "manual"
    assert asked == [] and digests(data_dir) == before
    dialog.reject()


def test_an_encrypted_backup_from_elsewhere_needs_its_key_file_and_its_passphrase(
    qtbot, win, data_dir, tmp_path, monkeypatch, asked
):
    outside = _saved_elsewhere(tmp_path, monkeypatch, entries=2, passphrase=NEW_PASSPHRASE)
    key_file = keyfile.key_file_for_copy(outside)
    assert keyfile.is_encrypted_file(outside) and key_file.exists()
    typed = []

    def passphrase(*_a, **_k):
        return typed.pop(0), True

    monkeypatch.setattr("journal_app.gui.security.restore_dialog.QInputDialog.getText", passphrase)
    dialog = _open_dialog(qtbot, win)

    key_file.rename(tmp_path / "elsewhere.key.json")  # the key file left behind
    _choose(qtbot, monkeypatch, dialog, outside)
    assert "put its key file journal-copy.db.key.json beside it" in dialog.message.text()
    assert dialog.model.rowCount() == 1

    (tmp_path / "elsewhere.key.json").rename(key_file)
    typed.append("not the passphrase")
    _choose(qtbot, monkeypatch, dialog, outside)
    qtbot.waitUntil(lambda: dialog.choose_button.isEnabled(), timeout=20_000)
    assert "does not open" in dialog.message.text()
    assert dialog.model.rowCount() == 1

    typed.append(NEW_PASSPHRASE)
    _choose(qtbot, monkeypatch, dialog, outside)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=20_000)
    assert _row(dialog, 0) == [saved_at_shown(), "A file you chose", "2"]
    assert dialog.selected().path == outside.resolve()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
    text = dialog.message.text()
    assert "now has 2 entries" in text and "without encryption" in text  # like the journal it replaced
    assert win.ctx.journal is not None and win.ctx.journal.count() == 2
    assert not keyfile.journal_is_encrypted(data_dir)
    kept = [b for b in backups.list_backups(data_dir, None) if b.kind == "before-restore"]
    assert len(kept) == 1 and kept[0].entries == 1
    dialog.reject()


def test_a_copy_of_this_encrypted_journal_opens_with_its_own_key_and_stays_encrypted(
    qtbot, data_dir, tmp_path, monkeypatch, asked
):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="First"))
    journal.close()
    encryption.encrypt_journal(data_dir, NEW_PASSPHRASE)
    outside = tmp_path / "usb" / "journal-copy.db"
    outside.parent.mkdir()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{NEW_PASSPHRASE}\n"))
    assert main(["backup", "--out", str(outside), "--passphrase-stdin"]) == 0
    key = encryption.unlock(data_dir, passphrase=NEW_PASSPHRASE)
    journal = Journal.open(data_dir, key)
    journal.save(Entry(kind=EntryKind.NOTE, title="Second"))
    window = open_window(qtbot, journal, data_dir)
    try:
        monkeypatch.setattr(
            "journal_app.gui.security.restore_dialog.QInputDialog.getText",
            lambda *a, **k: pytest.fail("the journal's own key opens it: nothing to ask"),
        )
        dialog = _open_dialog(qtbot, window)
        _choose(qtbot, monkeypatch, dialog, outside)
        assert _row(dialog, 0)[1:] == ["A file you chose", "1"]
        assert dialog.selected().path == outside.resolve()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
        assert "now has 1 entry" in dialog.message.text()
        assert "without encryption" not in dialog.message.text()
        assert window.ctx.journal is not None and window.ctx.journal.count() == 1
        assert keyfile.journal_is_encrypted(data_dir)
        kept = [b for b in backups.list_backups(data_dir, key) if b.kind == "before-restore"]
        assert len(kept) == 1 and kept[0].entries == 2 and keyfile.is_encrypted_file(kept[0].path)
        dialog.reject()
    finally:
        close_window(window)
