"""Mood staying low, and runs of missed medication: two signs that care can answer.

- ``mood_low``: the daily mean mood stayed at 4 or below (of 10) on 5 or more of
  the last 7 days. The card points to care for depression and anxiety, which
  the article names among the things that raise the risk of a return to use.
- missed medication: 2 or more days in a row with medication "missed" in the
  last 7 days count as evidence for "letting go of responsibilities"
  (``avoiding_responsibilities``); after stopping a medicine, tolerance drops.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from ..db import Database
from ..messages import _, n_
from .result import Evidence, SignResult, day_text, number, windows
from .series import daily, entry_ids_by_day

MOOD_KEY = "mood_low"
LOW = 4.0  # a day's mean mood at or below this (1-10, 10 best)...
LOW_DAYS = 5  # ...on this many of the last 7 days
MISSED_RUN = 2  # days in a row with medication missed
MEDICATION_KEY = "avoiding_responsibilities"


def detect_low_mood(db: Database, today: date) -> SignResult | None:
    w = windows(today)
    mood = daily(db, "avg(mood)", w.recent_start, w.end, where="mood IS NOT NULL")
    low = np.flatnonzero(mood <= LOW)
    if len(low) < LOW_DAYS:
        return None
    ids = entry_ids_by_day(db, w.recent_start, w.end, where="mood IS NOT NULL")
    evidence = [
        Evidence(
            w.day(int(i), recent=True),
            _("{day}: mood {value} of 10").format(
                day=day_text(w.day(int(i), recent=True)), value=number(float(mood[i]))
            ),
            float(mood[i]),
            ids.get(w.day(int(i), recent=True), ()),
        )
        for i in low
    ]
    return SignResult(
        key=MOOD_KEY,
        title=_("Mood staying low"),
        window_start=w.recent_start,
        window_end=w.end,
        summary=_(
            "Your mood was {low} or lower on {n} of the last 7 days. Low mood that lasts is worth "
            "talking about with a doctor or counsellor: depression and anxiety can be treated, and "
            "treating them supports recovery."
        ).format(low=number(LOW), n=len(low)),
        baseline="",
        evidence=evidence,
    )


def detect_missed_medication(db: Database, today: date) -> SignResult | None:
    w = windows(today)
    missed = daily(db, "max(medication = 'missed')", w.recent_start, w.end, where="medication IS NOT NULL")
    runs: list[list[int]] = []
    for i, value in enumerate(missed):
        if value == 1:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    days = [i for run in runs if len(run) >= MISSED_RUN for i in run]
    if not days:
        return None
    ids = entry_ids_by_day(db, w.recent_start, w.end, where="medication = 'missed'")
    evidence = [
        Evidence(
            w.day(i, recent=True),
            _("{day}: medication missed").format(day=day_text(w.day(i, recent=True))),
            None,
            ids.get(w.day(i, recent=True), ()),
        )
        for i in days
    ]
    longest = max(len(run) for run in runs)
    return SignResult(
        key=MEDICATION_KEY,
        title="",
        window_start=w.recent_start,
        window_end=w.end,
        summary=n_(
            "Your medication was missed {n} day in a row this week. If stopping is on your mind, "
            "talk it through with your prescriber first: tolerance drops quickly without it.",
            "Your medication was missed {n} days in a row this week. If stopping is on your mind, "
            "talk it through with your prescriber first: tolerance drops quickly without it.",
            longest,
        ).format(n=longest),
        baseline="",
        evidence=evidence,
    )
