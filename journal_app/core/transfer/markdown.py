"""Markdown: a heading per day, each entry under it with its time, measures and words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from ..models import HALT_LABELS, KIND_LABELS, EntryKind, local_text, now_local
from ..words import counted
from .options import ExportOptions


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _coping(uses: list[dict[str, Any]]) -> str:
    said = {True: " (helped)", False: " (did not help)", None: ""}
    return ", ".join(f"{use['name']}{said[use['helped']]}" for use in uses)


def _facts(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    get = record.get
    halt = [HALT_LABELS[name] for name in HALT_LABELS if get(name)]
    return [
        ("Mood", f"{get('mood')}/10" if get("mood") is not None else None),
        ("Craving", f"{get('craving')}/10" if get("craving") is not None else None),
        ("Sleep", f"{get('sleep_hours'):g} hours" if get("sleep_hours") is not None else None),
        ("Supportive contact", _yes_no(get("supportive_contact"))),
        ("HALT", ", ".join(halt) or None),
        ("Medication", get("medication")),
        ("Meeting or therapy", _yes_no(get("meeting"))),
        ("Situation", get("situation") or None),
        ("Thought", get("thought") or None),
        (
            "Lasted",
            counted(get("duration_minutes") or 0, "minute") if get("duration_minutes") is not None else None,
        ),
        ("Outcome", get("outcome")),
        ("Substance", get("substance") or None),
        ("What led up to it", get("lead_up") or None),
        ("Triggers", ", ".join(get("triggers") or []) or None),
        ("Coping", _coping(get("coping") or []) or None),
        ("Tags", ", ".join(get("tags") or []) or None),
        ("Warning signs noticed", ", ".join(get("warning_signs") or []) or None),
    ]


def _quote_text(text: str) -> str:
    """The person's words as they wrote them, but never mistaken for a day heading."""
    lines = [("\\" + line) if line.lstrip().startswith("#") else line for line in text.strip().splitlines()]
    return "\n".join(lines)


def day_heading(day: str) -> str:
    return date.fromisoformat(day).strftime("%A %d %B %Y").replace(" 0", " ")


def export_chunks(
    records: list[dict[str, Any]], options: ExportOptions, *, now: datetime | None = None
) -> Iterator[str]:
    span = " to ".join(
        filter(
            None,
            [
                options.date_from.isoformat() if options.date_from else None,
                options.date_to.isoformat() if options.date_to else None,
            ],
        )
    )
    yield "# Recovery Journal" + (f" — {span}" if span else "") + "\n\n"
    yield f"Exported {local_text(now or now_local())[:16].replace('T', ' ')}, {counted(len(records), 'entry')}.\n"
    current_day = None
    for record in records:
        day = record["occurred_at"][:10]
        if day != current_day:
            current_day = day
            yield f"\n## {day_heading(day)}\n"
        label = KIND_LABELS[EntryKind(record["kind"])]
        title = " ".join((record.get("title") or "").split())
        yield f"\n### {record['occurred_at'][11:16]} · {label}" + (f" · {title}" if title else "") + "\n\n"
        facts = [f"- {name}: {value}" for name, value in _facts(record) if value]
        if record.get("private"):
            facts.append("- Private entry")
        if facts:
            yield "\n".join(facts) + "\n"
        body = record.get("body") or ""
        if body.strip():
            yield ("\n" if facts else "") + _quote_text(body) + "\n"
