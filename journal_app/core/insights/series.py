"""Day-by-day values for detectors, aggregated in SQL and held in numpy arrays.

Only the days a detector looks at are read (the ``entries_by_date`` index),
so a ten-year journal costs what its last five weeks cost.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from ..db import Database


def _offsets(days: list[str], start: date) -> np.ndarray:
    return (np.array(days, dtype="datetime64[D]") - np.datetime64(start, "D")).astype(np.int64)


def daily(
    db: Database,
    value_sql: str,
    start: date,
    end: date,
    *,
    where: str = "1",
    params: tuple[Any, ...] = (),
) -> np.ndarray:
    """One float per day from ``start`` to ``end`` (NaN: no value that day).

    ``value_sql`` is an aggregate over the day's entries, e.g. ``max(craving)``.
    """
    out = np.full((end - start).days + 1, np.nan)
    rows = db.execute(
        f"SELECT local_date, {value_sql} AS v FROM entries "
        f"WHERE local_date BETWEEN ? AND ? AND ({where}) GROUP BY local_date HAVING v IS NOT NULL",
        [start.isoformat(), end.isoformat(), *params],
    ).fetchall()
    if rows:
        days, values = zip(*rows, strict=False)
        out[_offsets(list(days), start)] = np.array(values, dtype=float)
    return out


def entry_ids_by_day(
    db: Database,
    start: date,
    end: date,
    *,
    where: str = "1",
    params: tuple[Any, ...] = (),
) -> dict[date, tuple[int, ...]]:
    """The ids of entries matching ``where`` on each day in the range (newest first)."""
    found: dict[date, tuple[int, ...]] = {}
    for day, ids in db.execute(
        "SELECT local_date, json_group_array(id) FROM "
        f"(SELECT local_date, id FROM entries WHERE local_date BETWEEN ? AND ? AND ({where}) "
        "ORDER BY occurred_utc DESC) GROUP BY local_date",
        [start.isoformat(), end.isoformat(), *params],
    ):
        found[date.fromisoformat(day)] = tuple(int(x) for x in ids.strip("[]").split(",") if x)
    return found
