"""What a warning-sign detector reports: the sign, the window and the evidence behind it."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from .. import messages
from ..messages import _

RECENT_DAYS = 7  # "lately": the last week, today included
BASELINE_DAYS = 28  # "your usual": the four weeks before that


@dataclasses.dataclass(frozen=True, slots=True)
class Evidence:
    """One day that counts towards a sign: what was seen, and in which entries."""

    day: date
    text: str
    value: float | None = None
    entry_ids: tuple[int, ...] = ()


@dataclasses.dataclass(slots=True)
class SignResult:
    key: str  # the sign's key (one of the eight, or "checkins_stopping"); snooze and dismiss use it
    title: str
    summary: str  # one kind sentence about what was noticed
    window_start: date
    window_end: date
    baseline: str  # what it was compared with, in words ("" when nothing was compared)
    evidence: list[Evidence]
    tips: list[str] = dataclasses.field(default_factory=list)
    plan: list[str] = dataclasses.field(default_factory=list)
    sources: tuple[str, ...] = ()

    @property
    def entry_ids(self) -> list[int]:
        seen: dict[int, None] = {}
        for item in self.evidence:
            seen.update(dict.fromkeys(item.entry_ids))
        return list(seen)

    @property
    def last_day(self) -> date:
        return max((item.day for item in self.evidence), default=self.window_end)

    def merge(self, other: SignResult) -> None:
        """Add another detector's evidence for the same sign (e.g. the person's own note)."""
        self.summary = f"{self.summary} {other.summary}"
        self.window_start = min(self.window_start, other.window_start)
        self.window_end = max(self.window_end, other.window_end)
        self.evidence = sorted([*self.evidence, *other.evidence], key=lambda item: item.day)
        self.baseline = self.baseline or other.baseline


@dataclasses.dataclass(frozen=True, slots=True)
class Windows:
    """The four weeks of "your usual" and the last week of "lately", ending today."""

    base_start: date
    recent_start: date
    end: date

    @property
    def base_end(self) -> date:
        return self.recent_start - timedelta(days=1)

    def day(self, offset: int, *, recent: bool = False) -> date:
        return (self.recent_start if recent else self.base_start) + timedelta(days=int(offset))

    @property
    def baseline_span(self) -> str:
        return _("{start} to {end}").format(start=day_text(self.base_start), end=day_text(self.base_end))


def windows(today: date) -> Windows:
    recent_start = today - timedelta(days=RECENT_DAYS - 1)
    return Windows(recent_start - timedelta(days=BASELINE_DAYS), recent_start, today)


def day_text(day: date) -> str:
    return messages.format_date(day, "weekday_day_month")


def number(value: float) -> str:
    return messages.format_number(value, 1)
