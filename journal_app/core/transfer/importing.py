"""Importing a file: detect its format, read and check every entry, then add them all or none.

``prepare_import`` reads the file and compares it with the journal without
changing anything (that is the dry run and the dialog's preview);
``apply_import`` adds the new entries in one transaction. Entries already in
the journal (same uuid) are counted, never added twice.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from .. import db as dbmod
from ..entries import insert_many
from ..models import Entry, now_local
from . import daylio, dayone, jrnl, own_csv, own_json, sealed
from .csvcells import rows
from .options import Progress, report
from .source import ImportItem, ImportOptions, SourceError, decode_text, read_bytes, unzip_export

FORMATS = ("auto", "json", "csv", "daylio", "jrnl", "dayone")
FORMAT_LABELS = {
    "json": "Recovery Journal JSON",
    "csv": "Recovery Journal CSV",
    "daylio": "Daylio CSV",
    "jrnl": "jrnl JSON",
    "dayone": "Day One JSON",
}


@dataclasses.dataclass(slots=True)
class ImportPlan:
    source: str
    format: str
    items: list[ImportItem]  # entries to add, oldest first
    already_present: int = 0
    left_out: list[str] = dataclasses.field(default_factory=list)
    encrypted: bool = False

    @property
    def format_label(self) -> str:
        return FORMAT_LABELS[self.format]

    def summary(self) -> dict[str, Any]:
        kinds = Counter(str(item.entry.kind) for item in self.items)
        days = [item.entry.occurred_at.date().isoformat() for item in self.items]
        return {
            "file": self.source,
            "format": self.format,
            "encrypted": self.encrypted,
            "new": len(self.items),
            "already_present": self.already_present,
            "by_kind": dict(sorted(kinds.items())),
            "left_out": self.left_out,
            "first_date": min(days) if days else None,
            "last_date": max(days) if days else None,
        }

    def describe(self) -> str:
        """One or two calm sentences for people (the CLI and the dialog)."""
        new = len(self.items)
        text = f"{new:,} new {'entry' if new == 1 else 'entries'} from this {self.format_label} file"
        return text + self.span() + "." + self.notes()

    def span(self) -> str:
        if not self.items:
            return ""
        info = self.summary()
        return f", from {info['first_date']} to {info['last_date']}"

    def notes(self) -> str:
        """What is not added, and why (or an empty string)."""
        text, old = "", self.already_present
        if old:
            text += (
                f" {old:,} {'is' if old == 1 else 'are'} already in the journal and will be left as they are."
            )
        if self.left_out:
            text += f" {len(self.left_out)} left out: " + "; ".join(self.left_out[:3])
            text += "…" if len(self.left_out) > 3 else "."
        return text

    def preview(self, limit: int = 200) -> list[tuple[str, str, str, str]]:
        """(date and time, kind, mood, summary) of the first entries to be added."""
        return [
            (
                item.entry.occurred_at.strftime("%Y-%m-%d %H:%M"),
                item.entry.kind.label,
                f"{item.entry.mood}/10" if item.entry.mood is not None else "",
                item.entry.summary(),
            )
            for item in self.items[:limit]
        ]


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip())
        why = "it ends too soon; the file may be cut short" if cut else exc.msg.lower()
        raise SourceError(f"line {exc.lineno}: the JSON cannot be read ({why}).") from None
    except RecursionError:
        raise SourceError("The JSON is nested too deeply to be an export.") from None


def _csv_header(text: str) -> list[str]:
    try:
        return next(rows(text))[1]
    except StopIteration:
        raise SourceError("The file is empty.") from None


def detect(text: str) -> tuple[str, object]:
    """The format of a file's text (and its parsed JSON, if it is JSON), or a clear error."""
    if text.lstrip().startswith(("{", "[")):
        data = _json(text)
        for name, module in (("json", own_json), ("dayone", dayone), ("jrnl", jrnl)):
            if module.looks_like(data):
                return name, data
        raise SourceError("This JSON file is not a Recovery Journal, jrnl or Day One export.")
    header = _csv_header(text)
    if own_csv.looks_like(header):
        return "csv", None
    if daylio.looks_like(header):
        return "daylio", None
    raise SourceError(
        "line 1: this is not a file I can import. I can read Recovery Journal JSON and CSV, "
        "Daylio CSV, jrnl JSON and Day One JSON exports."
    )


def read_items(
    text: str,
    fmt: str,
    options: ImportOptions,
    data: object = None,
) -> tuple[list[ImportItem], list[str]]:
    if fmt in ("csv", "daylio"):
        return (own_csv.read_items(text) if fmt == "csv" else daylio.read_items(text, options)), []
    data = _json(text) if data is None else data
    if not isinstance(data, dict):
        raise SourceError(f"This is not a {FORMAT_LABELS[fmt]} export (expected an object with entries).")
    if fmt == "json":
        if not own_json.looks_like(data):
            raise SourceError("This JSON file is not a Recovery Journal export.")
        return own_json.read_items(data), []
    if fmt == "dayone":
        return dayone.read_items(data, options)
    return jrnl.read_items(data, options), []


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


def _existing(db: sqlite_utils.Database, uuids: list[str]) -> set[str]:
    """Which of these uuids the journal already has."""
    if len(uuids) > 20_000:  # a big file: one pass over the journal's ids beats thousands of look-ups
        wanted = set(uuids)
        return {row[0] for row in db.execute("SELECT uuid FROM entries") if row[0] in wanted}
    found: set[str] = set()
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(r[0] for r in db.execute(f"SELECT uuid FROM entries WHERE uuid IN ({marks})", chunk))
    return found


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
            raise SourceError(f"{item.where}: {' '.join(problems)}")
        try:
            _texts(item.entry).encode("utf-8")
        except UnicodeEncodeError:
            raise SourceError(f"{item.where}: the text has a broken character (a lone surrogate).") from None


def prepare_import(
    db: sqlite_utils.Database,
    path: Path | str,
    options: ImportOptions = ImportOptions(),
    *,
    now: datetime | None = None,
) -> ImportPlan:
    """Read and check the whole file; say what would be added. Changes nothing."""
    if options.format not in FORMATS:
        raise SourceError(
            f"“{options.format}” is not a format I can import; choose from {', '.join(FORMATS)}."
        )
    path = Path(path)
    data = read_bytes(path)
    if data.startswith(b"PK\x03\x04"):
        data = unzip_export(data)
    encrypted = sealed.is_sealed(data)
    if encrypted:
        if options.format not in ("auto", "json", "csv"):
            raise SourceError(
                f"This is an encrypted Recovery Journal export, not a {FORMAT_LABELS[options.format]} file."
            )
        data = sealed.unseal(data, options.passphrase)
    text = decode_text(data)
    del data  # a big file is held once, not three times (bytes, text, parsed)
    with _quiet_gc():
        fmt, parsed = detect(text) if options.format == "auto" else (options.format, None)
        if fmt not in ("csv", "daylio"):
            parsed, text = (_json(text) if parsed is None else parsed), ""
        items, left_out = read_items(text, fmt, options, parsed)
        del parsed
    _check(items, now or now_local())
    seen: set[str] = set()
    fresh: list[ImportItem] = []
    for item in items:
        if item.entry.uuid not in seen:
            seen.add(item.entry.uuid)
            fresh.append(item)
    existing = _existing(db, [item.entry.uuid for item in fresh])
    fresh = [item for item in fresh if item.entry.uuid not in existing]
    fresh.sort(key=lambda item: item.entry.occurred_at)
    return ImportPlan(path.name, fmt, fresh, len(items) - len(fresh), left_out, encrypted)


def _ticking(entries: list[Entry], progress: Progress | None) -> Iterator[Entry]:
    total = len(entries)
    for done, entry in enumerate(entries, start=1):
        yield entry
        report(progress, done, total)


def apply_import(
    db: sqlite_utils.Database,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> int:
    """Add the plan's new entries in one transaction: all of them, or (on any error or Cancel) none."""
    with _quiet_gc(), dbmod.write(db):
        existing = _existing(db, [item.entry.uuid for item in plan.items])
        todo = [item.entry for item in plan.items if item.entry.uuid not in existing]
        return insert_many(db, _ticking(todo, progress), now=now)
