"""Plain data objects for journal entries, with validation in a person's words.

No storage and no Qt here: the store turns these into rows and back, the GUI
turns them into widgets and back.
"""

from __future__ import annotations

import dataclasses
import enum
from datetime import UTC, datetime, timedelta

from .messages import _, format_number, p_

MOOD_MIN, MOOD_MAX = 1, 10
CRAVING_MIN, CRAVING_MAX = 0, 10
SLEEP_MAX = 24.0
TITLE_MAX = 200
TEXT_MAX = 1_000_000  # a million characters of free text per entry


class EntryKind(enum.StrEnum):
    CHECK_IN = "check_in"
    CRAVING = "craving"
    USE = "use"
    NOTE = "note"

    @property
    def label(self) -> str:
        """The kind in the language in use ("Check-in", "Registro")."""
        return kind_label(self)


def kind_label(kind: EntryKind) -> str:
    labels = {
        EntryKind.CHECK_IN: p_("entry kind", "Check-in"),
        EntryKind.CRAVING: p_("entry kind", "Urge"),
        EntryKind.USE: p_("entry kind", "Use"),
        EntryKind.NOTE: p_("entry kind", "Note"),
    }
    return labels[kind]


KIND_LABELS = {  # English (stable: the CLI's --kinds, exports); kind_label() for display
    EntryKind.CHECK_IN: "Check-in",
    EntryKind.CRAVING: "Urge",
    EntryKind.USE: "Use",
    EntryKind.NOTE: "Note",
}


class Medication(enum.StrEnum):
    TAKEN = "taken"
    MISSED = "missed"


class UrgeOutcome(enum.StrEnum):
    PASSED = "passed"
    USED = "used"


HALT_FIELDS = ("halt_hungry", "halt_angry", "halt_lonely", "halt_tired")
HALT_LABELS = {  # English (stable: the CLI accepts these words); halt_label() for display
    "halt_hungry": "Hungry",
    "halt_angry": "Angry",
    "halt_lonely": "Lonely",
    "halt_tired": "Tired",
}


def halt_label(field: str) -> str:
    """A HALT field in the language in use ("Hungry", "Hambre")."""
    labels = {
        "halt_hungry": p_("HALT", "Hungry"),
        "halt_angry": p_("HALT", "Angry"),
        "halt_lonely": p_("HALT", "Lonely"),
        "halt_tired": p_("HALT", "Tired"),
    }
    return labels[field]


def value_label(field: str, value: object) -> str:
    """A stored value as shown: an urge's outcome or the medication answer in the language in use;
    anything else (a substance as the person wrote it) unchanged."""
    words = {
        ("outcome", "passed"): p_("urge outcome", "passed"),
        ("outcome", "used"): p_("urge outcome", "used"),
        ("medication", "taken"): p_("medication", "taken"),
        ("medication", "missed"): p_("medication", "missed"),
    }
    return words.get((field, str(value)), str(value))


def now_local() -> datetime:
    """The current local wall time, with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def new_uuid() -> str:
    import uuid  # (and platform: only when an entry is made)

    return str(uuid.uuid4())


@dataclasses.dataclass(slots=True)
class CopingUse:
    """A coping strategy tried in an entry, and whether it helped (None: not said)."""

    name: str
    helped: bool | None = None


@dataclasses.dataclass(slots=True)
class Entry:
    kind: EntryKind
    occurred_at: datetime = dataclasses.field(default_factory=now_local)
    title: str = ""
    body: str = ""
    private: bool = False
    # check-in measures
    mood: int | None = None
    craving: int | None = None
    sleep_hours: float | None = None
    supportive_contact: bool | None = None
    halt_hungry: bool = False
    halt_angry: bool = False
    halt_lonely: bool = False
    halt_tired: bool = False
    medication: Medication | None = None
    meeting: bool | None = None
    # urge (craving episode)
    situation: str = ""
    thought: str = ""
    duration_minutes: int | None = None
    outcome: UrgeOutcome | None = None
    # use
    substance: str = ""
    lead_up: str = ""
    # links
    triggers: list[str] = dataclasses.field(default_factory=list)
    coping: list[CopingUse] = dataclasses.field(default_factory=list)
    tags: list[str] = dataclasses.field(default_factory=list)
    warning_signs: list[str] = dataclasses.field(default_factory=list)
    # identity
    id: int | None = None
    uuid: str = dataclasses.field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def problems(self, *, now: datetime | None = None) -> list[str]:
        """Why this entry cannot be saved yet, in plain words (empty: it can)."""
        return validate(self, now=now)

    def summary(self) -> str:
        """A one-line description for lists: the title, else the start of the text."""
        if self.title.strip():
            return self.title.strip()
        text = " ".join(self.body.split())
        return text[:80] + ("…" if len(text) > 80 else "")


def _in_range(value: float | None, low: float, high: float) -> bool:
    return value is None or low <= value <= high


def validate(entry: Entry, *, now: datetime | None = None) -> list[str]:
    problems: list[str] = []
    now = now or now_local()
    if entry.occurred_at.tzinfo is None:
        problems.append(_("The time needs a time zone."))
    elif entry.occurred_at > now + timedelta(minutes=5):
        problems.append(_("The time is in the future; pick a time that has already happened."))
    if entry.occurred_at.year < 1900:
        problems.append(_("The date is too far in the past."))
    if not _in_range(entry.mood, MOOD_MIN, MOOD_MAX):
        problems.append(_("Mood goes from {low} to {high}.").format(low=MOOD_MIN, high=MOOD_MAX))
    if not _in_range(entry.craving, CRAVING_MIN, CRAVING_MAX):
        problems.append(_("Craving goes from {low} to {high}.").format(low=CRAVING_MIN, high=CRAVING_MAX))
    if not _in_range(entry.sleep_hours, 0, SLEEP_MAX):
        problems.append(_("Sleep is between 0 and 24 hours."))
    if entry.duration_minutes is not None and not 0 <= entry.duration_minutes <= 24 * 60:
        problems.append(_("An urge lasts between 0 minutes and a day."))
    if len(entry.title) > TITLE_MAX:
        problems.append(_("The title is longer than {n} characters.").format(n=TITLE_MAX))
    limit = format_number(TEXT_MAX, 0)
    for message, text in (
        (_("The text is longer than {n} characters."), entry.body),
        (_("The situation is longer than {n} characters."), entry.situation),
        (_("The thought is longer than {n} characters."), entry.thought),
        (_("The lead-up is longer than {n} characters."), entry.lead_up),
    ):
        if len(text) > TEXT_MAX:
            problems.append(message.format(n=limit))
    if entry.kind is EntryKind.CHECK_IN and entry.mood is None:
        problems.append(_("A check-in needs a mood."))
    if entry.kind is EntryKind.CRAVING and entry.craving is None:
        problems.append(_("An urge needs an intensity from 0 to 10."))
    if entry.kind is EntryKind.NOTE and not (entry.title.strip() or entry.body.strip()):
        problems.append(_("A note needs a title or some text."))
    for label in entry.triggers + entry.tags + [c.name for c in entry.coping]:
        if not label.strip():
            problems.append(_("Triggers, coping strategies and tags need a name."))
            break
        if len(label) > 100:
            problems.append(_("Names of triggers, coping strategies and tags stay under 100 characters."))
            break
    return problems


def utc_text(moment: datetime) -> str:
    """Sortable UTC text for a moment: 2026-11-25T08:30:00Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_text(moment: datetime) -> str:
    """ISO 8601 local wall time with its offset: 2026-11-25T09:30:00+01:00."""
    return moment.replace(microsecond=0).isoformat()


def parse_local(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment
