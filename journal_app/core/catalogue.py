"""Triggers, coping strategies and tags: the built-in catalogue plus the person's own."""

from __future__ import annotations

import dataclasses
import functools

from . import db as dbmod
from . import messages
from .content import CatalogueItem, load_catalogue, load_toml, load_toml_in
from .db import Database
from .errors import JournalError
from .messages import _

# The kinds a person may give their own triggers: the catalogue categories the
# warning-sign detectors count (insights/triggers.py), in plain words. "" is none.
OWN_TRIGGER_CATEGORIES: dict[str, str] = {
    "": "(none)",
    "old_places": "Places or things from using",
    "old_people": "People from using",
    "money": "Money worries, debt or borrowing",
    "cash": "Cash on hand or payday",
}

# The plan's trigger for "what I will do next time" when a lapse review names none (core/lapse).
# Kept in English whatever the language; display_name shows it in the language in use.
AFTER_A_LAPSE = "After a lapse"


@dataclasses.dataclass(frozen=True, slots=True)
class OwnTrigger:
    """A trigger the person named themselves, and the kind they gave it ("" for none)."""

    name: str
    category: str = ""


@functools.cache
def _display_names(language: str) -> dict[str, str]:
    english, translated = load_toml("catalogue.toml"), load_toml_in("catalogue.toml", language)
    names: dict[str, str] = {}
    for table in ("trigger", "coping"):
        for source, shown in zip(english.get(table, []), translated.get(table, []), strict=True):
            if source["name"] != shown["name"]:
                names[source["name"]] = shown["name"]
    return names


def display_name(name: str) -> str:
    """A trigger's or coping strategy's name as shown: a built-in one in the language in use
    ("Stress" → "Estrés"), the person's own as they wrote it. The journal keeps ``name``.
    :data:`AFTER_A_LAPSE` is recognised in every language (a plan saved while Spanish was shown)."""
    if name in messages.in_every_language(AFTER_A_LAPSE):
        return _("After a lapse")
    return _display_names(messages.language()).get(name, name)


def own_trigger_categories() -> dict[str, str]:
    """:data:`OWN_TRIGGER_CATEGORIES` in the language in use."""
    return {
        "": _("(none)"),
        "old_places": _("Places or things from using"),
        "old_people": _("People from using"),
        "money": _("Money worries, debt or borrowing"),
        "cash": _("Cash on hand or payday"),
    }


def install_catalogue(db: Database) -> None:
    """Add built-in triggers and coping strategies that are not in the journal yet.

    A person's own item with the same name keeps its row; it just gains the
    built-in key, so nothing they linked to it changes.
    """
    catalogue = load_catalogue()
    keys = [item.key for item in catalogue.triggers + catalogue.coping]
    marks = ", ".join("?" for _ in keys)
    present = db.execute(
        f"SELECT (SELECT count(*) FROM triggers WHERE seed_key IN ({marks})) + "
        f"(SELECT count(*) FROM coping_strategies WHERE seed_key IN ({marks}))",
        keys + keys,
    ).fetchone()[0]
    if present == len(keys):
        return  # all there: no write, so opening a journal to read it writes nothing
    with dbmod.write(db):
        for table, items in (("triggers", catalogue.triggers), ("coping_strategies", catalogue.coping)):
            _install(db, table, items)


def _install(db: Database, table: str, items: list[CatalogueItem]) -> None:
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


def _names(db: Database, table: str) -> list[str]:
    return [row[0] for row in db.execute(f"SELECT name FROM {table} ORDER BY name COLLATE NOCASE")]


def trigger_names(db: Database) -> list[str]:
    return _names(db, "triggers")


def own_triggers(db: Database) -> list[OwnTrigger]:
    """The person's own triggers (not the built-in ones), by name, with their kinds."""
    return [
        OwnTrigger(name, category)
        for name, category in db.execute(
            "SELECT name, category FROM triggers WHERE builtin = 0 ORDER BY name COLLATE NOCASE"
        )
    ]


def set_trigger_category(db: Database, name: str, category: str) -> OwnTrigger:
    """Give one of the person's own triggers a kind (``""`` takes it away), in one transaction.

    Only the kinds in ``OWN_TRIGGER_CATEGORIES``; built-in triggers keep theirs.
    """
    name = " ".join(name.split())
    if category not in OWN_TRIGGER_CATEGORIES:
        raise JournalError(_("That kind of trigger is not one the journal knows; nothing was changed."))
    with dbmod.write(db):
        row = db.execute("SELECT id, name, builtin FROM triggers WHERE name = ?", [name]).fetchone()
        if row is None:
            raise JournalError(
                _("There is no trigger called “{name}” in this journal yet.").format(name=name)
            )
        trigger_id, stored_name, builtin = row
        if builtin:
            raise JournalError(
                _("“{name}” is one of the built-in triggers and keeps its own kind.").format(
                    name=display_name(stored_name)
                )
            )
        db.execute("UPDATE triggers SET category = ? WHERE id = ?", [category, trigger_id])
    return OwnTrigger(stored_name, category)


def coping_names(db: Database) -> list[str]:
    return _names(db, "coping_strategies")


def tag_names(db: Database) -> list[str]:
    return _names(db, "tags")


def substances(db: Database) -> list[str]:
    rows = db.execute(
        "SELECT DISTINCT substance FROM entries WHERE kind = 'use' AND substance != '' "
        "UNION SELECT substance FROM recovery_starts ORDER BY 1"
    )
    return [row[0] for row in rows]
