"""Mood swings: the last week's day-to-day change in mood well above the person's usual."""

from __future__ import annotations

from datetime import date

import numpy as np

from ..db import Database
from ..messages import _
from .result import BASELINE_DAYS, Evidence, SignResult, day_text, number, windows
from .series import daily, entry_ids_by_day

KEY = "mood_swings"
MAX_GAP_DAYS = 3  # compare two recorded days only when they are at most this far apart
MIN_RECENT_CHANGES = 3
MIN_BASELINE_CHANGES = 5
RISE = 1.5  # points (1-10) the recent mean change must be above the baseline mean change
FLOOR = 2.5  # and the recent mean change must be at least this


def detect(db: Database, today: date) -> SignResult | None:
    w = windows(today)
    mood = daily(db, "avg(mood)", w.base_start, w.end, where="mood IS NOT NULL")
    days = np.flatnonzero(~np.isnan(mood))
    if len(days) < 2:
        return None
    change = np.abs(np.diff(mood[days]))
    later = days[1:]
    close = np.diff(days) <= MAX_GAP_DAYS
    in_recent = close & (later >= BASELINE_DAYS)
    in_base = close & (later < BASELINE_DAYS)
    if in_recent.sum() < MIN_RECENT_CHANGES or in_base.sum() < MIN_BASELINE_CHANGES:
        return None
    recent_mean, base_mean = float(change[in_recent].mean()), float(change[in_base].mean())
    if recent_mean < FLOOR or recent_mean - base_mean < RISE:
        return None
    ids = entry_ids_by_day(db, w.recent_start, w.end, where="mood IS NOT NULL")
    earlier = days[:-1]
    evidence = []
    for index in np.flatnonzero(in_recent):
        before, after = w.day(earlier[index]), w.day(later[index])
        evidence.append(
            Evidence(
                after,
                _("{day}: mood {value}, after {before_value} on {before_day}").format(
                    day=day_text(after),
                    value=number(mood[later[index]]),
                    before_value=number(mood[earlier[index]]),
                    before_day=day_text(before),
                ),
                float(change[index]),
                ids.get(after, ()),
            )
        )
    return SignResult(
        key=KEY,
        title="",
        window_start=w.recent_start,
        window_end=w.end,
        summary=_(
            "Your mood has moved a lot from day to day this week: about {recent} points on "
            "average, where {usual} is more usual for you."
        ).format(recent=number(recent_mean), usual=number(base_mean)),
        baseline=_("Your usual: mood changed by {usual} points from one day to the next from {span}.").format(
            usual=number(base_mean), span=w.baseline_span
        ),
        evidence=evidence,
    )
