"""Streaks and milestones: days without use since a recovery start, per substance.

A use (a "use" entry, or an urge whose outcome was "used") ends the current
streak; the next day a new one begins. The longest streak and the total days
without use are kept, because a lapse does not undo the days before it.
Substances are families (``core/substances.py``): a start for "Opioids" and a
use of "Heroin" are one streak. A use with no substance named, or one the app
cannot place, counts for every family. The number of days itself comes from
:func:`core.substances.days_without_use`, the one function every view uses.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date

from .. import db as dbmod
from .. import substances
from ..db import Database
from ..errors import JournalError
from ..knowledge import load_knowledge
from ..messages import _, format_date, n_

LAPSE_NOTE_DAYS = 30  # the compassionate note stays this long after a use
MILESTONES = (1, 7, 30, 90, 180, 365, 1826)  # days; 1826 is five years


def milestone_name(days: int) -> str:
    """A milestone in words, in the language in use ("1 week", "90 days", "5 years")."""
    if days == 7:
        return n_("{n} week", "{n} weeks", 1).format(n=1)
    if days in (365, 1826):
        years = round(days / 365.25)
        return n_("{n} year", "{n} years", years).format(n=years)
    return n_("{n} day", "{n} days", days).format(n=days)


MILESTONE_NAMES = {days: milestone_name(days) for days in MILESTONES}  # English; use milestone_name()


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


def add_recovery_start(db: Database, substance: str, started_on: date, note: str = "") -> int:
    substance = " ".join(substance.split())
    if not substance:
        raise JournalError(_("Name the substance this recovery start is for."))
    if started_on > date.today():
        raise JournalError(_("A recovery start is a day that has already come."))
    with dbmod.write(db):
        return dbmod.new_row_id(
            db.execute(
                "INSERT INTO recovery_starts (substance, started_on, note) VALUES (?, ?, ?)",
                [substance, started_on.isoformat(), note.strip()],
            )
        )


def recovery_starts(db: Database) -> dict[str, list[date]]:
    """Each substance family (its name; an unplaced name as first written) with its start days."""
    starts: dict[str, list[date]] = {}
    names: dict[str, str] = {}
    for substance, day in db.execute(
        "SELECT substance, started_on FROM recovery_starts ORDER BY started_on, id"
    ):
        fam = substances.resolve(db, substance)
        label = fam.name if fam is not None else substance
        name = names.setdefault(label.casefold(), label)
        starts.setdefault(name, []).append(date.fromisoformat(day))
    return starts


def streak_for(db: Database, substance: str, starts: list[date], today: date) -> Streak:
    """The streak for ``substance`` (a family's name or key, or an unplaced name: then every use counts)."""
    family_key = substances.family_key_of(db, substance) or None
    first = starts[0]
    counted = substances.days_without_use(db, family_key, today)
    uses = [d for d in substances.use_days(db, family_key, until=today) if d >= first]
    resets = sorted({*(d for d in starts if d <= today), *uses})
    gaps = [(b - a).days - 1 for a, b in itertools.pairwise(resets)]
    current = counted.days if counted is not None else (today - first).days
    current_start = counted.since if counted is not None else first
    longest = max([current, *gaps])
    total = max(0, (today - first).days - len(uses))
    last_use = uses[-1] if uses else None
    five_years = load_knowledge().item("fact", "five_years").text if family_key == "opioids" else ""
    milestones = tuple(
        Milestone(days, milestone_name(days), current >= days, five_years if days == 1826 else "")
        for days in MILESTONES
    )
    fam = substances.family(family_key) if family_key else None
    return Streak(
        fam.label if fam is not None else substance,  # shown: the family's name in the language
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
        return " ".join(
            (
                _("A new stretch started after your use on {day}.").format(day=format_date(last_use)),
                n_(
                    "A lapse is not the end of recovery: your {n} day without use still counts, "
                    "and so does starting again today.",
                    "A lapse is not the end of recovery: your {n} days without use still count, "
                    "and so does starting again today.",
                    total,
                ).format(n=total),
                n_(
                    "Your longest stretch so far is {n} day.",
                    "Your longest stretch so far is {n} days.",
                    longest,
                ).format(n=longest),
            )
        )
    if current == 0:
        return _("Today is day one. Every stretch starts here.")
    return n_(
        "{n} day without use. Every one of them counts.",
        "{n} days without use. Every one of them counts.",
        current,
    ).format(n=current)


def streaks(db: Database, today: date | None = None) -> list[Streak]:
    today = today or date.today()
    return [
        streak_for(db, name, [d for d in days if d <= today] or days, today)
        for name, days in recovery_starts(db).items()
    ]


def milestone_reached_today(streak: Streak) -> Milestone | None:
    """The milestone the current streak reaches exactly today, if any (to celebrate it)."""
    return next((m for m in streak.milestones if m.days == streak.current_days), None)
