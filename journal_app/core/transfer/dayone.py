"""Day One's JSON export: ``{"metadata": {...}, "entries": [{uuid, creationDate, timeZone, text, ...}]}``.

``creationDate`` is UTC; it becomes the entry's local wall time in its own
``timeZone`` (through zoneinfo), so a trip abroad stays on the days it
happened there. A first line starting with ``#`` becomes the title. Entries
with no text (only photos or audio) are left out and listed.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..models import Entry, EntryKind
from .source import ImportItem, ImportOptions, SourceError, consume, fit_title, stable_uuid


def looks_like(data: object) -> bool:
    return isinstance(data, dict) and "metadata" in data and isinstance(data.get("entries"), list)


def _utc(value: object, where: str, name: str) -> datetime:
    if not isinstance(value, str):
        raise SourceError(f"{where}: the {name} is missing.")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SourceError(f"{where}: “{value[:40]}” is not a real date and time.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _zone(name: object, fallback: tzinfo | None, where: str) -> tzinfo | None:
    if not name:
        return fallback
    try:
        if not isinstance(name, str) or len(name) > 64:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise SourceError(
            f"{where}: the time zone “{str(name)[:40]}” is not one this computer knows."
        ) from None


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return (moment.astimezone(zone) if zone is not None else moment.astimezone()).replace(microsecond=0)


def _split_title(text: str) -> tuple[str, str]:
    first, _, rest = text.strip().partition("\n")
    if first.startswith("#"):
        return fit_title(first.lstrip("#").strip(), rest.strip("\n"))
    return "", text.strip()


def _uuid(raw: dict[str, Any], text: str, created: str) -> str:
    value = raw.get("uuid")
    if isinstance(value, str):
        try:
            return str(uuid_mod.UUID(value))
        except ValueError:
            pass
    return stable_uuid("dayone", str(value), created, text)


def read_items(data: dict[str, Any], options: ImportOptions) -> tuple[list[ImportItem], list[str]]:
    """The entries, and a line for each entry left out (and why)."""
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise SourceError("The file has no list of entries.")
    items, left_out = [], []
    for number, raw in consume(entries):
        where = f"entry {number}"
        if not isinstance(raw, dict):
            raise SourceError(
                f"{where}: it is not an entry (expected an object with uuid, creationDate and text)."
            )
        text = raw.get("text") or ""
        if not isinstance(text, str):
            raise SourceError(f"{where}: the text should be text.")
        zone = _zone(raw.get("timeZone"), options.zone, where)
        created = _utc(raw.get("creationDate"), where, "creationDate")
        modified = _utc(raw["modifiedDate"], where, "modifiedDate") if raw.get("modifiedDate") else created
        if not text.strip():
            left_out.append(f"{where} ({_local(created, zone):%Y-%m-%d}) has no text, only photos or audio")
            continue
        title, body = _split_title(text)
        tags = raw.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise SourceError(f"{where}: the tags should be a list of words.")
        if raw.get("starred") is True:
            tags = [*tags, "starred"]
        local = _local(created, zone)
        entry = Entry(
            kind=EntryKind.NOTE,
            occurred_at=local,
            title=title,
            body=body,
            tags=tags,
            created_at=local,
            updated_at=max(_local(modified, zone), local),
            uuid=_uuid(raw, text, str(raw.get("creationDate"))),
        )
        items.append(ImportItem(entry, where))
    if not items and not left_out:
        raise SourceError("The file has no entries.")
    return items, left_out
