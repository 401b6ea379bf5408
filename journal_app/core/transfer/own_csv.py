"""The app's own CSV: one row per entry, RFC 4180, UTF-8 (optionally with a BOM).

Columns are listed in docs/export-format.md. ``date`` and ``time`` repeat the
local day and clock time for spreadsheets and are ignored when importing.
Lists (triggers, tags, warning signs, coping) are ``; ``-separated names.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

from ..db import Database
from ..messages import _
from ..models import HALT_FIELDS
from . import bulk_sql, csvcells
from .options import RECORD_FIELDS, ExportOptions, Progress, report
from .records import RecordError, count_records, record_to_entry
from .source import ImportItem, SourceError

COPING_COLUMNS = ("coping_helped", "coping_did_not_help", "coping_not_said")
_COPING_KEYS = {True: "coping_helped", False: "coping_did_not_help", None: "coping_not_said"}
_LISTS = ("triggers", "tags", "warning_signs")
_BOOLS = frozenset({"private", *HALT_FIELDS, "supportive_contact", "meeting"})
_INTS = frozenset({"mood", "craving", "duration_minutes"})


def columns(fields: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for name in fields:
        if name == "occurred_at":
            out += ["date", "time", "occurred_at"]
        elif name == "coping":
            out += COPING_COLUMNS
        else:
            out.append(name)
    return out


ALL_COLUMNS = columns(RECORD_FIELDS)


class _Lines:
    """A file-like sink for csv.writer that collects finished text."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)


def export_chunks(
    db: Database,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    bom: bool = False,
) -> Iterator[str]:
    """The file as text pieces. SQLite prepares the cells (see bulk_sql); numbers stay numbers."""
    total = count_records(db, options)
    sink = _Lines()
    writer = csv.writer(sink, lineterminator="\r\n")
    writer.writerow(columns(options.selected_fields()))
    yield ("\ufeff" if bom else "") + "".join(sink.parts)
    sql, params = bulk_sql.csv_rows(options)
    cursor = db.execute(sql, params)
    done = 0
    while rows := cursor.fetchmany(2000):
        sink.parts.clear()
        writer.writerows(rows)
        yield "".join(sink.parts)
        done += len(rows)
        report(progress, done, total, every=1)


def looks_like(header: list[str]) -> bool:
    names = [name.strip() for name in header]
    return names[:2] == ["uuid", "kind"] and "occurred_at" in names


def _value(name: str, text: str) -> object:
    if name in _BOOLS:
        lowered = text.strip().lower()
        if lowered in ("", "yes", "no", "true", "false", "1", "0"):
            return None if lowered == "" else lowered in ("yes", "true", "1")
        raise RecordError(
            _("the {name} should be yes or no, not “{value}”").format(name=name, value=text[:20])
        )
    if name in _INTS or name == "sleep_hours":
        if not text.strip():
            return None
        try:
            number = float(text)
        except ValueError:
            raise RecordError(
                _("the {name} should be a number, not “{value}”").format(name=name, value=text[:20])
            ) from None
        return int(number) if name in _INTS and number.is_integer() else number
    if name in _LISTS:
        return csvcells.split_names(text)
    return csvcells.restore(text)


def read_items(text: str) -> list[ImportItem]:
    rows = csvcells.rows(text)
    try:
        _first_line, header = next(rows)
    except StopIteration:
        raise SourceError(_("The file is empty.")) from None
    header = [name.strip() for name in header]
    unknown = [name for name in header if name not in ALL_COLUMNS]
    if unknown or not looks_like(header):
        raise SourceError(
            _("line 1: the header is not a Recovery Journal CSV header (unknown column “{column}”).").format(
                column=(unknown or header)[0]
            )
        )
    items = []
    for line, values in rows:
        where = _("line {n}").format(n=line)
        if len(values) != len(header):
            raise SourceError(
                _("{where}: expected {n} fields but found {found}.").format(
                    where=where, n=len(header), found=len(values)
                )
            )
        try:
            cells = dict(zip(header, values, strict=True))
            record: dict[str, Any] = {}
            for name, value in cells.items():
                if name in ("date", "time") or name in COPING_COLUMNS:
                    continue
                record[name] = _value(name, value)
            if any(name in header for name in COPING_COLUMNS):
                record["coping"] = [
                    {"name": name, "helped": helped}
                    for helped, key in _COPING_KEYS.items()
                    for name in csvcells.split_names(cells.get(key, ""))
                ]
            items.append(ImportItem(record_to_entry(record), where))
        except RecordError as exc:
            raise SourceError(_("{where}: {problem}.").format(where=where, problem=exc)) from None
    if not items:
        raise SourceError(_("The file has a header but no entries."))
    return items
