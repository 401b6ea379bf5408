"""Hand-built journals for insight tests: a few lines say what happened on which day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from journal_app.core.models import Entry, EntryKind

TODAY = date(2025, 6, 30)


def day(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


def at(days_ago: int, hour: int = 20) -> datetime:
    return datetime.combine(day(days_ago), time(hour), tzinfo=UTC)


def check_in(days_ago: int, mood: int = 6, **fields) -> Entry:
    return Entry(kind=EntryKind.CHECK_IN, occurred_at=at(days_ago), mood=mood, **fields)


def urge(days_ago: int, craving: int, **fields) -> Entry:
    return Entry(kind=EntryKind.CRAVING, occurred_at=at(days_ago, 15), craving=craving, **fields)


def use(days_ago: int, substance: str = "Opioids", **fields) -> Entry:
    return Entry(kind=EntryKind.USE, occurred_at=at(days_ago, 22), substance=substance, **fields)


def note(days_ago: int, text: str = "A note.", **fields) -> Entry:
    return Entry(kind=EntryKind.NOTE, occurred_at=at(days_ago, 12), body=text, **fields)


def daily(first_days_ago: int, last_days_ago: int, make) -> list[Entry]:
    """One entry per day from ``first_days_ago`` down to ``last_days_ago`` (inclusive)."""
    return [make(n) for n in range(first_days_ago, last_days_ago - 1, -1)]
