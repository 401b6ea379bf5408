"""Automatic rotating backups, listing them, and restoring one."""

from datetime import datetime, timedelta

import pytest
from security_helpers import PASSPHRASE, files_containing

from journal_app.core import backups, encryption, keyfile, paths
from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind


def _add(journal, n, title="Note"):
    for i in range(n):
        journal.save(Entry(kind=EntryKind.NOTE, title=f"{title} {i}", body="Went for a walk after work."))


def test_rotation_keeps_seven_days_and_four_weeks(journal, data_dir):
    start = datetime(2025, 1, 1, 21, 0)
    for day in range(60):
        for hour in (9, 21):  # two closes a day
            journal_time = start + timedelta(days=day, hours=hour - 21)
            backups.take_automatic(journal.db, data_dir, None, on_close=True, now=journal_time)
    kept = [datetime.strptime(p.name[5:20], "%Y%m%d-%H%M%S") for p in backups.backup_files(data_dir)]
    last = start + timedelta(days=59)
    dailies = [last - timedelta(days=d) for d in range(7)]
    assert kept[:7] == dailies  # the last close of each of the last 7 days
    weeks = {k.isocalendar()[:2] for k in kept}
    assert len(weeks) == 4 and len(kept) <= 7 + 4
    assert all(k.hour == 21 for k in kept)  # always the newest of its day


def test_the_daily_backup_is_taken_once_a_day(journal, data_dir):
    morning = datetime(2025, 3, 3, 8, 0)
    assert backups.take_automatic(journal.db, data_dir, None, now=morning) is not None
    assert backups.take_automatic(journal.db, data_dir, None, now=morning + timedelta(hours=5)) is None
    assert backups.take_automatic(journal.db, data_dir, None, now=morning + timedelta(days=1)) is not None
    assert journal.backup_automatic(on_close=True) is not None
    assert len(backups.backup_files(data_dir)) == 3


def test_a_backup_holds_saves_still_in_the_write_ahead_log(journal, data_dir):
    _add(journal, 3)  # not yet checkpointed into journal.db: a file copy would miss them
    assert (data_dir / "journal.db-wal").stat().st_size > 0
    path = journal.backup()
    assert [b.entries for b in backups.list_backups(data_dir, None)] == [3]
    assert not path.with_name(path.name + "-wal").exists()


def test_the_list_shows_dates_kinds_and_entry_counts_newest_first(journal, data_dir):
    _add(journal, 2)
    backups.take_backup(journal.db, data_dir, None, kind="manual", now=datetime(2025, 5, 1, 10, 0))
    _add(journal, 3, "More")
    backups.take_automatic(journal.db, data_dir, None, now=datetime(2025, 5, 2, 10, 0))
    listed = backups.list_backups(data_dir, None)
    assert [(b.taken_at, b.label, b.entries) for b in listed] == [
        (datetime(2025, 5, 2, 10, 0), "Automatic", 5),
        (datetime(2025, 5, 1, 10, 0), "Made by you", 2),
    ]


def test_backups_of_an_encrypted_journal_are_encrypted(data_dir):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, body="marker-backup-51c2"))
    journal.close()
    encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, passphrase=PASSPHRASE)
    journal = Journal.open(data_dir, key)
    path = journal.backup_automatic(on_close=True)
    journal.close()
    assert keyfile.is_encrypted_file(path)
    assert files_containing(data_dir, "marker-backup-51c2") == []
    assert backups.list_backups(data_dir, None)[0].problem.startswith("It is encrypted")
    assert backups.list_backups(data_dir, key)[0].entries == 1


def test_restore_keeps_the_current_journal_first_and_refuses_a_damaged_backup(journal, data_dir):
    _add(journal, 2)
    older = journal.backup()
    _add(journal, 4, "Newer")
    journal.close()
    result = backups.restore(data_dir, older, key=None, source_key=None)
    assert result.entries == 2 and result.kept.name.startswith("before-restore-")
    reopened = Journal.open(data_dir)
    assert reopened.count() == 2
    reopened.close()
    assert backups.describe(result.kept, None).entries == 6

    damaged = data_dir / "backups" / "auto-20250101-100000.db"
    data = bytearray(older.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xab" * (4096 * 3)
    damaged.write_bytes(bytes(data))
    with pytest.raises(JournalError, match="damaged"):
        backups.restore(data_dir, damaged, key=None, source_key=None)
    assert not backups.describe(damaged, None, check=True).ok
    assert backups.newest_good_backup(data_dir, None).path == result.kept
    assert paths.journal_file(data_dir).exists()


def test_a_backup_saved_elsewhere_says_which_key_opens_it(tmp_path):
    from journal_app.core import db as dbmod

    home, other = tmp_path / "home", tmp_path / "other"
    journal = Journal.open(home)
    _add(journal, 2)
    plain_copy = tmp_path / "plain-copy.db"
    dbmod.backup_to(journal.db, plain_copy, None)
    journal.close()
    assert backups.key_file_needed(plain_copy, None) is None  # plain: nothing to ask
    assert backups.key_for(plain_copy, b"k" * 32) is None
    info = backups.chosen(plain_copy, None)
    assert info.ok and info.entries == 2 and info.label == "A file you chose"

    encryption.encrypt_journal(home, PASSPHRASE)
    key = encryption.unlock(home, passphrase=PASSPHRASE)
    own_copy = tmp_path / "own-copy.db"
    journal = Journal.open(home, key)
    dbmod.backup_to(journal.db, own_copy, key)
    journal.close()
    assert backups.key_file_needed(own_copy, key) is None  # the journal's own key opens it
    assert backups.key_for(own_copy, key) == key

    other_journal = Journal.open(other)
    _add(other_journal, 3)
    other_journal.close()
    encryption.encrypt_journal(other, "another passphrase entirely")
    other_key = encryption.unlock(other, passphrase="another passphrase entirely")
    other_journal = Journal.open(other, other_key)
    foreign = tmp_path / "foreign.db"
    dbmod.backup_to(other_journal.db, foreign, other_key)
    other_journal.close()
    with pytest.raises(JournalError, match="put its key file foreign.db.key.json beside it"):
        backups.key_file_needed(foreign, key)
    beside = keyfile.key_file_for_copy(foreign)
    beside.write_bytes(paths.key_file(other).read_bytes())
    assert backups.key_file_needed(foreign, key) == beside
    assert backups.chosen(foreign, other_key).entries == 3

    text = tmp_path / "notes.db"
    for content in (b"", b"a shopping list\n", b"a shopping list\n" * 200):
        text.write_bytes(content)
        with pytest.raises(JournalError, match="notes.db is not a journal backup"):
            backups.key_file_needed(text, key)
    with pytest.raises(JournalError, match="There is no backup"):
        backups.key_file_needed(tmp_path / "missing.db", None)
