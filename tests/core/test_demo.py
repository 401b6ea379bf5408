"""The demo journal: realistic enough to try every view."""

from datetime import date

import pytest

from journal_app.core import demo
from journal_app.core.errors import JournalError
from journal_app.core.models import Entry, EntryKind
from journal_app.core.query import EntryFilter


def test_demo_has_every_kind_private_entries_and_a_recovery_start(journal):
    count = demo.write_demo(journal.db, 120, end=date(2025, 6, 30))
    stats = journal.stats()
    assert stats["entries"] == count > 150
    assert all(stats["by_kind"][k] > 0 for k in ("check_in", "craving", "use", "note"))
    assert 1 <= stats["by_kind"]["use"] <= 3  # a lapse or two
    assert stats["private_entries"] > 0
    assert stats["first_date"] == "2025-03-03" and stats["last_date"] <= "2025-06-30"
    start = journal.db.execute("SELECT substance, started_on FROM recovery_starts").fetchone()
    assert start == ("Opioids", "2025-03-03")
    # urges are tied to triggers, and notes have varied text
    urges = journal.rows(EntryFilter(kinds=frozenset({EntryKind.CRAVING})), limit=1)
    urge = journal.get(urges[0].id)
    assert urge.triggers and urge.situation
    notes = {r.snippet for r in journal.rows(EntryFilter(kinds=frozenset({EntryKind.NOTE})), limit=50)}
    assert len(notes) > 20


def test_demo_refuses_a_journal_with_entries(journal):
    journal.save(Entry(kind=EntryKind.NOTE, title="mine"))
    with pytest.raises(JournalError, match="already has entries"):
        demo.write_demo(journal.db, 10)
    assert journal.count() == 1


def test_demo_can_spread_a_given_number_of_entries(journal):
    count = demo.write_demo(journal.db, 100, entries=1000, end=date(2025, 6, 30))
    assert 900 <= count <= 1100
