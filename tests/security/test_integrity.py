"""A damaged journal is moved aside untouched, a good backup is offered, no empty journal takes its place."""

import hashlib

import pytest
from security_helpers import PASSPHRASE

from journal_app.cli import main
from journal_app.core import backups, encryption, paths
from journal_app.core.errors import DamagedJournalError, MissingJournalError
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind


def _fill(journal, n=150):
    for i in range(n):
        journal.save(Entry(kind=EntryKind.NOTE, title=f"Day {i}", body="A long quiet evening. " * 40))


def _damage(path):
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096) // 2
    data[middle * 4096 : (middle + 3) * 4096] = b"\xab" * (3 * 4096)
    path.write_bytes(bytes(data))
    return hashlib.sha256(bytes(data)).hexdigest()


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_damaged_journal_is_moved_aside_and_the_newest_good_backup_offered(data_dir, encrypted):
    journal = Journal.open(data_dir)
    _fill(journal)
    journal.backup()
    journal.close()
    key = None
    if encrypted:
        encryption.encrypt_journal(data_dir, PASSPHRASE)
        key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    damaged_digest = _damage(paths.journal_file(data_dir))

    with pytest.raises(DamagedJournalError, match="moved aside") as caught:
        Journal.open(data_dir, key)
    moved = caught.value.moved_to
    assert moved.name.startswith("journal.db.corrupt-")
    assert hashlib.sha256(moved.read_bytes()).hexdigest() == damaged_digest  # never written over
    assert caught.value.backup.entries == 150
    assert "recovery-journal restore" in str(caught.value)

    with pytest.raises(MissingJournalError, match="no new empty journal"):
        Journal.open(data_dir, key)  # not an empty journal in its place
    assert not paths.journal_file(data_dir).exists()

    backups.restore(data_dir, caught.value.backup.path, key=key, source_key=key)
    journal = Journal.open(data_dir, key)
    assert journal.count() == 150
    journal.close()
    assert moved.exists()


def test_the_command_line_explains_damage_in_one_line(data_dir, capsys):
    journal = Journal.open(data_dir)
    _fill(journal)
    journal.close()
    _damage(paths.journal_file(data_dir))
    assert main(["stats"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "No good backup was found" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert main(["stats"]) == 1
    assert "no new empty journal" in capsys.readouterr().err
