"""Life events and therapy sessions: add, edit, remove, in plain words (no Qt)."""

from datetime import date, datetime, timedelta, timezone

import pytest

from journal_app.core import annotations
from journal_app.core.annotations import AnnotationError, LifeEvent
from journal_app.core.journal import Journal


def test_add_edit_and_remove_a_life_event(journal):
    event = annotations.save_life_event(
        journal.db, LifeEvent(date(2025, 5, 2), "  Moved   flat ", "Big week.")
    )
    assert event.id is not None and event.label == "Moved flat"
    event.label, event.occurred_on = "Moved to a new flat", date(2025, 5, 3)
    annotations.save_life_event(journal.db, event)
    again = annotations.get_life_event(journal.db, event.id)
    assert (again.label, again.occurred_on, again.note, again.uuid) == (
        "Moved to a new flat",
        date(2025, 5, 3),
        "Big week.",
        event.uuid,
    )
    removed = annotations.delete_life_event(journal.db, event.id)
    assert removed.label == "Moved to a new flat"
    assert annotations.list_life_events(journal.db) == []


def test_life_events_are_listed_by_day_within_a_range(journal):
    for day, label in ((date(2025, 3, 1), "C"), (date(2025, 1, 1), "A"), (date(2025, 2, 1), "B")):
        annotations.save_life_event(journal.db, LifeEvent(day, label))
    assert [e.label for e in annotations.list_life_events(journal.db)] == ["A", "B", "C"]
    assert [
        e.label for e in annotations.list_life_events(journal.db, date(2025, 1, 15), date(2025, 2, 1))
    ] == ["B"]


@pytest.mark.parametrize(
    "label, message",
    [
        ("   ", "needs a short label"),
        ("x" * 81, "under 80 characters"),
    ],
)
def test_a_life_event_that_cannot_be_saved_says_why_and_changes_nothing(journal, label, message):
    with pytest.raises(AnnotationError, match=message):
        annotations.save_life_event(journal.db, LifeEvent(date(2025, 5, 2), label))
    assert annotations.list_life_events(journal.db) == []


def test_editing_or_removing_a_removed_event_is_explained(journal):
    event = annotations.save_life_event(journal.db, LifeEvent(date(2025, 5, 2), "Moved flat"))
    annotations.delete_life_event(journal.db, event.id)
    with pytest.raises(AnnotationError, match="no longer exists"):
        annotations.save_life_event(journal.db, event)
    with pytest.raises(AnnotationError, match="no longer exists"):
        annotations.delete_life_event(journal.db, event.id)


def test_record_session_keeps_local_time_and_offset(journal):
    tz = timezone(timedelta(hours=-5))
    session = annotations.record_session(journal.db, datetime(2025, 11, 3, 23, 30, 15, 999, tzinfo=tz))
    last = annotations.last_session(journal.db)
    assert last.id == session.id and last.held_at.isoformat() == "2025-11-03T23:30:15-05:00"
    assert last.held_on == date(2025, 11, 3)  # the local day, not the UTC one
    annotations.delete_session(journal.db, session.id)
    assert annotations.last_session(journal.db) is None
    with pytest.raises(AnnotationError):
        annotations.delete_session(journal.db, session.id)


def test_record_session_now_by_default():
    journal = Journal.in_memory()
    session = annotations.record_session(journal.db)
    assert session.held_at.tzinfo is not None
    assert annotations.list_sessions(journal.db)[0].uuid == session.uuid
    with pytest.raises(AnnotationError, match="time zone"):
        annotations.record_session(journal.db, datetime(2025, 1, 1))
    journal.close()
