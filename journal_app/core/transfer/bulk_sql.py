"""SQL that lets SQLite itself build export rows, so 100,000 entries are written in about a second.

Each exported entry is one row of one query: JSON records come out of
``json_object`` ready to write, CSV cells come out neutralised and joined.
Linked names (triggers, coping, tags, warning signs) are correlated
sub-selects aggregated with ``ORDER BY`` (SQLite 3.44+), in the same order
as :func:`records.read_records`, which stays the reference the tests compare with.
"""

from __future__ import annotations

from typing import Any

from ..query import where_clause
from .options import ExportOptions

_BOOLS = frozenset({"private", "halt_hungry", "halt_angry", "halt_lonely", "halt_tired"})
_OPT_BOOLS = frozenset({"supportive_contact", "meeting"})
_TEXTS = frozenset(
    {
        "uuid",
        "kind",
        "occurred_at",
        "created_at",
        "updated_at",
        "title",
        "body",
        "medication",
        "situation",
        "thought",
        "outcome",
        "substance",
        "lead_up",
    }
)
_NAME_LINKS = {
    "triggers": ("n.name", "entry_triggers l JOIN triggers n ON n.id = l.trigger_id"),
    "tags": ("n.name", "entry_tags l JOIN tags n ON n.id = l.tag_id"),
    "warning_signs": ("l.sign_key", "entry_warning_signs l"),
}
_COPING_FROM = "entry_coping l JOIN coping_strategies n ON n.id = l.coping_id"
_FORMULA = "('=', '+', '-', '@', char(9), char(13), '''')"


def _json_flag(column: str, optional: bool) -> str:
    null = f"WHEN e.{column} IS NULL THEN 'null' " if optional else ""
    return f"json(CASE {null}WHEN e.{column} THEN 'true' ELSE 'false' END)"


def _json_value(name: str) -> str:
    if name in _BOOLS or name in _OPT_BOOLS:
        return _json_flag(name, name in _OPT_BOOLS)
    if name in _NAME_LINKS:
        value, source = _NAME_LINKS[name]
        return (
            f"json((SELECT json_group_array({value} ORDER BY {value}) FROM {source} WHERE l.entry_id = e.id))"
        )
    if name == "coping":
        helped = "json(CASE WHEN l.helped IS NULL THEN 'null' WHEN l.helped THEN 'true' ELSE 'false' END)"
        return (
            f"json((SELECT json_group_array(json_object('name', n.name, 'helped', {helped}) "
            f"ORDER BY n.name) FROM {_COPING_FROM} WHERE l.entry_id = e.id))"
        )
    return f"e.{name}"


def json_records(options: ExportOptions) -> tuple[str, list[Any]]:
    """One column per row: the entry as JSON text, fields in file order, oldest entry first."""
    where, params = where_clause(options.entry_filter())
    pairs = ", ".join(f"'{name}', {_json_value(name)}" for name in options.selected_fields())
    return (f"SELECT json_object({pairs}) FROM entries e WHERE {where} ORDER BY e.occurred_utc, e.id", params)


def _neutral(text: str) -> str:
    """The OWASP apostrophe, in SQL: see csvcells.neutralise (the two must agree).

    ``text`` must be cheap (a column or a name), as it appears three times.
    """
    return f"CASE WHEN substr({text}, 1, 1) IN {_FORMULA} THEN '''' || {text} ELSE {text} END"


def _joined(value: str, source: str, where: str = "") -> str:
    """``; ``-joined names, each escaped and neutralised on its own (see csvcells.join_names)."""
    escaped = _neutral(f"replace(replace({value}, '\\', '\\\\'), ';', '\\;')")
    return (
        f"coalesce((SELECT group_concat({escaped}, '; ' ORDER BY {value}) FROM {source} "
        f"WHERE l.entry_id = e.id{where}), '')"
    )


def _csv_cells(name: str) -> list[str]:
    if name == "occurred_at":
        return ["substr(e.occurred_at, 1, 10)", "substr(e.occurred_at, 12, 5)", _neutral("e.occurred_at")]
    if name in _BOOLS or name in _OPT_BOOLS:
        return [f"CASE WHEN e.{name} IS NULL THEN NULL WHEN e.{name} THEN 'yes' ELSE 'no' END"]
    if name in _NAME_LINKS:
        return [_joined(*_NAME_LINKS[name])]
    if name == "coping":
        return [_joined("n.name", _COPING_FROM, f" AND l.helped IS {test}") for test in ("1", "0", "NULL")]
    if name in _TEXTS:
        return [_neutral(f"e.{name}")]
    return [f"e.{name}"]


def csv_rows(options: ExportOptions) -> tuple[str, list[Any]]:
    """The CSV cells of every chosen entry, neutralised, in the columns of ``own_csv.columns``."""
    where, params = where_clause(options.entry_filter())
    cells = ", ".join(cell for name in options.selected_fields() for cell in _csv_cells(name))
    return f"SELECT {cells} FROM entries e WHERE {where} ORDER BY e.occurred_utc, e.id", params
