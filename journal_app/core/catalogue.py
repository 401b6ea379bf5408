"""Triggers, coping strategies and tags: the built-in catalogue plus the person's own."""

from __future__ import annotations

import sqlite_utils

from . import db as dbmod
from .content import CatalogueItem, load_catalogue


def install_catalogue(db: sqlite_utils.Database) -> None:
    """Add built-in triggers and coping strategies that are not in the journal yet.

    A person's own item with the same name keeps its row; it just gains the
    built-in key, so nothing they linked to it changes.
    """
    catalogue = load_catalogue()
    keys = [item.key for item in catalogue.triggers + catalogue.coping]
    marks = ", ".join("?" for _ in keys)
    present = db.execute(
        f"SELECT (SELECT count(*) FROM triggers WHERE seed_key IN ({marks})) + "
        f"(SELECT count(*) FROM coping_strategies WHERE seed_key IN ({marks}))", keys + keys
    ).fetchone()[0]
    if present == len(keys):
        return  # all there: no write, so opening a journal to read it writes nothing
    with dbmod.write(db):
        for table, items in (("triggers", catalogue.triggers), ("coping_strategies", catalogue.coping)):
            _install(db, table, items)


def _install(db: sqlite_utils.Database, table: str, items: list[CatalogueItem]) -> None:
    for item in items:
        if db.execute(f"SELECT 1 FROM {table} WHERE seed_key = ?", [item.key]).fetchone():
            continue
        existing = db.execute(f"SELECT id FROM {table} WHERE name = ?", [item.name]).fetchone()
        if existing:
            db.execute(
                f"UPDATE {table} SET seed_key = ?, builtin = 1, category = ? WHERE id = ?",
                [item.key, item.category, existing[0]],
            )
        else:
            db.execute(
                f"INSERT INTO {table} (name, category, builtin, seed_key) VALUES (?, ?, 1, ?)",
                [item.name, item.category, item.key],
            )


def _names(db: sqlite_utils.Database, table: str) -> list[str]:
    return [row[0] for row in db.execute(f"SELECT name FROM {table} ORDER BY name COLLATE NOCASE")]


def trigger_names(db: sqlite_utils.Database) -> list[str]:
    return _names(db, "triggers")


def coping_names(db: sqlite_utils.Database) -> list[str]:
    return _names(db, "coping_strategies")


def tag_names(db: sqlite_utils.Database) -> list[str]:
    return _names(db, "tags")


def substances(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute(
        "SELECT DISTINCT substance FROM entries WHERE kind = 'use' AND substance != '' "
        "UNION SELECT substance FROM recovery_starts ORDER BY 1"
    )
    return [row[0] for row in rows]
