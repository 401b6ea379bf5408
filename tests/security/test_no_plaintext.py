"""With encryption on, an entry's words are nowhere on disk in clear: not in the journal, its WAL or
SHM, the backups, the temp folder, settings or logs — after a save, after a delete and after close."""

import tempfile
import uuid
from pathlib import Path

import pytest
from security_helpers import PASSPHRASE, files_containing

from journal_app.cli import main
from journal_app.core import encryption
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind


@pytest.fixture
def places(tmp_path, monkeypatch, data_dir):
    """Every folder the app could write to, with the temp folder moved under the test's own."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return [
        data_dir,
        temp,
        tmp_path / "xdg-config",
        tmp_path / "xdg-cache",
        tmp_path / "xdg-data",
        tmp_path / "home",
    ]


def _found(places, marker):
    return [p for folder in places if folder.exists() for p in files_containing(folder, marker)]


def test_an_encrypted_journal_leaves_no_plaintext_after_save_delete_and_close(places, data_dir):
    Journal.open(data_dir).close()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    marker = f"marker-{uuid.uuid4().hex}"
    journal = Journal.open(data_dir, key)
    saved = journal.save(
        Entry(
            kind=EntryKind.CRAVING,
            craving=8,
            title=marker,
            body=f"{marker} at the station",
            tags=[marker],
            situation=marker,
        )
    )
    assert journal.search(marker[:12])
    journal.backup_automatic()
    assert _found(places, marker) == [], "after save"
    journal.delete(saved.id)
    assert _found(places, marker) == [], "after delete"
    journal.backup_automatic(on_close=True)
    journal.close()
    assert _found(places, marker) == [], "after close"


def test_the_command_line_leaves_no_plaintext_either(places, data_dir, monkeypatch, capsys):
    import io
    import sys

    Journal.open(data_dir).close()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    marker = f"marker-{uuid.uuid4().hex}"
    journal = Journal.open(data_dir, key)
    journal.save(Entry(kind=EntryKind.NOTE, title=marker))
    journal.close()
    for command in (["search", marker[:10]], ["backup"], ["stats"]):
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        assert main([*command, "--passphrase-stdin"]) == 0
    capsys.readouterr()
    assert _found(places, marker) == []


def test_the_app_leaves_no_plaintext_after_save_delete_and_close(places, data_dir, qtbot, monkeypatch):
    from gui_helpers import close_window, open_window
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        "journal_app.gui.views.journal_view.QMessageBox.question",
        lambda *a, **k: QMessageBox.StandardButton.Yes,
    )
    Journal.open(data_dir).close()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    journal = Journal.open(data_dir, encryption.unlock(data_dir, passphrase=PASSPHRASE))
    window = open_window(qtbot, journal, data_dir)
    settings_file = Path(QSettings().fileName())
    places = [*places, settings_file.parent]
    marker = f"marker-{uuid.uuid4().hex}"
    view = window.journal_view
    view.new_actions[EntryKind.NOTE].trigger()
    view.editor.title.setText(marker)
    view.editor.body.setFocus()
    qtbot.keyClicks(view.editor.body, f"{marker} and a cup of tea")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1 and journal.search(marker[:12])
    assert _found(places, marker) == [], "after save"

    view.table.selectRow(0)
    view.delete_menu_action.trigger()
    assert journal.count() == 0
    assert _found(places, marker) == [], "after delete"

    close_window(window)
    assert _found(places, marker) == [], "after close"
    assert list((data_dir / "backups").glob("auto-*.db"))  # the backup on close is there, encrypted
