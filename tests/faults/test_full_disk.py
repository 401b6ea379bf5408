"""A write that runs out of room (RLIMIT_FSIZE: every write past the limit fails, as on a full disk)
leaves the journal exactly as it was, in its place, and the message names the real cause."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fault_helpers import child, result_of

from journal_app.core import paths
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

RESTORE = """
from journal_app.core import backups
from journal_app.core.errors import JournalError
try:
    result = backups.restore(Path({data!r}), Path({source!r}), key=None, source_key=None)
    print(json.dumps({{"ok": True, "entries": result.entries}}))
except JournalError as exc:
    print(json.dumps({{"ok": False, "message": str(exc)}}))
"""


def _entries(journal: Journal, count: int, start: int = 0) -> None:
    when = datetime(2025, 3, 1, 9, tzinfo=UTC)
    journal.insert_many(
        Entry(
            kind=EntryKind.NOTE, title=f"note {n}", body="words " * 80, occurred_at=when + timedelta(hours=n)
        )
        for n in range(start, start + count)
    )


@pytest.fixture
def journal_with_backup(data_dir):
    journal = Journal.open(data_dir)
    _entries(journal, 30)
    backup = journal.backup()
    _entries(journal, 150, start=30)  # the journal now is bigger than its backup
    journal.close()
    return backup


def _count(data_dir) -> int:
    journal = Journal.open(data_dir, check=True, tidy=False)
    try:
        return journal.count()
    finally:
        journal.close()


def _limits(data_dir, backup) -> list[int]:
    journal_size = paths.journal_file(data_dir).stat().st_size
    small, large = backup.stat().st_size, journal_size
    return sorted(
        {40_000, small // 2, small - 4096, small + 4096, (small + large) // 2, large - 4096, large + 65536}
    )


def test_restore_that_runs_out_of_room_leaves_the_journal_in_place(data_dir, journal_with_backup):
    for limit in _limits(data_dir, journal_with_backup):
        done = child(
            RESTORE.format(data=str(data_dir), source=str(journal_with_backup)), file_size_limit=limit
        )
        result = result_of(done)
        assert "Traceback" not in done.stderr
        names = sorted(p.name for p in data_dir.iterdir())
        assert "journal.db" in names, (limit, names)
        assert not [n for n in names if ".corrupt-" in n], (limit, names)
        if result["ok"]:
            assert _count(data_dir) == 30
            return  # restored: the rest would restore the backup over itself
        message = result["message"]
        assert "file size limit" in message and "Nothing was changed" in message, message
        assert "not a Recovery Journal" not in message and "passphrase" not in message
        assert _count(data_dir) == 180, limit
    pytest.fail("no limit was large enough for the restore")


def test_restore_checks_the_free_space_before_anything_moves(data_dir, journal_with_backup, monkeypatch):
    from journal_app.core import backups, causes
    from journal_app.core.errors import StorageError

    monkeypatch.setattr(causes, "_free", lambda _folder: 16_000)  # what a nearly full disk reports
    before = sorted(p.name for p in data_dir.rglob("*"))
    with pytest.raises(StorageError, match="the disk is full. Nothing was changed."):
        backups.restore(data_dir, journal_with_backup, key=None, source_key=None)
    assert sorted(p.name for p in data_dir.rglob("*")) == before
    assert _count(data_dir) == 180
