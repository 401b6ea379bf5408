"""Finding entries: filters, newest-first pages for the timeline, and full-text search.

Pages are read with a keyset (the last row's time and id), so the timeline
can scroll through 100,000 entries reading only what is on screen, and only
the first few hundred characters of each body.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

from .db import Database
from .models import EntryKind

SNIPPET_CHARS = 160
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclasses.dataclass(frozen=True, slots=True)
class EntryFilter:
    """What the timeline, a search or an export is looking at."""

    kinds: frozenset[EntryKind] = frozenset()  # empty: every kind
    tag: str | None = None
    date_from: date | None = None  # inclusive, local calendar day
    date_to: date | None = None  # inclusive
    text: str = ""
    include_private: bool = True


@dataclasses.dataclass(frozen=True, slots=True)
class EntryRow:
    """One line of the timeline: enough to show it, not the whole entry."""

    id: int
    uuid: str
    kind: EntryKind
    occurred_at: str
    occurred_utc: str
    title: str
    snippet: str
    mood: int | None
    craving: int | None
    private: bool
    time_key: int = 0  # sorts like (occurred_utc, id); the keyset for the next page

    @property
    def summary(self) -> str:
        if self.title:
            return self.title
        text = " ".join(self.snippet.split())
        return text[:80] + ("…" if len(text) > 80 else "")

    def as_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["kind"] = str(self.kind)
        return data


def fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word, as a prefix.

    "crav mor" finds entries with a word starting "crav" and one starting "mor".
    Quotes and operators are not passed through, so no input is a syntax error.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def where_clause(filt: EntryFilter) -> tuple[str, list[object]]:
    """The SQL ``WHERE`` condition (over ``entries e``) and its parameters for ``filt``.

    Exports, the report and the timeline select the same entries through it.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if filt.kinds:
        clauses.append(f"e.kind IN ({', '.join('?' for _ in filt.kinds)})")
        params.extend(sorted(str(kind) for kind in filt.kinds))
    if filt.tag:
        clauses.append(
            "e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = ?)"
        )
        params.append(filt.tag)
    if filt.date_from:
        clauses.append("e.local_date >= ?")
        params.append(filt.date_from.isoformat())
    if filt.date_to:
        clauses.append("e.local_date <= ?")
        params.append(filt.date_to.isoformat())
    if not filt.include_private:
        clauses.append("e.private = 0")
    return (" AND ".join(clauses) or "1"), params


_COLUMNS = (
    "e.id, e.uuid, e.kind, e.occurred_at, e.occurred_utc, e.title, "
    "substr(CASE WHEN e.body != '' THEN e.body WHEN e.situation != '' THEN e.situation "
    f"ELSE e.substance END, 1, {SNIPPET_CHARS}), e.mood, e.craving, e.private, e.time_key"
)


def _to_row(values: tuple[Any, ...]) -> EntryRow:
    return EntryRow(
        id=values[0],
        uuid=values[1],
        kind=EntryKind(values[2]),
        occurred_at=values[3],
        occurred_utc=values[4],
        title=values[5],
        snippet=values[6],
        mood=values[7],
        craving=values[8],
        private=bool(values[9]),
        time_key=values[10],
    )


MAX_LIMIT = 2**62  # more rows than any journal holds, and still an SQLite integer


def list_rows(
    db: Database,
    filt: EntryFilter = EntryFilter(),
    *,
    limit: int = 200,
    after: EntryRow | None = None,
) -> list[EntryRow]:
    """The newest entries matching ``filt``; pass the last row seen as ``after`` for the next page."""
    limit = max(0, min(int(limit), MAX_LIMIT))  # any size asked for is a size SQLite can take
    where, params = where_clause(filt)
    if after is not None:
        where += " AND e.time_key < ?"
        params.append(after.time_key)
    match = fts_query(filt.text)
    if match:
        # Walk the full-text index newest first (it is keyed by time_key) and
        # stop at `limit`: no ranking or sorting of every match.
        source = "entries_fts f CROSS JOIN entries e ON e.time_key = f.rowid"
        where = f"entries_fts MATCH ? AND {where}"
        params.insert(0, match)
        order = "f.rowid"
    else:
        source, order = "entries e", "e.time_key"
    sql = f"SELECT {_COLUMNS} FROM {source} WHERE {where} ORDER BY {order} DESC LIMIT ?"
    return [_to_row(values) for values in db.execute(sql, [*params, limit])]


def count_rows(db: Database, filt: EntryFilter = EntryFilter()) -> int:
    where, params = where_clause(filt)
    match = fts_query(filt.text)
    if match:
        where += " AND e.time_key IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"
        params.append(match)
    return int(db.execute(f"SELECT count(*) FROM entries e WHERE {where}", params).fetchone()[0])


def search(db: Database, text: str, *, limit: int = 50, include_private: bool = True) -> list[EntryRow]:
    """The newest ``limit`` entries whose title or text has every word typed (as prefixes)."""
    if fts_query(text) is None:
        return []
    return list_rows(db, EntryFilter(text=text, include_private=include_private), limit=limit)
