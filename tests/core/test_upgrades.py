"""An upgrade never loses a journal: released journals open (backup first), newer ones are refused untouched."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core import db as dbmod
from journal_app.core.errors import NewerJournalError
from journal_app.core.journal import Journal
from journal_app.core.migrations import SCHEMA_VERSION
from journal_app.core.query import EntryFilter

FIXTURES = Path(__file__).parents[1] / "fixtures"
# one journal per released version, as that version wrote it (tests/fixtures/make_release_journal.py)
RELEASED = sorted(FIXTURES.glob("journal_[0-9]*.[0-9]*.[0-9]*.db"))
LAST_RELEASED = FIXTURES / "journal_0.1.0.db"


def _folder_digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _schema_of(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def test_the_last_released_version_has_a_fixture():
    assert LAST_RELEASED in RELEASED
    assert _schema_of(LAST_RELEASED) <= SCHEMA_VERSION


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_a_journal_from_a_released_version_opens_whole_in_this_one(data_dir, fixture):
    data_dir.mkdir(parents=True)
    shutil.copy(fixture, data_dir / "journal.db")
    was = _schema_of(fixture)
    journal = Journal.open(data_dir)
    try:
        assert dbmod.user_version(journal.db) == SCHEMA_VERSION
        assert journal.count() == 3
        rows = {row.title or row.kind.value: row for row in journal.rows()}
        evening = journal.get(rows["Evening check-in"].id)
        assert evening.body == "Called my sponsor after work. Café with Jonas was good."
        assert (evening.mood, evening.craving, evening.sleep_hours) == (7, 3, 7.5)
        assert evening.tags == ["weekday"] and evening.warning_signs == ["isolation"]
        assert evening.occurred_at.isoformat() == "2026-11-20T21:30:00+02:00"
        urge = journal.get(rows["craving"].id)
        assert (
            urge.triggers == ["Stress"] and urge.coping[0].name == "Called someone" and urge.coping[0].helped
        )
        assert [r.title for r in journal.search("sponsor")] == ["Evening check-in"]
        assert journal.plan.response_for("Stress") == "Walk round the block, then text Jonas"
        assert [c.name for c in journal.plan.contacts()] == ["Jonas"]
        assert [i.text for i in journal.plan.reasons()] == ["Be there for my daughter"]
        assert journal.setting("lost_tolerance_days") == 5
        assert journal.count(EntryFilter(include_private=False)) == 2  # the private note stays private
    finally:
        journal.close()
    backups = list((data_dir / "backups").glob(f"before-migration-v{was}-*.db"))
    if was < SCHEMA_VERSION:  # a migration ran: the journal as it was is kept first
        assert len(backups) == 1 and _schema_of(backups[0]) == was
    else:
        assert backups == []


@pytest.fixture
def newer_journal(data_dir):
    """The last released journal, as if a newer app had moved it one schema ahead."""
    data_dir.mkdir(parents=True)
    path = data_dir / "journal.db"
    shutil.copy(LAST_RELEASED, path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.execute("CREATE TABLE from_the_future (x)")
    con.commit()
    con.close()
    return data_dir


def test_a_journal_from_a_newer_version_is_refused_and_left_exactly_as_it_was(newer_journal):
    before = _folder_digest(newer_journal)
    with pytest.raises(NewerJournalError) as refused:
        Journal.open(newer_journal)
    message = str(refused.value)
    assert "newer version of Recovery Journal" in message and "update the app" in message
    assert "was not changed" in message
    assert _folder_digest(newer_journal) == before  # same bytes, no backup, no sidecar files left


def test_the_command_line_refuses_a_newer_journal_in_one_line(newer_journal):
    before = _folder_digest(newer_journal)
    done = subprocess.run(
        [sys.executable, "-m", "journal_app", "--data-dir", str(newer_journal), "stats"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "newer version" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert _folder_digest(newer_journal) == before


def test_the_app_refuses_a_newer_journal_with_a_message_and_exit_code(qapp, newer_journal, capsys):
    from journal_app.gui.app import EXIT_CANNOT_OPEN, run_app

    before = _folder_digest(newer_journal)
    assert run_app(newer_journal) == EXIT_CANNOT_OPEN
    assert "newer version" in capsys.readouterr().err
    assert {k: v for k, v in _folder_digest(newer_journal).items() if not k.endswith(".lock")} == before
