"""The streak timeline: on each day, how many days since the last use.

The count starts on the first recovery start (day 0) and goes up by one each
day. A day with a use (a use entry, or an urge that ended in use, as in
``insights.streaks``) sets it back to 0, and so does a later recovery
start (a person may start again, for the same or another substance). Before
the first recovery start there is no streak (NaN), never a made-up number.
A lapse is part of many people's recovery; the chart shows it plainly.
Unlike ``insights.streaks`` (one streak per substance), the timeline is one
line for all substances together.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from ..db import Database
from .ranges import DateRange, day_numbers, use_days_sql


@dataclasses.dataclass(frozen=True, slots=True)
class StreakTimeline:
    range: DateRange
    days: np.ndarray  # int64 day numbers of the range
    streak: np.ndarray  # float days without use, NaN before any recovery start
    use_days: np.ndarray  # day numbers in the range with a use entry
    start_days: np.ndarray  # day numbers in the range with a recovery start

    @property
    def has_start(self) -> bool:
        return bool(np.isfinite(self.streak).any())

    @property
    def longest(self) -> int:
        """The longest count reached within the range (0 if none)."""
        finite = self.streak[np.isfinite(self.streak)]
        return int(finite.max()) if len(finite) else 0


def streak_timeline(db: Database, rng: DateRange, *, include_private: bool = True) -> StreakTimeline:
    starts = day_numbers(db.execute("SELECT started_on FROM recovery_starts").fetchall())
    private = "" if include_private else " AND e.private = 0"
    where = f"e.local_date <= ?{private}"
    uses = day_numbers(db.execute(use_days_sql(where) + " ORDER BY 1", [rng.end.isoformat()] * 2).fetchall())
    days = np.arange(rng.first_number, rng.last_number + 1, dtype=np.int64)
    resets = np.concatenate((starts, uses))
    resets = resets[resets <= rng.last_number]
    if len(starts) == 0 or len(resets) == 0:
        streak = np.full(len(days), np.nan)
    else:
        origin = min(int(resets.min()), rng.first_number)
        span = np.arange(origin, rng.last_number + 1)
        reset_flags = np.zeros(len(span), dtype=bool)
        reset_flags[resets - origin] = True
        # only resets on or after the first recovery start count
        reset_flags[: max(int(starts.min()) - origin, 0)] = False
        last_reset = np.maximum.accumulate(np.where(reset_flags, np.arange(len(span)), -1))
        counts = np.where(last_reset >= 0, np.arange(len(span)) - last_reset, np.nan).astype(float)
        streak = counts[rng.first_number - origin :]
    in_range = (uses >= rng.first_number) & (uses <= rng.last_number)
    starts_in = starts[(starts >= rng.first_number) & (starts <= rng.last_number)]
    return StreakTimeline(rng, days, streak, uses[in_range], np.unique(starts_in))
