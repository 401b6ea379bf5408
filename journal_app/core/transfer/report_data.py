"""The numbers behind the PDF report, from the core (no Qt): summary, streaks, days, signs.

The report layer draws them; other parts of the app can add sections of
their own through ``journal_app.report.sections``.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from .. import substances
from ..db import Database
from ..messages import _, format_number, n_
from ..query import where_clause
from .options import ExportOptions


@dataclasses.dataclass(slots=True)
class DayPoint:
    day: date
    mood: float | None  # mean of the day's moods
    craving: float | None  # the day's strongest craving


@dataclasses.dataclass(slots=True)
class Streak:
    substance: str
    since: date  # the day the count began: the last use, or a recovery start after it
    days: int  # days without use at the end of the report (``core.substances.days_without_use``)
    longest_in_range: int


@dataclasses.dataclass(slots=True)
class ReportData:
    first: date | None
    last: date | None
    counts: dict[str, int]
    summary: list[tuple[str, str]]  # (label, value) lines for the summary table
    days: list[DayPoint]
    streaks: list[Streak]
    signs: list[tuple[str, int]]  # self-reported warning signs and how many entries noted each


def _summary(db: Database, where: str, params: list[Any]) -> tuple[dict[str, int], list[Any]]:
    counts = dict(db.execute(f"SELECT kind, count(*) FROM entries e WHERE {where} GROUP BY kind", params))
    mood, craving, days, sleep, meetings, contact = db.execute(
        "SELECT avg(mood), avg(craving), count(DISTINCT local_date), avg(sleep_hours), "
        "sum(meeting = 1), sum(supportive_contact = 1) "
        f"FROM entries e WHERE {where}",
        params,
    ).fetchone()
    passed, used = db.execute(
        f"SELECT sum(outcome = 'passed'), sum(outcome = 'used') FROM entries e WHERE {where} "
        "AND kind = 'craving'",
        params,
    ).fetchone()

    def mean(value: float | None) -> str:
        return format_number(value, 1) if value is not None else "–"

    lines = [
        (_("Days with entries"), f"{days}"),
        (_("Check-ins"), f"{counts.get('check_in', 0)}"),
        (
            _("Urges logged"),
            _("{n} ({passed} passed, {used} led to use)").format(
                n=counts.get("craving", 0), passed=passed or 0, used=used or 0
            ),
        ),
        (_("Uses logged"), f"{counts.get('use', 0)}"),
        (_("Notes"), f"{counts.get('note', 0)}"),
        (_("Average mood (1–10)"), mean(mood)),
        (_("Average craving (0–10)"), mean(craving)),
        (
            _("Average sleep"),
            n_("{n} hour", "{n} hours", 2).format(n=mean(sleep)) if sleep is not None else "–",
        ),
        (_("Meetings or therapy attended"), f"{meetings or 0}"),
        (_("Days with supportive contact noted"), f"{contact or 0}"),
    ]
    return counts, lines


def _streaks(db: Database, first: date, last: date, include_private: bool) -> list[Streak]:
    """Days without use per substance family at the end of the report, from the one function
    (``core.substances.days_without_use``) that Insights and the charts use, except that a private
    entry counts only when private entries are shared: a report must not reveal what was kept
    private (the report says so where it shows these numbers).
    """
    streaks = []
    for family_key in _families_with_starts(db):
        counted = substances.days_without_use(db, family_key, last, include_private=include_private)
        if counted is None:
            continue
        starts = [d for d in substances.recovery_start_days(db, family_key) if d <= last]
        uses = substances.use_days(db, family_key, until=last, include_private=include_private)
        resets = sorted({*starts, *(d for d in uses if d >= starts[0])})
        ends = [*(d - timedelta(days=1) for d in resets[1:]), last]
        longest = max(
            ((min(end, last) - begin).days for begin, end in zip(resets, ends, strict=True) if end >= first),
            default=0,
        )
        fam = substances.family(family_key) if family_key else None
        name = fam.label if fam is not None else _("Any substance")
        streaks.append(Streak(name, counted.since, counted.days, max(0, longest)))
    return streaks


def _families_with_starts(db: Database) -> list[str | None]:
    keys: list[str | None] = []
    for (substance,) in db.execute("SELECT substance FROM recovery_starts ORDER BY started_on, id"):
        key = substances.family_key_of(db, substance) or None
        if key not in keys:
            keys.append(key)
    return keys


def build(db: Database, options: ExportOptions) -> ReportData:
    where, params = where_clause(options.entry_filter())
    first, last = db.execute(
        f"SELECT min(local_date), max(local_date) FROM entries e WHERE {where}", params
    ).fetchone()
    first = options.date_from or (date.fromisoformat(first) if first else None)
    last = options.date_to or (date.fromisoformat(last) if last else None)
    counts, summary = _summary(db, where, params)
    days = [
        DayPoint(date.fromisoformat(day), mood, craving)
        for day, mood, craving in db.execute(
            f"SELECT local_date, avg(mood), max(craving) FROM entries e WHERE {where} "
            "GROUP BY local_date ORDER BY local_date",
            params,
        )
    ]
    signs = db.execute(
        "SELECT s.sign_key, count(*) FROM entry_warning_signs s JOIN entries e ON e.id = s.entry_id "
        f"WHERE {where} GROUP BY s.sign_key ORDER BY count(*) DESC, s.sign_key",
        params,
    ).fetchall()
    streaks = _streaks(db, first, last, options.include_private) if first and last else []
    return ReportData(first, last, counts, summary, days, streaks, [tuple(s) for s in signs])
