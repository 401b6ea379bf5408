"""Everything a journal holds besides its entries, for a full JSON export ("Everything").

An export of everything carries, beside the entries, an ``archive`` object:
the person's own triggers and coping (with the kinds given to own triggers),
tags, recovery starts, questionnaire results, medications (a private dose only with private
entries included), the prevention plan (responses, support contacts,
reasons and past signs, crisis numbers), life events, therapy sessions, the
safety notices shown, the settings that belong to the journal, and which
entries came from another app (their ids there, never text). Importing
it into an empty journal gives the same journal; into one that already has
some of it, nothing already there is changed or added twice.
"""

from __future__ import annotations

import json
from typing import Any

from ..db import Database
from ..messages import _

# table -> the columns carried (ids are never carried: links go by name or uuid)
_PLAIN: dict[str, tuple[str, ...]] = {
    "recovery_starts": ("substance", "started_on", "note"),
    "support_contacts": ("name", "role", "phone", "position"),
    "plan_items": ("section", "text", "position"),
    "crisis_numbers": ("label", "number", "country", "position"),
    "life_events": ("uuid", "occurred_on", "label", "note"),
    "therapy_sessions": ("uuid", "held_at", "note"),
    "questionnaire_results": (
        "uuid",
        "instrument",
        "taken_at",
        "local_date",
        "answers",
        "scores",
        "needs_help",
        "private",
        "updated_at",
    ),
    "medications": (
        "uuid",
        "name",
        "prescriber",
        "schedule",
        "dose",
        "dose_private",
        "next_dose",
        "next_injection",
        "next_clinic",
        "updated_at",
    ),
}
_OWN = ", ".join(("name", "category"))  # the person's own triggers and coping: by name, with their kind
TABLES = (
    *_PLAIN,
    "triggers",
    "coping_strategies",
    "tags",
    "plan_responses",
    "safety_notices",
    "settings",
    "imported",
)


def archive_of(db: Database, *, include_private: bool = True) -> dict[str, Any]:
    """Everything but the entries, as plain JSON values (a safety notice names its entry only if
    that entry is exported too)."""
    found: dict[str, Any] = {}
    utils = db.utils
    for table, columns in _PLAIN.items():
        private = "private = 0" if "private" in columns and not include_private else None
        found[table] = list(utils.table(table).rows_where(private, select=", ".join(columns), order_by="id"))
    if not include_private:  # a dose kept private stays out unless private things are included
        for row in found["medications"]:
            if row["dose_private"]:
                row["dose"] = ""
    for key, table in (("own_triggers", "triggers"), ("own_coping", "coping_strategies")):
        found[key] = list(utils.table(table).rows_where("builtin = 0", select=_OWN, order_by="name"))
    found["tags"] = [row[0] for row in db.execute("SELECT name FROM tags ORDER BY name")]
    found["plan_responses"] = list(
        db.query(
            "SELECT t.name AS trigger, r.response FROM plan_responses r JOIN triggers t ON t.id = r.trigger_id"
            " ORDER BY r.id"
        )
    )
    found["safety_notices"] = list(
        db.query(
            "SELECT e.uuid AS entry, s.kind, s.shown_at FROM safety_notices s LEFT JOIN entries e ON e.id = s.entry_id"
            + ("" if include_private else " AND e.private = 0")
            + " ORDER BY s.id"
        )
    )
    found["settings"] = {
        key: json.loads(value) for key, value in db.execute("SELECT key, value FROM settings")
    }
    found["imported"] = list(
        db.query(
            "SELECT i.source_id, i.entry_uuid, i.source FROM imported i JOIN entries e ON e.uuid = i.entry_uuid"
            + ("" if include_private else " WHERE e.private = 0")
            + " ORDER BY i.source_id"
        )
    )
    return found


def _present(db: Database, table: str, row: dict[str, Any]) -> bool:
    where = " AND ".join(f"{column} IS ?" for column in row)
    return (
        db.execute(f"SELECT 1 FROM {table} WHERE {where} LIMIT 1", list(row.values())).fetchone() is not None
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


_SCALAR = (str, int, float, type(None))


def check_archive(found: object) -> dict[str, Any]:
    """The archive as read from a file, checked for shape (values a table can hold); raises SourceError."""
    from .source import SourceError

    if not isinstance(found, dict):
        raise SourceError(_("The file's archive is not an object; nothing was added."))
    for key, rows in found.items():
        if key == "settings":
            if not isinstance(rows, dict):
                raise SourceError(
                    _("The file's archive has settings that are not an object; nothing was added.")
                )
            continue
        if not isinstance(rows, list) or not all(
            isinstance(row, str)
            if key == "tags"
            else isinstance(row, dict) and all(isinstance(v, _SCALAR) for v in row.values())
            for row in rows
        ):
            raise SourceError(
                _("The file's archive has a damaged “{name}” list; nothing was added.").format(name=key)
            )
    return found


def restore_archive(db: Database, found: dict[str, Any]) -> None:
    """Add what ``found`` (checked by :func:`check_archive`) holds and the journal does not, inside
    the import's transaction; a row the journal refuses (a value out of range) stops the import."""
    utils = db.utils
    for table, columns in _PLAIN.items():
        for row in found.get(table) or []:
            values = {column: row.get(column) for column in columns if column in row}
            same = (
                {"uuid": values["uuid"]} if "uuid" in values else values
            )  # an edited event is the same event
            if values and not _present(db, table, same):
                # one row at a time: a row leaving a column out gets the column's default, and a
                # row given twice in the file is found present the second time
                utils.table(table).insert(values)
    for key, table in (("own_triggers", "triggers"), ("own_coping", "coping_strategies")):
        for row in found.get(key) or []:
            name, category = _text(row.get("name")), _text(row.get("category"))
            if not name:
                continue
            db.execute(f"INSERT OR IGNORE INTO {table} (name, category) VALUES (?, ?)", [name, category])
            db.execute(f"UPDATE {table} SET category = ? WHERE name = ? AND category = ''", [category, name])
    for name in found.get("tags") or []:
        if isinstance(name, str) and name:
            db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", [name])
    for row in found.get("plan_responses") or []:
        db.execute(
            "INSERT OR IGNORE INTO plan_responses (trigger_id, response)"
            " SELECT id, ? FROM triggers WHERE name = ?",
            [_text(row.get("response")), _text(row.get("trigger"))],
        )
    for row in found.get("safety_notices") or []:
        entry = db.execute("SELECT id FROM entries WHERE uuid = ?", [row.get("entry")]).fetchone()
        values = {
            "entry_id": entry[0] if entry else None,
            "kind": _text(row.get("kind")),
            "shown_at": row.get("shown_at"),
        }
        if (
            values["kind"]
            and isinstance(values["shown_at"], str)
            and not _present(db, "safety_notices", values)
        ):
            db.execute(
                "INSERT INTO safety_notices (entry_id, kind, shown_at) VALUES (?, ?, ?)",
                list(values.values()),
            )
    for row in found.get("imported") or []:
        ids = [_text(row.get(column)) for column in ("source_id", "entry_uuid", "source")]
        if all(ids):
            db.execute("INSERT OR IGNORE INTO imported (source_id, entry_uuid, source) VALUES (?, ?, ?)", ids)
    settings = found.get("settings")
    if isinstance(settings, dict):
        for key, value in settings.items():
            db.execute(
                "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", [str(key), json.dumps(value)]
            )
