"""Real files written by Daylio (from public repositories, see tests/fixtures/imports/README.md), imported
as a person switching apps would: every row once, with its words, moods, activities and times."""

import shlex
from datetime import UTC
from pathlib import Path

import pytest

from journal_app.core.models import EntryKind
from journal_app.core.transfer import importing
from journal_app.core.transfer.daylio import parse_mood_map
from journal_app.core.transfer.source import ImportOptions, SourceError, UnknownMoodsError

FILES = Path(__file__).parents[2] / "fixtures" / "imports"


def run(journal, path, **options):
    plan = importing.prepare_import(journal.db, path, ImportOptions(**{"zone": UTC, **options}))
    importing.apply_import(journal.db, plan)
    return plan


def entries(journal):
    return [journal.get(row.id) for row in reversed(journal.rows(limit=1000))]


def at(journal, stamp: str):
    (found,) = [e for e in entries(journal) if e.occurred_at.strftime("%Y-%m-%d %H:%M") == stamp]
    return found


def test_real_daylio_csv_with_note_titles(journal):
    plan = run(journal, FILES / "daylio_with_title.csv")
    assert plan.format == "daylio" and journal.count() == 32 == len(plan.items)
    party = at(journal, "2020-05-30 18:50")  # "6:50 pm,rad,friends | gaming | programming | nap,,Awesome"
    assert party.kind is EntryKind.CHECK_IN and party.mood == 9 and party.body == "Awesome"
    assert party.tags == ["friends", "gaming", "nap", "programming"]
    assert at(journal, "2020-05-25 14:58").body == "Could be better"


def test_real_daylio_csv_with_a_full_date_and_no_note_title(journal):
    """A layout the importer used to refuse: full_date, but no note_title column."""
    plan = run(journal, FILES / "daylio_full_date_no_title.csv")
    assert journal.count() == 21 == len(plan.items)
    meal = at(journal, "2020-05-27 12:20")  # "12:20 pm,good,work | good meal"
    assert meal.mood == 7 and meal.tags == ["good meal", "work"]
    assert at(journal, "2020-05-28 00:19").mood == 9  # "12:19 am" is just after midnight


def test_real_daylio_csv_with_scales_names_every_mood_and_its_map_can_be_pasted(journal):
    path = FILES / "daylio_scales.csv"
    with pytest.raises(UnknownMoodsError) as caught:
        importing.prepare_import(journal.db, path)
    message = str(caught.value)
    labels = ["helpless", "laughing", "rested", "vaguely ok", "tired", "vaguely bad"]
    assert caught.value.labels == labels
    assert all(f"“{label}”" in message for label in labels)
    assert journal.count() == 0
    pasted = shlex.split(message.split("--mood-map ", 1)[1])  # what a shell hands the app
    assert len(pasted) == 1
    mapping = parse_mood_map(pasted[0])
    assert set(mapping) == set(labels)
    run(journal, path, mood_map=mapping)
    assert journal.count() == 7
    rested = at(journal, "2026-04-12 12:00")
    assert rested.body == (
        "Testing the note.\n\nScales: Sleep Quality: 8/10 points; Sleep Time: 8:00; Awake mid-sleep: 1:00"
    )
    assert at(journal, "2026-04-02 10:00").body == (
        "Never mindd.\n\nScales: Sleep Quality: 6/10 points; Sleep Time: 7:30"
    )
    assert at(journal, "2026-03-30 20:18").body == "Who knows.\n\nAm I [[virtual]]?"
    assert at(journal, "2026-04-02 13:00").tags == ["allegro", "at the office"]


def test_real_daylio_csv_with_unknown_columns(journal, tmp_path):
    path = FILES / "daylio_unknown_columns.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    with pytest.raises(SourceError, match="line 5: expected 10 fields but found 11"):  # the file's broken row
        importing.prepare_import(journal.db, path)
    assert journal.count() == 0
    fixed = tmp_path / "fixed.csv"
    fixed.write_text("".join(lines[:4] + lines[5:]), encoding="utf-8")
    moods = dict.fromkeys(("vaguely ok", "vaguely good", "fatigued", "in awe", "lifeless"), 5)
    moods |= {"tired": 3, "hungry": 4, "captivated": 8, "grateful": 8, "blissful": 9}
    plan = run(journal, fixed, mood_map=moods)
    assert "Columns not brought in: another_field, weird." in plan.describe()
    chess = at(journal, "2022-10-27 13:49")  # the known columns are read by name, wherever they are
    assert chess.title == "Cras pretium" and chess.tags == ["chess"] and chess.mood == 5
    assert chess.body == "Lorem ipsum dolor sit amet, consectetur adipiscing elit."


def test_real_daylio_backup_needs_no_mood_map(journal):
    path = FILES / "daylio_backup_v15.daylio"
    plan = importing.prepare_import(journal.db, path)
    assert plan.format == "daylio_backup" and len(plan.items) == 5 and journal.count() == 0
    assert plan.describe().startswith(
        "5 new entries from this Daylio backup file, from 2015-05-16 to 2023-01-24"
    )
    importing.apply_import(journal.db, plan)
    titled = at(journal, "2023-01-24 09:59")
    assert titled.occurred_at.isoformat() == "2023-01-24T09:59:00+01:00"  # the offset the backup records
    assert titled.mood == 9 and titled.title == "Note title" and titled.body == "Note body"  # "rad" group
    assert titled.tags == ["exercice", "famille", "ménage", "rendez-vous", "sport"]
    lines = at(journal, "2023-01-11 22:20")
    assert (
        lines.mood == 5
        and lines.body == "Hey, here's a note with\n\n\nLinebreaks!\n\nBecause I love breaking parsers"
    )
    assert at(journal, "2023-01-24 11:36").mood == 1  # the "awful" group
    again = importing.prepare_import(journal.db, path)
    assert again.items == [] and again.changed == [] and again.already_present == 5
