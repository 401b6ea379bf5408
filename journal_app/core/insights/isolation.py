"""Isolation: days without supportive contact, loneliness or missed meetings, more than usual.

Each is compared with the person's own usual (the four weeks before the last
one); with too little history to compare, 4 days without contact still count.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from ..db import Database
from ..messages import _, join_and, n_
from .result import BASELINE_DAYS, Evidence, SignResult, day_text, number, windows
from .series import daily, entry_ids_by_day

KEY = "isolation"
NO_CONTACT_DAYS = 4  # days in the last week with "no supportive contact" (and none with contact)
LONELY_DAYS = 3  # days in the last week with "lonely" ticked in HALT...
LONELY_RISE = 0.25  # ...and a share of days that is this much above the usual share
NO_CONTACT_RISE = 0.25  # the share of days without contact this much above the usual share
MIN_BASELINE_DAYS = 7  # days with an answer in the usual weeks before a comparison is made
MISSED_MEETINGS = 2  # meetings or therapy missed ("no") in the last week, more often than usual


def detect(db: Database, today: date) -> SignResult | None:
    w = windows(today)
    contact_all = daily(
        db, "max(supportive_contact)", w.base_start, w.end, where="supportive_contact IS NOT NULL"
    )
    base_contact, contact = contact_all[:BASELINE_DAYS], contact_all[BASELINE_DAYS:]
    lonely = daily(db, "max(halt_lonely)", w.base_start, w.end)
    meetings = daily(db, "max(meeting)", w.base_start, w.end, where="meeting IS NOT NULL")
    no_contact = np.flatnonzero(contact == 0)
    missed = np.flatnonzero(meetings[BASELINE_DAYS:] == 0)
    base_missed_weekly = np.count_nonzero(meetings[:BASELINE_DAYS] == 0) / (BASELINE_DAYS / 7)
    base_answered = int(np.count_nonzero(~np.isnan(base_contact)))
    recent_answered = int(np.count_nonzero(~np.isnan(contact)))
    base_none_share = np.count_nonzero(base_contact == 0) / base_answered if base_answered else 0.0
    recent_none_share = len(no_contact) / recent_answered if recent_answered else 0.0
    base_lonely, recent_lonely = lonely[:BASELINE_DAYS], lonely[BASELINE_DAYS:]
    lonely_days = np.flatnonzero(recent_lonely == 1)
    recent_written = np.count_nonzero(~np.isnan(recent_lonely))
    base_written = np.count_nonzero(~np.isnan(base_lonely))
    recent_share = len(lonely_days) / recent_written if recent_written else 0.0
    base_share = float(np.nansum(base_lonely)) / base_written if base_written else 0.0
    isolated = len(no_contact) >= NO_CONTACT_DAYS and (
        base_answered < MIN_BASELINE_DAYS or recent_none_share - base_none_share >= NO_CONTACT_RISE
    )
    lonelier = len(lonely_days) >= LONELY_DAYS and recent_share - base_share >= LONELY_RISE
    skipping = len(missed) >= MISSED_MEETINGS and len(missed) > base_missed_weekly
    if not (isolated or lonelier or skipping):
        return None
    ids = entry_ids_by_day(
        db, w.recent_start, w.end, where="supportive_contact = 0 OR halt_lonely = 1 OR meeting = 0"
    )
    notes: dict[int, list[str]] = {}
    if isolated:
        for offset in no_contact:
            notes.setdefault(int(offset), []).append(_("no supportive contact"))
    if lonelier:
        for offset in lonely_days:
            notes.setdefault(int(offset), []).append(_("felt lonely"))
    if skipping:
        for offset in missed:
            notes.setdefault(int(offset), []).append(_("missed a meeting or therapy"))
    evidence = [
        Evidence(
            w.day(offset, recent=True),
            _("{day}: {what}").format(day=day_text(w.day(offset, recent=True)), what=join_and(words)),
            None,
            ids.get(w.day(offset, recent=True), ()),
        )
        for offset, words in sorted(notes.items())
    ]
    parts = []
    if isolated:
        parts.append(
            n_(
                "{n} of the last 7 days went by without supportive contact.",
                "{n} of the last 7 days went by without supportive contact.",
                len(no_contact),
            ).format(n=len(no_contact))
        )
    if lonelier:
        parts.append(
            n_(
                "You felt lonely on {n} day, more often than usual.",
                "You felt lonely on {n} days, more often than usual.",
                len(lonely_days),
            ).format(n=len(lonely_days))
        )
    if skipping:
        parts.append(
            n_(
                "{n} meeting or therapy session was missed, more than usual for you.",
                "{n} meetings or therapy sessions were missed, more than usual for you.",
                len(missed),
            ).format(n=len(missed))
        )
    usual = []
    if isolated and base_answered >= MIN_BASELINE_DAYS:
        usual.append(
            _("no supportive contact on {percent}% of the days you answered").format(
                percent=round(base_none_share * 100)
            )
        )
    if lonelier:
        usual.append(_("lonely on {percent}% of the days you wrote").format(percent=round(base_share * 100)))
    if skipping:
        usual.append(_("about {n} missed meetings a week").format(n=number(base_missed_weekly)))
    return SignResult(
        key=KEY,
        title="",
        window_start=w.recent_start,
        window_end=w.end,
        summary=" ".join(parts),
        baseline=_("Your usual from {span}: {what}.").format(span=w.baseline_span, what="; ".join(usual))
        if usual
        else "",
        evidence=evidence,
    )
