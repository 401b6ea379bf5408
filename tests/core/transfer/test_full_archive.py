"""A full export is a full archive: "Everything" as JSON, imported into an empty journal, gives the
same journal — compared table by table, not only the entries."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal_app.core import demo, knowledge
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind
from journal_app.core.transfer import exporting, importing
from journal_app.core.transfer.options import ExportOptions
from journal_app.core.transfer.source import SourceError

SKIP_TABLES = ("entries_fts",)  # the search index: rebuilt from the entries


def _names(db, table: str) -> dict[int, str]:
    return dict(db.execute(f"SELECT id, name FROM {table}").fetchall())


def dump(journal: Journal) -> dict[str, list]:
    """Every table, ids replaced by what they stand for (uuids and names), rows sorted."""
    db = journal.db
    uuid = dict(db.execute("SELECT id, uuid FROM entries").fetchall())
    names = {
        "entry_id": uuid,
        "trigger_id": _names(db, "triggers"),
        "coping_id": _names(db, "coping_strategies"),
    }
    names["tag_id"] = _names(db, "tags")
    tables = [name for name in db.utils.table_names() if not name.startswith(("sqlite_", *SKIP_TABLES))]
    found = {}
    for table in tables:
        rows = []
        for row in db.utils.table(table).rows:
            record = {}
            for column, value in row.items():
                if column in ("id", "time_key"):
                    continue
                if column in ("created_at", "updated_at") and table == "entries":
                    continue  # when it was written into this journal
                record[column] = names[column].get(value, value) if column in names else value
            rows.append(json.dumps(record, sort_keys=True))
        found[table] = sorted(rows)
    return found


@pytest.fixture
def full_journal(tmp_path) -> Journal:
    journal = Journal.open(tmp_path / "full")
    demo.write_demo(journal.db, days=40, end=date(2025, 6, 30))
    journal.save(
        Entry(
            kind=EntryKind.NOTE,
            title="Only mine",
            private=True,
            occurred_at=datetime(2025, 6, 1, tzinfo=UTC),
            warning_signs=[knowledge.SIGN_KEYS[0]],
        )
    )
    db = journal.db
    db.execute(
        "INSERT INTO life_events (uuid, occurred_on, label, note) VALUES ('le-1', '2025-06-02', 'Moved', 'new flat')"
    )
    db.execute(
        "INSERT INTO therapy_sessions (uuid, held_at, note) VALUES ('ts-1', '2025-06-03T10:00:00+00:00', 'first')"
    )
    db.execute(
        "INSERT INTO crisis_numbers (label, number, country, position) VALUES ('Helpline', '988', 'US', 0)"
    )
    db.execute(
        "INSERT INTO safety_notices (entry_id, kind, shown_at) SELECT id, 'lost_tolerance', '2025-06-04' FROM entries LIMIT 1"
    )
    db.execute("INSERT INTO tags (name) VALUES ('unused tag')")
    db.execute(
        "INSERT INTO questionnaire_results (uuid, instrument, taken_at, local_date, answers, scores, needs_help,"
        " private, updated_at) VALUES ('q-1', 'phq9', '2025-06-05T09:00:00+00:00', '2025-06-05', '{\"q1\": 1}',"
        " '[]', 0, 1, '2025-06-05T09:00:00+00:00')"
    )
    db.execute(
        "INSERT INTO medications (uuid, name, prescriber, schedule, dose, dose_private, next_clinic, updated_at)"
        " VALUES ('m-1', 'Buprenorphine', 'Harbour clinic', 'daily', '8 mg', 1, '2025-06-20',"
        " '2025-06-05T09:00:00+00:00')"
    )
    db.execute("INSERT INTO coping_strategies (name, category) VALUES ('Knitting', 'own')")
    db.execute("INSERT INTO settings (key, value) VALUES ('journal/test', '{\"a\": 1}')")
    db.execute(
        "INSERT INTO imported (source_id, entry_uuid, source) SELECT 'daylio-1', uuid, 'Daylio' FROM entries LIMIT 1"
    )
    yield journal
    journal.close()


def test_everything_as_json_gives_the_same_journal(full_journal, tmp_path):
    out = tmp_path / "all.json"
    exporting.export_file(full_journal.db, out, "json", ExportOptions(include_private=True))
    empty = Journal.open(tmp_path / "empty")
    try:
        plan = importing.prepare_import(empty.db, out)
        importing.apply_import(empty.db, plan)
        before, after = dump(full_journal), dump(empty)
        assert set(before) == set(after)
        assert [table for table, rows in before.items() if not rows] == []  # a new table needs a row here
        for table in before:
            assert after[table] == before[table], table
        # the person's own trigger kept its kind, the plan its responses
        assert "money" in {t.category for t in empty.own_triggers() if t.name == "Rent is due"}
        # importing the same file again adds nothing twice
        again = importing.prepare_import(empty.db, out)
        importing.apply_import(empty.db, again)
        assert dump(empty) == before
    finally:
        empty.close()


def test_a_partial_export_carries_no_archive(full_journal, tmp_path):
    out = tmp_path / "some.json"
    exporting.export_file(full_journal.db, out, "json", ExportOptions(date_from=date(2025, 6, 1)))
    assert "archive" not in json.loads(out.read_text())


def test_a_damaged_archive_is_refused_and_adds_nothing(full_journal, tmp_path):
    out = tmp_path / "all.json"
    exporting.export_file(full_journal.db, out, "json", ExportOptions(include_private=True))
    data = json.loads(out.read_text())
    data["archive"]["plan_items"] = [{"section": "nonsense", "text": "x", "position": 0}]
    Path(out).write_text(json.dumps(data))
    empty = Journal.open(tmp_path / "empty")
    try:
        plan = importing.prepare_import(empty.db, out)
        with pytest.raises(SourceError, match="nothing was added"):
            importing.apply_import(empty.db, plan)
        assert empty.count() == 0
        data["archive"]["tags"] = [{"not": "a name"}]
        Path(out).write_text(json.dumps(data))
        with pytest.raises(SourceError, match="damaged “tags” list"):
            importing.prepare_import(empty.db, out)
    finally:
        empty.close()
