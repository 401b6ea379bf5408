"""Exports a person can hand to someone: exactly what they chose, readable, and safe to open."""

import csv
import io
import json
from datetime import date

import pytest

from journal_app.core.errors import JournalError
from journal_app.core.models import EntryKind
from journal_app.core.transfer import exporting, importing
from journal_app.core.transfer.options import ExportOptions, TransferCancelled, parse_fields
from journal_app.core.transfer.own_csv import ALL_COLUMNS

EVERYTHING = ExportOptions(include_private=True)


def export(journal, tmp_path, fmt, options=EVERYTHING, name=None, **kw):
    path = tmp_path / (name or f"out.{fmt}")
    count = exporting.export_file(journal.db, path, fmt, options, **kw)
    return path, count


def without_export_time(text):
    return [line for line in text.splitlines() if '"exported_at"' not in line]


def test_json_round_trip_gives_the_same_file(filled, other_journal, tmp_path):
    first, count = export(filled, tmp_path, "json", name="first.json")
    assert count == 4
    plan = importing.prepare_import(other_journal.db, first)
    assert importing.apply_import(other_journal.db, plan) == 4
    second, _ = export(other_journal, tmp_path, "json", name="second.json")
    assert without_export_time(first.read_text()) == without_export_time(second.read_text())


def test_json_keeps_every_detail(filled, tmp_path):
    path, _ = export(filled, tmp_path, "json")
    data = json.loads(path.read_text())
    assert data["format"] == "recovery-journal" and data["version"] == 1
    first = data["entries"][0]
    assert first["occurred_at"] == "2025-03-01T08:15:00+05:45"  # local time with its offset
    assert first["coping"] == [
        {"name": "Breathing", "helped": None},
        {"name": "Called my sponsor", "helped": True},
        {"name": "Went for a walk", "helped": False},
    ]
    assert first["warning_signs"] == ["isolation", "mood_swings"]
    assert first["tags"] == ["a;b\\c", "work"] and first["sleep_hours"] == 5.5
    assert first["meeting"] is None and first["halt_tired"] is True
    assert len({e["uuid"] for e in data["entries"]}) == 4


def test_private_entries_stay_out_unless_chosen(filled, tmp_path):
    path, count = export(filled, tmp_path, "json", ExportOptions())
    assert count == 3
    assert "Opioids" not in path.read_text() and "private" in path.read_text()
    assert all(e["private"] is False for e in json.loads(path.read_text())["entries"])


def test_range_kinds_fields_and_free_text_are_chosen(filled, tmp_path):
    options = ExportOptions(
        date_from=date(2025, 3, 1),
        date_to=date(2025, 3, 2),
        kinds=frozenset({EntryKind.CHECK_IN, EntryKind.CRAVING}),
        include_text=False,
        fields=parse_fields("measures,triggers"),
    )
    path, count = export(filled, tmp_path, "json", options)
    entries = json.loads(path.read_text())["entries"]
    assert count == 2 and [e["kind"] for e in entries] == ["check_in", "craving"]
    assert set(entries[0]) == {
        "uuid",
        "kind",
        "occurred_at",
        "private",
        "mood",
        "craving",
        "sleep_hours",
        "supportive_contact",
        "halt_hungry",
        "halt_angry",
        "halt_lonely",
        "halt_tired",
        "medication",
        "meeting",
        "triggers",
    }
    assert "Slept badly" not in path.read_text() and "SUM" not in path.read_text()


def test_csv_has_one_row_per_entry_with_documented_columns(filled, tmp_path):
    path, _ = export(filled, tmp_path, "csv")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") >= 5  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert len(rows) == 4 and list(rows[0]) == ALL_COLUMNS
    assert rows[0]["date"] == "2025-03-01" and rows[0]["time"] == "08:15"
    assert (
        rows[0]["coping_helped"] == "Called my sponsor"
        and rows[0]["coping_did_not_help"] == "Went for a walk"
    )
    assert rows[0]["tags"] == "a\\;b\\\\c; work"


def test_csv_neutralises_formulas_but_leaves_numbers(filled, tmp_path):
    path, _ = export(filled, tmp_path, "csv")
    text = path.read_text()
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    urge, use, note = rows[1], rows[2], rows[3]
    assert urge["situation"] == "'=SUM(A1:A9) at the old corner" and urge["thought"] == "'-just once"
    assert use["lead_up"] == "'+ a hard week" and use["body"] == "'@home, alone."
    assert note["title"] == "''quoted' title"
    assert urge["tags"] == "'-5 degrees; '@night"  # each name is made safe, and reads back exactly
    assert ",8,," in text.splitlines()[2] or ",8," in text  # numbers are bare, not quoted text
    assert urge["craving"] == "8" and rows[0]["sleep_hours"] == "5.5"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_with_bom_for_spreadsheets_round_trips(filled, other_journal, tmp_path):
    path, _ = export(filled, tmp_path, "csv", bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    plan = importing.prepare_import(other_journal.db, path)
    assert plan.format == "csv" and len(plan.items) == 4
    importing.apply_import(other_journal.db, plan)
    again, _ = export(other_journal, tmp_path, "csv", name="again.csv", bom=True)
    assert again.read_bytes() == path.read_bytes()


def test_markdown_has_a_heading_per_day(filled, tmp_path):
    path, _ = export(filled, tmp_path, "markdown")
    text = path.read_text()
    days = [line for line in text.splitlines() if line.startswith("## ")]
    assert days == ["## Saturday 1 March 2025", "## Sunday 2 March 2025", "## Tuesday 4 March 2025"]
    assert "### 08:15 · Check-in · Morning" in text
    assert "- Coping: Breathing, Called my sponsor (helped), Went for a walk (did not help)" in text
    assert "\\# not a heading" in text  # a person's '#' never becomes a heading


def test_cancel_leaves_no_file(filled, tmp_path):
    def cancel(done, total):
        raise TransferCancelled()

    with pytest.raises(TransferCancelled):
        export(filled, tmp_path, "json", progress=cancel)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_progress_reaches_the_end(filled, tmp_path):
    seen = []
    export(filled, tmp_path, "csv", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]


def test_existing_files_and_the_journal_itself_are_never_overwritten(filled, tmp_path):
    target = tmp_path / "taken.json"
    target.write_text("keep me")
    with pytest.raises(JournalError, match="already exists"):
        export(filled, tmp_path, "json", name="taken.json")
    assert target.read_text() == "keep me"
    export(filled, tmp_path, "json", name="taken.json", overwrite=True)
    assert target.read_text() != "keep me"
    with pytest.raises(JournalError, match="journal's own file"):
        exporting.export_file(filled.db, filled.path, "json", EVERYTHING, overwrite=True)


def test_unknown_choices_are_refused_in_words():
    with pytest.raises(JournalError, match="not a field"):
        parse_fields("mood,shoe_size")
    with pytest.raises(JournalError, match="start date is after the end date"):
        ExportOptions(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1))


@pytest.mark.parametrize(
    "options", [EVERYTHING, ExportOptions(include_text=False, fields=parse_fields("links,mood"))]
)
def test_fast_json_rows_match_the_reference_records(filled, tmp_path, options):
    from journal_app.core.transfer.records import read_records

    path, _ = export(filled, tmp_path, "json", options)
    assert json.loads(path.read_text())["entries"] == read_records(filled.db, options)


def test_an_export_without_free_text_still_imports(filled, other_journal, tmp_path):
    path, _ = export(filled, tmp_path, "json", ExportOptions(include_private=True, include_text=False))
    plan = importing.prepare_import(other_journal.db, path)
    importing.apply_import(other_journal.db, plan)
    note = next(item.entry for item in plan.items if item.entry.kind is EntryKind.NOTE)
    assert note.title == "Note (its text was not shared)" and note.body == ""
    assert other_journal.count() == 4


def test_a_spanish_markdown_export_has_no_english_source_sentence(filled, tmp_path):
    from english_left import english_left

    from journal_app.core import messages

    messages.set_language("es")
    messages.set_date_formatter(None)  # the core's own Spanish dates (a GUI test may have left a QLocale one)
    try:
        path, _ = export(filled, tmp_path, "markdown")
    finally:
        messages.set_language("en")
    text = path.read_text()
    days = [line for line in text.splitlines() if line.startswith("## ")]
    assert days == [
        "## sábado 1 de marzo de 2025",
        "## domingo 2 de marzo de 2025",
        "## martes 4 de marzo de 2025",
    ]
    assert "### 08:15 · Registro · Morning" in text  # the person's title stays as written
    assert "- Afrontamiento: Breathing, Called my sponsor (ayudó), Went for a walk (no ayudó)" in text
    assert "- Ánimo: " in text and "Exportado el " in text
    for english in ("Check-in", "Coping:", "Mood:", "(helped)", "Saturday", "March"):
        assert english not in text
    assert english_left(text) == [], english_left(text)
