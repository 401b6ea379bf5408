"""What the charts mark on their time line: life events and therapy sessions.

A life event is a day the person wants to remember when they look at their
charts ("Moved flat", "Started a new job"); a therapy session is a moment
they met their therapist or counsellor, which gives "since last session" its
meaning. Both are small, so every call reads or writes a handful of rows,
each write in its own transaction.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from . import db as dbmod
from .db import Database
from .errors import JournalError
from .messages import _, format_number
from .models import local_text, new_uuid, now_local, parse_local

LABEL_MAX = 80
NOTE_MAX = 2000


class AnnotationError(JournalError):
    """A life event or session that cannot be saved, said in plain words."""


@dataclasses.dataclass(slots=True)
class LifeEvent:
    occurred_on: date
    label: str
    note: str = ""
    id: int | None = None
    uuid: str = dataclasses.field(default_factory=new_uuid)

    def problems(self) -> list[str]:
        problems = []
        if not self.label.strip():
            problems.append(_("A life event needs a short label, for example “Moved flat”."))
        elif len(self.label.strip()) > LABEL_MAX:
            problems.append(
                _("Keep the label under {n} characters; the note can say more.").format(n=LABEL_MAX)
            )
        if len(self.note) > NOTE_MAX:
            problems.append(_("The note is longer than {n} characters.").format(n=format_number(NOTE_MAX, 0)))
        if self.occurred_on.year < 1900:
            problems.append(_("The date is too far in the past."))
        return problems


@dataclasses.dataclass(slots=True)
class TherapySession:
    held_at: datetime
    note: str = ""
    id: int | None = None
    uuid: str = dataclasses.field(default_factory=new_uuid)

    @property
    def held_on(self) -> date:
        """The local calendar day of the session (where the person was)."""
        return self.held_at.date()


# life events ---------------------------------------------------------------
def _event(row: tuple[Any, ...]) -> LifeEvent:
    return LifeEvent(
        id=row[0], uuid=row[1], occurred_on=date.fromisoformat(row[2]), label=row[3], note=row[4]
    )


def list_life_events(
    db: Database, date_from: date | None = None, date_to: date | None = None
) -> list[LifeEvent]:
    """Life events in the range (inclusive, either end open), oldest first."""
    sql = "SELECT id, uuid, occurred_on, label, note FROM life_events WHERE 1"
    params: list[Any] = []
    if date_from:
        sql += " AND occurred_on >= ?"
        params.append(date_from.isoformat())
    if date_to:
        sql += " AND occurred_on <= ?"
        params.append(date_to.isoformat())
    return [_event(row) for row in db.execute(sql + " ORDER BY occurred_on, id", params)]


def get_life_event(db: Database, event_id: int) -> LifeEvent | None:
    row = db.execute(
        "SELECT id, uuid, occurred_on, label, note FROM life_events WHERE id = ?", [event_id]
    ).fetchone()
    return _event(row) if row else None


def save_life_event(db: Database, event: LifeEvent) -> LifeEvent:
    """Add a life event, or change an existing one (same id); return it with its id."""
    problems = event.problems()
    if problems:
        raise AnnotationError(" ".join(problems))
    values = [event.occurred_on.isoformat(), " ".join(event.label.split()), event.note]
    with dbmod.write(db):
        if event.id is None:
            event.id = db.execute(
                "INSERT INTO life_events (uuid, occurred_on, label, note) VALUES (?, ?, ?, ?)",
                [event.uuid, *values],
            ).lastrowid
        else:
            changed = db.execute(
                "UPDATE life_events SET occurred_on = ?, label = ?, note = ? WHERE id = ?",
                [*values, event.id],
            ).rowcount
            if changed != 1:
                raise AnnotationError(_("That life event no longer exists; it may have been removed."))
    event.label = values[1]
    return event


def delete_life_event(db: Database, event_id: int) -> LifeEvent:
    """Remove a life event and return it as it was (so it can be put back)."""
    with dbmod.write(db):
        event = get_life_event(db, event_id)
        if event is None:
            raise AnnotationError(_("That life event no longer exists; it may have been removed already."))
        db.execute("DELETE FROM life_events WHERE id = ?", [event_id])
    return event


# therapy sessions ----------------------------------------------------------
def _session(row: tuple[Any, ...]) -> TherapySession:
    return TherapySession(id=row[0], uuid=row[1], held_at=parse_local(row[2]), note=row[3])


def list_sessions(db: Database) -> list[TherapySession]:
    """Every recorded session, oldest first (by when it was held, where it was held)."""
    rows = db.execute("SELECT id, uuid, held_at, note FROM therapy_sessions")
    return sorted((_session(row) for row in rows), key=lambda s: (s.held_at, s.id))


def last_session(db: Database) -> TherapySession | None:
    sessions = list_sessions(db)
    return sessions[-1] if sessions else None


def record_session(db: Database, held_at: datetime | None = None, note: str = "") -> TherapySession:
    """Record that a session was held (now, unless told otherwise)."""
    held_at = held_at or now_local()
    if held_at.tzinfo is None:
        raise AnnotationError(_("The session time needs a time zone."))
    if len(note) > NOTE_MAX:
        raise AnnotationError(
            _("The note is longer than {n} characters.").format(n=format_number(NOTE_MAX, 0))
        )
    session = TherapySession(held_at=held_at.replace(microsecond=0), note=note)
    with dbmod.write(db):
        session.id = db.execute(
            "INSERT INTO therapy_sessions (uuid, held_at, note) VALUES (?, ?, ?)",
            [session.uuid, local_text(session.held_at), note],
        ).lastrowid
    return session


def delete_session(db: Database, session_id: int) -> None:
    with dbmod.write(db):
        if db.execute("DELETE FROM therapy_sessions WHERE id = ?", [session_id]).rowcount != 1:
            raise AnnotationError(_("That session is not recorded; it may have been removed already."))


class Annotations:
    """Life events and therapy sessions of one journal (``journal.annotations``), for the GUI and CLI."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def life_events(self, date_from: date | None = None, date_to: date | None = None) -> list[LifeEvent]:
        return list_life_events(self._db, date_from, date_to)

    def save_life_event(self, event: LifeEvent) -> LifeEvent:
        return save_life_event(self._db, event)

    def delete_life_event(self, event_id: int) -> LifeEvent:
        return delete_life_event(self._db, event_id)

    def sessions(self) -> list[TherapySession]:
        return list_sessions(self._db)

    def last_session(self) -> TherapySession | None:
        return last_session(self._db)

    def record_session(self, held_at: datetime | None = None, note: str = "") -> TherapySession:
        return record_session(self._db, held_at, note)

    def delete_session(self, session_id: int) -> None:
        delete_session(self._db, session_id)
