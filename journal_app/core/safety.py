"""Lost-tolerance safety: after a stretch without use, a use is when overdose risk is highest.

When a use is saved after ``safety.lost_tolerance_days`` (default 7) or more
days without use, the app shows the overdose-risk facts, naloxone and
never-use-alone advice and the crisis numbers once for that entry, and
records in ``safety_notices`` that it did.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import sqlite_utils

from . import db as dbmod
from .knowledge import KnowledgeItem, load_knowledge
from .models import Entry, EntryKind, UrgeOutcome, local_text, now_local
from .plan import CrisisNumber, Plan
from .settings import get_setting

LOST_TOLERANCE = "lost_tolerance"
THRESHOLD_SETTING = "safety.lost_tolerance_days"
DEFAULT_THRESHOLD_DAYS = 7


@dataclasses.dataclass(frozen=True, slots=True)
class SafetyNotice:
    entry_id: int
    days_without_use: int
    since: date  # the day the stretch without use began
    heading: str
    facts: tuple[KnowledgeItem, ...]  # lost tolerance, the stronger supply
    advice: tuple[KnowledgeItem, ...]  # naloxone, never alone, start low, overdose signs
    crisis_numbers: tuple[CrisisNumber, ...]


def is_use(entry: Entry) -> bool:
    return entry.kind is EntryKind.USE or (
        entry.kind is EntryKind.CRAVING and entry.outcome is UrgeOutcome.USED
    )


def threshold_days(db: sqlite_utils.Database) -> int:
    value = get_setting(db, THRESHOLD_SETTING, DEFAULT_THRESHOLD_DAYS)
    return value if isinstance(value, int) and value >= 1 else DEFAULT_THRESHOLD_DAYS


def already_shown(db: sqlite_utils.Database, entry_id: int) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM safety_notices WHERE entry_id = ? AND kind = ?", [entry_id, LOST_TOLERANCE]
        ).fetchone()
        is not None
    )


def stretch_before(db: sqlite_utils.Database, entry: Entry) -> date | None:
    """The day the stretch without use began before this use, or None if nothing shows one.

    That is the day after the previous use, or else the latest recovery start, or else
    the first day of the journal.
    """
    day = entry.occurred_at.date().isoformat()
    params = [day, entry.id or -1, entry.substance.strip()]
    row = db.execute(
        "SELECT max(local_date) FROM entries WHERE local_date < ?1 AND id != ?2 AND ("
        "(kind = 'use' AND (substance = '' OR ?3 = '' OR substance = ?3 COLLATE NOCASE)) "
        "OR (kind = 'craving' AND outcome = 'used'))",
        params,
    ).fetchone()
    if row[0]:
        return date.fromordinal(date.fromisoformat(row[0]).toordinal() + 1)
    row = db.execute(
        "SELECT max(started_on) FROM recovery_starts WHERE started_on <= ?1 "
        "AND (?3 = '' OR substance = ?3 COLLATE NOCASE)",
        params,
    ).fetchone()
    if row[0]:
        return date.fromisoformat(row[0])
    row = db.execute(
        "SELECT min(local_date) FROM entries WHERE local_date < ?1 AND id != ?2", params[:2]
    ).fetchone()
    return date.fromisoformat(row[0]) if row[0] else None


def lost_tolerance_notice(db: sqlite_utils.Database, entry: Entry) -> SafetyNotice | None:
    """The notice to show for this saved entry, or None (not a use, too soon, or shown already)."""
    if entry.id is None or not is_use(entry) or already_shown(db, entry.id):
        return None
    since = stretch_before(db, entry)
    if since is None:
        return None
    days = (entry.occurred_at.date() - since).days
    if days < threshold_days(db):
        return None
    knowledge = load_knowledge()
    return SafetyNotice(
        entry_id=entry.id,
        days_without_use=days,
        since=since,
        heading=(
            f"After {days} days without use, your body's tolerance is lower than it was. "
            "Please take a moment for these safety facts."
        ),
        facts=(knowledge.item("fact", "lost_tolerance"), knowledge.item("fact", "stronger_supply")),
        advice=tuple(
            knowledge.item("safety", key)
            for key in ("naloxone", "never_alone", "start_low", "overdose_signs")
        ),
        crisis_numbers=tuple(Plan(db).crisis_numbers()),
    )


def record_shown(db: sqlite_utils.Database, entry_id: int, kind: str = LOST_TOLERANCE) -> None:
    with dbmod.write(db):
        db.execute(
            "INSERT INTO safety_notices (entry_id, kind, shown_at) VALUES (?, ?, ?)",
            [entry_id, kind, local_text(now_local())],
        )
