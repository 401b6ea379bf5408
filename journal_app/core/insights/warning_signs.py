"""All warning-sign detectors together: run them, merge per sign, add tips and plan items,
and leave out what the person snoozed or dismissed (kept in settings).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from .. import settings
from ..db import Database
from ..knowledge import load_knowledge
from ..messages import _, n_
from ..plan import Plan
from . import checkins, cravings, isolation, low_mood, mood_swings, self_reported, triggers
from .result import BASELINE_DAYS, SignResult, windows

SNOOZED = "insights.snoozed"  # {key: "YYYY-MM-DD" shown again from this day}
DISMISSED = "insights.dismissed"  # {key: "YYYY-MM-DD" evidence up to this day is put away}
SNOOZE_DAYS = 7

Detector = Callable[[Database, date], SignResult | None]

DETECTORS: list[Detector] = [
    cravings.detect,
    isolation.detect,
    mood_swings.detect,
    triggers.detect_old_behaviours,
    triggers.detect_money,
    triggers.detect_high_risk_time,
    low_mood.detect_low_mood,
    low_mood.detect_missed_medication,
    checkins.detect,
]
MIN_HISTORY_DAYS = 7  # days with entries in "your usual" weeks before a comparison means anything


# Cards that are not one of the article's eight signs: their tips and sources.
def _extra_tips() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Read at the time of showing, so the tips are in the language in use."""
    return {
        "checkins_stopping": (_checkin_tips(), ("unodc",)),
        triggers.HIGH_RISK_TIME: (
            (
                _(
                    "Plan what to do with the money before it comes: bills first, or ask someone you trust "
                    "to hold some of it."
                ),
                _("Plan the hours around payday: who you will be with and where."),
            ),
            ("article",),
        ),
        low_mood.MOOD_KEY: (
            (
                _(
                    "Tell your doctor, counsellor or prescriber how your mood has been; depression and "
                    "anxiety can be treated alongside recovery."
                ),
                _("If you have thoughts of harming yourself, Get help (F1) has your crisis numbers."),
            ),
            ("article", "nida"),
        ),
    }


def _checkin_tips() -> tuple[str, ...]:
    return (
        _("A check-in can take under a minute: a mood, a craving score, and that's it."),
        _(
            "If things are hard right now, that is exactly when a short message to someone on your list helps."
        ),
    )


NEEDS_PEOPLE = {"isolation", "checkins_stopping", "secrecy", "justifying_use", "cravings_rising"}
NEEDS_REASONS = {"cravings_rising", "justifying_use", "old_behaviours", "money_problems"}


def detect_all(db: Database, today: date) -> list[SignResult]:
    """Every sign the journal shows as of ``today``, before snoozes and dismissals."""
    found: dict[str, SignResult] = {}
    results = [result for detector in DETECTORS if (result := detector(db, today))]
    for result in [*results, *self_reported.detect_all(db, today)]:
        if result.key in found:
            found[result.key].merge(result)
        else:
            found[result.key] = result
    knowledge = load_knowledge()
    sign_keys = [sign.key for sign in knowledge.signs]
    ordered = sorted(found.values(), key=lambda r: sign_keys.index(r.key) if r.key in sign_keys else 99)
    for result in ordered:
        _explain(db, result)
    return ordered


def history_note(db: Database, today: date | None = None) -> str | None:
    """A sentence when there are too few entries to compare the last week with the usual, else None.

    Insights shows it instead of "nothing stands out": a journal that cannot
    compare yet must not sound reassuring.
    """
    w = windows(today or date.today())
    days = db.execute(
        "SELECT count(DISTINCT local_date) FROM entries WHERE local_date BETWEEN ? AND ?",
        [w.base_start.isoformat(), (w.recent_start - timedelta(days=1)).isoformat()],
    ).fetchone()[0]
    if days >= MIN_HISTORY_DAYS:
        return None
    return n_(
        "Not enough entries yet to compare. The journal compares your last week with your usual "
        "({baseline} days before it) and needs entries on at least {needed} of those days; so far "
        "there is {n}. Strong cravings, days without contact and the signs you tick yourself are "
        "still noticed.",
        "Not enough entries yet to compare. The journal compares your last week with your usual "
        "({baseline} days before it) and needs entries on at least {needed} of those days; so far "
        "there are {n}. Strong cravings, days without contact and the signs you tick yourself are "
        "still noticed.",
        days,
    ).format(baseline=BASELINE_DAYS, needed=MIN_HISTORY_DAYS, n=days)


def current_signs(db: Database, today: date | None = None) -> list[SignResult]:
    """The signs to show now: detected, and neither snoozed nor dismissed."""
    today = today or date.today()
    snoozed = settings.get_setting(db, SNOOZED, {})
    dismissed = settings.get_setting(db, DISMISSED, {})
    shown = []
    for result in detect_all(db, today):
        if result.key in snoozed and today.isoformat() < snoozed[result.key]:
            continue
        if result.key in dismissed and result.last_day.isoformat() <= dismissed[result.key]:
            continue
        shown.append(result)
    return shown


def snooze(db: Database, key: str, today: date | None = None, days: int = SNOOZE_DAYS) -> date:
    """Hide a sign for ``days`` days; return the day it may show again."""
    until = (today or date.today()) + timedelta(days=days)
    snoozed = settings.get_setting(db, SNOOZED, {})
    snoozed[key] = until.isoformat()
    settings.set_setting(db, SNOOZED, snoozed)
    return until


def dismiss(db: Database, key: str, today: date | None = None, days: int | None = None) -> None:
    """Put a sign away: for ``days`` days (then it may show again), or, with no number, until new
    evidence for it turns up after today."""
    today = today or date.today()
    if days is not None:
        snooze(db, key, today, max(1, int(days)))
        return
    dismissed = settings.get_setting(db, DISMISSED, {})
    dismissed[key] = today.isoformat()
    settings.set_setting(db, DISMISSED, dismissed)


def _explain(db: Database, result: SignResult) -> None:
    """Fill in the title, the tips and the person's own plan items that answer the sign."""
    knowledge = load_knowledge()
    try:
        sign = knowledge.sign(result.key)
    except KeyError:
        sign = None
    if sign is not None:
        result.title = result.title or sign.name
        result.tips = [
            *sign.what_helps,
            *(
                _("{strategy} (see Learn)").format(strategy=knowledge.item("strategy", key).title)
                for key in sign.strategies
            ),
        ]
        result.sources = sign.sources
    else:
        tips, sources = _extra_tips().get(result.key, (_checkin_tips(), ("unodc",)))
        result.tips = list(tips)
        result.sources = sources
    plan = Plan(db)
    items = [
        _("Your plan for “{trigger}”: {response}").format(trigger=trigger, response=response)
        for trigger, response in _planned_for_entries(db, result.entry_ids)
    ]
    if result.key in NEEDS_PEOPLE:
        items += [_contact_line(c.name, c.role, c.phone) for c in plan.contacts()]
    if result.key in NEEDS_REASONS:
        items += [_("A reason of yours: {reason}").format(reason=item.text) for item in plan.reasons()]
    items += [
        _("A sign you have noticed in yourself before: {sign}").format(sign=item.text)
        for item in plan.past_signs()
    ]
    result.plan = items


def _contact_line(name: str, role: str, phone: str) -> str:
    if role and phone:
        return _("Reach out to {name} ({role}): {phone}").format(name=name, role=role, phone=phone)
    if role:
        return _("Reach out to {name} ({role})").format(name=name, role=role)
    if phone:
        return _("Reach out to {name}: {phone}").format(name=name, phone=phone)
    return _("Reach out to {name}").format(name=name)


def _planned_for_entries(db: Database, entry_ids: list[int]) -> list[tuple[str, str]]:
    if not entry_ids:
        return []
    marks = ", ".join("?" for _id in entry_ids)
    return db.execute(
        "SELECT DISTINCT t.name, p.response FROM entry_triggers et "
        "JOIN triggers t ON t.id = et.trigger_id JOIN plan_responses p ON p.trigger_id = t.id "
        f"WHERE et.entry_id IN ({marks}) ORDER BY t.name",
        entry_ids,
    ).fetchall()
