"""What the charts show, computed in SQLite and numpy (no Qt, no loops over entries).

:class:`ChartData` is the one object the chart widgets ask: it holds the
journal's database and whether private entries count (session mode leaves
them out), and answers each chart's question for a :class:`DateRange`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar, cast

from .. import messages
from ..annotations import list_life_events, list_sessions
from ..db import Database
from ..medication import Adherence, adherence
from .categories import CopingStat, TriggerStat, by_mean_craving, coping_stats, trigger_stats
from .daily import DailySeries, SleepPairs, daily_series, rolling_mean, sleep_pairs
from .heatmaps import MONTHS, WEEKDAYS, CalendarGrid, HourWeekday, calendar_grid, hour_weekday
from .ranges import (
    PRESET_LABELS,
    DateRange,
    RangePreset,
    day_from_number,
    day_number,
    resolve_range,
    short_date,
)
from .scores import ScoreSeries, score_series
from .streaks import StreakTimeline, streak_timeline

T = TypeVar("T")

__all__ = [
    "MONTHS",
    "PRESET_LABELS",
    "WEEKDAYS",
    "CalendarGrid",
    "ChartData",
    "CopingStat",
    "DailySeries",
    "DateRange",
    "HourWeekday",
    "Marker",
    "RangePreset",
    "ScoreSeries",
    "SleepPairs",
    "StreakTimeline",
    "TriggerStat",
    "by_mean_craving",
    "calendar_grid",
    "coping_stats",
    "daily_series",
    "day_from_number",
    "day_number",
    "hour_weekday",
    "resolve_range",
    "rolling_mean",
    "score_series",
    "short_date",
    "sleep_pairs",
    "streak_timeline",
    "trigger_stats",
]


@dataclasses.dataclass(frozen=True, slots=True)
class Marker:
    """A labelled vertical line on the time charts."""

    day: int  # day number
    label: str
    kind: str  # "life_event" or "session"


class ChartData:
    """Answers for the charts; two charts asking the same question share one query.

    Answers are kept until the journal changes (this connection's change count
    or, for another connection's writes, SQLite's ``data_version``).
    """

    def __init__(self, db: Database, *, include_private: bool = True):
        self.db = db
        self.include_private = include_private
        self._memo: dict[tuple[Any, ...], object] = {}
        self._version: tuple[int, int] | None = None

    def _cached(self, name: str, rng: DateRange, compute: Callable[..., T]) -> T:
        version = (self.db.conn.total_changes, self.db.execute("PRAGMA data_version").fetchone()[0])
        if version != self._version or len(self._memo) > 40:
            self._memo.clear()
            self._version = version
        key = (name, rng.start, rng.end, messages.language())  # some series carry words (band names)
        if key not in self._memo:
            self._memo[key] = compute(self.db, rng, include_private=self.include_private)
        return cast(T, self._memo[key])

    def resolve(
        self, preset: RangePreset, *, today: date | None = None, custom: tuple[date, date] | None = None
    ) -> DateRange:
        return resolve_range(self.db, preset, today=today, custom=custom)

    def daily(self, rng: DateRange) -> DailySeries:
        return self._cached("daily", rng, daily_series)

    def triggers(self, rng: DateRange) -> list[TriggerStat]:
        return self._cached("triggers", rng, trigger_stats)

    def coping(self, rng: DateRange) -> list[CopingStat]:
        return self._cached("coping", rng, coping_stats)

    def hour_weekday(self, rng: DateRange) -> HourWeekday:
        return self._cached("hour_weekday", rng, hour_weekday)

    def streaks(self, rng: DateRange) -> StreakTimeline:
        return self._cached("streaks", rng, streak_timeline)

    def adherence(self, rng: DateRange) -> Adherence:
        """Medication taken, missed or not said on each day of ``rng``."""
        return self._cached(
            "adherence",
            rng,
            lambda db, r, include_private: adherence(db, r.start, r.end, include_private=include_private),
        )

    def scores(self, rng: DateRange) -> list[ScoreSeries]:
        """Questionnaire scores over ``rng`` (private results only when private entries count)."""
        return self._cached("scores", rng, score_series)

    def markers(self, rng: DateRange) -> list[Marker]:
        """Life events (their labels, never their notes) and sessions in the range, by day."""
        found = [
            Marker(day_number(e.occurred_on), e.label, "life_event")
            for e in list_life_events(self.db, rng.start, rng.end)
        ]
        found += [
            Marker(day_number(s.held_on), "Session", "session")
            for s in list_sessions(self.db)
            if rng.start <= s.held_on <= rng.end
        ]
        return sorted(found, key=lambda m: (m.day, m.kind, m.label))
