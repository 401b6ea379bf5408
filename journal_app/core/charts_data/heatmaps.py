"""Grids for heat maps: urges by hour × weekday, and a year in pixels.

Hours are local wall-clock hours (from ``occurred_at``) and weekdays come
from ``local_date``, so an urge at 23:30 in another time zone counts at 23:00
on the day the person lived it.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from ..db import Database
from .daily import DailySeries
from .ranges import DateRange, range_where

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclasses.dataclass(frozen=True, slots=True)
class HourWeekday:
    """Urges logged per weekday (rows, Monday first) and hour (columns, 0–23)."""

    counts: np.ndarray  # (7, 24) int
    mean_craving: np.ndarray  # (7, 24) float, NaN where there were none

    @property
    def total(self) -> int:
        return int(self.counts.sum())


def hour_weekday(db: Database, rng: DateRange, *, include_private: bool = True) -> HourWeekday:
    where, params = range_where(rng, include_private)
    rows = db.execute(
        # Julian day numbers count weekdays from Monday = 0; cheaper than strftime('%w').
        "SELECT CAST(julianday(e.local_date) + 0.5 AS INTEGER) % 7, "
        "CAST(substr(e.occurred_at, 12, 2) AS INTEGER), count(*), avg(e.craving) "
        f"FROM entries e WHERE e.kind = 'craving' AND {where} GROUP BY 1, 2",
        params,
    ).fetchall()
    counts = np.zeros((7, 24), dtype=np.int64)
    means = np.full((7, 24), np.nan)
    if rows:
        table = np.array(rows, dtype=float)
        weekday = table[:, 0].astype(int)
        hour = table[:, 1].astype(int)
        counts[weekday, hour] = table[:, 2].astype(np.int64)
        means[weekday, hour] = table[:, 3]
    return HourWeekday(counts, means)


@dataclasses.dataclass(frozen=True, slots=True)
class CalendarGrid:
    """A year in pixels: for each year, 12 months × 31 days of one daily measure.

    ``values`` is NaN where there is no value; ``exists`` is False for days a
    month does not have (30 February) and for days outside the range.
    """

    measure: str
    years: list[int]
    values: np.ndarray  # (len(years), 12, 31) float
    exists: np.ndarray  # (len(years), 12, 31) bool


def calendar_grid(series: DailySeries, measure: str = "mood") -> CalendarGrid:
    """Lay a daily measure ("mood" or "craving") out as months × days, per year."""
    values = {"mood": series.mood, "craving": series.craving}[measure]
    stamps = series.days.astype("datetime64[D]")
    years = stamps.astype("datetime64[Y]").astype(int) + 1970
    months = stamps.astype("datetime64[M]").astype(int) % 12
    mdays = (stamps - stamps.astype("datetime64[M]")).astype(int)
    year_list = list(range(int(years.min()), int(years.max()) + 1)) if len(years) else []
    grid = np.full((len(year_list), 12, 31), np.nan)
    exists = np.zeros((len(year_list), 12, 31), dtype=bool)
    if year_list:
        row = years - year_list[0]
        grid[row, months, mdays] = values
        exists[row, months, mdays] = True
    return CalendarGrid(measure, year_list, grid, exists)
