"""Bringing history in from Daylio, jrnl and Day One: the right days, moods and tags, once."""

import json
from datetime import UTC
from zoneinfo import ZoneInfo

import pytest

from journal_app.core.models import EntryKind
from journal_app.core.transfer import importing
from journal_app.core.transfer.daylio import parse_mood_map
from journal_app.core.transfer.source import ImportOptions, SourceError, UnknownMoodsError

DAYLIO_CURRENT = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    '2024-05-14,May 14,Tuesday,8:30 PM,rad,"friends | walk | meeting",Good day,"Felt <b>strong</b>.<br>Called Sam."\n'
    "2024-05-13,May 13,Monday,07:05,awful,,,\n"
    '2024-05-12,May 12,Sunday,12:10 am,meh,"work",,"Long shift; I <3 my dog & a < b > c"\n'
)
DAYLIO_OLDER = (
    "year,date,weekday,time,mood,activities,note\n"
    '2018,18 May,Friday,11:54 pm,good,"clean | cook | music","Went to a party"\n'
    '2018,17 May,Thursday,10:21 pm,bad,"cook ",""\n'
)
JRNL = {
    "tags": {"@work": 1, "@family": 1},
    "entries": [
        {
            "title": "First day back.",
            "body": "Nervous but okay.\n",
            "date": "2024-01-02",
            "time": "09:30",
            "tags": ["@work"],
            "starred": False,
        },
        {
            "title": "Dinner with mum.",
            "body": "",
            "date": "2024-01-03",
            "time": "19:05",
            "tags": ["@family"],
            "starred": True,
        },
    ],
}
DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "A1B2C3D4E5F60718293A4B5C6D7E8F90",
            "creationDate": "2024-03-10T23:30:00Z",
            "modifiedDate": "2024-03-11T08:00:00Z",
            "timeZone": "Asia/Tokyo",
            "text": "# Tokyo\nLanded safely.",
            "tags": ["travel"],
            "starred": True,
        },
        {
            "uuid": "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
            "creationDate": "2024-03-01T18:00:00Z",
            "timeZone": "America/New_York",
            "text": "Quiet evening at home.",
        },
        {
            "uuid": "FFEEDDCCBBAA99887766554433221100",
            "creationDate": "2024-03-02T18:00:00Z",
            "timeZone": "Europe/Paris",
            "text": "",
            "photos": [{"md5": "x"}],
        },
    ],
}


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, (dict, list)):
        content = json.dumps(content)
    path.write_text(content, encoding="utf-8")
    return path


def run(journal, path, **options):
    plan = importing.prepare_import(journal.db, path, ImportOptions(**options))
    importing.apply_import(journal.db, plan)
    return plan


def all_entries(journal):
    return [journal.get(row.id) for row in reversed(journal.rows(limit=1000))]


def test_daylio_current_layout(journal, tmp_path):
    plan = run(journal, write(tmp_path, "daylio.csv", DAYLIO_CURRENT), zone=UTC)
    assert plan.format == "daylio" and len(plan.items) == 3
    first, second, third = all_entries(journal)  # oldest first, though the file is newest first
    assert third.occurred_at.isoformat() == "2024-05-14T20:30:00+00:00"
    assert third.mood == 9 and third.kind is EntryKind.CHECK_IN
    assert third.tags == ["friends", "meeting", "walk"] and third.title == "Good day"
    assert third.body == "Felt strong.\nCalled Sam."
    assert second.mood == 1 and second.occurred_at.strftime("%H:%M") == "07:05"
    assert first.occurred_at.strftime("%Y-%m-%d %H:%M") == "2024-05-12 00:10" and first.mood == 5
    assert first.body == "Long shift; I <3 my dog & a < b > c"  # only Daylio's own formatting is removed


def test_daylio_older_layout(journal, tmp_path):
    plan = run(journal, write(tmp_path, "old.csv", DAYLIO_OLDER), zone=ZoneInfo("Europe/London"))
    assert len(plan.items) == 2
    older, newer = all_entries(journal)
    assert newer.occurred_at.isoformat() == "2018-05-18T23:54:00+01:00"  # British summer time
    assert newer.mood == 7 and newer.tags == ["clean", "cook", "music"] and newer.body == "Went to a party"
    assert older.mood == 3 and older.tags == ["cook"]


def test_daylio_unknown_moods_are_named_then_mapped(journal, tmp_path):
    path = write(
        tmp_path, "custom.csv", DAYLIO_CURRENT.replace(",rad,", ",great,").replace(",meh,", ",so-so,")
    )
    with pytest.raises(UnknownMoodsError) as caught:
        importing.prepare_import(journal.db, path)
    assert caught.value.labels == ["great", "so-so"]
    assert "“great” (line 2)" in str(caught.value) and "--mood-map" in str(caught.value)
    assert journal.count() == 0
    run(journal, path, mood_map=parse_mood_map("great=8, so-so=5"))
    assert sorted(e.mood for e in all_entries(journal)) == [1, 5, 8]


def test_mood_map_must_be_label_equals_number():
    with pytest.raises(SourceError, match="label=N"):
        parse_mood_map("great=11")
    with pytest.raises(SourceError, match="label=N"):
        parse_mood_map("great")


def test_jrnl_export(journal, tmp_path):
    plan = run(journal, write(tmp_path, "jrnl.json", JRNL), zone=UTC)
    assert plan.format == "jrnl"
    first, second = all_entries(journal)
    assert first.kind is EntryKind.NOTE and first.title == "First day back."
    assert first.body == "Nervous but okay." and first.tags == ["work"]
    assert second.tags == ["family", "starred"]
    assert first.occurred_at.isoformat() == "2024-01-02T09:30:00+00:00"


def test_day_one_utc_becomes_the_entrys_local_time(journal, tmp_path):
    plan = run(journal, write(tmp_path, "Journal.json", DAYONE))
    assert plan.format == "dayone" and len(plan.items) == 2
    assert plan.left_out == ["entry 3 (2024-03-02) has only 1 photo"]
    home, tokyo = all_entries(journal)
    assert tokyo.occurred_at.isoformat() == "2024-03-11T08:30:00+09:00"  # the next morning in Tokyo
    assert tokyo.title == "Tokyo" and tokyo.body == "Landed safely."
    assert tokyo.tags == ["starred", "travel"]
    assert tokyo.uuid == "a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90"
    assert home.occurred_at.isoformat() == "2024-03-01T13:00:00-05:00"
    assert home.body == "Quiet evening at home." and home.title == ""


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("daylio.csv", DAYLIO_CURRENT),
        ("old.csv", DAYLIO_OLDER),
        ("jrnl.json", JRNL),
        ("dayone.json", DAYONE),
    ],
)
def test_importing_the_same_file_twice_adds_nothing(journal, tmp_path, name, content):
    path = write(tmp_path, name, content)
    first = run(journal, path)
    count = journal.count()
    again = importing.prepare_import(journal.db, path)
    assert again.items == [] and again.already_present == len(first.items)
    assert importing.apply_import(journal.db, again) == 0 and journal.count() == count
    assert again.describe().startswith(f"0 new, 0 changed, {len(first.items)} unchanged")


def test_identical_rows_in_one_file_are_both_kept(journal, tmp_path):
    row = "2024-05-14,May 14,Tuesday,20:30,good,,,same\n"
    path = write(tmp_path, "twice.csv", DAYLIO_CURRENT.splitlines()[0] + "\n" + row + row)
    run(journal, path)
    assert journal.count() == 2
    assert importing.prepare_import(journal.db, path).items == []


def test_dry_run_changes_nothing_and_says_what_would_be_added(journal, tmp_path):
    plan = importing.prepare_import(journal.db, write(tmp_path, "daylio.csv", DAYLIO_CURRENT))
    assert journal.count() == 0
    assert plan.summary()["by_kind"] == {"check_in": 3}
    assert plan.describe().startswith(
        "3 new entries from this Daylio CSV file, from 2024-05-12 to 2024-05-14"
    )
    assert [row[1] for row in plan.preview()] == ["Check-in"] * 3


def test_format_can_be_named(journal, tmp_path):
    path = write(tmp_path, "export.txt", JRNL)
    assert importing.prepare_import(journal.db, path, ImportOptions(format="jrnl")).format == "jrnl"
    with pytest.raises(SourceError, match="not a Daylio export header"):
        importing.prepare_import(
            journal.db, write(tmp_path, "x.csv", "a,b\n1,2\n"), ImportOptions(format="daylio")
        )


def test_stable_ids_are_uuid5_of_the_source_text():
    import uuid

    from journal_app.core.transfer.source import IMPORT_NAMESPACE, stable_uuid

    assert stable_uuid("jrnl", "2024-01-02", "é") == str(
        uuid.uuid5(IMPORT_NAMESPACE, "jrnl\x1f2024-01-02\x1fé")
    )


def test_day_one_zip_export_is_read_as_is(journal, tmp_path):
    import zipfile

    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps(DAYONE))
        archive.writestr("photos/abc.jpeg", b"\xff\xd8 not really a photo")
    plan = run(journal, path)
    assert plan.format == "dayone" and len(plan.items) == 2


def test_a_zip_with_no_single_export_is_refused(journal, tmp_path):
    import zipfile

    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.json", "{}")
        archive.writestr("b.json", "{}")
    with pytest.raises(SourceError, match="exactly one .json export; it holds: a.json, b.json"):
        importing.prepare_import(journal.db, path)
    (tmp_path / "cut.zip").write_bytes(path.read_bytes()[:40])
    with pytest.raises(SourceError, match="damaged"):
        importing.prepare_import(journal.db, tmp_path / "cut.zip")


def test_day_one_text_as_written_and_attachments_named(journal, tmp_path):
    export = {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": "81F0F3CA693F484792F76359E9E2ACE8",
                "creationDate": "2024-03-05T10:00:00Z",
                "timeZone": "Europe/Paris",
                "text": "# Day 3\\. Cafe\n\n![](dayone-moment://68D729369ED84A8B91B5D348E4592EFE)\n\n"
                "Mood 3\\.5\\/5 \\- better\\! Voice note: ![](dayone-moment:/audio/2A40FA830E7C402A86D6C9274D8BA044)",
                "photos": [{"identifier": "68D729369ED84A8B91B5D348E4592EFE", "type": "jpeg"}],
                "audios": [{"identifier": "2A40FA830E7C402A86D6C9274D8BA044"}],
            },
            {
                "uuid": "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
                "creationDate": "2024-03-06T10:00:00Z",
                "text": "![](dayone-moment://AAAA)\n![](dayone-moment://BBBB)",
                "photos": [{"identifier": "AAAA"}, {"identifier": "BBBB"}],
            },
            {"uuid": "FFEEDDCCBBAA99887766554433221100", "creationDate": "2024-03-07T10:00:00Z", "text": " "},
        ],
    }
    plan = run(journal, write(tmp_path, "Journal.json", export))
    (entry,) = all_entries(journal)
    assert entry.title == "Day 3. Cafe"
    assert entry.body == (
        "[photo not brought in]\n\nMood 3.5/5 - better! Voice note: [audio recording not brought in]"
    )
    assert plan.left_out == ["entry 2 (2024-03-06) has only 2 photos", "entry 3 (2024-03-07) has no text"]
    assert "1 photo and 1 audio recording in 1 entry (entry 1) are not brought in" in plan.describe()


def test_every_unknown_mood_is_named_and_the_suggested_map_can_be_pasted(journal, tmp_path):
    import shlex

    labels = ["great", "so so", "tired (a bit)", "okay, I guess", 'very "up"', "calm", "low"]
    rows = "".join(f"2024-05-{10 + i:02d},x,x,20:30,{_cell(label)},,,\n" for i, label in enumerate(labels))
    path = write(tmp_path, "custom.csv", DAYLIO_CURRENT.splitlines()[0] + "\n" + rows)
    with pytest.raises(UnknownMoodsError) as caught:
        importing.prepare_import(journal.db, path)
    message = str(caught.value)
    assert caught.value.labels == labels and all(f"“{label}”" in message for label in labels)
    (value,) = shlex.split(message.split("--mood-map ", 1)[1])
    assert parse_mood_map(value) == {label.casefold(): 5 for label in labels}
    run(journal, path, mood_map=parse_mood_map(value))
    assert journal.count() == 7


def _cell(text):
    return '"' + text.replace('"', '""') + '"'
