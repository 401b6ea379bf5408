"""Cravings rising: stronger than the person's own usual, often strong, or more urges than usual.

Three ways to notice it, each on its own evidence:

- the last week's mean daily peak craving well above the four weeks before;
- a strong craving (7 or more of 10) on 3 or more of the last 7 days, whatever the usual;
- more urges logged in the last week than in an average week of the four before.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from ..db import Database
from ..messages import _, n_
from .result import BASELINE_DAYS, Evidence, SignResult, day_text, number, windows
from .series import daily, entry_ids_by_day

KEY = "cravings_rising"
MIN_RECENT_DAYS = 3  # days with a craving score in the last week
MIN_BASELINE_DAYS = 7  # days with a craving score in the four weeks before
RISE = 1.5  # points (0-10) the recent mean must be above the baseline mean
FLOOR = 4.0  # and the recent mean must be at least this
STRONG = 7  # a craving this strong (0-10)...
STRONG_DAYS = 3  # ...on this many of the last 7 days is a sign on its own
MIN_RECENT_URGES = 3  # urges logged in the last week...
URGE_RISE = 2.0  # ...at least this many times the usual weekly number (at least one a week usual)


def detect(db: Database, today: date) -> SignResult | None:
    w = windows(today)
    peaks = daily(db, "max(craving)", w.base_start, w.end, where="craving IS NOT NULL")
    base, recent = peaks[:BASELINE_DAYS], peaks[BASELINE_DAYS:]
    recent_days = np.flatnonzero(~np.isnan(recent))
    base_count = int(np.count_nonzero(~np.isnan(base)))
    strong_days = np.flatnonzero(recent >= STRONG)
    urges = daily(db, "count(*)", w.base_start, w.end, where="kind = 'craving'")
    recent_urges = int(np.nansum(urges[BASELINE_DAYS:]))
    weekly_urges = float(np.nansum(urges[:BASELINE_DAYS])) / (BASELINE_DAYS / 7)
    parts: list[str] = []
    baseline = ""
    if len(recent_days) >= MIN_RECENT_DAYS and base_count >= MIN_BASELINE_DAYS:
        recent_mean, base_mean = float(np.nanmean(recent)), float(np.nanmean(base))
        if recent_mean >= FLOOR and recent_mean - base_mean >= RISE:
            parts.append(
                _(
                    "Over the last week your cravings averaged {recent} out of 10, higher than your usual {usual}."
                ).format(recent=number(recent_mean), usual=number(base_mean))
            )
            baseline = n_(
                "Your usual: an average daily peak of {usual} on {n} day from {span}.",
                "Your usual: an average daily peak of {usual} on {n} days from {span}.",
                base_count,
            ).format(usual=number(base_mean), n=base_count, span=w.baseline_span)
    if len(strong_days) >= STRONG_DAYS:
        parts.append(
            _("On {n} of the last 7 days a craving reached {strong} or more.").format(
                n=len(strong_days), strong=STRONG
            )
        )
    if recent_urges >= MIN_RECENT_URGES and weekly_urges >= 1 and recent_urges >= URGE_RISE * weekly_urges:
        parts.append(
            n_(
                "You logged {n} urge in the last week, more than your usual {usual} a week.",
                "You logged {n} urges in the last week, more than your usual {usual} a week.",
                recent_urges,
            ).format(n=recent_urges, usual=number(weekly_urges))
        )
        baseline = baseline or _("Your usual: about {usual} urges a week from {span}.").format(
            usual=number(weekly_urges), span=w.baseline_span
        )
    if not parts:
        return None
    ids = entry_ids_by_day(db, w.recent_start, w.end, where="craving IS NOT NULL OR kind = 'craving'")
    evidence = []
    for offset in recent_days:
        day, value = w.day(int(offset), recent=True), float(recent[offset])
        evidence.append(
            Evidence(
                day,
                _("{day}: strongest craving {value} of 10").format(day=day_text(day), value=number(value)),
                value,
                ids.get(day, ()),
            )
        )
    return SignResult(
        key=KEY,
        title="",
        window_start=w.recent_start,
        window_end=w.end,
        summary=" ".join(parts),
        baseline=baseline,
        evidence=evidence,
    )
