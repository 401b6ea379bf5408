"""Cravings rising: the last week's daily peak craving well above the person's own usual."""

from __future__ import annotations

from datetime import date

import numpy as np
import sqlite_utils

from .result import BASELINE_DAYS, Evidence, SignResult, day_text, number, windows
from .series import daily, entry_ids_by_day

KEY = "cravings_rising"
MIN_RECENT_DAYS = 3  # days with a craving score in the last week
MIN_BASELINE_DAYS = 7  # days with a craving score in the four weeks before
RISE = 1.5  # points (0-10) the recent mean must be above the baseline mean
FLOOR = 4.0  # and the recent mean must be at least this


def detect(db: sqlite_utils.Database, today: date) -> SignResult | None:
    w = windows(today)
    peaks = daily(db, "max(craving)", w.base_start, w.end, where="craving IS NOT NULL")
    base, recent = peaks[:BASELINE_DAYS], peaks[BASELINE_DAYS:]
    recent_days = np.flatnonzero(~np.isnan(recent))
    base_count = int(np.count_nonzero(~np.isnan(base)))
    if len(recent_days) < MIN_RECENT_DAYS or base_count < MIN_BASELINE_DAYS:
        return None
    recent_mean, base_mean = float(np.nanmean(recent)), float(np.nanmean(base))
    if recent_mean < FLOOR or recent_mean - base_mean < RISE:
        return None
    ids = entry_ids_by_day(db, w.recent_start, w.end, where="craving IS NOT NULL")
    evidence = []
    for offset in recent_days:
        day, value = w.day(int(offset), recent=True), float(recent[offset])
        evidence.append(
            Evidence(
                day, f"{day_text(day)}: strongest craving {number(value)} of 10", value, ids.get(day, ())
            )
        )
    return SignResult(
        key=KEY,
        title="",
        window_start=w.recent_start,
        window_end=w.end,
        summary=(
            f"Over the last week your cravings averaged {number(recent_mean)} out of 10, "
            f"higher than your usual {number(base_mean)}."
        ),
        baseline=(
            f"Your usual: an average daily peak of {number(base_mean)} on {base_count} days "
            f"from {w.baseline_span}."
        ),
        evidence=evidence,
    )
