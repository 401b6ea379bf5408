"""Importing a file: detect its format, read and check every entry, then add them all or none.

``prepare_import`` reads the file and compares it with the journal without
changing anything (that is the dry run and the dialog's preview): each of the
file's entries is new, changed (the journal has another version of it) or
unchanged. ``apply_import`` adds the new entries and updates the changed ones
(unless the person keeps their own versions) in one transaction. Formats come
from the registry in ``formats.py``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import db as dbmod
from ..db import Database
from ..entries import insert_many
from ..messages import _, format_number, n_
from ..models import Entry, now_local
from . import formats, matching, own_json, sealed
from .matching import Change
from .options import Progress, report
from .reading import Content
from .source import ImportItem, ImportOptions, SourceError, read_bytes

# kept for callers that list the choices (from the registry in formats.py); the labels, in the
# language in use, are formats.format_labels()
FORMATS = formats.format_names()


def _n(count: int) -> str:
    return format_number(count, 0)


@dataclasses.dataclass(slots=True)
class ImportPlan:
    source: str
    format: str
    items: list[ImportItem]  # entries to add, oldest first
    already_present: int = 0  # in the journal as they are in the file
    left_out: list[str] = dataclasses.field(default_factory=list)
    encrypted: bool = False
    changed: list[Change] = dataclasses.field(default_factory=list)  # in the journal in another version
    notes: list[str] = dataclasses.field(default_factory=list)  # what else is not brought in
    keep_mine: bool = False  # leave changed entries as they are in the journal
    updated: int = 0  # set by apply_import: how many changed entries it updated
    archive: dict[str, Any] | None = None  # a full export's plan, settings…: added with the entries
    # (id in the source, journal entry id) of every file entry the journal has, recorded on import
    matched: list[tuple[str, int]] = dataclasses.field(default_factory=list)
    not_in_file: int = 0  # entries earlier imports from this app brought in that this file lacks

    @property
    def format_label(self) -> str:
        return formats.by_name(self.format).shown_label

    @property
    def updates(self) -> bool:
        """Whether this format updates entries imported before (rather than leaving them)."""
        return bool(formats.by_name(self.format).fields)

    @property
    def to_update(self) -> list[Change]:
        return [] if self.keep_mine else self.changed

    def summary(self) -> dict[str, Any]:
        kinds = Counter(str(item.entry.kind) for item in self.items)
        days = [item.entry.occurred_at.date().isoformat() for item in self.items]
        days += [change.item.entry.occurred_at.date().isoformat() for change in self.to_update]
        return {
            "file": self.source,
            "format": self.format,
            "encrypted": self.encrypted,
            "new": len(self.items),
            "changed": len(self.changed),
            "unchanged": self.already_present,
            "already_present": self.already_present + len(self.changed),
            "keep_mine": self.keep_mine,
            "by_kind": dict(sorted(kinds.items())),
            "left_out": self.left_out,
            "notes": self.notes,
            "not_in_file": self.not_in_file,
            "first_date": min(days) if days else None,
            "last_date": max(days) if days else None,
        }

    def describe(self) -> str:
        """One or two calm sentences for people (the CLI and the dialog)."""
        new = len(self.items)
        if self.updates and (self.changed or self.already_present):
            total = new + len(self.changed) + self.already_present
            text = n_(
                "{new} new, {changed} changed, {unchanged} unchanged entry in this {format} file{span}.",
                "{new} new, {changed} changed, {unchanged} unchanged entries in this {format} file{span}.",
                total,
            ).format(
                new=_n(new),
                changed=_n(len(self.changed)),
                unchanged=_n(self.already_present),
                format=self.format_label,
                span=self.span(),
            )
        else:
            text = n_(
                "{n} new entry from this {format} file{span}.",
                "{n} new entries from this {format} file{span}.",
                new,
            ).format(n=_n(new), format=self.format_label, span=self.span())
        return text + self.notes_text()

    def span(self) -> str:
        """ ", from 2025-03-03 to 2026-06-09" (ISO dates: the same in every language), or ""."""
        info = self.summary()
        if not info["first_date"]:
            return ""
        return _(", from {first} to {last}").format(first=info["first_date"], last=info["last_date"])

    def notes_text(self, *, applied: bool = False) -> str:
        """What is not added or changed, and why (or an empty string); ``applied``: said after the import."""
        text, old = "", self.already_present
        changed = len(self.changed)
        if self.changed and self.keep_mine:
            if applied:
                kept = n_(
                    "It keeps your journal's version.",
                    "Changed entries keep your journal's version.",
                    changed,
                )
            else:
                kept = n_(
                    "It keeps your journal's version (as you chose).",
                    "Changed entries keep your journal's version (as you chose).",
                    changed,
                )
            text += " " + kept
        elif self.changed and not applied:
            text += " " + n_(
                "The changed entry will be updated from the file; what you added here (triggers, coping, "
                "other tags) stays.",
                "Changed entries will be updated from the file; what you added here (triggers, coping, "
                "other tags) stays.",
                changed,
            )
        if old and not self.updates:
            if applied:
                there = n_("{n} is already in the journal.", "{n} are already in the journal.", old)
            else:
                there = n_(
                    "{n} is already in the journal and will be left as it is.",
                    "{n} are already in the journal and will be left as they are.",
                    old,
                )
            text += " " + there.format(n=_n(old))
        if self.left_out:
            shown = "; ".join(self.left_out[:3]) + ("…" if len(self.left_out) > 3 else ".")
            text += " " + n_("{n} left out: {items}", "{n} left out: {items}", len(self.left_out)).format(
                n=_n(len(self.left_out)), items=shown
            )
        for note in self.notes:
            text += " " + note
        if self.not_in_file:
            text += " " + self.missing_text()
        return text

    def missing_text(self) -> str:
        """What a newer export no longer has: never deleted here, and said so."""
        count = self.not_in_file
        return n_(
            "{count} entry from your earlier {source} import is not in this file; it stays in your journal.",
            "{count} entries from your earlier {source} import are not in this file; "
            "they stay in your journal.",
            count,
        ).format(count=format_number(count, 0), source=formats.by_name(self.format).source)

    def preview(self, limit: int = 200) -> list[tuple[str, str, str, str]]:
        """(date and time, kind, mood, summary) of the first entries to be added, then those to be updated."""
        items = self.items + [change.item for change in self.to_update]
        return [
            (
                item.entry.occurred_at.strftime("%Y-%m-%d %H:%M"),
                item.entry.kind.label,
                f"{item.entry.mood}/10" if item.entry.mood is not None else "",
                item.entry.summary(),
            )
            for item in items[:limit]
        ]


@contextlib.contextmanager
def _quiet_gc() -> Iterator[None]:
    """Pause the cycle collector while 100,000 entries are built (it would rescan them all, often).

    Reference counting still frees everything; only cycle scans wait until the end.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _texts(entry: Entry) -> str:
    return "".join(
        (
            entry.title,
            entry.body,
            entry.situation,
            entry.thought,
            entry.substance,
            entry.lead_up,
            *entry.tags,
            *entry.triggers,
            *entry.warning_signs,
            *(use.name for use in entry.coping),
        )
    )


def _check(items: Iterable[ImportItem], now: datetime) -> None:
    for item in items:
        problems = item.entry.problems(now=now)
        if problems:
            raise SourceError(_("{where}: {problems}").format(where=item.where, problems=" ".join(problems)))
        try:
            _texts(item.entry).encode("utf-8")
        except UnicodeEncodeError:
            raise SourceError(
                _("{where}: the text has a broken character (a lone surrogate).").format(where=item.where)
            ) from None


def _content(path: Path, options: ImportOptions) -> tuple[Content, bool]:
    """The file's content (opened if it is an encrypted export) and whether it was encrypted."""
    data = read_bytes(path)
    if not sealed.is_sealed(data):
        return Content(data, path.name), False
    if options.format != formats.AUTO and not formats.by_name(options.format).sealable:
        raise SourceError(
            _("This is an encrypted Recovery Journal export, not a {format} file.").format(
                format=formats.by_name(options.format).shown_label
            )
        )
    return Content(sealed.unseal(data, options.passphrase), path.name), True


def prepare_import(
    db: Database,
    path: Path | str,
    options: ImportOptions = ImportOptions(),
    *,
    now: datetime | None = None,
) -> ImportPlan:
    """Read and check the whole file; say what would be added and changed. Changes nothing."""
    fmt = None if options.format == formats.AUTO else formats.by_name(options.format)
    path = Path(path)
    content, encrypted = _content(path, options)
    with _quiet_gc():
        fmt = fmt or formats.detect(content)
        try:
            reading = fmt.read(content, options)
            _check(reading.items, now or now_local())
        except (
            OverflowError,
            ValueError,
        ) as exc:  # a date at the calendar's edge (year 1, 9999) in some zone
            raise SourceError(
                _("A date in this file is outside what the journal can hold ({problem}).").format(problem=exc)
            ) from None
        del content
    items = reading.items
    seen: set[str] = set()
    unique: list[ImportItem] = []
    for item in items:
        if item.entry.uuid not in seen:
            seen.add(item.entry.uuid)
            unique.append(item)
    found = matching.compare(db, unique, fmt.fields, by_time=fmt.match_by_time, by_title=fmt.match_by_title)
    missing = matching.not_in_file(db, fmt.source, seen, (entry_id for _, entry_id in found.matched))
    found.new.sort(key=lambda item: item.entry.occurred_at)
    found.changed.sort(key=lambda change: change.item.entry.occurred_at)
    return ImportPlan(
        path.name,
        fmt.name,
        found.new,
        found.unchanged + len(items) - len(unique),
        reading.left_out,
        encrypted,
        changed=found.changed,
        notes=reading.notes,
        keep_mine=options.keep_mine,
        archive=reading.archive,
        matched=found.matched,
        not_in_file=missing,
    )


def _ticking(entries: list[Entry], progress: Progress | None, done: int, total: int) -> Iterator[Entry]:
    for number, entry in enumerate(entries, start=done + 1):
        yield entry
        report(progress, number, total)


def apply_import(
    db: Database,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> int:
    """Add the plan's new entries and update its changed ones in one transaction: all, or (on any error
    or Cancel) nothing. Returns how many entries were added."""
    fmt = formats.by_name(plan.format)
    fields = fmt.fields
    stamp = now or now_local()
    with _quiet_gc(), dbmod.write(db):
        again = matching.compare(db, plan.items, ())  # entries added since the dry run are not added twice
        todo = [item.entry for item in again.new]
        updates = plan.to_update
        total = len(todo) + len(updates)
        added = insert_many(db, _ticking(todo, progress, 0, total), now=stamp)
        updated = 0
        for number, change in enumerate(updates, start=len(todo) + 1):
            updated += matching.update(db, change, fields, now=stamp)
            report(progress, number, total)
        # each entry's id in its source, so a newer export finds it whatever changed
        matching.record(db, fmt.source, (entry.uuid for entry in todo), [*plan.matched, *again.matched])
        if plan.archive:  # a full export: the plan, recovery starts, settings… with the entries
            own_json.restore_archive(db, plan.archive)
    plan.updated = updated
    return added
