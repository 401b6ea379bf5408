"""Markdown: a heading per day, each entry under it with its time, measures and words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from ..catalogue import display_name
from ..knowledge import load_knowledge
from ..messages import _, format_date, format_number, n_, p_
from ..models import HALT_LABELS, EntryKind, halt_label, kind_label, local_text, now_local, value_label
from ..words import counted
from .options import ExportOptions


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else (p_("answer", "yes") if value else p_("answer", "no"))


def _coping(uses: list[dict[str, Any]]) -> str:
    said = {True: _("{name} (helped)"), False: _("{name} (did not help)"), None: "{name}"}
    return ", ".join(said[use["helped"]].format(name=display_name(use["name"])) for use in uses)


def _names(values: list[str] | None) -> str | None:
    return ", ".join(display_name(value) for value in values or []) or None


def _sign_name(key: str) -> str:
    """A warning sign's name in the language in use (its key for a sign the app does not know)."""
    try:
        return load_knowledge().sign(key).name
    except LookupError:
        return key


def _facts(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    get = record.get
    halt = [halt_label(name) for name in HALT_LABELS if get(name)]
    sleep = get("sleep_hours")
    return [
        (_("Mood"), f"{get('mood')}/10" if get("mood") is not None else None),
        (_("Craving"), f"{get('craving')}/10" if get("craving") is not None else None),
        (
            _("Sleep"),
            n_("{n} hour", "{n} hours", 2).format(n=format_number(sleep, 2)) if sleep is not None else None,
        ),
        (_("Supportive contact"), _yes_no(get("supportive_contact"))),
        ("HALT", ", ".join(halt) or None),
        (_("Medication"), value_label("medication", get("medication")) if get("medication") else None),
        (_("Meeting or therapy"), _yes_no(get("meeting"))),
        (_("Situation"), get("situation") or None),
        (_("Thought"), get("thought") or None),
        (
            _("Lasted"),
            counted(get("duration_minutes") or 0, "minute") if get("duration_minutes") is not None else None,
        ),
        (_("Outcome"), value_label("outcome", get("outcome")) if get("outcome") else None),
        (_("Substance"), get("substance") or None),
        (_("What led up to it"), get("lead_up") or None),
        (_("Triggers"), _names(get("triggers"))),
        (_("Coping"), _coping(get("coping") or []) or None),
        (_("Tags"), ", ".join(get("tags") or []) or None),
        (
            _("Warning signs noticed"),
            ", ".join(_sign_name(key) for key in get("warning_signs") or []) or None,
        ),
    ]


def _quote_text(text: str) -> str:
    """The person's words as they wrote them, but never mistaken for a day heading."""
    lines = [("\\" + line) if line.lstrip().startswith("#") else line for line in text.strip().splitlines()]
    return "\n".join(lines)


def day_heading(day: str) -> str:
    """A day's heading in the language in use: "Monday 2 March 2026", "lunes 2 de marzo de 2026"."""
    return format_date(date.fromisoformat(day), "weekday_full")


def export_chunks(
    records: list[dict[str, Any]], options: ExportOptions, *, now: datetime | None = None
) -> Iterator[str]:
    first = options.date_from.isoformat() if options.date_from else None
    last = options.date_to.isoformat() if options.date_to else None
    span = _("{first} to {last}").format(first=first, last=last) if first and last else first or last or ""
    yield "# Recovery Journal" + (f" — {span}" if span else "") + "\n\n"
    made = local_text(now or now_local())[:16].replace("T", " ")
    yield _("Exported {time}, {entries}.").format(time=made, entries=counted(len(records), "entry")) + "\n"
    current_day = None
    for record in records:
        day = record["occurred_at"][:10]
        if day != current_day:
            current_day = day
            yield f"\n## {day_heading(day)}\n"
        label = kind_label(EntryKind(record["kind"]))
        title = " ".join((record.get("title") or "").split())
        yield f"\n### {record['occurred_at'][11:16]} · {label}" + (f" · {title}" if title else "") + "\n\n"
        facts = [f"- {name}: {value}" for name, value in _facts(record) if value]
        if record.get("private"):
            facts.append("- " + _("Private entry"))
        if facts:
            yield "\n".join(facts) + "\n"
        body = record.get("body") or ""
        if body.strip():
            yield ("\n" if facts else "") + _quote_text(body) + "\n"
