"""Counts that describe a journal at a glance (for `recovery-journal stats`)."""

from __future__ import annotations

from typing import Any

from .db import Database
from .models import EntryKind


def journal_stats(db: Database, *, include_private: bool = True) -> dict[str, Any]:
    where = "" if include_private else "WHERE private = 0"
    by_kind = {str(kind): 0 for kind in EntryKind}
    for kind, count in db.execute(f"SELECT kind, count(*) FROM entries {where} GROUP BY kind"):
        by_kind[kind] = count
    first, last, days, private = db.execute(
        "SELECT min(local_date), max(local_date), count(DISTINCT local_date), "
        f"coalesce(sum(private), 0) FROM entries {where}"
    ).fetchone()
    return {
        "entries": sum(by_kind.values()),
        "by_kind": by_kind,
        "first_date": first,
        "last_date": last,
        "days_with_entries": days,
        "private_entries": private,
        "tags": db.execute("SELECT count(*) FROM tags").fetchone()[0],
        "triggers": db.execute("SELECT count(*) FROM triggers").fetchone()[0],
        "coping_strategies": db.execute("SELECT count(*) FROM coping_strategies").fetchone()[0],
    }
