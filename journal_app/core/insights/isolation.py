"""Isolation: several days without supportive contact, or feeling lonely more than usual."""

from __future__ import annotations

from datetime import date

import numpy as np
import sqlite_utils

from .result import BASELINE_DAYS, Evidence, SignResult, day_text, windows
from .series import daily, entry_ids_by_day

KEY = "isolation"
NO_CONTACT_DAYS = 4  # days in the last week with "no supportive contact" (and none with contact)
LONELY_DAYS = 3  # days in the last week with "lonely" ticked in HALT...
LONELY_RISE = 0.25  # ...and a share of days that is this much above the usual share


def detect(db: sqlite_utils.Database, today: date) -> SignResult | None:
    w = windows(today)
    contact = daily(
        db, "max(supportive_contact)", w.base_start, w.end, where="supportive_contact IS NOT NULL"
    )[BASELINE_DAYS:]
    lonely = daily(db, "max(halt_lonely)", w.base_start, w.end)
    no_contact = np.flatnonzero(contact == 0)
    base_lonely, recent_lonely = lonely[:BASELINE_DAYS], lonely[BASELINE_DAYS:]
    lonely_days = np.flatnonzero(recent_lonely == 1)
    recent_written = np.count_nonzero(~np.isnan(recent_lonely))
    base_written = np.count_nonzero(~np.isnan(base_lonely))
    recent_share = len(lonely_days) / recent_written if recent_written else 0.0
    base_share = float(np.nansum(base_lonely)) / base_written if base_written else 0.0
    isolated = len(no_contact) >= NO_CONTACT_DAYS
    lonelier = len(lonely_days) >= LONELY_DAYS and recent_share - base_share >= LONELY_RISE
    if not (isolated or lonelier):
        return None
    ids = entry_ids_by_day(db, w.recent_start, w.end, where="supportive_contact = 0 OR halt_lonely = 1")
    notes: dict[int, list[str]] = {}
    if isolated:
        for offset in no_contact:
            notes.setdefault(int(offset), []).append("no supportive contact")
    if lonelier:
        for offset in lonely_days:
            notes.setdefault(int(offset), []).append("felt lonely")
    evidence = [
        Evidence(
            w.day(offset, recent=True),
            f"{day_text(w.day(offset, recent=True))}: {' and '.join(words)}",
            None,
            ids.get(w.day(offset, recent=True), ()),
        )
        for offset, words in sorted(notes.items())
    ]
    parts = []
    if isolated:
        parts.append(f"{len(no_contact)} of the last 7 days went by without supportive contact")
    if lonelier:
        parts.append(f"you felt lonely on {len(lonely_days)} days, more often than usual")
    return SignResult(
        key=KEY,
        title="",
        window_start=w.recent_start,
        window_end=w.end,
        summary=" and ".join(parts).capitalize() + ".",
        baseline=(
            f"Your usual: lonely on {round(base_share * 100)}% of the days you wrote from {w.baseline_span}."
            if lonelier
            else ""
        ),
        evidence=evidence,
    )
