"""Old places and people, money trouble, and cash on hand: triggers of these kinds turning up.

Old places and people and money trouble are raised when they come up on more
days than usual, and old places and people also when they come up on 4 or
more of the last 7 days whatever the usual. Cash on hand or payday is not a
warning sign but a high-risk time: it raises a neutral "plan ahead" card.
"""

from __future__ import annotations

import json
from datetime import date

from ..db import Database
from ..messages import _, n_
from .result import BASELINE_DAYS, Evidence, SignResult, day_text, number, windows

MIN_RECENT_DAYS = 2  # days in the last week with such a trigger...
RISE = 2.0  # ...and at least twice as many as in an average week of the four before
ABSOLUTE_DAYS = {"old_behaviours": 4}  # or this many of the last 7 days, whatever the usual
HIGH_RISK_TIME = "high_risk_time"  # cash on hand or payday: a neutral card, not a warning sign

CATEGORIES = {
    "old_behaviours": ("old_places", "old_people"),
    "money_problems": ("money",),
    HIGH_RISK_TIME: ("cash",),
}


def _summary(key: str, days: int) -> str:
    if key == "old_behaviours":
        return n_(
            "Triggers about places or people from the time you used came up on {n} of the last 7 days, "
            "more than usual for you.",
            "Triggers about places or people from the time you used came up on {n} of the last 7 days, "
            "more than usual for you.",
            days,
        ).format(n=days)
    return n_(
        "Triggers about money worries, debt or borrowing came up on {n} of the last 7 days, "
        "more than usual for you.",
        "Triggers about money worries, debt or borrowing came up on {n} of the last 7 days, "
        "more than usual for you.",
        days,
    ).format(n=days)


def detect_for(db: Database, today: date, key: str) -> SignResult | None:
    w = windows(today)
    categories = CATEGORIES[key]
    marks = ", ".join("?" for _ in categories)
    rows = db.execute(
        "SELECT e.local_date, json_group_array(DISTINCT t.name), json_group_array(DISTINCT e.id) "
        "FROM entries e JOIN entry_triggers et ON et.entry_id = e.id "
        "JOIN triggers t ON t.id = et.trigger_id "
        f"WHERE e.local_date BETWEEN ? AND ? AND t.category IN ({marks}) GROUP BY e.local_date",
        [w.base_start.isoformat(), w.end.isoformat(), *categories],
    ).fetchall()
    recent = [
        (date.fromisoformat(day), json.loads(names), json.loads(ids))
        for day, names, ids in rows
        if day >= w.recent_start.isoformat()
    ]
    base_days = len(rows) - len(recent)
    weekly = base_days / (BASELINE_DAYS / 7)
    absolute = ABSOLUTE_DAYS.get(key)
    if len(recent) < max(MIN_RECENT_DAYS, RISE * weekly) and not (absolute and len(recent) >= absolute):
        return None
    evidence = [
        Evidence(
            day,
            _("{day}: {what}").format(day=day_text(day), what=", ".join(sorted(names))),
            None,
            tuple(sorted(ids, reverse=True)),
        )
        for day, names, ids in recent
    ]
    return SignResult(
        key=key,
        title="",
        window_start=w.recent_start,
        window_end=w.end,
        summary=_summary(key, len(recent)),
        baseline=_("Your usual: about {n} days a week from {span}.").format(
            n=number(weekly), span=w.baseline_span
        ),
        evidence=evidence,
    )


def detect_old_behaviours(db: Database, today: date) -> SignResult | None:
    return detect_for(db, today, "old_behaviours")


def detect_money(db: Database, today: date) -> SignResult | None:
    return detect_for(db, today, "money_problems")


def detect_high_risk_time(db: Database, today: date) -> SignResult | None:
    """Cash on hand or payday in the last 7 days: a neutral "plan ahead" card (no comparison)."""
    w = windows(today)
    rows = db.execute(
        "SELECT e.local_date, json_group_array(DISTINCT t.name), json_group_array(DISTINCT e.id) "
        "FROM entries e JOIN entry_triggers et ON et.entry_id = e.id "
        "JOIN triggers t ON t.id = et.trigger_id "
        "WHERE e.local_date BETWEEN ? AND ? AND t.category = 'cash' GROUP BY e.local_date",
        [w.recent_start.isoformat(), w.end.isoformat()],
    ).fetchall()
    if not rows:
        return None
    evidence = [
        Evidence(
            date.fromisoformat(day),
            _("{day}: {what}").format(
                day=day_text(date.fromisoformat(day)), what=", ".join(sorted(json.loads(names)))
            ),
            None,
            tuple(sorted(json.loads(ids), reverse=True)),
        )
        for day, names, ids in rows
    ]
    return SignResult(
        key=HIGH_RISK_TIME,
        title=_("A high-risk time: plan ahead"),
        window_start=w.recent_start,
        window_end=w.end,
        summary=_(
            "Having cash on hand or a payday came up this week. For many people this is a time "
            "when using feels closer; a plan made beforehand makes it easier."
        ),
        baseline="",
        evidence=evidence,
    )
