"""Real jrnl and Day One exports (from public repositories, see tests/fixtures/imports/README.md), imported
as a person switching apps would: every entry once, its words as written, and a second import of the
same file changing nothing. Then newer versions of those files, with entries edited, added and deleted."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal_app.core.models import Entry, EntryKind
from journal_app.core.transfer import importing
from journal_app.core.transfer.source import ImportOptions, stable_uuid

FILES = Path(__file__).parents[2] / "fixtures" / "imports"


def prepare(journal, path, **options):
    return importing.prepare_import(journal.db, path, ImportOptions(**{"zone": UTC, **options}))


def run(journal, path, **options):
    plan = prepare(journal, path, **options)
    importing.apply_import(journal.db, plan)
    return plan


def entries(journal) -> list[Entry]:
    return [journal.get(row.id) for row in reversed(journal.rows(limit=1000))]


def by_title(journal) -> dict[str, Entry]:
    return {entry.title or entry.body: entry for entry in entries(journal)}


def counts(plan) -> tuple[int, int, int]:
    return len(plan.items), len(plan.changed), plan.already_present


def again_unchanged(journal, path, total: int) -> None:
    """The same file a second time: K unchanged, nothing added, nothing duplicated."""
    again = prepare(journal, path)
    assert counts(again) == (0, 0, total) and again.not_in_file == 0
    importing.apply_import(journal.db, again)
    assert journal.count() == total
    assert len({(e.occurred_at, e.title, e.body) for e in entries(journal)}) == total


# -- Day One -------------------------------------------------------------------------------------


def test_real_day_one_export_keeps_the_text_as_written(journal):
    path = FILES / "dayone_textbundle_demo.json"
    plan = prepare(journal, path)
    assert plan.format == "dayone" and counts(plan) == (3, 0, 0) and journal.count() == 0
    assert plan.left_out == ["entry 4 (2011-03-26) has no text"]  # the entry with neither text nor media
    assert "1 photo in 1 entry (entry 1)" in plan.describe()
    importing.apply_import(journal.db, plan)
    found = by_title(journal)
    assert sorted(found) == ["Initial entry", "Second entry", "Third entry with double escapes"]
    # Day One wrote "a\\/b dot\\. … slash\/": the person wrote "a/b dot. … slash/"
    assert found["Third entry with double escapes"].body == "double escape a/b dot. single escape slash/"
    assert found["Initial entry"].body == "some text\n\n[photo not brought in]"
    # creationDate is UTC; the entry keeps its own zone (Europe/Berlin), whatever this computer's is
    assert found["Initial entry"].occurred_at.isoformat() == "2019-03-18T14:04:56+01:00"
    assert found["Second entry"].uuid == "6bd0ae9e-21c4-47a6-bc50-4a63899ba543"  # Day One's own uuid
    again_unchanged(journal, path, 3)


def test_real_day_one_export_from_jrnls_own_tests(journal):
    path = FILES / "dayone_jrnl_dayone2.json"
    run(journal, path)
    first, second = entries(journal)
    assert (second.body, second.tags) == ("Entry Number One.", ["awesome", "great"])
    assert (first.body, first.tags) == ("Entry Number Two.\n\nWith some body.", ["great", "starred"])
    assert first.occurred_at.isoformat() == "2020-01-10T12:21:48+00:00"  # London in winter
    again_unchanged(journal, path, 2)


def test_real_day_one_attachment_lists_are_named_not_lost_silently(journal):
    path = FILES / "dayone_attachment_lists.json"
    plan = prepare(journal, path)
    assert counts(plan) == (1, 0, 0)
    assert "1 photo, 1 video, 1 audio recording and 1 PDF in 1 entry (entry 1)" in plan.describe()
    importing.apply_import(journal.db, plan)
    (entry,) = entries(journal)
    assert entry.body == "test text" and entry.occurred_at.isoformat() == "2018-04-21T18:57:04+01:00"
    again_unchanged(journal, path, 1)


def test_a_newer_day_one_export_updates_adds_and_names_what_it_no_longer_has(journal, tmp_path):
    """The real export, then a later one of the same journal: one entry edited, one deleted in Day One,
    one written since. Found by Day One's uuid; nothing deleted here; nothing added twice."""
    path = FILES / "dayone_textbundle_demo.json"
    run(journal, path)
    mine = by_title(journal)["Second entry"]
    mine.triggers = ["work stress"]  # added here after the first import
    journal.save(mine)
    data = json.loads(path.read_text(encoding="utf-8"))
    kept = [e for e in data["entries"] if e.get("text") and not e["text"].startswith("# Initial")]
    kept[0]["text"] = "# Second entry\n\nsome text, and more written later\\."
    kept.append({**kept[1], "uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9", "text": "# Written since\n\nNew."})
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**data, "entries": kept}), encoding="utf-8")

    plan = prepare(journal, newer)
    assert counts(plan) == (1, 1, 1) and plan.not_in_file == 1
    assert plan.describe().startswith("1 new, 1 changed, 1 unchanged entries in this Day One JSON file")
    assert plan.describe().endswith(
        "1 entry from your earlier Day One import is not in this file; it stays in your journal."
    )
    assert journal.count() == 3  # the dry run changed nothing
    importing.apply_import(journal.db, plan)
    found = by_title(journal)
    assert sorted(found) == [
        "Initial entry",  # deleted in Day One: still here
        "Second entry",
        "Third entry with double escapes",
        "Written since",
    ]
    edited = found["Second entry"]
    assert edited.body == "some text, and more written later." and edited.triggers == ["work stress"]
    assert edited.id == mine.id and edited.uuid == mine.uuid
    again = prepare(journal, newer)
    assert counts(again) == (0, 0, 3) and again.not_in_file == 1  # still said, still kept


# -- jrnl ----------------------------------------------------------------------------------------

JRNL_FILES = {
    # file: (entries, the one looked at: title, its body, its tags)
    "jrnl_mcp_sample.json": (
        7,
        "New feature idea",
        "Had an interesting idea about improving the search functionality. @work @idea",
        ["idea", "starred", "work"],
    ),
    "jrnl_docs_example.json": (
        3,
        "This is the second sample entry",
        "This is the sample body text of the second sample entry, but this one has a @tag.",
        ["tag"],
    ),
}


@pytest.mark.parametrize("name", list(JRNL_FILES))
def test_real_jrnl_exports_come_in_once_as_written(journal, name):
    total, title, body, tags = JRNL_FILES[name]
    path = FILES / name
    plan = prepare(journal, path)
    assert plan.format == "jrnl" and counts(plan) == (total, 0, 0) and journal.count() == 0
    importing.apply_import(journal.db, plan)
    found = by_title(journal)
    assert len(found) == total
    assert (found[title].kind, found[title].body, found[title].tags) == (EntryKind.NOTE, body, tags)
    again_unchanged(journal, path, total)


def newer_jrnl(tmp_path) -> Path:
    """The real jrnl file a few weeks later: an entry's text edited, one deleted, one written since."""
    data = json.loads((FILES / "jrnl_mcp_sample.json").read_text(encoding="utf-8"))
    rows = data["entries"]
    rows[0]["body"] += " Agreed to pair on the search work."  # "Morning standup meeting", edited
    del rows[4]  # "Dinner with friends", deleted in jrnl
    rows.insert(0, {**rows[1], "date": "2024-01-16", "title": "Quiet day", "body": "Rested.", "tags": []})
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_newer_jrnl_export_updates_adds_and_names_what_it_no_longer_has(journal, tmp_path):
    run(journal, FILES / "jrnl_mcp_sample.json")
    plan = prepare(journal, newer_jrnl(tmp_path))
    assert counts(plan) == (1, 1, 5) and plan.not_in_file == 1
    assert "1 entry from your earlier jrnl import is not in this file; it stays in your journal." in (
        plan.describe()
    )
    assert plan.summary()["not_in_file"] == 1
    importing.apply_import(journal.db, plan)
    found = by_title(journal)
    assert journal.count() == 8 and "Dinner with friends" in found and "Quiet day" in found
    assert found["Morning standup meeting"].body.endswith("Agreed to pair on the search work.")


def old_importer_ids(path: Path) -> list[Entry]:
    """The file as the importer before source identity imported it: ids from date, time, title and the
    whole text (so an entry edited in jrnl since no longer has the id it was given)."""
    seen: Counter[str] = Counter()
    out = []
    for raw in json.loads(path.read_text(encoding="utf-8"))["entries"]:
        moment = datetime.fromisoformat(f"{raw['date']}T{raw['time']}:00+00:00")
        key = (raw["date"], raw["time"], raw["title"], raw["body"])
        out.append(
            Entry(
                kind=EntryKind.NOTE,
                occurred_at=moment,
                title=raw["title"],
                body=raw["body"],
                tags=[tag.lstrip("@") for tag in raw["tags"]] + (["starred"] if raw["starred"] else []),
                uuid=stable_uuid("jrnl", *key, seen=seen),
            )
        )
    return out


def test_jrnl_entries_the_old_importer_brought_in_and_edited_since_are_updated_not_duplicated(
    journal, tmp_path
):
    journal.insert_many(old_importer_ids(FILES / "jrnl_mcp_sample.json"))
    mine = journal.save(  # the person's own note at the same minute as a jrnl entry: never taken for it
        Entry(
            kind=EntryKind.NOTE,
            occurred_at=datetime(2024, 1, 15, 9, 0, tzinfo=UTC),
            title="Morning standup meeting",
            body="My own words.",
        )
    )
    newer = newer_jrnl(tmp_path)
    plan = prepare(journal, newer)
    # the edited entry is found by its date, time and title, not added again
    assert counts(plan) == (1, 1, 5)
    importing.apply_import(journal.db, plan)
    assert journal.count() == 9  # 7 imported before + mine + the one written since
    standups = [e for e in entries(journal) if e.title == "Morning standup meeting"]
    assert sorted(e.body for e in standups) == [
        "Discussed project progress with the team. @work @meeting Agreed to pair on the search work.",
        "My own words.",
    ]
    assert journal.get(mine.id).body == "My own words."
    again = prepare(journal, newer)
    assert counts(again) == (0, 0, 7)
    # found once by its minute and title, the entry is now known by its jrnl id: even retitled here,
    # the next export finds it (and offers jrnl's title back) rather than adding it again
    (standup,) = [e for e in standups if e.id != mine.id]
    standup.title = "Standup, my title"
    journal.save(standup)
    assert counts(prepare(journal, newer)) == (0, 1, 6)
    # "Dinner with friends" (deleted in jrnl) came in before the journal recorded jrnl ids and no file
    # has matched it since: it cannot be told from a note of the person's own, so it is not counted
    assert again.not_in_file == 0


def test_entries_of_another_apps_import_are_not_counted_as_missing(journal, tmp_path):
    run(journal, FILES / "dayone_jrnl_dayone2.json")
    run(journal, FILES / "jrnl_mcp_sample.json")
    plan = prepare(journal, newer_jrnl(tmp_path))
    assert plan.not_in_file == 1  # only jrnl's "Dinner with friends"; Day One's two are not jrnl's
    day_one = prepare(journal, FILES / "dayone_jrnl_dayone2.json")
    assert day_one.not_in_file == 0 and "not in this file" not in day_one.describe()


def test_an_entry_deleted_here_is_not_counted_as_missing(journal, tmp_path):
    run(journal, FILES / "jrnl_mcp_sample.json")
    dinner = by_title(journal)["Dinner with friends"]
    journal.delete(dinner.id)
    plan = prepare(journal, newer_jrnl(tmp_path))
    assert plan.not_in_file == 0 and "earlier jrnl import" not in plan.describe()
