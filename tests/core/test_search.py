"""Full-text search and timeline pages."""

from datetime import UTC, date, datetime, timedelta

from journal_app.core.models import Entry, EntryKind
from journal_app.core.query import EntryFilter, fts_query


def _note(journal, title, body="", days_ago=0, **extra):
    when = datetime(2025, 5, 20, 12, 0, tzinfo=UTC) - timedelta(days=days_ago)
    return journal.save(Entry(kind=EntryKind.NOTE, title=title, body=body, occurred_at=when, **extra))


def test_prefix_finds_the_whole_word(journal):
    e = _note(journal, "Evening", "A strong craving after dinner")
    assert [r.id for r in journal.search("crav")] == [e.id]
    assert journal.search("cravings") == []


def test_newest_matches_first_and_limit(journal):
    ids = [_note(journal, f"walk {i}", days_ago=i).id for i in range(10)]
    found = journal.search("walk", limit=3)
    assert [r.id for r in found] == ids[:3]


def test_every_word_must_match_and_punctuation_is_harmless(journal):
    a = _note(journal, "sister called", "we talked")
    _note(journal, "sister", "no call")
    assert [r.id for r in journal.search("sister talk")] == [a.id]
    assert journal.search('"(*') == []
    assert journal.search("AND OR NOT") == []
    assert fts_query("crav") == '"crav"*'


def test_accents_do_not_matter(journal):
    e = _note(journal, "Café with Zoë")
    assert [r.id for r in journal.search("cafe zoe")] == [e.id]


def test_edits_and_deletes_reach_the_index(journal):
    e = _note(journal, "old words")
    e.title = "new words"
    journal.save(e)
    assert journal.search("old") == [] and len(journal.search("new")) == 1
    journal.delete(e.id)
    assert journal.search("new") == []


def test_private_entries_can_be_left_out(journal):
    _note(journal, "secret plan", private=True)
    assert len(journal.search("secret")) == 1
    assert journal.search("secret", include_private=False) == []


def test_filters_by_kind_tag_and_dates(journal):
    a = _note(journal, "a", days_ago=0, tags=["work"])
    b = _note(journal, "b", days_ago=5)
    c = journal.save(
        Entry(kind=EntryKind.CHECK_IN, mood=5, occurred_at=datetime(2025, 5, 10, 9, 0, tzinfo=UTC))
    )
    assert {r.id for r in journal.rows(EntryFilter(kinds=frozenset({EntryKind.NOTE})))} == {a.id, b.id}
    assert [r.id for r in journal.rows(EntryFilter(tag="WORK"))] == [a.id]
    span = EntryFilter(date_from=date(2025, 5, 9), date_to=date(2025, 5, 15))
    assert [r.id for r in journal.rows(span)] == [b.id, c.id]
    assert journal.count(span) == 2


def test_pages_follow_on_without_gaps_or_repeats(journal):
    ids = [_note(journal, f"n{i}", days_ago=i // 3).id for i in range(25)]
    seen, after = [], None
    while True:
        page = journal.rows(limit=7, after=after)
        if not page:
            break
        seen += [r.id for r in page]
        after = page[-1]
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))


def _index_is_consistent(journal):
    # FTS5 compares its index against the entries table and raises if they differ
    journal.db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")
    return True


def test_moving_an_entry_in_time_keeps_search_right(journal):
    old = _note(journal, "moving day", "boxes everywhere", days_ago=30)
    newer = _note(journal, "moving on", days_ago=5)
    assert [r.id for r in journal.search("moving")] == [newer.id, old.id]
    old.occurred_at = datetime(2025, 5, 20, 18, 0, tzinfo=UTC)  # now the newest
    old.body = "boxes unpacked"
    journal.save(old)
    assert [r.id for r in journal.search("moving")] == [old.id, newer.id]
    assert [r.id for r in journal.search("unpacked")] == [old.id] and journal.search("everywhere") == []
    journal.restore(journal.delete(newer.id))
    assert _index_is_consistent(journal)


def test_search_pages_follow_on(journal):
    ids = [_note(journal, f"river walk {i}", days_ago=i).id for i in range(12)]
    first = journal.rows(EntryFilter(text="river"), limit=5)
    second = journal.rows(EntryFilter(text="river"), limit=5, after=first[-1])
    assert [r.id for r in first + second] == ids[:10]
    assert journal.count(EntryFilter(text="river")) == 12


def test_bulk_inserts_are_searchable_and_a_failed_one_changes_nothing(journal):
    import pytest

    from journal_app.core.entries import InvalidEntryError

    when = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
    journal.insert_many(
        Entry(kind=EntryKind.NOTE, title=f"harbour walk {i}", occurred_at=when + timedelta(hours=i))
        for i in range(50)
    )
    found = journal.search("harb", limit=3)
    assert [r.title for r in found] == ["harbour walk 49", "harbour walk 48", "harbour walk 47"]
    with pytest.raises(InvalidEntryError):
        journal.insert_many([Entry(kind=EntryKind.NOTE, title="lighthouse"), Entry(kind=EntryKind.NOTE)])
    assert journal.search("lighthouse") == [] and journal.count() == 50
    # the row-by-row triggers are back: an ordinary save is indexed at once
    journal.save(Entry(kind=EntryKind.NOTE, title="lighthouse at dusk"))
    assert len(journal.search("lighthouse")) == 1
    assert _index_is_consistent(journal)
