"""Saving, reading, editing and deleting entries in a real journal file (no Qt)."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from journal_app.core.entries import InvalidEntryError
from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal
from journal_app.core.models import CopingUse, Entry, EntryKind, Medication, UrgeOutcome

TZ_PLUS2 = timezone(timedelta(hours=2))


def test_check_in_round_trips_every_measure(journal):
    entry = Entry(
        kind=EntryKind.CHECK_IN,
        occurred_at=datetime(2025, 6, 1, 21, 30, tzinfo=TZ_PLUS2),
        title="Evening",
        body="Felt steady.",
        mood=7,
        craving=3,
        sleep_hours=6.5,
        supportive_contact=True,
        halt_lonely=True,
        halt_tired=True,
        medication=Medication.TAKEN,
        meeting=False,
        triggers=["Stress", "Loneliness"],
        coping=[CopingUse("Went for a run", helped=True)],
        tags=["weekend"],
        private=True,
    )
    saved = journal.save(entry)
    again = journal.get(saved.id)
    assert again.mood == 7 and again.craving == 3 and again.sleep_hours == 6.5
    assert again.supportive_contact is True and again.meeting is False
    assert (again.halt_lonely, again.halt_tired, again.halt_hungry) == (True, True, False)
    assert again.medication is Medication.TAKEN
    assert again.triggers == ["Loneliness", "Stress"]
    assert again.coping == [CopingUse("Went for a run", True)]
    assert again.tags == ["weekend"] and again.private is True
    assert again.uuid == entry.uuid
    # local wall time and offset are kept exactly
    assert again.occurred_at.isoformat() == "2025-06-01T21:30:00+02:00"


def test_new_trigger_and_coping_join_the_catalogue(journal):
    assert "Stress" in journal.trigger_names()  # built in from seeds/
    journal.save(
        Entry(
            kind=EntryKind.CRAVING,
            craving=6,
            triggers=["Smell of smoke"],
            coping=[CopingUse("Cold water on face", None)],
            outcome=UrgeOutcome.PASSED,
        )
    )
    assert "Smell of smoke" in journal.trigger_names()
    assert "Cold water on face" in journal.coping_names()


def test_same_trigger_different_case_is_one_item(journal):
    journal.save(Entry(kind=EntryKind.CRAVING, craving=4, triggers=["stress", "STRESS "]))
    assert [n for n in journal.trigger_names() if n.casefold() == "stress"] == ["Stress"]


def test_edit_changes_fields_and_links(journal):
    saved = journal.save(Entry(kind=EntryKind.NOTE, title="Draft", tags=["a"]))
    saved.title, saved.tags = "Final", ["b"]
    journal.save(saved)
    again = journal.get(saved.id)
    assert again.title == "Final" and again.tags == ["b"]
    assert again.updated_at >= again.created_at


def test_delete_then_restore_brings_back_the_same_entry(journal):
    saved = journal.save(Entry(kind=EntryKind.NOTE, title="Keep me", triggers=["Stress"]))
    gone = journal.delete(saved.id)
    assert journal.get(saved.id) is None
    journal.restore(gone)
    back = journal.get(saved.id)
    assert back.uuid == saved.uuid and back.title == "Keep me" and back.triggers == ["Stress"]
    assert [r.id for r in journal.search("keep")] == [saved.id]


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        (Entry(kind=EntryKind.NOTE), "A note needs a title or some text."),
        (Entry(kind=EntryKind.CHECK_IN), "A check-in needs a mood."),
        (Entry(kind=EntryKind.CHECK_IN, mood=11), "Mood goes from 1 to 10."),
        (Entry(kind=EntryKind.CRAVING, craving=-1), "Craving goes from 0 to 10."),
        (Entry(kind=EntryKind.CHECK_IN, mood=5, sleep_hours=30), "Sleep is between 0 and 24 hours."),
        (
            Entry(kind=EntryKind.NOTE, title="x", occurred_at=datetime.now(UTC) + timedelta(days=2)),
            "in the future",
        ),
    ],
)
def test_invalid_entries_are_refused_with_a_reason(journal, entry, says):
    with pytest.raises(InvalidEntryError) as caught:
        journal.save(entry)
    assert says in str(caught.value)
    assert journal.count() == 0


def test_failed_batch_leaves_journal_unchanged(journal):
    journal.save(Entry(kind=EntryKind.NOTE, title="before"))
    batch = [Entry(kind=EntryKind.NOTE, title="one"), Entry(kind=EntryKind.NOTE)]
    with pytest.raises(InvalidEntryError):
        journal.insert_many(batch)
    assert [r.title for r in journal.rows()] == ["before"]


def test_editing_a_deleted_entry_says_so(journal):
    saved = journal.save(Entry(kind=EntryKind.NOTE, title="x"))
    journal.delete(saved.id)
    with pytest.raises(JournalError, match="no longer exists"):
        journal.save(saved)


def test_entries_survive_reopening(data_dir):
    j = Journal.open(data_dir)
    j.save(Entry(kind=EntryKind.NOTE, title="Still here"))
    j.close()
    j = Journal.open(data_dir)
    assert [r.title for r in j.rows()] == ["Still here"]
    j.close()
