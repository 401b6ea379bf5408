"""Streaks and milestones: days without use since a recovery start, per substance.

A use (a "use" entry, or an urge whose outcome was "used") ends the current
streak; the next day a new one begins. The longest streak and the total days
without use are kept, because a lapse does not undo the days before it.
A use entry with no substance named counts for every substance.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import sqlite_utils

from .. import db as dbmod
from ..errors import JournalError
from ..knowledge import load_knowledge

LAPSE_NOTE_DAYS = 30  # the compassionate note stays this long after a use
MILESTONES = (1, 7, 30, 90, 180, 365, 1826)  # days; 1826 is five years
MILESTONE_NAMES = {
    1: "1 day",
    7: "1 week",
    30: "30 days",
    90: "90 days",
    180: "180 days",
    365: "1 year",
    1826: "5 years",
}


@dataclasses.dataclass(frozen=True, slots=True)
class Milestone:
    days: int
    name: str
    reached: bool
    note: str = ""  # e.g. the five-year fact


@dataclasses.dataclass(frozen=True, slots=True)
class Streak:
    substance: str
    recovery_start: date
    current_start: date
    current_days: int
    longest_days: int
    total_days_without_use: int
    last_use: date | None
    milestones: tuple[Milestone, ...]
    message: str  # a kind sentence about where things stand

    @property
    def next_milestone(self) -> Milestone | None:
        return next((m for m in self.milestones if not m.reached), None)

    @property
    def days_to_next(self) -> int | None:
        upcoming = self.next_milestone
        return None if upcoming is None else upcoming.days - self.current_days


def add_recovery_start(db: sqlite_utils.Database, substance: str, started_on: date, note: str = "") -> int:
    substance = " ".join(substance.split())
    if not substance:
        raise JournalError("Name the substance this recovery start is for.")
    if started_on > date.today():
        raise JournalError("A recovery start is a day that has already come.")
    with dbmod.write(db):
        return dbmod.new_row_id(
            db.execute(
                "INSERT INTO recovery_starts (substance, started_on, note) VALUES (?, ?, ?)",
                [substance, started_on.isoformat(), note.strip()],
            )
        )


def recovery_starts(db: sqlite_utils.Database) -> dict[str, list[date]]:
    """Each substance (as first written) with its start days, oldest first."""
    starts: dict[str, list[date]] = {}
    names: dict[str, str] = {}
    for substance, day in db.execute(
        "SELECT substance, started_on FROM recovery_starts ORDER BY started_on, id"
    ):
        name = names.setdefault(substance.casefold(), substance)
        starts.setdefault(name, []).append(date.fromisoformat(day))
    return starts


def use_days(db: sqlite_utils.Database, substance: str, since: date, until: date) -> np.ndarray:
    """Days (as numpy dates) with a use of ``substance`` (or of an unnamed substance)."""
    rows = db.execute(
        "SELECT DISTINCT local_date FROM entries WHERE kind = 'use' "
        "AND local_date BETWEEN ?1 AND ?2 AND (substance = '' OR substance = ?3 COLLATE NOCASE) "
        "UNION SELECT local_date FROM entries WHERE kind = 'craving' AND outcome = 'used' "
        "AND local_date BETWEEN ?1 AND ?2 ORDER BY 1",
        [since.isoformat(), until.isoformat(), substance],
    ).fetchall()
    return np.array([row[0] for row in rows], dtype="datetime64[D]")


def streak_for(db: sqlite_utils.Database, substance: str, starts: list[date], today: date) -> Streak:
    first = starts[0]
    uses = use_days(db, substance, first, today)
    # each stretch begins at a recovery start or the day after a use, and ends at the next use,
    # the next recovery start, or today
    day = np.datetime64(today, "D")
    begins = np.union1d(np.array(starts, dtype="datetime64[D]"), uses + 1)
    begins = begins[begins <= day]
    if len(uses):
        after = np.searchsorted(uses, begins)
        next_use = np.where(after < len(uses), uses[np.minimum(after, len(uses) - 1)], day)
    else:
        next_use = np.full(len(begins), day)
    ends = np.minimum(next_use, np.append(begins[1:], day))
    lengths = (ends - begins).astype(int)
    used_today = bool(len(uses)) and uses[-1] == day
    current_start = today if used_today else begins[-1].astype(date)
    current = (today - current_start).days
    longest = int(lengths.max(initial=0))
    total = max(0, (today - first).days - len(uses))
    last_use = uses[-1].astype(date) if len(uses) else None
    five_years = load_knowledge().item("fact", "five_years").text
    milestones = tuple(
        Milestone(days, MILESTONE_NAMES[days], current >= days, five_years if days == 1826 else "")
        for days in MILESTONES
    )
    return Streak(
        substance,
        first,
        current_start,
        current,
        longest,
        total,
        last_use,
        milestones,
        _message(current, last_use, today, longest, total),
    )


def _message(current: int, last_use: date | None, today: date, longest: int, total: int) -> str:
    if last_use is not None and (today - last_use).days <= LAPSE_NOTE_DAYS:
        return (
            f"A new stretch started after your use on {last_use:%d %b}. A lapse is not the end "
            f"of recovery: your {total} days without use still count, and so does starting again "
            f"today. Your longest stretch so far is {longest} days."
        )
    if current == 0:
        return "Today is day one. Every stretch starts here."
    return f"{current} day{'s' if current != 1 else ''} without use. Every one of them counts."


def streaks(db: sqlite_utils.Database, today: date | None = None) -> list[Streak]:
    today = today or date.today()
    return [
        streak_for(db, name, [d for d in days if d <= today] or days, today)
        for name, days in recovery_starts(db).items()
    ]


def milestone_reached_today(streak: Streak) -> Milestone | None:
    """The milestone the current streak reaches exactly today, if any (to celebrate it)."""
    return next((m for m in streak.milestones if m.days == streak.current_days), None)
