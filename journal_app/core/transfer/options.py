"""What a person chose to share: range, kinds, fields, free text, private entries."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from ..errors import JournalError
from ..messages import _
from ..models import HALT_FIELDS, EntryKind
from ..query import EntryFilter

# Every field of an exported entry, in the order files show them.
ALWAYS = ("uuid", "kind", "occurred_at")
TIMES = ("created_at", "updated_at")
MEASURES = ("mood", "craving", "sleep_hours", "supportive_contact", *HALT_FIELDS, "medication", "meeting")
URGE = ("situation", "thought", "duration_minutes", "outcome")
USE = ("substance", "lead_up")
LINKS = ("triggers", "coping", "tags", "warning_signs")
RECORD_FIELDS = (*ALWAYS, *TIMES, "private", "title", "body", *MEASURES, *URGE, *USE, *LINKS)
# Words a person wrote in their own voice: left out when free text is off.
TEXT_FIELDS = frozenset({"title", "body", "situation", "thought", "lead_up"})
OPTIONAL_FIELDS = tuple(name for name in RECORD_FIELDS if name not in ALWAYS and name != "private")
FIELD_GROUPS: dict[str, tuple[str, ...]] = {
    "times": TIMES,
    "text": ("title", "body"),
    "measures": MEASURES,
    "halt": HALT_FIELDS,
    "urge": URGE,
    "use": USE,
    "links": LINKS,
}


class TransferCancelled(JournalError):
    """The person pressed Cancel; nothing was written."""

    def __init__(self, message: str = ""):
        super().__init__(message or _("Stopped; nothing was changed."))


# progress(done, total): called now and then during long work. It may raise
# TransferCancelled to stop; exports then leave no file and imports add nothing.
Progress = Callable[[int, int], None]


def report(progress: Progress | None, done: int, total: int, every: int = 2000) -> None:
    if progress is not None and (done % every == 0 or done == total):
        progress(done, total)


def parse_fields(text: str) -> frozenset[str]:
    """``mood,craving,links`` -> the field names; group names expand; unknown names are refused."""
    chosen: set[str] = set()
    for word in (part.strip() for part in text.split(",")):
        if not word:
            continue
        if word in FIELD_GROUPS:
            chosen.update(FIELD_GROUPS[word])
        elif word in OPTIONAL_FIELDS:
            chosen.add(word)
        else:
            known = ", ".join([*FIELD_GROUPS, *OPTIONAL_FIELDS])
            raise JournalError(
                _("“{word}” is not a field that can be exported; choose from: {known}.").format(
                    word=word, known=known
                )
            )
    return frozenset(chosen)


def parse_kinds(text: str) -> frozenset[EntryKind]:
    kinds: set[EntryKind] = set()
    for word in (part.strip().replace("-", "_") for part in text.split(",")):
        if not word:
            continue
        if word in ("urge",):
            word = "craving"
        try:
            kinds.add(EntryKind(word))
        except ValueError:
            raise JournalError(
                _("“{word}” is not a kind of entry; choose from check_in, craving, use, note.").format(
                    word=word
                )
            ) from None
    if not kinds:  # an empty choice must not turn into "every kind"
        raise JournalError(_("Name at least one kind of entry: check_in, craving, use or note."))
    return frozenset(kinds)


@dataclasses.dataclass(frozen=True, slots=True)
class ExportOptions:
    date_from: date | None = None  # inclusive, local calendar day
    date_to: date | None = None  # inclusive
    kinds: frozenset[EntryKind] = frozenset()  # empty: every kind
    include_private: bool = False  # private entries only when chosen on purpose
    include_text: bool = True  # titles, notes, situations, thoughts, lead-ups
    fields: frozenset[str] | None = None  # None: every field
    tag: str | None = None  # only entries with this tag

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise JournalError(_("The start date is after the end date; swap them and try again."))

    @property
    def everything(self) -> bool:
        """Every day, kind, tag and field: a JSON export then carries the whole journal (``archive``)."""
        return (
            self.date_from is None
            and self.date_to is None
            and not self.kinds
            and self.include_text
            and self.fields is None
            and self.tag is None
        )

    def entry_filter(self) -> EntryFilter:
        return EntryFilter(
            kinds=self.kinds,
            date_from=self.date_from,
            date_to=self.date_to,
            include_private=self.include_private,
            tag=self.tag,
        )

    def selected_fields(self) -> tuple[str, ...]:
        """The fields written, in file order (uuid, kind, time and the private flag always)."""
        return tuple(
            name
            for name in RECORD_FIELDS
            if name in ALWAYS
            or name == "private"
            or (
                (self.fields is None or name in self.fields)
                and (self.include_text or name not in TEXT_FIELDS)
            )
        )

    def as_dict(self) -> dict[str, Any]:
        """How the selection is described inside an exported file."""
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "kinds": sorted(str(kind) for kind in self.kinds) or None,
            "include_private": self.include_private,
            "include_text": self.include_text,
            "fields": list(self.selected_fields()),
        }
