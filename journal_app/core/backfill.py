"""Back-filling days (timeline follow-back): marking past days as use, no use or unknown.

Each mark is an ordinary entry, tagged :data:`TAG`, at noon of its day: a
"use" mark is a use entry naming the substance family (so days without use,
streaks and charts recompute), "no use" and "unknown" are notes. So marks are
exported, found by date and undone like any other entry. Marks are merged, never
duplicated: marking a day again changes that day's mark for the family, and a
"use" mark on a day that already has a use of that family adds nothing. Dates
after today are refused. A back-filled use never raises the overdose card
(``safety.lost_tolerance_notice`` leaves entries with the tag alone).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

from . import db as dbmod
from . import substances
from .errors import JournalError
from .journal import Journal
from .messages import _, n_, p_
from .models import Entry, EntryKind, now_local
from .query import EntryFilter

TAG = "back-filled"
USE, NO_USE, UNKNOWN = "use", "no_use", "unknown"
MARK_LABELS = {USE: "Use", NO_USE: "No use", UNKNOWN: "Don't know"}  # English; mark_label() to show


def mark_label(mark: str) -> str:
    """A back-fill mark's words in the language in use."""
    labels = {
        USE: p_("back-fill mark", "Use"),
        NO_USE: p_("back-fill mark", "No use"),
        UNKNOWN: p_("back-fill mark", "Don't know"),
    }
    return labels[mark]


MAX_DAYS = 366  # one back-fill covers at most a year


class BackfillError(JournalError):
    """Marks that cannot be saved, said in plain words; nothing was changed."""


@dataclasses.dataclass(slots=True)
class BackfillResult:
    added: list[int] = dataclasses.field(default_factory=list)  # new entry ids
    replaced: list[Entry] = dataclasses.field(default_factory=list)  # marks as they were before
    kept: list[date] = dataclasses.field(default_factory=list)  # days whose own use entry stands

    def describe(self) -> str:
        marked = len(self.added) + len(self.replaced)
        text = n_("{n} day marked", "{n} days marked", marked).format(n=marked)
        if self.replaced:
            n = len(self.replaced)
            text += "; " + n_(
                "{n} of them changed from an earlier mark", "{n} of them changed from an earlier mark", n
            ).format(n=n)
        if self.kept:
            n = len(self.kept)
            text += "; " + n_(
                "{n} already had a use entry, kept as it was",
                "{n} already had a use entry, kept as they were",
                n,
            ).format(n=n)
        return text + "."


def _title(mark: str, family_name: str) -> str:
    return {
        USE: f"Back-filled: used ({family_name})",
        NO_USE: f"Back-filled: no use ({family_name})",
        UNKNOWN: f"Back-filled: don't know ({family_name})",
    }[mark]


def title_label(title: str) -> str:
    """A back-filled entry's stored (English) title as shown, in the language in use:
    "Back-filled: used (Opioids)" → "used (Opioids)" / "consumo (Opioides)"."""
    for fam in substances.families():
        for mark, words in (
            (USE, p_("back-fill mark", "used ({family})")),
            (NO_USE, p_("back-fill mark", "no use ({family})")),
            (UNKNOWN, p_("back-fill mark", "don't know ({family})")),
        ):
            if title == _title(mark, fam.name):
                return words.format(family=fam.label)
    return title.removeprefix("Back-filled: ")


def marks(journal: Journal, family_key: str, start: date, end: date) -> dict[date, str]:
    """The back-filled marks for one family between two dates."""
    fam = substances.family(family_key)
    if fam is None:
        raise BackfillError(_("There is no substance family called “{family}”.").format(family=family_key))
    found: dict[date, str] = {}
    for row in journal.rows(EntryFilter(date_from=start, date_to=end, tag=TAG), limit=MAX_DAYS * 4):
        entry = journal.get(row.id)
        if entry is None:
            continue
        for mark in (USE, NO_USE, UNKNOWN):
            if entry.title == _title(mark, fam.name):
                found[entry.occurred_at.date()] = mark
    return found


def _own_entry(journal: Journal, family_name: str, day: date) -> Entry | None:
    for row in journal.rows(EntryFilter(date_from=day, date_to=day, tag=TAG), limit=50):
        entry = journal.get(row.id)
        if entry is not None and entry.title.endswith(f"({family_name})"):
            return entry
    return None


def _has_use(journal: Journal, family_key: str, day: date) -> bool:
    return day in substances.use_days(journal.db, family_key, until=day)


def mark_days(
    journal: Journal,
    family_key: str,
    start: date,
    end: date,
    mark: str,
    *,
    today: date | None = None,
    private: bool = False,
) -> BackfillResult:
    """Mark every day from ``start`` to ``end`` (inclusive) for ``family_key``; merged, never duplicated."""
    today = today or now_local().date()
    fam = substances.family(family_key)
    if fam is None:
        raise BackfillError(_("There is no substance family called “{family}”.").format(family=family_key))
    if mark not in MARK_LABELS:
        raise BackfillError(
            _("A day can be marked use, no use or don't know, not “{mark}”.").format(mark=mark)
        )
    if start > end:
        start, end = end, start
    if end > today:
        raise BackfillError(_("Days after today cannot be back-filled; choose days up to today."))
    if (end - start).days >= MAX_DAYS:
        raise BackfillError(_("Back-fill at most a year at a time."))
    result = BackfillResult()
    zone = now_local().tzinfo
    with dbmod.write(journal.db):  # the whole range or nothing
        _mark_each(journal, family_key, fam.name, start, end, mark, zone, private, result)
    return result


def _mark_each(
    journal: Journal,
    family_key: str,
    family_name: str,
    start: date,
    end: date,
    mark: str,
    zone: object,
    private: bool,
    result: BackfillResult,
) -> None:
    fam_name = family_name
    day = start
    while day <= end:
        own = _own_entry(journal, fam_name, day)
        if own is not None:
            if own.title != _title(mark, fam_name):
                before = dataclasses.replace(own, triggers=list(own.triggers), tags=list(own.tags))
                changed = _entry(mark, fam_name, day, zone, private)
                changed.id, changed.uuid = own.id, own.uuid
                journal.save(changed)
                result.replaced.append(before)
        elif mark == USE and _has_use(journal, family_key, day):
            result.kept.append(day)  # the person's own use entry already says so
        else:
            saved = journal.save(_entry(mark, fam_name, day, zone, private))
            if saved.id is not None:
                result.added.append(saved.id)
        day += timedelta(days=1)


def _entry(mark: str, family_name: str, day: date, zone: object, private: bool) -> Entry:
    when = min(datetime.combine(day, time(12, 0), tzinfo=zone), now_local())  # type: ignore[arg-type]
    if mark == USE:
        return Entry(
            kind=EntryKind.USE,
            occurred_at=when,
            title=_title(mark, family_name),
            substance=family_name,
            tags=[TAG],
            private=private,
        )
    return Entry(
        kind=EntryKind.NOTE, occurred_at=when, title=_title(mark, family_name), tags=[TAG], private=private
    )


def undo(journal: Journal, result: BackfillResult) -> None:
    """Take a back-fill back: its new entries deleted, changed marks as they were."""
    for entry_id in result.added:
        if journal.get(entry_id) is not None:
            journal.delete(entry_id)
    for before in result.replaced:
        journal.save(before)
