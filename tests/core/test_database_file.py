"""Opening journal files: refusing what is not a journal, migrating old ones, one app at a time."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core import db as dbmod
from journal_app.core.errors import JournalInUseError, NewerJournalError, NotAJournalError
from journal_app.core.instance_lock import InstanceLock
from journal_app.core.journal import Journal
from journal_app.core.migrations import SCHEMA_VERSION

FIXTURE_V1 = Path(__file__).parents[1] / "fixtures" / "journal_v1.db"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _other_apps_db(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO photos (name) VALUES ('cat.jpg')")
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_bytes(b""), "empty file"),
        (lambda p: p.write_bytes(b"\x00\xff garbage " * 500), "not a Recovery Journal"),
        (lambda p: p.write_text("Dear diary,\nthis is text.\n"), "not a Recovery Journal"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000), "not a Recovery Journal"),
        (_other_apps_db, "another program"),
    ],
)
def test_a_file_that_is_not_a_journal_is_refused_and_left_alone(data_dir, make, says):
    data_dir.mkdir(parents=True)
    path = data_dir / "journal.db"
    make(path)
    before = _digest(path)
    with pytest.raises(NotAJournalError, match=says):
        Journal.open(data_dir)
    assert _digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.db"]


def test_pragmas_are_applied(journal):
    get = lambda name: journal.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert get("journal_mode") == "wal"
    assert get("synchronous") == 2  # FULL
    assert get("foreign_keys") == 1
    assert get("secure_delete") == 1
    assert get("temp_store") == 2  # MEMORY
    assert get("busy_timeout") == dbmod.BUSY_TIMEOUT_MS
    assert get("user_version") == SCHEMA_VERSION
    assert get("application_id") == dbmod.APPLICATION_ID


def test_first_schema_journal_is_backed_up_then_migrated(data_dir):
    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURE_V1, data_dir / "journal.db")
    journal = Journal.open(data_dir)
    try:
        assert dbmod.user_version(journal.db) == SCHEMA_VERSION
        # the old entries are all there, and now searchable
        assert journal.count() == 3
        assert [r.title for r in journal.search("sponsor")] == ["Gratitude"]
        first = journal.get(1)
        assert first.tags == ["weekend"] and first.occurred_at.isoformat() == "2024-03-30T21:15:00+01:00"
        assert journal.get(2).triggers == ["Stress"]
    finally:
        journal.close()
    backups = list((data_dir / "backups").glob("before-migration-v1-*.db"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM entries").fetchone()[0] == 3
    con.close()


def test_a_failed_migration_leaves_the_journal_as_it_was(data_dir, monkeypatch):
    from journal_app.core import migrations

    data_dir.mkdir(parents=True)
    shutil.copy(FIXTURE_V1, data_dir / "journal.db")

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk went away")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError):
        Journal.open(data_dir)
    con = sqlite3.connect(data_dir / "journal.db")
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM entries").fetchone()[0] == 3
    con.close()


def test_a_journal_from_a_newer_version_is_not_touched(data_dir):
    j = Journal.open(data_dir)
    j.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    j.close()
    with pytest.raises(NewerJournalError, match="newer version"):
        Journal.open(data_dir)


def test_second_lock_on_the_same_journal_is_refused(tmp_path):
    first = InstanceLock(tmp_path / "journal.db.lock")
    first.acquire()
    with pytest.raises(JournalInUseError, match="already open"):
        InstanceLock(tmp_path / "journal.db.lock").acquire()
    first.release()
    with InstanceLock(tmp_path / "journal.db.lock"):
        pass


def test_a_lock_left_by_a_killed_process_is_recovered(tmp_path):
    lock_path = tmp_path / "journal.db.lock"
    code = (
        "import sys, time; from journal_app.core.instance_lock import InstanceLock;"
        f"lock = InstanceLock({str(lock_path)!r}); lock.acquire(); print('locked', flush=True); time.sleep(60)"
    )
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout.readline().strip() == "locked"
            with pytest.raises(JournalInUseError):
                InstanceLock(lock_path).acquire()
        finally:
            child.kill()
            child.wait()
    assert lock_path.exists()  # the stale file is still there...
    with InstanceLock(lock_path):  # ...and does not block the next start
        pass
