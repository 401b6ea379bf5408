"""Turning encryption on and off: atomic, verified, and nothing readable left behind."""

import sqlite3

import pytest
from security_helpers import NEW_PASSPHRASE, PASSPHRASE, digests, files_containing

from journal_app.core import backups, encryption, keyfile, paths
from journal_app.core.errors import (
    JournalError,
    MissingJournalError,
    NotAJournalError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

MARKER = "lighthouse-7f3a9c"


def _journal_with_marker(data_dir, *, with_backup=True):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="Evening", body=f"Talked to my sister {MARKER}."))
    journal.save(Entry(kind=EntryKind.CRAVING, craving=6, tags=["work"], body="It passed."))
    if with_backup:
        journal.backup()
    journal.close()


def test_encrypting_leaves_no_readable_copy_and_the_entries_open_with_the_passphrase(data_dir):
    _journal_with_marker(data_dir)
    assert files_containing(data_dir, MARKER)  # plain to begin with (journal and backup)
    result = encryption.encrypt_journal(data_dir, PASSPHRASE)
    assert files_containing(data_dir, MARKER) == []
    assert keyfile.is_encrypted_file(paths.journal_file(data_dir))
    assert len(result.backups_converted) == 1 and "1 backup was encrypted" in result.backups_message(True)
    assert all(keyfile.is_encrypted_file(p) for p in backups.backup_files(data_dir))

    key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    journal = Journal.open(data_dir, key)
    try:
        assert journal.count() == 2
        assert [r.title for r in journal.search("sister")] == ["Evening"]
    finally:
        journal.close()
    assert encryption.unlock(data_dir, recovery_key=result.recovery_key) == key
    assert backups.list_backups(data_dir, key)[0].entries == 2


def test_the_old_plain_file_is_overwritten_not_just_unlinked(data_dir):
    _journal_with_marker(data_dir, with_backup=False)
    with open(paths.journal_file(data_dir), "rb") as old:  # what an undelete tool could still reach
        encryption.encrypt_journal(data_dir, PASSPHRASE)
        old.seek(0)
        leftover = old.read()
    assert MARKER.encode() not in leftover and leftover.count(0) == len(leftover)


def test_an_encrypted_journal_does_not_open_without_its_key(data_dir):
    _journal_with_marker(data_dir, with_backup=False)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    before = digests(data_dir)
    with pytest.raises(PassphraseNeededError, match="encrypted"):
        Journal.open(data_dir)
    with pytest.raises(WrongPassphraseError, match="does not open this journal"):
        encryption.unlock(data_dir, passphrase="not the passphrase")
    with pytest.raises(NotAJournalError, match="Nothing was changed"):
        Journal.open(data_dir, b"\x01" * 32)
    assert digests(data_dir) == before


def test_a_wrong_passphrase_never_starts_a_new_journal(data_dir):
    _journal_with_marker(data_dir, with_backup=False)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    paths.journal_file(data_dir).unlink()
    key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    with pytest.raises(MissingJournalError, match="no new empty journal"):
        Journal.open(data_dir, key)
    assert not paths.journal_file(data_dir).exists()


def test_changing_the_passphrase_leaves_the_journal_file_untouched(data_dir):
    _journal_with_marker(data_dir, with_backup=False)
    result = encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    journal_bytes = paths.journal_file(data_dir).read_bytes()
    encryption.change_passphrase(data_dir, key, NEW_PASSPHRASE)
    assert paths.journal_file(data_dir).read_bytes() == journal_bytes
    assert encryption.unlock(data_dir, passphrase=NEW_PASSPHRASE) == key
    assert encryption.unlock(data_dir, recovery_key=result.recovery_key) == key
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(data_dir, passphrase=PASSPHRASE)


def test_decrypting_brings_back_a_plain_journal_and_plain_backups(data_dir):
    _journal_with_marker(data_dir)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    result = encryption.decrypt_journal(data_dir, key)
    assert len(result.backups_converted) == 1
    assert not paths.key_file(data_dir).exists()
    assert not keyfile.journal_is_encrypted(data_dir)
    con = sqlite3.connect(paths.journal_file(data_dir))
    assert con.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    con.close()
    journal = Journal.open(data_dir)
    assert journal.count() == 2
    journal.close()


def test_a_failed_check_of_the_new_copy_leaves_the_journal_as_it_was(data_dir, monkeypatch):
    _journal_with_marker(data_dir)
    before = digests(data_dir)

    def broken_export(db, dest, key):
        dest.write_bytes(b"half a file")
        return dest

    monkeypatch.setattr("journal_app.core.db.export_to", broken_export)
    with pytest.raises(JournalError):
        encryption.encrypt_journal(data_dir, PASSPHRASE)
    after = digests(data_dir)
    after.pop(paths.KEY_FILE)  # written first; unused while the journal file is plain
    assert after == before
    assert not keyfile.journal_is_encrypted(data_dir)
    journal = Journal.open(data_dir)
    assert journal.count() == 2
    journal.close()


def test_backups_left_plain_by_an_interruption_are_encrypted_on_the_next_open(data_dir, monkeypatch):
    _journal_with_marker(data_dir)
    monkeypatch.setattr(encryption, "_convert_backups", lambda *a: ([], []))  # "crash" before backups
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    monkeypatch.undo()
    assert files_containing(data_dir / "backups", MARKER)
    journal = Journal.open(data_dir, encryption.unlock(data_dir, passphrase=PASSPHRASE))
    journal.close()
    assert files_containing(data_dir, MARKER) == []


def test_encrypting_twice_or_decrypting_a_plain_journal_is_explained(data_dir):
    _journal_with_marker(data_dir, with_backup=False)
    with pytest.raises(JournalError, match="not encrypted"):
        encryption.decrypt_journal(data_dir, b"\x00" * 32)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    with pytest.raises(JournalError, match="already encrypted"):
        encryption.encrypt_journal(data_dir, PASSPHRASE)


def test_a_journal_still_open_elsewhere_is_not_swapped(data_dir):
    _journal_with_marker(data_dir, with_backup=False)
    other = Journal.open(data_dir)  # e.g. a window still open
    try:
        with pytest.raises(JournalError, match="still open"):
            encryption.encrypt_journal(data_dir, PASSPHRASE)
        assert other.count() == 2
    finally:
        other.close()
    assert not keyfile.journal_is_encrypted(data_dir)


def test_a_new_passphrase_is_never_wrapped_around_the_wrong_key(data_dir):
    _journal_with_marker(data_dir, with_backup=False)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    before = digests(data_dir)
    with pytest.raises(NotAJournalError):
        encryption.change_passphrase(data_dir, b"\x02" * 32, NEW_PASSPHRASE)
    assert digests(data_dir) == before
    assert encryption.unlock(data_dir, passphrase=PASSPHRASE)


def test_an_interrupted_decryption_is_finished_by_decrypting_again(data_dir, monkeypatch):
    _journal_with_marker(data_dir)
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    monkeypatch.setattr(encryption, "_convert_backups", lambda *a: ([], []))  # "crash" before backups
    encryption.decrypt_journal(data_dir, key)
    monkeypatch.undo()
    assert not keyfile.journal_is_encrypted(data_dir) and paths.key_file(data_dir).exists()
    assert encryption.unfinished_decryption(data_dir)
    result = encryption.decrypt_journal(data_dir, encryption.unlock(data_dir, passphrase=PASSPHRASE))
    assert len(result.backups_converted) == 1
    assert not paths.key_file(data_dir).exists() and not encryption.unfinished_decryption(data_dir)
    assert backups.list_backups(data_dir, None)[0].entries == 2
