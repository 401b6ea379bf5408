"""Which entries of a file are new, which the journal has in another version, and which it has as they are.

Every imported entry is known by its id in its source (Daylio: date and
minute; jrnl: date, time and title; Day One: its uuid; this app: its uuid),
turned into a stable uuid. An entry the journal already has is *unchanged*
when the fields its source owns (``ImportFormat.fields``) read the same, and
*changed* otherwise. Updating a changed entry writes only those fields:
triggers, coping, privacy and everything else the person added here stay,
and tags are only ever added. The entry keeps its uuid; its ``updated_at``
becomes the time of the update.

The ``imported`` table (v7) remembers, for each entry an import brought in or
matched, its id in the source and the app it came from: an entry found once
by an earlier id (or by its minute) is then found by its source id, and
:func:`not_in_file` counts the entries of earlier imports that a newer file
no longer has (they stay in the journal; nothing is ever deleted).
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
    # every file entry the journal has (changed or not): (its id in the source, the journal's entry id)
    matched: list[tuple[str, int]] = dataclasses.field(default_factory=list)


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


_BY_SOURCE_ID = "SELECT i.source_id, e.id FROM imported i JOIN entries e ON e.uuid = i.entry_uuid"


def _ids(db: Database, uuids: list[str]) -> dict[str, int]:
    """uuid → entry id, for those of these uuids the journal has (as an entry's own uuid, or as
    the source id an earlier import recorded for one of its entries)."""
    found: dict[str, int] = {}
    if len(uuids) > 20_000:  # a big file: one pass over the journal's ids beats thousands of look-ups
        wanted = set(uuids)
        for query in (_BY_SOURCE_ID, "SELECT uuid, id FROM entries"):  # an entry's own uuid wins
            found.update((u, i) for u, i in db.execute(query) if u in wanted)
        return found
    for chunk in _chunks(uuids):
        marks = ", ".join("?" for _ in chunk)
        found.update(db.execute(f"{_BY_SOURCE_ID} WHERE i.source_id IN ({marks})", chunk).fetchall())
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


def _imported_at(
    db: Database, items: list[ImportItem], claimed: set[int], *, by_title: bool = False
) -> dict[int, int]:
    """Entries an earlier version imported under another id, found by kind and time (and title, when
    ``by_title``): item index → entry id.

    Only entries with an import id (a uuid5) count, never one the person wrote here (a uuid4), and
    none whose source id the journal records (those are found by it, or belong to another entry).
    """
    times = sorted({local_text(item.entry.occurred_at) for item in items})
    columns = "SELECT id, uuid, kind, occurred_at, title FROM entries"
    unrecorded = "uuid NOT IN (SELECT entry_uuid FROM imported)"
    rows: Iterable[tuple[int, str, str, str, str]]
    if len(times) > 2_000:  # many: one pass over the journal beats thousands of look-ups
        wanted = set(times)
        every = db.execute(f"{columns} WHERE {unrecorded} ORDER BY id")
        rows = (row for row in every if row[3] in wanted)
    else:
        rows = (
            row
            for chunk in _chunks(times)
            for row in db.execute(
                f"{columns} WHERE occurred_at IN ({', '.join('?' for _ in chunk)}) AND {unrecorded} ORDER BY id",
                chunk,
            )
        )

    def key(kind: str, occurred: str, title: str) -> str:
        return f"{kind} {occurred}" + (f" {title.strip()}" if by_title else "")

    found: dict[str, list[int]] = {}
    for entry_id, uuid, kind, occurred, title in rows:
        if uuid[14:15] == "5" and entry_id not in claimed:
            found.setdefault(key(kind, occurred, title), []).append(entry_id)
    out: dict[int, int] = {}
    for index, item in enumerate(items):
        entry = item.entry
        waiting = found.get(key(str(entry.kind), local_text(entry.occurred_at), entry.title))
        if waiting:
            out[index] = waiting.pop(0)
    return out


def compare(
    db: Database,
    items: list[ImportItem],
    fields: tuple[str, ...],
    *,
    by_time: bool = False,
    by_title: bool = False,
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
        earlier = _imported_at(db, new, claimed, by_title=by_title)
        matched += [(item, earlier[i]) for i, item in enumerate(new) if i in earlier]
        new = [item for i, item in enumerate(new) if i not in earlier]
    pairs = [(item.entry.uuid, entry_id) for item, entry_id in matched]
    if not fields:
        return Comparison(new, [], len(matched), pairs)
    records = _records(db, [entry_id for _, entry_id in matched])
    changed = [
        Change(item, entry_id)
        for item, entry_id in matched
        if not _same(item.entry, records[entry_id], fields)
    ]
    return Comparison(new, changed, len(matched) - len(changed), pairs)


def not_in_file(db: Database, source: str, file_ids: Iterable[str], matched: Iterable[int] = ()) -> int:
    """How many entries earlier imports from ``source`` brought in (and the journal still has) that
    this file does not hold: deleted in the source, or left out of this export. Reads only."""
    if not source:
        return 0
    ids, found = set(file_ids), set(matched)
    rows = db.execute(
        "SELECT i.source_id, e.id FROM imported i JOIN entries e ON e.uuid = i.entry_uuid WHERE i.source = ?",
        [source],
    )
    return len({entry_id for source_id, entry_id in rows if source_id not in ids and entry_id not in found})


def record(
    db: Database,
    source: str,
    added: Iterable[str],
    matched: Iterable[tuple[str, int]],
) -> None:
    """Remember each entry's id in ``source`` (inside the import's transaction): ``added`` are new
    entries (their uuid is their source id), ``matched`` are (source id, entry id) of entries the
    journal already had."""
    if not source:
        return
    db.conn.executemany(
        "INSERT OR REPLACE INTO imported (source_id, entry_uuid, source) VALUES (?, ?, ?)",
        ((uuid, uuid, source) for uuid in added),
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO imported (source_id, entry_uuid, source) "
        "SELECT ?, uuid, ? FROM entries WHERE id = ?",
        ((source_id, source, entry_id) for source_id, entry_id in matched),
    )


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
