"""Which entries of a file are new, which the journal has in another version, and which it has as they are.

Every imported entry is known by its id in its source (Daylio: date and
minute; jrnl: date, time and title; Day One: its uuid; this app: its uuid),
turned into a stable uuid. An entry the journal already has is *unchanged*
when the fields its source owns (``ImportFormat.fields``) read the same, and
*changed* otherwise. Updating a changed entry writes only those fields:
triggers, coping, privacy and everything else the person added here stay,
and tags are only ever added. The entry keeps its uuid; its ``updated_at``
becomes the time of the update.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ..db import Database
from ..entries import get_entry, save_entry
from ..models import Entry, local_text
from .source import ImportItem

_CHUNK = 500


@dataclasses.dataclass(slots=True)
class Change:
    """A file's entry that the journal has in another version."""

    item: ImportItem
    entry_id: int  # the journal's entry (found by the item's uuid or an earlier id)


@dataclasses.dataclass(slots=True)
class Comparison:
    new: list[ImportItem]
    changed: list[Change]
    unchanged: int


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _ids(db: Database, uuids: list[str]) -> dict[str, int]:
    """uuid → entry id, for those of these uuids the journal has."""
    if len(uuids) > 20_000:  # a big file: one pass over the journal's ids beats thousands of look-ups
        wanted = set(uuids)
        return {u: i for u, i in db.execute("SELECT uuid, id FROM entries") if u in wanted}
    found: dict[str, int] = {}
    for chunk in _chunks(uuids):
        marks = ", ".join("?" for _ in chunk)
        found.update(db.execute(f"SELECT uuid, id FROM entries WHERE uuid IN ({marks})", chunk).fetchall())
    return found


def _records(db: Database, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The fields an import may own, for these entries: id → {occurred_at, mood, title, body, tags}."""
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(
            f"SELECT id, occurred_at, mood, title, body FROM entries WHERE id IN ({marks})", chunk
        ):
            out[row[0]] = {
                "occurred_at": row[1],
                "mood": row[2],
                "title": row[3],
                "body": row[4],
                "tags": set(),
            }
        for entry_id, name in db.execute(
            "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            f"WHERE et.entry_id IN ({marks})",
            chunk,
        ):
            out[entry_id]["tags"].add(name.casefold())
    return out


def _same(entry: Entry, record: dict[str, Any], fields: tuple[str, ...]) -> bool:
    for name in fields:
        if name == "tags":
            if not {tag.strip().casefold() for tag in entry.tags} <= record["tags"]:
                return False
        elif name == "occurred_at":
            if local_text(entry.occurred_at) != record["occurred_at"]:
                return False
        elif name == "title":
            if entry.title.strip() != record["title"]:
                return False
        elif getattr(entry, name) != record[name]:
            return False
    return True


def _imported_at(db: Database, items: list[ImportItem], claimed: set[int]) -> dict[int, int]:
    """Entries an earlier version imported under another id, found by kind and time: item index → entry id.

    Only entries with an import id (a uuid5) count, never one the person wrote here (a uuid4).
    """
    times = sorted({local_text(item.entry.occurred_at) for item in items})
    rows: Iterable[tuple[int, str, str, str]]
    if len(times) > 2_000:  # many: one pass over the journal beats thousands of look-ups
        wanted = set(times)
        every = db.execute("SELECT id, uuid, kind, occurred_at FROM entries ORDER BY id")
        rows = (row for row in every if row[3] in wanted)
    else:
        rows = (
            row
            for chunk in _chunks(times)
            for row in db.execute(
                "SELECT id, uuid, kind, occurred_at FROM entries "
                f"WHERE occurred_at IN ({', '.join('?' for _ in chunk)}) ORDER BY id",
                chunk,
            )
        )
    found: dict[str, list[int]] = {}
    for entry_id, uuid, kind, occurred in rows:
        if uuid[14:15] == "5" and entry_id not in claimed:
            found.setdefault(f"{kind} {occurred}", []).append(entry_id)
    out: dict[int, int] = {}
    for index, item in enumerate(items):
        waiting = found.get(f"{item.entry.kind} {local_text(item.entry.occurred_at)}")
        if waiting:
            out[index] = waiting.pop(0)
    return out


def compare(
    db: Database, items: list[ImportItem], fields: tuple[str, ...], *, by_time: bool = False
) -> Comparison:
    """Sort the file's entries into new, changed and unchanged (reads only)."""
    if not db.execute("SELECT EXISTS (SELECT 1 FROM entries)").fetchone()[0]:
        return Comparison(list(items), [], 0)  # an empty journal: everything is new
    known = _ids(db, [item.entry.uuid for item in items])
    # earlier ids only for entries not found by their own (worked out once, only when needed)
    aliases = {
        i: item.aliases for i, item in enumerate(items) if item.earlier and item.entry.uuid not in known
    }
    known.update(_ids(db, [alias for found in aliases.values() for alias in found]))
    new: list[ImportItem] = []
    matched: list[tuple[ImportItem, int]] = []
    claimed: set[int] = set()
    for index, item in enumerate(items):
        ids = (item.entry.uuid, *aliases.get(index, ()))
        entry_id = next((known[u] for u in ids if u in known and known[u] not in claimed), None)
        if entry_id is None:
            new.append(item)
        else:
            claimed.add(entry_id)
            matched.append((item, entry_id))
    if by_time and new:
        earlier = _imported_at(db, new, claimed)
        matched += [(item, earlier[i]) for i, item in enumerate(new) if i in earlier]
        new = [item for i, item in enumerate(new) if i not in earlier]
    if not fields:
        return Comparison(new, [], len(matched))
    records = _records(db, [entry_id for _, entry_id in matched])
    changed = [
        Change(item, entry_id)
        for item, entry_id in matched
        if not _same(item.entry, records[entry_id], fields)
    ]
    return Comparison(new, changed, len(matched) - len(changed))


def update(db: Database, change: Change, fields: tuple[str, ...], *, now: datetime | None = None) -> bool:
    """Write the file's version of the fields its source owns into the journal's entry (inside a transaction).

    False if the entry is no longer there (deleted since the dry run).
    """
    entry = get_entry(db, change.entry_id)
    if entry is None:
        return False
    source = change.item.entry
    for name in fields:
        if name == "tags":
            have = {tag.casefold() for tag in entry.tags}
            entry.tags = [*entry.tags, *(tag for tag in source.tags if tag.strip().casefold() not in have)]
        else:
            setattr(entry, name, getattr(source, name))
    save_entry(db, entry, now=now)
    return True
