"""Medication for opioid use disorder: the person's medicines, their next dates, and each day taken,
missed or not said.

The person's medicines (name, prescriber or clinic, schedule; the dose is
optional and private by default) live in ``medications`` (schema v6). Whether
it was taken each day comes from the check-in's ``medication`` field (taken /
missed), so nothing is asked twice. A run of missed days is a warning sign
(``insights.low_mood.detect_missed_medication``, with the tolerance text).

The app never gives dosing advice: it records what the person and their
prescriber decided, nothing more.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import numpy as np

from . import db as dbmod
from .db import Database
from .errors import JournalError
from .messages import _, n_, p_
from .models import local_text, new_uuid, now_local

NAME_MAX = 200
TAKEN, MISSED, NOT_SAID = "taken", "missed", "not said"
NEXT_KINDS = {"next_dose": "dose", "next_injection": "injection", "next_clinic": "clinic visit"}
NO_ADVICE = (  # English; no_advice() in the language in use
    "The app never gives dosing advice. Changes to your medicine are for you and your prescriber "
    "to decide together."
)


def no_advice() -> str:
    """:data:`NO_ADVICE` in the language in use."""
    return _(
        "The app never gives dosing advice. Changes to your medicine are for you and your prescriber "
        "to decide together."
    )


def next_kind_label(kind: str) -> str:
    """A :data:`NEXT_KINDS` value ("dose", "injection", "clinic visit") in the language in use."""
    labels = {
        "dose": p_("next date", "dose"),
        "injection": p_("next date", "injection"),
        "clinic visit": p_("next date", "clinic visit"),
    }
    return labels.get(kind, kind)


class MedicationError(JournalError):
    """A medicine that cannot be saved, said in plain words; nothing was saved."""


@dataclasses.dataclass(slots=True)
class Prescription:
    name: str
    prescriber: str = ""  # prescriber or clinic
    schedule: str = ""  # e.g. "every morning", "monthly injection"
    dose: str = ""  # optional, the person's own words
    dose_private: bool = True  # the dose stays out of session mode and reports unless chosen
    next_dose: date | None = None
    next_injection: date | None = None
    next_clinic: date | None = None
    id: int | None = None
    uuid: str = dataclasses.field(default_factory=new_uuid)

    def problems(self) -> list[str]:
        found = []
        if not self.name.strip():
            found.append(_("Give the medicine a name (for example the one on the label)."))
        for text in (self.name, self.prescriber, self.schedule, self.dose):
            if len(text) > NAME_MAX:
                found.append(_("Keep each field under {n} characters.").format(n=NAME_MAX))
                break
        return found

    def next_dates(self) -> list[tuple[date, str]]:
        """(date, "dose" / "injection" / "clinic visit") for the dates set, soonest first."""
        found = [(getattr(self, field), kind) for field, kind in NEXT_KINDS.items()]
        return sorted((day, kind) for day, kind in found if day is not None)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def save(db: Database, item: Prescription) -> Prescription:
    problems = item.problems()
    if problems:
        raise MedicationError(" ".join(problems))
    row = {
        "uuid": item.uuid,
        "name": item.name.strip(),
        "prescriber": item.prescriber.strip(),
        "schedule": item.schedule.strip(),
        "dose": item.dose.strip(),
        "dose_private": int(item.dose_private),
        "next_dose": item.next_dose.isoformat() if item.next_dose else None,
        "next_injection": item.next_injection.isoformat() if item.next_injection else None,
        "next_clinic": item.next_clinic.isoformat() if item.next_clinic else None,
        "updated_at": local_text(now_local()),
    }
    item.id = dbmod.save_row(db, "medications", row, item.id)
    return item


def prescriptions(db: Database) -> list[Prescription]:
    rows = db.execute(
        "SELECT id, uuid, name, prescriber, schedule, dose, dose_private, next_dose, next_injection, "
        "next_clinic FROM medications ORDER BY name COLLATE NOCASE, id"
    ).fetchall()
    return [
        Prescription(
            name=r[2],
            prescriber=r[3],
            schedule=r[4],
            dose=r[5],
            dose_private=bool(r[6]),
            next_dose=_day(r[7]),
            next_injection=_day(r[8]),
            next_clinic=_day(r[9]),
            id=r[0],
            uuid=r[1],
        )
        for r in rows
    ]


def delete(db: Database, item_id: int) -> None:
    with dbmod.write(db):
        db.execute("DELETE FROM medications WHERE id = ?", [item_id])


def upcoming(db: Database, today: date) -> list[tuple[date, str, str]]:
    """(date, kind, medicine) for every next date from ``today`` on, soonest first."""
    found = [
        (day, kind, item.name)
        for item in prescriptions(db)
        for day, kind in item.next_dates()
        if day >= today
    ]
    return sorted(found)


@dataclasses.dataclass(frozen=True, slots=True)
class Adherence:
    """Each day of a range: taken, missed or not said (from the check-ins' medication field)."""

    start: date
    status: tuple[str, ...]  # TAKEN, MISSED or NOT_SAID, one per day from ``start``

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(len(self.status))]

    def count(self, status: str) -> int:
        return self.status.count(status)

    def longest_missed_run(self) -> int:
        longest = run = 0
        for status in self.status:
            run = run + 1 if status == MISSED else 0
            longest = max(longest, run)
        return longest

    def summary(self) -> str:
        taken, missed = self.count(TAKEN), self.count(MISSED)
        said = taken + missed
        if not said:
            return _("No check-in in this range says whether medication was taken.")
        percent = round(100 * taken / said)
        text = n_(
            "Taken on {taken} of the {n} day you said ({percent}%)",
            "Taken on {taken} of the {n} days you said ({percent}%)",
            said,
        ).format(taken=taken, n=said, percent=percent)
        if missed:
            text += _(", missed on {n}").format(n=missed)
        not_said = self.count(NOT_SAID)
        text += _("; not said on {n}.").format(n=not_said) if not_said else "."
        if self.longest_missed_run() >= 2:
            text += " " + _("The longest run of missed days: {n}.").format(n=self.longest_missed_run())
        return text


def adherence(db: Database, start: date, end: date, *, include_private: bool = True) -> Adherence:
    """A day is missed when a check-in that day says missed, taken when one says taken and none
    missed, and not said otherwise (no guess is ever made)."""
    if start > end:
        raise MedicationError(_("The start date is after the end date."))
    status = np.full((end - start).days + 1, NOT_SAID, dtype=object)
    private = "" if include_private else " AND private = 0"
    rows = db.execute(
        "SELECT local_date, max(medication = 'missed'), max(medication = 'taken') FROM entries "
        f"WHERE medication IS NOT NULL AND local_date BETWEEN ? AND ?{private} GROUP BY local_date",
        [start.isoformat(), end.isoformat()],
    ).fetchall()
    for day, missed, taken in rows:
        index = (date.fromisoformat(day) - start).days
        status[index] = MISSED if missed else TAKEN if taken else NOT_SAID
    return Adherence(start, tuple(str(s) for s in status))


class Medications:
    """The journal's medicines, as ``journal.medications`` (the facade's sub-part)."""

    def __init__(self, db: Database):
        self._db = db

    def save(self, item: Prescription) -> Prescription:
        return save(self._db, item)

    def all(self) -> list[Prescription]:
        return prescriptions(self._db)

    def delete(self, item_id: int) -> None:
        delete(self._db, item_id)

    def upcoming(self, today: date | None = None) -> list[tuple[date, str, str]]:
        return upcoming(self._db, today or now_local().date())

    def adherence(self, start: date, end: date, *, include_private: bool = True) -> Adherence:
        return adherence(self._db, start, end, include_private=include_private)
