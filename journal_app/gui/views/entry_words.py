"""The words the views use for entry kinds and HALT, in the language shown.

Each phrase is whole ("New check-in", "Nueva nota"), never a kind's name glued into a
sentence: a translator needs the noun's gender and the phrase's order. Context
``EntryWords`` in the Qt catalogues.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...core.models import EntryKind


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2 … replaced by ``values`` in one pass (a value holding "%2" stays as it is)."""
    return re.sub(
        r"%(\d)", lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0], text
    )


def kind_name(kind: EntryKind) -> str:
    """ "Check-in", "Urge", "Use", "Note"."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "Check-in"),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "Urge"),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "Use"),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "Note"),
    }[kind]


def kind_spoken(kind: EntryKind) -> str:
    """The kind inside a spoken sentence (lower case in English): "check-in"."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "check-in"),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "urge"),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "use"),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "note"),
    }[kind]


def kind_plural(kind: EntryKind) -> str:
    """The kind as a filter says it: "Check-ins"."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "Check-ins"),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "Urges"),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "Uses"),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "Notes"),
    }[kind]


def new_kind(kind: EntryKind) -> str:
    """The heading of a new entry and the menu's action: "New check-in"."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "New check-in"),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "New urge"),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "New use"),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "New note"),
    }[kind]


def write_new_kind(kind: EntryKind) -> str:
    """The menu action's tool tip (the shortcut is added as %1): "Write a new check-in (%1)"."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "Write a new check-in (%1)"),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "Write a new urge (%1)"),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "Write a new use (%1)"),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "Write a new note (%1)"),
    }[kind]


def editing_kind(kind: EntryKind) -> str:
    """The heading of an entry opened again: "Editing check-in"."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "Editing check-in"),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "Editing urge"),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "Editing use"),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "Editing note"),
    }[kind]


def saved_kind(kind: EntryKind) -> str:
    """The status line after a save: "Check-in saved."."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "Check-in saved."),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "Urge saved."),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "Use saved."),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "Note saved."),
    }[kind]


def undo_save_kind(kind: EntryKind, *, new: bool) -> str:
    """What Undo and Redo name a save: "Save new check-in", "Save edit to check-in"."""
    if new:
        return {
            EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "Save new check-in"),
            EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "Save new urge"),
            EntryKind.USE: QCoreApplication.translate("EntryWords", "Save new use"),
            EntryKind.NOTE: QCoreApplication.translate("EntryWords", "Save new note"),
        }[kind]
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "Save edit to check-in"),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "Save edit to urge"),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "Save edit to use"),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "Save edit to note"),
    }[kind]


def undo_delete_kind(kind: EntryKind) -> str:
    """What Undo and Redo name a deletion: "Delete check-in"."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("EntryWords", "Delete check-in"),
        EntryKind.CRAVING: QCoreApplication.translate("EntryWords", "Delete urge"),
        EntryKind.USE: QCoreApplication.translate("EntryWords", "Delete use"),
        EntryKind.NOTE: QCoreApplication.translate("EntryWords", "Delete note"),
    }[kind]


def kind_mark(kind: EntryKind) -> str:
    """The timeline's kind column: a shape (never colour alone) and the name."""
    shape = {EntryKind.CHECK_IN: "●", EntryKind.CRAVING: "◆", EntryKind.USE: "▲", EntryKind.NOTE: "■"}[kind]
    return f"{shape} {kind_name(kind)}"


def halt_name(field: str) -> str:
    """A HALT field as a person says it: "Hungry"."""
    return {
        "halt_hungry": QCoreApplication.translate("EntryWords", "Hungry"),
        "halt_angry": QCoreApplication.translate("EntryWords", "Angry"),
        "halt_lonely": QCoreApplication.translate("EntryWords", "Lonely"),
        "halt_tired": QCoreApplication.translate("EntryWords", "Tired"),
    }[field]
