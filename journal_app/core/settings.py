"""The person's settings: a key and a JSON value per row of the ``settings`` table."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from . import db as dbmod


def get_setting(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:  # a damaged value never stops the app; the default stands in
        return default


def set_setting(db: sqlite_utils.Database, key: str, value: Any) -> None:
    with dbmod.write(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value)],
        )
