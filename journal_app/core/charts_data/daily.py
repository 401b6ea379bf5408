"""One value per local calendar day: mood, craving, sleep, entries, use days.

SQLite groups the entries by ``local_date`` (one row per day that has
entries); numpy lays those rows out on every day of the range, so a day with
no entries is a gap (NaN), never a zero and never a day merged with another.

- mood: the mean of the day's moods (1–10, 10 best);
- craving: the day's peak craving (0–10), from check-ins and urges;
- sleep: the mean of the sleep hours the day's check-ins report;
- used: the day has a use entry, or an urge whose outcome was "used";
- the 7-day mean of mood or craving on a day is the mean of the daily values
  of that day and the six before it, counting only days that have a value,
  and only when at least three of the seven do (fewer would not be a trend).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import timedelta

import numpy as np
from numpy.typing import DTypeLike

from ..db import Database
from ..messages import _, format_number
from .ranges import DateRange, day_numbers, range_where, use_days_sql

ROLLING_DAYS = 7
ROLLING_MIN_DAYS = 3


@dataclasses.dataclass(frozen=True, slots=True)
class DailySeries:
    range: DateRange
    days: np.ndarray  # int64 day numbers, one per calendar day of the range
    mood: np.ndarray  # float, NaN where no mood was recorded
    craving: np.ndarray  # float (peak), NaN where none
    mood_mean7: np.ndarray
    craving_mean7: np.ndarray
    sleep: np.ndarray  # float hours, NaN where none
    entries: np.ndarray  # int, entries that day
    used: np.ndarray  # bool, a use entry that day

    @property
    def use_days(self) -> np.ndarray:
        days: np.ndarray = self.days[self.used]
        return days

    @property
    def has_values(self) -> bool:
        return bool(np.isfinite(self.mood).any() or np.isfinite(self.craving).any())


def rolling_mean(
    values: np.ndarray, window: int = ROLLING_DAYS, min_days: int = ROLLING_MIN_DAYS
) -> np.ndarray:
    """NaN-aware trailing mean over ``window`` days (see the module's note)."""
    present = np.isfinite(values)
    sums = np.concatenate(([0.0], np.cumsum(np.where(present, values, 0.0))))
    counts = np.concatenate(([0], np.cumsum(present)))
    ends = np.arange(1, len(values) + 1)
    starts = np.maximum(ends - window, 0)
    window_sum = sums[ends] - sums[starts]
    window_count = counts[ends] - counts[starts]
    with np.errstate(invalid="ignore", divide="ignore"):
        means = window_sum / window_count
    return np.where(window_count >= min_days, means, np.nan)


def _lay_out(
    first: int,
    length: int,
    at: np.ndarray,
    values: Sequence[object] | np.ndarray,
    fill: float = np.nan,
    dtype: DTypeLike = float,
) -> np.ndarray:
    out = np.full(length, fill, dtype=dtype)
    if len(at):
        out[at - first] = np.asarray(values, dtype=dtype)
    return out


def daily_series(db: Database, rng: DateRange, *, include_private: bool = True) -> DailySeries:
    lead_in = ROLLING_DAYS - 1
    wide = DateRange(rng.start - timedelta(days=lead_in), rng.end)
    where, params = range_where(wide, include_private)
    rows = db.execute(
        "SELECT e.local_date, avg(e.mood), max(e.craving), avg(e.sleep_hours), count(*) "
        f"FROM entries e WHERE {where} GROUP BY e.local_date",
        params,
    ).fetchall()
    # use days on their own: a few rows from the kind index, cheaper than a test on every entry
    use_days = day_numbers(db.execute(use_days_sql(where), params * 2).fetchall())
    first = wide.first_number
    length = wide.days
    if rows:
        dates, mood, craving, sleep, count = zip(*rows, strict=True)
        at = day_numbers(dates)
    else:
        mood = craving = sleep = count = ()
        at = np.empty(0, dtype=np.int64)

    def column(values: Sequence[object], fill: float = np.nan, dtype: DTypeLike = float) -> np.ndarray:
        # SQLite gives None for a day with no value; as a float array that is NaN.
        return _lay_out(first, length, at, values, fill, dtype)

    mood_all = column(mood)
    craving_all = column(craving)
    keep = slice(lead_in, None)
    return DailySeries(
        range=rng,
        days=np.arange(first, first + length, dtype=np.int64)[keep],
        mood=mood_all[keep],
        craving=craving_all[keep],
        mood_mean7=rolling_mean(mood_all)[keep],
        craving_mean7=rolling_mean(craving_all)[keep],
        sleep=column(sleep)[keep],
        entries=column(count, 0, np.int64)[keep],
        used=_lay_out(first, length, use_days, np.ones(len(use_days), dtype=bool), False, bool)[keep],
    )


@dataclasses.dataclass(frozen=True, slots=True)
class SleepPairs:
    """Days with a sleep figure, with that day's mood and peak craving."""

    days: np.ndarray
    sleep: np.ndarray
    mood: np.ndarray
    craving: np.ndarray

    def mean_by_sleep(
        self, edges: tuple[float, ...] = (0, 5, 6, 7, 8, 24.01)
    ) -> list[tuple[str, int, float, float]]:
        """(band, days, mean mood, mean craving) per band of sleep hours, for the table."""
        bands = np.digitize(self.sleep, edges[1:-1])
        rows = []
        for index in range(len(edges) - 1):
            chosen = bands == index
            low, high = edges[index], edges[index + 1]
            if index == 0:
                label = _("under {high} h").format(high=format_number(high, 2))
            elif index == len(edges) - 2:
                label = _("{low} h or more").format(low=format_number(low, 2))
            else:
                label = _("{low}–{high} h").format(low=format_number(low, 2), high=format_number(high, 2))
            rows.append(
                (label, int(chosen.sum()), _nanmean(self.mood[chosen]), _nanmean(self.craving[chosen]))
            )
        return rows


def _nanmean(values: np.ndarray) -> float:
    values = values[np.isfinite(values)]
    return float(values.mean()) if len(values) else float("nan")


def sleep_pairs(series: DailySeries) -> SleepPairs:
    has = np.isfinite(series.sleep)
    return SleepPairs(series.days[has], series.sleep[has], series.mood[has], series.craving[has])
