"""Damaged or unexpected Daylio files: one clear line each, and the journal exactly as it was."""

import base64
import json
import zipfile

import pytest

from journal_app.core.transfer import importing
from journal_app.core.transfer.source import SourceError

MOODS = [{"id": i, "custom_name": "", "mood_group_id": i, "predefined_name_id": i} for i in range(1, 6)]
ENTRY = {"year": 2024, "month": 4, "day": 14, "hour": 20, "minute": 30, "timeZoneOffset": 0, "mood": 2}


def zipped(tmp_path, members: dict[str, bytes], name="backup.daylio"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def backup(tmp_path, data, name="backup.daylio"):
    encoded = base64.b64encode(json.dumps(data).encode() if not isinstance(data, bytes) else data)
    return zipped(tmp_path, {"backup.daylio": encoded}, name)


def damaged_member(tmp_path):
    path = backup(tmp_path, {"version": 15, "customMoods": MOODS, "dayEntries": [ENTRY] * 50})
    data = bytearray(path.read_bytes())
    start = data.index(b"backup.daylio") + len("backup.daylio")  # the member's own bytes follow its name
    data[start + 10 : start + 20] = b"\x00" * 10
    path.write_bytes(bytes(data))
    return path


CASES = {
    "no backup.daylio inside": (
        lambda tmp: zipped(tmp, {"photos/a.jpg": b"\xff\xd8"}),
        "This Daylio backup has no backup.daylio inside; it may be damaged.",
    ),
    "a damaged member": (damaged_member, "The Daylio backup is damaged"),
    "not base64": (
        lambda tmp: zipped(tmp, {"backup.daylio": b"{not base64 at all}"}),
        "backup.daylio is not in the form Daylio writes (base64)",
    ),
    "base64 that is not JSON": (
        lambda tmp: backup(tmp, b"this is not json"),
        "The Daylio backup is damaged: its data is not JSON.",
    ),
    "JSON that is not an object": (lambda tmp: backup(tmp, [1, 2]), "laid out in a way I do not know"),
    "no version": (
        lambda tmp: backup(tmp, {"customMoods": MOODS, "dayEntries": [ENTRY]}),
        "This Daylio backup is laid out in a way I do not know: it has no backup version.",
    ),
    "entries under another name": (
        lambda tmp: backup(tmp, {"version": 99, "customMoods": MOODS, "entries": [ENTRY]}),
        "This Daylio backup (version 99) is laid out in a way I do not know: it has no list of “dayEntries”.",
    ),
    "a mood group it does not know": (
        lambda tmp: backup(
            tmp,
            {
                "version": 15,
                "customMoods": [{"id": 1, "mood_group_id": 6, "custom_name": "new"}],
                "dayEntries": [],
            },
        ),
        "the mood “new” is in a group (6) I do not know",
    ),
    "a mood that is not in the backup": (
        lambda tmp: backup(tmp, {"version": 15, "customMoods": MOODS, "dayEntries": [{**ENTRY, "mood": 12}]}),
        "entry 1: its mood (number 12) is not among the backup's moods.",
    ),
    "a day that does not exist": (
        lambda tmp: backup(
            tmp, {"version": 15, "customMoods": MOODS, "dayEntries": [{**ENTRY, "month": 1, "day": 30}]}
        ),
        "entry 1: 2024-02-30 20:30 is not a real date and time.",
    ),
    "a CSV with two mood columns": (
        lambda tmp: (
            (tmp / "two.csv").write_text(
                "full_date,date,weekday,time,mood,mood,activities,note_title,note\n2024-05-14,x,x,20:30,good,bad,,,\n"
            )
            and tmp / "two.csv"
        ),
        "line 1: the column “mood” appears twice, so I cannot tell which one to read.",
    ),
    "a .daylio that is not a zip": (
        lambda tmp: (tmp / "notes.daylio").write_text("just some text") and tmp / "notes.daylio",
        "The Daylio backup is damaged: its backup.daylio part cannot be read.",
    ),
    "a cut-off .daylio": (
        lambda tmp: (
            (tmp / "cut.daylio").write_bytes(backup(tmp, {"version": 15}).read_bytes()[:60])
            and tmp / "cut.daylio"
        ),
        "damaged",
    ),
}


@pytest.fixture
def filled(journal):
    from journal_app.core.models import Entry, EntryKind

    journal.save(Entry(kind=EntryKind.NOTE, title="Mine", body="My own words."))
    return journal


@pytest.mark.parametrize("case", list(CASES))
def test_bad_daylio_files_get_one_clear_line_and_change_nothing(filled, tmp_path, case):
    make, says = CASES[case]
    path = make(tmp_path)
    before = [(e.uuid, e.body) for e in (filled.get(r.id) for r in filled.rows())]
    with pytest.raises(SourceError) as caught:
        importing.prepare_import(filled.db, path)
    message = str(caught.value)
    assert says in message and "\n" not in message and "Traceback" not in message
    assert [(e.uuid, e.body) for e in (filled.get(r.id) for r in filled.rows())] == before


def test_a_newer_backup_with_fields_this_version_does_not_know_names_them(journal, tmp_path):
    data = {
        "version": 19,
        "customMoods": MOODS,
        "dayEntries": [{**ENTRY, "scales": [{"id": 1, "value": 4}], "weather": {}}, {**ENTRY, "minute": 31}],
        "somethingNew": True,
    }
    plan = importing.prepare_import(journal.db, backup(tmp_path, data))
    assert len(plan.items) == 2 and journal.count() == 0
    assert "Fields from a newer Daylio not brought in: scales (1 entry)." in plan.describe()


def test_columns_in_another_order_are_read_by_name(journal, tmp_path):
    path = tmp_path / "moved.csv"
    path.write_text("note,mood,time,full_date,activities\nHello,good,20:30,2024-05-14,walk | tea\n")
    plan = importing.prepare_import(journal.db, path)
    (item,) = plan.items
    assert (item.entry.body, item.entry.mood, item.entry.tags) == ("Hello", 7, ["walk", "tea"])
    assert item.entry.occurred_at.strftime("%Y-%m-%d %H:%M") == "2024-05-14 20:30"
