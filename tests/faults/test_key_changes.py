"""Key changes never orphan a backup: an interrupted decryption followed by encryption keeps every
backup readable with the passphrase and recovery key it was made with."""

from __future__ import annotations

import pytest

from journal_app.core import backups, encryption, keyfile, paths
from journal_app.core import db as dbmod
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind


def test_backups_from_before_an_interrupted_decryption_stay_readable(data_dir, monkeypatch):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="from the first key"))
    journal.close()
    first = encryption.encrypt_journal(data_dir, "first passphrase here")
    journal = Journal.open(data_dir, first.key)
    old_backup = journal.backup()
    journal.close()

    # turning encryption off stops after the journal was swapped, before the backups were converted
    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(encryption, "_convert_backups", interrupted)
    with pytest.raises(KeyboardInterrupt):
        encryption.decrypt_journal(data_dir, first.key)
    monkeypatch.undo()
    assert encryption.unfinished_decryption(data_dir) and keyfile.is_encrypted_file(old_backup)

    second = encryption.encrypt_journal(data_dir, "second passphrase here")
    assert second.key != first.key

    # the old backup says which key opens it, and that key still opens with the first passphrase
    beside = backups.key_file_needed(old_backup, second.key)
    assert beside == keyfile.key_file_for_copy(old_backup)
    for old_key in (
        encryption.unlock_key_file(beside, passphrase="first passphrase here"),
        encryption.unlock_key_file(beside, recovery_key=first.recovery_key),
    ):
        copy = dbmod.open_readonly(old_backup, old_key)
        assert copy.execute("SELECT title FROM entries").fetchone()[0] == "from the first key"
        copy.close()
    listed = {info.path: info for info in backups.list_backups(data_dir, second.key)}
    assert listed[old_backup].problem == backups.EARLIER_KEY
    # and the journal itself opens with the new passphrase
    journal = Journal.open(data_dir, encryption.unlock(data_dir, passphrase="second passphrase here"))
    assert journal.count() == 1
    journal.close()
    assert paths.key_file(data_dir).exists()


def test_removing_a_backup_removes_the_earlier_key_kept_for_it(data_dir, tmp_path):
    backup = paths.backups_dir(data_dir) / "auto-20250101-000000.db"
    backup.parent.mkdir(parents=True)
    backup.write_bytes(b"\x01" * 4096)
    keyfile.key_file_for_copy(backup).write_text("{}")
    backups.remove(backup)
    assert not backup.exists() and not keyfile.key_file_for_copy(backup).exists()
