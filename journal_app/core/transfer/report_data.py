"""The numbers behind the PDF report, from the core (no Qt): summary, streaks, days, signs.

The report layer draws them; other parts of the app can add sections of
their own through ``journal_app.report.sections``.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import sqlite_utils

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
    since: date  # the first day of the current stretch without use
    days: int  # days in that stretch up to the end of the report
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


def _summary(db: sqlite_utils.Database, where: str, params: list[Any]) -> tuple[dict[str, int], list[Any]]:
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
    lines = [
        ("Days with entries", f"{days}"),
        ("Check-ins", f"{counts.get('check_in', 0)}"),
        ("Urges logged", f"{counts.get('craving', 0)} ({passed or 0} passed, {used or 0} led to use)"),
        ("Uses logged", f"{counts.get('use', 0)}"),
        ("Notes", f"{counts.get('note', 0)}"),
        ("Average mood (1–10)", f"{mood:.1f}" if mood is not None else "–"),
        ("Average craving (0–10)", f"{craving:.1f}" if craving is not None else "–"),
        ("Average sleep", f"{sleep:.1f} hours" if sleep is not None else "–"),
        ("Meetings or therapy attended", f"{meetings or 0}"),
        ("Days with supportive contact noted", f"{contact or 0}"),
    ]
    return counts, lines


def _streaks(db: sqlite_utils.Database, first: date, last: date, include_private: bool) -> list[Streak]:
    """Stretches without use since each recovery start, counted as ``core.insights.streaks`` counts
    them (a use entry, or an urge that ended in use), except that a private entry counts only when
    private entries are shared: a report must not reveal what was kept private.
    """
    streaks = []
    private = "" if include_private else "AND private = 0 "
    starts = db.execute(
        "SELECT substance, min(started_on) FROM recovery_starts GROUP BY substance"
    ).fetchall()
    for substance, started in starts:
        begin = date.fromisoformat(started)
        uses = sorted(
            {
                date.fromisoformat(r[0])
                for r in db.execute(
                    "SELECT local_date FROM entries WHERE local_date >= ?1 AND local_date <= ?2 "
                    f"{private}AND ((kind = 'use' AND (substance = '' OR substance = ?3 COLLATE NOCASE)) "
                    "OR (kind = 'craving' AND outcome = 'used'))",
                    [started, last.isoformat(), substance],
                )
            }
        )
        since, longest, cursor = begin, 0, max(begin, first)
        for used in uses:
            if used >= cursor:
                longest = max(longest, (used - cursor).days)
            since = used + timedelta(days=1)
            cursor = max(since, first)
        days = max(0, (last - since).days + 1)
        longest = max(longest, (last - cursor).days + 1 if last >= cursor else 0)
        if since <= last:
            streaks.append(Streak(substance, since, days, longest))
    return streaks


def build(db: sqlite_utils.Database, options: ExportOptions) -> ReportData:
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
