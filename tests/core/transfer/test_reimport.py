"""Importing a newer export of the same journal: new entries added, edited ones updated, none duplicated."""

import base64
import json
import zipfile
from collections import Counter
from datetime import UTC, datetime

import pytest

from journal_app.core.models import Entry, EntryKind
from journal_app.core.transfer import importing
from journal_app.core.transfer.options import TransferCancelled
from journal_app.core.transfer.source import ImportOptions, stable_uuid

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
OLDER = HEADER + (
    "2024-05-14,May 14,Tuesday,20:30,good,walk,,Called Sam.\n"
    "2024-05-13,May 13,Tuesday,08:00,meh,work,,Long day.\n"
    "2024-05-12,May 12,Sunday,12:10,bad,,,Tired.\n"
)
# Later export, with the scales column Daylio added meanwhile: the 13th was edited in Daylio (mood and note),
# the 12th deleted there, the 15th is new; the 14th is as it was.
NEWER = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n" + (
    "2024-05-15,May 15,Wednesday,07:45,rad,meeting,,,First meeting in a while.\n"
    "2024-05-14,May 14,Tuesday,20:30,good,walk,,,Called Sam.\n"
    "2024-05-13,May 13,Tuesday,08:00,good,work | friends,,,Long day; dinner with friends helped.\n"
)
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def prepare(journal, path, **options):
    return importing.prepare_import(journal.db, path, ImportOptions(**{"zone": UTC, **options}), now=NOW)


def by_day(journal):
    return {e.occurred_at.date().isoformat(): e for e in (journal.get(r.id) for r in journal.rows(limit=100))}


def test_a_newer_daylio_export_updates_edited_rows_adds_new_ones_and_duplicates_none(journal, tmp_path):
    importing.apply_import(journal.db, prepare(journal, write(tmp_path, "old.csv", OLDER)), now=NOW)
    before = by_day(journal)
    mine = before["2024-05-13"]
    mine.triggers = ["work stress"]  # something the person added here, after the first import
    journal.save(mine)
    plan = prepare(journal, write(tmp_path, "new.csv", NEWER))
    assert plan.describe().startswith("1 new, 1 changed, 1 unchanged entries in this Daylio CSV file")
    # deleted in Daylio: named, never deleted here
    assert plan.not_in_file == 1 and plan.describe().endswith(
        "1 entry from your earlier Daylio import is not in this file; it stays in your journal."
    )
    assert journal.count() == 3  # the dry run changed nothing
    later = datetime(2024, 6, 2, 9, 0, tzinfo=UTC)
    assert importing.apply_import(journal.db, plan, now=later) == 1 and plan.updated == 1
    after = by_day(journal)
    assert sorted(after) == [
        "2024-05-12",
        "2024-05-13",
        "2024-05-14",
        "2024-05-15",
    ]  # deleted there: kept here
    edited = after["2024-05-13"]
    assert (edited.mood, edited.body) == (7, "Long day; dinner with friends helped.")
    assert edited.tags == ["friends", "work"] and edited.triggers == ["work stress"]
    assert edited.uuid == mine.uuid and edited.id == mine.id and edited.created_at == mine.created_at
    assert edited.updated_at == later  # honest: changed at the time of the import
    assert after["2024-05-14"].updated_at == before["2024-05-14"].updated_at  # unchanged: not touched
    again = prepare(journal, write(tmp_path, "new.csv", NEWER))
    assert (len(again.items), len(again.changed), again.already_present) == (0, 0, 3)
    assert again.not_in_file == 1  # the 12th is still here, and still not in Daylio's file


def test_the_person_can_keep_their_own_versions(journal, tmp_path):
    importing.apply_import(journal.db, prepare(journal, write(tmp_path, "old.csv", OLDER)), now=NOW)
    plan = prepare(journal, write(tmp_path, "new.csv", NEWER), keep_mine=True)
    assert "It keeps your journal's version (as you chose)." in plan.describe()
    importing.apply_import(journal.db, plan, now=NOW)
    assert by_day(journal)["2024-05-13"].body == "Long day."
    assert journal.count() == 4


def test_entries_imported_by_an_earlier_version_are_recognised(journal, tmp_path):
    """Before, a row's id came from all its cells; such entries are found by that id, not added again."""
    row = ["2024-05-14", "May 14", "Tuesday", "20:30", "good", "walk", "", "Called Sam."]
    journal.insert_many(
        [
            Entry(
                kind=EntryKind.CHECK_IN,
                occurred_at=datetime(2024, 5, 14, 20, 30, tzinfo=UTC),
                mood=7,
                body="Called Sam.",
                tags=["walk"],
                uuid=stable_uuid("daylio", *row, seen=Counter()),
            )
        ]
    )
    plan = prepare(journal, write(tmp_path, "old.csv", OLDER))  # the same file, imported again
    assert (len(plan.items), len(plan.changed), plan.already_present) == (2, 0, 1)


def test_rows_imported_by_an_earlier_version_and_edited_since_are_updated_not_duplicated(journal, tmp_path):
    """The 89-of-1,159 case: an old import (ids from all cells), then a newer export with edited rows."""
    old_rows = [line.split(",") for line in OLDER.splitlines()[1:]]
    seen = Counter()
    journal.insert_many(
        [
            Entry(
                kind=EntryKind.CHECK_IN,
                occurred_at=datetime.fromisoformat(f"{row[0]}T{row[3]}:00+00:00"),
                mood={"good": 7, "meh": 5, "bad": 3}[row[4]],
                body=row[7],
                tags=[row[5]] if row[5] else [],
                uuid=stable_uuid("daylio", *row, seen=seen),
            )
            for row in old_rows
        ]
    )
    mine = journal.save(
        Entry(kind=EntryKind.CHECK_IN, occurred_at=datetime(2024, 5, 15, 7, 45, tzinfo=UTC), mood=4)
    )
    plan = prepare(journal, write(tmp_path, "new.csv", NEWER))
    # the 15th at 07:45 is new although the person wrote their own check-in at that minute here
    assert (len(plan.items), len(plan.changed), plan.already_present) == (1, 1, 1)
    importing.apply_import(journal.db, plan)
    assert journal.count() == 5 and journal.get(mine.id).mood == 4
    assert by_day_all(journal)["2024-05-13"][0].body == "Long day; dinner with friends helped."


def by_day_all(journal):
    out = {}
    for entry in (journal.get(r.id) for r in journal.rows(limit=100)):
        out.setdefault(entry.occurred_at.date().isoformat(), []).append(entry)
    return out


def test_jrnl_entries_are_known_by_date_time_and_title(journal, tmp_path):
    def export(body, title="Dinner with mum."):
        entries = [{"title": title, "body": body, "date": "2024-01-03", "time": "19:05", "tags": []}]
        return json.dumps({"tags": {}, "entries": entries})

    importing.apply_import(journal.db, prepare(journal, write(tmp_path, "j.json", export("Nice."))))
    plan = prepare(journal, write(tmp_path, "j.json", export("Nice. We laughed a lot.")))
    assert (len(plan.items), len(plan.changed)) == (0, 1)
    importing.apply_import(journal.db, plan)
    assert [journal.get(r.id).body for r in journal.rows()] == ["Nice. We laughed a lot."]
    renamed = prepare(journal, write(tmp_path, "j.json", export("Nice.", title="Dinner with Mum")))
    assert (len(renamed.items), len(renamed.changed)) == (1, 0)  # another title: another entry


def test_day_one_entries_are_known_by_their_uuid(journal, tmp_path):
    def export(text):
        entry = {
            "uuid": "A1B2C3D4E5F60718293A4B5C6D7E8F90",
            "creationDate": "2024-03-10T23:30:00Z",
            "text": text,
        }
        return json.dumps({"metadata": {"version": "1.0"}, "entries": [entry]})

    importing.apply_import(
        journal.db, prepare(journal, write(tmp_path, "d.json", export("# Tokyo\nLanded.")))
    )
    plan = prepare(journal, write(tmp_path, "d.json", export("# Tokyo\nLanded safely.")))
    assert (len(plan.items), len(plan.changed)) == (0, 1)
    importing.apply_import(journal.db, plan)
    (entry,) = [journal.get(r.id) for r in journal.rows()]
    assert entry.uuid == "a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90" and entry.body == "Landed safely."


def backup_file(tmp_path, entries, *, name="backup.daylio", extra=None):
    data = {
        "version": 15,
        "customMoods": [
            {"id": i, "custom_name": "", "mood_group_id": i, "predefined_name_id": i} for i in range(1, 6)
        ],
        "tags": [{"id": 1, "name": "walk"}],
        "dayEntries": entries,
        **(extra or {}),
    }
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("backup.daylio", base64.b64encode(json.dumps(data).encode()))
    return path


def day_entry(day, hour, minute, mood, note="", tags=()):
    return {
        "id": day,
        "year": 2024,
        "month": 4,
        "day": day,
        "hour": hour,
        "minute": minute,
        "timeZoneOffset": 0,
        "mood": mood,
        "note": note,
        "note_title": "",
        "tags": list(tags),
        "assets": [],
    }


def test_a_backup_after_a_csv_of_the_same_journal_adds_nothing_twice(journal, tmp_path):
    importing.apply_import(journal.db, prepare(journal, write(tmp_path, "old.csv", OLDER)))
    path = backup_file(
        tmp_path,
        [
            day_entry(14, 20, 30, 2, "Called Sam.", [1]),
            day_entry(13, 8, 0, 2, "Long day.", []),
            day_entry(16, 9, 0, 1),
        ],
    )
    plan = prepare(journal, path)
    # the 13th: "meh" in the CSV, the "good" group in the backup; the 16th is new
    assert (len(plan.items), len(plan.changed), plan.already_present) == (1, 1, 1)


@pytest.mark.parametrize("keep_mine", [False, True])
def test_a_failed_update_leaves_the_journal_as_it_was(journal, tmp_path, keep_mine):
    importing.apply_import(journal.db, prepare(journal, write(tmp_path, "old.csv", OLDER)))
    before = {e.uuid: (e.body, e.mood) for e in by_day(journal).values()}
    recorded = journal.db.execute("SELECT * FROM imported ORDER BY source_id").fetchall()
    assert len(recorded) == 3  # each row's id in Daylio
    plan = prepare(journal, write(tmp_path, "new.csv", NEWER), keep_mine=keep_mine)

    def cancel(done, total):
        if done == total:  # the very last step: everything before it is undone
            raise TransferCancelled()

    with pytest.raises(TransferCancelled):
        importing.apply_import(journal.db, plan, progress=cancel)
    assert {e.uuid: (e.body, e.mood) for e in by_day(journal).values()} == before
    assert journal.count() == 3
    assert journal.db.execute("SELECT * FROM imported ORDER BY source_id").fetchall() == recorded
