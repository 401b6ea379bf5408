"""Entries as plain records (dicts in file order), read in bulk, and back into ``Entry``.

A record is what every exporter writes: the stored texts as they are (local
times with their offsets, exactly), numbers as numbers, yes/no as booleans,
and the linked names as lists. Reading 100,000 of them takes a handful of
queries (the entries, then each link table joined to its names), never one
query per entry.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from datetime import datetime
from typing import Any, TypeVar

from ..db import Database
from ..errors import JournalError
from ..messages import _, format_number
from ..models import HALT_FIELDS, TEXT_MAX, CopingUse, Entry, EntryKind, Medication, UrgeOutcome, parse_local
from ..query import where_clause
from .options import RECORD_FIELDS, ExportOptions, Progress, report

_BOOL_FIELDS = frozenset({"private", *HALT_FIELDS})
_OPT_BOOL_FIELDS = frozenset({"supportive_contact", "meeting"})
_COLUMNS = [name for name in RECORD_FIELDS if name not in ("triggers", "coping", "tags", "warning_signs")]
_LINK_QUERIES = {
    "triggers": "SELECT l.entry_id, n.name FROM entry_triggers l JOIN triggers n ON n.id = l.trigger_id",
    "tags": "SELECT l.entry_id, n.name FROM entry_tags l JOIN tags n ON n.id = l.tag_id",
    "coping": "SELECT l.entry_id, n.name, l.helped FROM entry_coping l "
    "JOIN coping_strategies n ON n.id = l.coping_id",
    "warning_signs": "SELECT l.entry_id, l.sign_key FROM entry_warning_signs l",
}


def count_records(db: Database, options: ExportOptions) -> int:
    where, params = where_clause(options.entry_filter())
    return int(db.execute(f"SELECT count(*) FROM entries e WHERE {where}", params).fetchone()[0])


def _links(db: Database, name: str, where: str, params: list[Any]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = defaultdict(list[Any])
    sql = (
        f"{_LINK_QUERIES[name]} WHERE l.entry_id IN (SELECT e.id FROM entries e WHERE {where}) "
        f"ORDER BY l.entry_id, 2"
    )
    if name == "coping":
        for entry_id, label, helped in db.execute(sql, params):
            found[entry_id].append({"name": label, "helped": None if helped is None else bool(helped)})
    else:
        for entry_id, label in db.execute(sql, params):
            found[entry_id].append(label)
    return found


def read_records(
    db: Database, options: ExportOptions, progress: Progress | None = None
) -> list[dict[str, Any]]:
    """Every chosen entry as a record, oldest first, with only the chosen fields."""
    fields = options.selected_fields()
    where, params = where_clause(options.entry_filter())
    total = count_records(db, options)
    links = {name: _links(db, name, where, params) for name in _LINK_QUERIES if name in fields}
    sql = (
        f"SELECT e.id, {', '.join('e.' + c for c in _COLUMNS)} FROM entries e WHERE {where} "
        "ORDER BY e.occurred_utc, e.id"
    )
    bools = [(i, name) for i, name in enumerate(_COLUMNS) if name in _BOOL_FIELDS and name in fields]
    opt_bools = [(i, name) for i, name in enumerate(_COLUMNS) if name in _OPT_BOOL_FIELDS and name in fields]
    plain = [
        (i, name)
        for i, name in enumerate(_COLUMNS)
        if name in fields and name not in _BOOL_FIELDS and name not in _OPT_BOOL_FIELDS
    ]
    link_names = [name for name in fields if name in links]
    records: list[dict[str, Any]] = []
    for done, row in enumerate(db.execute(sql, params), start=1):
        entry_id, values = row[0], row[1:]
        record = {name: values[i] for i, name in plain}
        for i, name in bools:
            record[name] = bool(values[i])
        for i, name in opt_bools:
            record[name] = None if values[i] is None else bool(values[i])
        for name in link_names:
            record[name] = links[name].get(entry_id, [])
        records.append({name: record[name] for name in fields})
        report(progress, done, total)
    return records


# -- records back into entries (the app's own JSON and CSV) -----------------------------------

E = TypeVar("E", bound=enum.Enum)
_TEXTS = ("title", "body", "situation", "thought", "substance", "lead_up")
_INTS = ("mood", "craving", "duration_minutes")


class RecordError(JournalError):
    """One record could not be read; the message says which field and why."""


def _text(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RecordError(_("the {name} should be text").format(name=name))
    if len(value) > TEXT_MAX:
        raise RecordError(
            _("the {name} is longer than {n} characters").format(name=name, n=format_number(TEXT_MAX, 0))
        )
    return value


def _number(record: dict[str, Any], name: str, kind: type) -> int | float | None:
    value = record.get(name)
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        if kind is int and isinstance(value, float):
            if not value.is_integer():
                raise RecordError(_("the {name} should be a whole number").format(name=name))
            return int(value)
        return value
    raise RecordError(_("the {name} should be a number").format(name=name))


def _flag(record: dict[str, Any], name: str, optional: bool) -> bool | None:
    value = record.get(name)
    if value is None and optional:
        return None
    if value is None:
        return False
    if not isinstance(value, bool):
        raise RecordError(_("the {name} should be true or false").format(name=name))
    return value


def _names(record: dict[str, Any], name: str) -> list[str]:
    value = record.get(name) or []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RecordError(_("the {name} should be a list of names").format(name=name))
    return value


def _coping(record: dict[str, Any]) -> list[CopingUse]:
    value = record.get("coping") or []
    uses = []
    if not isinstance(value, list):
        raise RecordError(_("the coping strategies should be a list"))
    for item in value:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("name"), str)
            and item.get("helped") in (None, True, False)
        ):
            raise RecordError(
                _("each coping strategy needs a name and whether it helped (true, false or null)")
            )
        uses.append(CopingUse(item["name"], item.get("helped")))
    return uses


def _when(record: dict[str, Any], name: str, required: bool = False) -> datetime | None:
    value = record.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise RecordError(
            _("the {name} should be a date and time like 2025-06-01T21:30:00+02:00").format(name=name)
        )
    try:
        return parse_local(value)
    except ValueError:
        raise RecordError(_("“{value}” is not a real date and time").format(value=value[:40])) from None


def _choice(record: dict[str, Any], name: str, enum_type: type[E]) -> E | None:
    value = record.get(name)
    if value in (None, ""):
        return None
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(str(item) for item in enum_type)
        raise RecordError(
            _("the {name} “{value}” should be one of: {allowed}").format(
                name=name, value=str(value)[:40], allowed=allowed
            )
        ) from None


def record_to_entry(record: object) -> Entry:
    """An entry from a record of the app's own format (missing fields are simply empty)."""
    if not isinstance(record, dict):
        raise RecordError(_("it is not an entry (expected an object with fields)"))
    uuid = record.get("uuid")
    if not isinstance(uuid, str) or not 8 <= len(uuid) <= 64:
        raise RecordError(_("it has no uuid"))
    kind = _choice(record, "kind", EntryKind)
    if kind is None:
        raise RecordError(_("it has no kind"))
    occurred_at = _when(record, "occurred_at", required=True)
    assert occurred_at is not None  # required: _when raised otherwise
    fields: dict[str, Any] = {name: _text(record, name) for name in _TEXTS}
    fields.update({name: _number(record, name, int) for name in _INTS})
    fields.update({name: bool(_flag(record, name, False)) for name in HALT_FIELDS})
    entry = Entry(
        kind=kind,
        uuid=uuid,
        occurred_at=occurred_at,
        created_at=_when(record, "created_at"),
        updated_at=_when(record, "updated_at"),
        private=bool(_flag(record, "private", False)),
        **fields,
        sleep_hours=_number(record, "sleep_hours", float),
        supportive_contact=_flag(record, "supportive_contact", True),
        meeting=_flag(record, "meeting", True),
        medication=_choice(record, "medication", Medication),
        outcome=_choice(record, "outcome", UrgeOutcome),
        triggers=_names(record, "triggers"),
        tags=_names(record, "tags"),
        warning_signs=_names(record, "warning_signs"),
        coping=_coping(record),
    )
    if entry.kind is EntryKind.NOTE and not (entry.title.strip() or entry.body.strip()):
        entry.title = _("Note (its text was not shared)")
    return entry
