"""What matters today: days without use, today's check-in and entries, the plan's words.

Light on purpose (plain SQL, no numpy): the Today view and ``recovery-journal
today`` both read it, and the command is meant to be fast enough for a shell
prompt. Days without use come from ``core.substances.days_without_use`` (per
substance family, grouped as Insights groups them), so Today, Insights, the
charts and the report show one number.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from . import query
from .db import Database
from .messages import _, format_number, language, n_
from .models import EntryKind
from .plan import Plan
from .settings import get_setting

MILESTONE_DAYS = (1, 7, 30, 90, 180, 365)  # then every year
FREQUENT_TRIGGER_DAYS = 30
FREQUENT_TRIGGERS = 3
CELEBRATED_KEY = "today.celebrated"  # journal state: the milestones already celebrated


def milestone_name(days: int) -> str:
    """A milestone in words, in the language in use ("1 week", "90 days", "2 years")."""
    if days >= 365 and days % 365 == 0:
        years = days // 365
        return n_("{n} year", "{n} years", years).format(n=years)
    if days == 7:
        return n_("{n} week", "{n} weeks", 1).format(n=1)
    return n_("{n} day", "{n} days", days).format(n=days)


def next_milestone(days: int) -> int:
    """The next milestone after ``days`` days: 1, 7, 30, 90, 180, 365, then each year."""
    for mark in MILESTONE_DAYS:
        if mark > days:
            return mark
    return (days // 365 + 1) * 365


def is_milestone(days: int) -> bool:
    return days in MILESTONE_DAYS or (days >= 365 and days % 365 == 0)


@dataclasses.dataclass(frozen=True, slots=True)
class TodayStreak:
    name: str  # the substance (or family) as the person named it
    days: int
    since: date  # the first day of the current stretch
    next_days: int  # the next milestone, in days

    @property
    def next_name(self) -> str:
        return milestone_name(self.next_days)

    @property
    def days_to_next(self) -> int:
        return self.next_days - self.days

    @property
    def milestone_today(self) -> str | None:
        return milestone_name(self.days) if is_milestone(self.days) else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "days": self.days,
            "since": self.since.isoformat(),
            "next_milestone": self.next_name,
            "next_milestone_days": self.next_days,
            "days_to_next_milestone": self.days_to_next,
            "milestone_today": self.milestone_today,
        }


def streaks(db: Database, today: date | None = None) -> list[TodayStreak]:
    """Days without use per substance family with a recovery start, longest first.

    The number is ``core.substances.days_without_use`` — the one Insights, the
    charts and the report show — grouped by family as Insights groups them."""
    from . import substances
    from .insights.streaks import recovery_starts

    today = today or date.today()
    result = []
    for name, starts in recovery_starts(db).items():
        if not any(day <= today for day in starts):
            continue  # a start still to come is not counted yet
        family_key = substances.family_key_of(db, name) or None
        counted = substances.days_without_use(db, family_key, today)
        fam = substances.family(family_key) if family_key else None
        shown = fam.label if fam is not None else name  # the family's name in the language in use
        if counted is not None:
            result.append(TodayStreak(shown, counted.days, counted.since, next_milestone(counted.days)))
    return sorted(result, key=lambda s: (-s.days, s.name.casefold()))


@dataclasses.dataclass(frozen=True, slots=True)
class Regained:
    money: float
    hours: float
    currency: str
    days: int

    def text(self) -> str:
        money = format_number(round(self.money), 0)
        money = (
            _("{currency}{amount}").format(currency=self.currency, amount=money) if self.currency else money
        )
        hours = round(self.hours)
        hours_text = n_("{n} hour", "{n} hours", hours).format(n=format_number(hours, 0))
        if self.money > 0 and self.hours > 0:
            return n_(
                "{money} and {hours} regained in {n} day",
                "{money} and {hours} regained in {n} days",
                self.days,
            ).format(money=money, hours=hours_text, n=self.days)
        if self.money > 0:
            return n_("{money} regained in {n} day", "{money} regained in {n} days", self.days).format(
                money=money, n=self.days
            )
        return n_("{hours} regained in {n} day", "{hours} regained in {n} days", self.days).format(
            hours=hours_text, n=self.days
        )


def regained(db: Database, days: int) -> Regained | None:
    """Money and time regained over ``days`` days without use, when the person set a daily cost.

    A cost of zero means "not shown"; a negative or absurd value was already
    refused by the settings registry (it falls back to zero)."""
    cost = float(get_setting(db, "recovery.daily_cost") or 0)
    hours = float(get_setting(db, "recovery.daily_hours") or 0)
    if days <= 0 or (cost <= 0 and hours <= 0):
        return None
    currency = str(get_setting(db, "recovery.currency") or "").strip()[:4]
    return Regained(cost * days, hours * days, currency, days)


def todays_checkin(db: Database, today: date) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT id, mood, craving, halt_hungry, halt_angry, halt_lonely, halt_tired, occurred_at "
        "FROM entries WHERE +kind = 'check_in' AND local_date = ? ORDER BY occurred_utc DESC, id DESC LIMIT 1",
        [today.isoformat()],
    ).fetchone()
    if row is None:
        return None
    halt = [name for name, on in zip(("hungry", "angry", "lonely", "tired"), row[3:7], strict=True) if on]
    return {"id": row[0], "mood": row[1], "craving": row[2], "halt": halt, "time": row[7][11:16]}


def frequent_triggers(db: Database, today: date, limit: int = FREQUENT_TRIGGERS) -> list[str]:
    """The person's most frequent triggers over the last 30 days, most frequent first."""
    since = today - timedelta(days=FREQUENT_TRIGGER_DAYS - 1)
    return [
        name
        for (name,) in db.execute(
            "SELECT t.name FROM entry_triggers et JOIN entries e ON e.id = et.entry_id "
            "JOIN triggers t ON t.id = et.trigger_id WHERE e.local_date BETWEEN ? AND ? "
            "GROUP BY t.id ORDER BY count(*) DESC, max(e.occurred_utc) DESC LIMIT ?",
            [since.isoformat(), today.isoformat(), limit],
        )
    ]


@dataclasses.dataclass(slots=True)
class TodaySummary:
    day: date
    streaks: list[TodayStreak]
    checkin: dict[str, Any] | None
    entries: list[query.EntryRow]
    reasons: list[str]
    responses: list[tuple[str, str]]  # (trigger, planned response) for frequent recent triggers
    regained: Regained | None
    is_empty: bool  # a journal with nothing in it yet: Today is a clear start

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "days_without_use": [s.as_dict() for s in self.streaks],
            "checkin": self.checkin,
            "entries_today": len(self.entries),
            "regained": dataclasses.asdict(self.regained) if self.regained else None,
        }


def summary(db: Database, today: date | None = None, *, include_private: bool = True) -> TodaySummary:
    """Everything Today shows except the warning sign (``Journal.warning_signs`` gives that)."""
    today = today or date.today()
    found = streaks(db, today)
    rows = query.list_rows(
        db, query.EntryFilter(date_from=today, date_to=today, include_private=include_private), limit=50
    )
    plan = Plan(db)
    responses = []
    for trigger in frequent_triggers(db, today):
        response = plan.response_for(trigger)
        if response:
            responses.append((trigger, response))
    empty = db.execute("SELECT NOT EXISTS (SELECT 1 FROM entries)").fetchone()[0] and not found
    return TodaySummary(
        today,
        found,
        todays_checkin(db, today),
        rows,
        [item.text for item in plan.reasons()],
        responses,
        regained(db, found[0].days) if found else None,
        bool(empty),
    )


def milestones_to_celebrate(db: Database, streaks: list[TodayStreak]) -> list[TodayStreak]:
    """The stretches reaching a milestone today that were not celebrated yet; marks them as
    celebrated, so each milestone is shown once (a clock set back brings no earlier one again)."""
    seen = get_setting(db, CELEBRATED_KEY, {}) or {}
    if not isinstance(seen, dict):
        seen = {}
    fresh = []
    for streak in streaks:
        since, _colon, days = str(seen.get(streak.name.casefold(), "")).partition(":")
        already = since == streak.since.isoformat() and days.isdigit() and int(days) >= streak.days
        if streak.milestone_today and not already:
            seen[streak.name.casefold()] = f"{streak.since.isoformat()}:{streak.days}"
            fresh.append(streak)
    if fresh:
        from .settings import set_setting

        set_setting(db, CELEBRATED_KEY, seen)
    return fresh


SIGN_LOOKBACK_DAYS = 70  # more than the signs' five weeks (recent week + four-week usual)
SIGN_CACHE_KEY = "today.top_sign"  # journal state: the top warning sign and what it was worked out from


def _sign_fingerprint(db: Database, today: date) -> list[Any]:
    """What the warning signs depend on, cheaply: the day, the entries' count and last change,
    the recovery starts, the snoozed and dismissed signs, and the language the words are in."""
    since = (today - timedelta(days=SIGN_LOOKBACK_DAYS)).isoformat()
    entries = db.execute(  # the signs read the last weeks: edits there, any addition or removal
        "SELECT count(*), max(id), (SELECT max(updated_at) FROM entries WHERE local_date >= ?) FROM entries",
        [since],
    ).fetchone()
    starts = db.execute("SELECT count(*), max(started_on) FROM recovery_starts").fetchone()
    put_away = db.execute(
        "SELECT group_concat(key || '=' || value, ';') FROM settings WHERE key IN ('insights.snoozed', 'insights.dismissed')"
    ).fetchone()
    return [today.isoformat(), *entries, *starts, put_away[0], language()]


def top_warning_sign(
    db: Database, today: date, compute: Callable[[], list[Any]], *, keep: bool = True
) -> dict[str, str] | None:
    """The most pressing warning sign (key, title, summary), or None.

    Working the signs out needs the insight detectors (numpy and a few
    queries); the answer is kept in the journal with a fingerprint of what it
    depends on, so ``recovery-journal today`` in a shell prompt pays for it
    once, not on every prompt. ``keep=False`` writes nothing (the app, whose
    journal may still be being checked in the background)."""
    fingerprint = _sign_fingerprint(db, today)
    cached = get_setting(db, SIGN_CACHE_KEY, None)
    if isinstance(cached, dict) and cached.get("fingerprint") == fingerprint:
        return cached.get("sign")
    signs = compute()
    sign = {"key": signs[0].key, "title": signs[0].title, "summary": signs[0].summary} if signs else None
    if keep:
        from .settings import set_setting

        set_setting(db, SIGN_CACHE_KEY, {"fingerprint": fingerprint, "sign": sign})
    return sign


def checkin_done(db: Database, today: date) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM entries WHERE +kind = ? AND local_date = ? LIMIT 1",  # by day: a day has few entries
            [EntryKind.CHECK_IN.value, today.isoformat()],
        ).fetchone()
        is not None
    )
