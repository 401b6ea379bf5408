"""Which days a chart looks at: 7, 30 or 90 days, a year, everything, a custom
range, or "since last session".

Days are local calendar days (``entries.local_date``), so a day is the day the
person lived, wherever they were. Day numbers (days since 1970-01-01) are what
the charts put on their x-axis.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import numpy as np

from ..db import Database
from ..errors import JournalError
from ..messages import _, month_abbr, n_
from ..models import now_local

EPOCH = date(1970, 1, 1)


def day_number(day: date) -> int:
    """Days since 1970-01-01 (the charts' x value for a day)."""
    return (day - EPOCH).days


def day_from_number(number: float) -> date:
    return EPOCH + timedelta(days=round(number))


def short_date(day: date) -> str:
    """25 Nov 2026 (the same on every platform and locale), in the language in use."""
    return _("{day} {month} {year}").format(day=day.day, month=month_abbr(day.month), year=day.year)


def day_numbers(texts: Iterable[object]) -> np.ndarray:
    """ISO dates (``YYYY-MM-DD`` text, or one-column rows of it) as day numbers, without a Python loop."""
    return np.asarray(texts, dtype="datetime64[D]").astype(np.int64).ravel()


class RangePreset(enum.StrEnum):
    WEEK = "7d"
    MONTH = "30d"
    QUARTER = "90d"
    YEAR = "1y"
    ALL = "all"
    CUSTOM = "custom"
    SINCE_SESSION = "since_session"

    @property
    def label(self) -> str:
        """The preset's name in the language in use."""
        labels = {
            RangePreset.WEEK: _("Last 7 days"),
            RangePreset.MONTH: _("Last 30 days"),
            RangePreset.QUARTER: _("Last 90 days"),
            RangePreset.YEAR: _("Last year"),
            RangePreset.ALL: _("All entries"),
            RangePreset.CUSTOM: _("Custom dates…"),
            RangePreset.SINCE_SESSION: _("Since last session"),
        }
        return labels[self]


PRESET_LABELS = {  # English; RangePreset.label in the language in use
    RangePreset.WEEK: "Last 7 days",
    RangePreset.MONTH: "Last 30 days",
    RangePreset.QUARTER: "Last 90 days",
    RangePreset.YEAR: "Last year",
    RangePreset.ALL: "All entries",
    RangePreset.CUSTOM: "Custom dates…",
    RangePreset.SINCE_SESSION: "Since last session",
}

_PRESET_DAYS = {RangePreset.WEEK: 7, RangePreset.MONTH: 30, RangePreset.QUARTER: 90, RangePreset.YEAR: 365}
FALLBACK_DAYS = 30


@dataclasses.dataclass(frozen=True, slots=True)
class DateRange:
    """Local calendar days from ``start`` to ``end``, both included."""

    start: date
    end: date
    note: str = ""  # said to the person when the range is not quite what they asked for

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise JournalError(_("The start date is after the end date; pick a start on or before the end."))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def first_number(self) -> int:
        return day_number(self.start)

    @property
    def last_number(self) -> int:
        return day_number(self.end)

    def describe(self) -> str:
        if self.start == self.end:
            return short_date(self.start)
        return _("{first} – {last}").format(first=short_date(self.start), last=short_date(self.end))


def resolve_range(
    db: Database,
    preset: RangePreset,
    *,
    today: date | None = None,
    custom: tuple[date, date] | None = None,
) -> DateRange:
    """The days a preset means today, in this journal."""
    preset = RangePreset(preset)
    today = today or now_local().date()
    if preset in _PRESET_DAYS:
        return DateRange(today - timedelta(days=_PRESET_DAYS[preset] - 1), today)
    if preset is RangePreset.CUSTOM:
        if custom is None:
            raise JournalError(_("Pick a start and an end date for a custom range."))
        return DateRange(*custom)
    if preset is RangePreset.ALL:
        first, last = journal_span(db)
        if first is None or last is None:
            return DateRange(today, today, _("There are no entries yet."))
        return DateRange(date.fromisoformat(first), max(today, date.fromisoformat(last)))
    # since last session
    from ..annotations import last_session

    session = last_session(db)
    if session is None:
        return DateRange(
            today - timedelta(days=FALLBACK_DAYS - 1),
            today,
            n_(
                "No session is recorded yet, so this shows the last {n} day.",
                "No session is recorded yet, so this shows the last {n} days.",
                FALLBACK_DAYS,
            ).format(n=FALLBACK_DAYS),
        )
    start = min(session.held_on, today)
    return DateRange(start, today, _("Since the session on {day}.").format(day=short_date(session.held_on)))


def journal_span(db: Database) -> tuple[str | None, str | None]:
    """The first and last local day with an entry (two index look-ups; one ``min, max``
    query would read the whole index)."""
    first, last = db.execute(
        "SELECT (SELECT min(local_date) FROM entries), (SELECT max(local_date) FROM entries)"
    ).fetchone()
    return first, last


def range_where(rng: DateRange, include_private: bool, alias: str = "e") -> tuple[str, list[Any]]:
    """The SQL condition (and its parameters) for entries on the range's days."""
    where = f"{alias}.local_date BETWEEN ? AND ?"
    if not include_private:
        where += f" AND {alias}.private = 0"
    return where, [rng.start.isoformat(), rng.end.isoformat()]


def use_days_sql(where: str) -> str:
    """The days with a use: a use entry, or an urge whose outcome was "used" (as the
    insights' streaks count them). Two covering-index look-ups, joined."""
    return (
        f"SELECT e.local_date FROM entries e WHERE e.kind = 'use' AND {where} UNION "
        f"SELECT e.local_date FROM entries e WHERE e.kind = 'craving' AND e.outcome = 'used' AND {where}"
    )
