"""Back-filling past days: each mark an entry, merged never duplicated, no future days, no card."""

from datetime import date, timedelta

import pytest

from journal_app.core import backfill
from journal_app.core.backfill import NO_USE, TAG, UNKNOWN, USE, BackfillError
from journal_app.core.models import Entry, EntryKind, now_local
from journal_app.core.query import EntryFilter

TODAY = now_local().date()


def ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def test_each_mark_is_an_entry_found_by_date_and_streaks_recompute(journal):
    journal.add_recovery_start("Opioids", ago(30))
    assert journal.days_without_use("opioids", TODAY).days == 30
    result = backfill.mark_days(journal, "opioids", ago(20), ago(20), USE)
    assert len(result.added) == 1
    assert journal.days_without_use("opioids", TODAY).days == 20  # recomputed from the marked use
    day_entries = journal.rows(EntryFilter(date_from=ago(20), date_to=ago(20)))
    assert [row.id for row in day_entries] == result.added
    entry = journal.get(result.added[0])
    assert entry.kind is EntryKind.USE and TAG in entry.tags
    backfill.mark_days(journal, "opioids", ago(19), ago(15), NO_USE)
    assert backfill.marks(journal, "opioids", ago(20), ago(15)) == {ago(20): USE} | {
        ago(n): NO_USE for n in range(15, 20)
    }


def test_a_range_over_existing_marks_and_entries_is_merged_never_duplicated(journal):
    own_use = journal.save(
        Entry(kind=EntryKind.USE, occurred_at=now_local() - timedelta(days=5), substance="heroin")
    )
    backfill.mark_days(journal, "opioids", ago(7), ago(3), UNKNOWN)
    before = journal.count()
    result = backfill.mark_days(journal, "opioids", ago(7), ago(3), USE)
    assert journal.count() == before  # every day already had a mark: changed, not added
    assert len(result.replaced) == 5 and result.added == []
    again = backfill.mark_days(journal, "opioids", ago(8), ago(3), USE)
    assert len(again.added) == 1 and journal.count() == before + 1
    assert journal.get(own_use.id) is not None  # the person's own entry is never touched


def test_a_use_mark_on_a_day_with_a_use_entry_adds_nothing(journal):
    journal.save(Entry(kind=EntryKind.USE, occurred_at=now_local() - timedelta(days=4), substance="fentanyl"))
    result = backfill.mark_days(journal, "opioids", ago(4), ago(4), USE)
    assert result.added == [] and result.kept == [ago(4)]


def test_future_dates_are_refused_and_nothing_is_written(journal):
    with pytest.raises(BackfillError, match="after today"):
        backfill.mark_days(journal, "opioids", ago(2), TODAY + timedelta(days=1), NO_USE)
    assert journal.count() == 0


def test_undo_takes_a_back_fill_back(journal):
    first = backfill.mark_days(journal, "opioids", ago(6), ago(5), NO_USE)
    second = backfill.mark_days(journal, "opioids", ago(6), ago(4), USE)
    backfill.undo(journal, second)
    assert backfill.marks(journal, "opioids", ago(6), ago(4)) == {ago(6): NO_USE, ago(5): NO_USE}
    backfill.undo(journal, first)
    assert journal.count() == 0


def test_back_filled_days_never_raise_the_overdose_card(journal):
    journal.add_recovery_start("Opioids", ago(60))
    result = backfill.mark_days(journal, "opioids", ago(1), TODAY, USE)  # recent, after a long stretch
    for entry_id in result.added:
        assert journal.lost_tolerance_notice(journal.get(entry_id), TODAY) is None
    backfill.undo(journal, result)
    typed = journal.save(
        Entry(kind=EntryKind.USE, occurred_at=now_local() - timedelta(days=1), substance="heroin")
    )
    assert journal.lost_tolerance_notice(typed, TODAY) is not None  # the same day typed in: the card
