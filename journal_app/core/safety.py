"""Lost-tolerance safety: after a stretch without use, a use is when overdose risk is highest.

When a use of an opioid, a sedative or an unknown substance is saved after
``safety.lost_tolerance_days`` (3 to 30, default 7) or more days without one,
the app shows the overdose card: the signs, the complete overdose response,
naloxone, and the person's crisis numbers; an alcohol-only use gets the
alcohol card (the danger of mixing with opioids or sedatives). Once per entry,
once per day, never for entries back-dated more than two days; the GUI
records it in ``safety_notices`` only when the person closes the card.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from . import db as dbmod
from . import substances
from .db import Database
from .knowledge import KnowledgeItem, load_knowledge
from .messages import n_
from .models import Entry, EntryKind, UrgeOutcome, local_text, now_local
from .plan import CrisisNumber
from .settings import get_setting

LOST_TOLERANCE = "lost_tolerance"  # the overdose card (opioids, sedatives, unknown substances)
ALCOHOL = "alcohol"  # the alcohol card: no naloxone text, the danger of mixing
THRESHOLD_SETTING = "safety.lost_tolerance_days"
DEFAULT_THRESHOLD_DAYS = 7
BACKFILLED_TAG = "back-filled"  # core.backfill.TAG: days marked afterwards never raise the card
BACKDATED_DAYS = 2  # a use written down later than this is history, not a moment of risk


@dataclasses.dataclass(frozen=True, slots=True)
class SafetyNotice:
    entry_id: int
    days_without_use: int
    since: date  # the day the stretch without use began
    heading: str
    facts: tuple[KnowledgeItem, ...]  # lost tolerance, the stronger supply
    advice: tuple[KnowledgeItem, ...]  # the overdose response, naloxone, no safe amount, never alone
    crisis_numbers: tuple[CrisisNumber, ...]  # filled by the caller: the person's own or their country's
    kind: str = LOST_TOLERANCE


def is_use(entry: Entry) -> bool:
    return entry.kind is EntryKind.USE or (
        entry.kind is EntryKind.CRAVING and entry.outcome is UrgeOutcome.USED
    )


def threshold_days(db: Database) -> int:
    """``safety.lost_tolerance_days`` (3 to 30, 7 unless the person chose otherwise)."""
    value = get_setting(db, THRESHOLD_SETTING)
    return value if isinstance(value, int) else DEFAULT_THRESHOLD_DAYS


def already_shown(db: Database, entry_id: int) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM safety_notices WHERE entry_id = ? AND kind IN (?, ?)",
            [entry_id, LOST_TOLERANCE, ALCOHOL],
        ).fetchone()
        is not None
    )


def family_of(db: Database, entry: Entry) -> str:
    """The family key of a use ("" when unknown: an urge that ended in use names no substance)."""
    return substances.family_key_of(db, entry.substance) if entry.kind is EntryKind.USE else ""


def card_for(db: Database, entry: Entry) -> str:
    """Which card a use brings: "overdose" (opioids, sedatives, unknown), "alcohol", or "" (none)."""
    key = family_of(db, entry)
    fam = substances.family(key) if key else None
    return fam.card if fam is not None else "overdose"


def _latest_other_use(db: Database, entry: Entry, family_key: str, where: str) -> str | None:
    """The latest day of another use that counts for ``family_key`` (any use when "") matching
    ``where``, newest first, reading only as far back as it must (each name resolved once)."""
    rows = db.execute(
        "SELECT DISTINCT local_date, CASE WHEN kind = 'use' THEN substance ELSE '' END FROM entries "
        "WHERE id != ?1 AND " + where + " AND (kind = 'use' OR (kind = 'craving' AND outcome = 'used')) "
        "ORDER BY local_date DESC",
        [entry.id or -1, entry.occurred_at.date().isoformat()],
    )
    keys: dict[str, str] = {}
    for day, substance in rows:
        if not family_key:
            return str(day)
        if substance not in keys:
            keys[substance] = substances.family_key_of(db, substance)
        if keys[substance] in (family_key, substances.UNKNOWN):
            return str(day)
    return None


def stretch_before(db: Database, entry: Entry) -> date | None:
    """The day the stretch without use began before this use, or None if nothing shows one.

    That is the day after the previous use of the same family (or of an unknown
    substance), or else the latest recovery start for it (or for anything), or
    else the first day of the journal.
    """
    family_key = family_of(db, entry)
    before = _latest_other_use(db, entry, family_key, "local_date < ?2")
    if before:
        return date.fromordinal(date.fromisoformat(before).toordinal() + 1)
    day = entry.occurred_at.date()
    starts = [d for d in substances.recovery_start_days(db, family_key or None) if d <= day]
    starts = starts or [d for d in substances.recovery_start_days(db, None) if d <= day]
    if starts:
        return starts[-1]
    row = db.execute(
        "SELECT min(local_date) FROM entries WHERE local_date < ?1 AND id != ?2",
        [day.isoformat(), entry.id or -1],
    ).fetchone()
    return date.fromisoformat(row[0]) if row[0] else None


def lost_tolerance_notice(db: Database, entry: Entry, today: date | None = None) -> SafetyNotice | None:
    """The card to show for this saved entry, or None.

    None when: not a use; a stimulant, cannabis or "other" use; fewer than
    ``safety.lost_tolerance_days`` days without use before it; another use the
    same day (the card came with the first); a back-filled day; an entry back-dated more than
    :data:`BACKDATED_DAYS` days; or the card for it was already shown and closed.
    """
    if entry.id is None or not is_use(entry) or already_shown(db, entry.id):
        return None
    if BACKFILLED_TAG in entry.tags:  # a day marked afterwards in the back-fill calendar is history
        return None
    today = today or date.today()
    day = entry.occurred_at.date()
    if (today - day).days > BACKDATED_DAYS:
        return None
    card = card_for(db, entry)
    if not card:
        return None
    if _latest_other_use(db, entry, family_of(db, entry), "local_date = ?2"):
        return None
    since = stretch_before(db, entry)
    if since is None:
        return None
    days = (day - since).days
    if days < threshold_days(db):
        return None
    knowledge = load_knowledge()
    if card == ALCOHOL:
        return SafetyNotice(
            entry_id=entry.id,
            days_without_use=days,
            since=since,
            heading=n_(
                "After {n} day without drinking, your body may react more strongly than before. "
                "Please take a moment for these safety facts.",
                "After {n} days without drinking, your body may react more strongly than before. "
                "Please take a moment for these safety facts.",
                days,
            ).format(n=days),
            facts=(knowledge.item("safety", "alcohol_mixing"),),
            advice=(knowledge.item("safety", "alcohol_poisoning"),),
            crisis_numbers=(),
            kind=ALCOHOL,
        )
    return SafetyNotice(
        entry_id=entry.id,
        days_without_use=days,
        since=since,
        heading=n_(
            "After {n} day without use, your body's tolerance is lower than it was. "
            "Please take a moment for these safety facts.",
            "After {n} days without use, your body's tolerance is lower than it was. "
            "Please take a moment for these safety facts.",
            days,
        ).format(n=days),
        facts=(knowledge.item("fact", "lost_tolerance"), knowledge.item("fact", "stronger_supply")),
        advice=tuple(
            knowledge.item("safety", key)
            for key in ("overdose_signs", "overdose_response", "naloxone", "no_safe_amount", "never_alone")
        ),
        crisis_numbers=(),
        kind=LOST_TOLERANCE,
    )


def record_shown(db: Database, entry_id: int, kind: str = LOST_TOLERANCE) -> None:
    """Remember that the person closed the card for this entry (it is not shown for it again)."""
    with dbmod.write(db):
        db.execute(
            "INSERT INTO safety_notices (entry_id, kind, shown_at) VALUES (?, ?, ?)",
            [entry_id, kind, local_text(now_local())],
        )
