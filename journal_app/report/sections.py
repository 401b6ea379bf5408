"""The report's sections, each an HTML fragment (plus any images it draws).

Built in: summary, streaks, charts, warning signs noted in entries, warning
signs the app's detectors found (only with private entries included, as the
detectors read every entry), entries. Other parts of the app add their own
without touching this file:

- ``chart_hook``: set it to a function ``(db, options, data) -> list[(caption, QImage)]``
  to draw richer charts (the charts dashboard); the default draws one simple
  mood-and-craving chart with QPainter.
- ``EXTRA_SECTIONS``: append ``(db, options, data) -> Section | None``; they
  appear before the entries.
- ``sign_label``: set it to turn a warning-sign key into the words shown.

Every hook gets the person's ``ExportOptions`` and must keep to them: above
all, nothing from private entries unless ``options.include_private``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtGui import QImage

from ..core.db import Database
from ..core.insights import warning_signs as sign_detectors
from ..core.knowledge import load_knowledge
from ..core.models import HALT_LABELS, KIND_LABELS, EntryKind
from ..core.transfer.options import ExportOptions
from ..core.transfer.records import read_records
from ..core.transfer.report_data import ReportData
from ..core.words import counted
from . import chart, clinical

MAX_ENTRIES = 2000  # a report is for reading; longer ranges list the first ones and say so


@dataclasses.dataclass(slots=True)
class Section:
    title: str
    html: str
    images: dict[str, QImage] = dataclasses.field(default_factory=dict)


SectionHook = Callable[[Database, ExportOptions, ReportData], "Section | None"]
ChartHook = Callable[[Database, ExportOptions, ReportData], list[tuple[str, QImage]]]
EXTRA_SECTIONS: list[SectionHook] = []


def _default_charts(db, options, data: ReportData) -> list[tuple[str, QImage]]:
    if not data.days:
        return []
    return [("Mood and craving by day", chart.draw_mood_craving(data.days))]


chart_hook: ChartHook = _default_charts


def sign_label(key: str) -> str:
    """The article's name for a warning sign (its key, in words, if it is not one of the eight)."""
    try:
        return load_knowledge().sign(key).name
    except (KeyError, LookupError):
        return key.replace("_", " ").strip().capitalize()


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td class='label'>{escape(a)}</td><td>{escape(b)}</td></tr>" for a, b in rows)
    return f"<table cellspacing='0' cellpadding='4'>{cells}</table>"


def summary(db, options, data: ReportData) -> Section:
    return Section("Summary", _table(data.summary))


def streaks(db, options, data: ReportData) -> Section | None:
    if not data.streaks:
        return Section("Streaks", "<p>No recovery start date is set, so there are no streaks to show.</p>")
    rows = [
        (
            s.substance,
            (
                f"{counted(s.days, 'day')} without use since {s.since:%d %B %Y} "
                f"(longest stretch in this range: {counted(s.longest_in_range, 'day')})"
            ),
        )
        for s in data.streaks
    ]
    note = (
        ""
        if options.include_private
        else "<p><i>Private entries are left out of this report, so these numbers count only the "
        "entries shared here and may differ from the ones the person's app shows.</i></p>"
    )
    return Section("Days without use", _table(rows) + note)


def charts(db, options, data: ReportData, pictures=None) -> Section | None:
    drawn = list(pictures) if pictures is not None else chart_hook(db, options, data)
    if not drawn:
        return None
    # two charts side by side, each under its own caption in one cell: a caption never ends a page
    # without its chart, and three rows fill an A4 page instead of one chart per half-empty page
    images, cells = {}, []
    for index, (caption, image) in enumerate(drawn):
        name = f"chart-{index}"
        images[name] = image
        cells.append(
            f"<td width='50%' valign='top'><p><b>{escape(caption)}</b><br>"
            f"<img src='{name}' width='{{half_width}}'></p></td>"
        )
    rows = ["<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
    return Section("Charts", "<table width='100%' cellspacing='6'>" + "".join(rows) + "</table>", images)


def warning_signs(db, options, data: ReportData) -> Section:
    if not data.signs:
        return Section("Warning signs noted", "<p>No warning signs were noted in entries in this range.</p>")
    rows = [
        (sign_label(key), f"noted in {count} {'entry' if count == 1 else 'entries'}")
        for key, count in data.signs
    ]
    return Section(
        "Warning signs noted", "<p>Signs the person noted themselves in their entries.</p>" + _table(rows)
    )


def detected_signs(db, options, data: ReportData) -> Section | None:
    """The app's warning-sign detectors as of the report's last day, with their evidence.

    The detectors read every entry, private ones too, so this section appears
    only when the person chose to include private entries.
    """
    if not options.include_private or data.last is None:
        return None
    found = [
        result
        for result in sign_detectors.detect_all(db, data.last)
        if data.first is None or result.window_end >= data.first
    ]
    if not found:
        return Section(
            "Warning signs the app noticed",
            f"<p>None of the warning signs showed in the weeks up to {data.last:%d %B %Y}.</p>",
        )
    parts = [
        (
            "<p>Patterns the app looks for, as of the report's last day. They are prompts to talk "
            "about, never a diagnosis.</p>"
        )
    ]
    for result in found:
        evidence = "".join(
            f"<li>{escape(item.text)}</li>" for item in result.evidence[:8]
        )  # text names the day
        baseline = f"<br><i>Compared with: {escape(result.baseline)}</i>" if result.baseline else ""
        parts.append(
            f"<p><b>{escape(result.title)}</b><br>{escape(result.summary)}{baseline}</p><ul>{evidence}</ul>"
        )
    return Section("Warning signs the app noticed", "".join(parts))


def _entry_html(record: dict[str, Any]) -> str:
    def get(name: str) -> Any:
        return record.get(name)

    head = f"{record['occurred_at'][:16].replace('T', ' ')} · {KIND_LABELS[EntryKind(record['kind'])]}"
    if get("title"):
        head += f" · {get('title')}"
    facts = []
    for name, label, unit in (
        ("mood", "Mood", "/10"),
        ("craving", "Craving", "/10"),
        ("sleep_hours", "Sleep", " h"),
        ("duration_minutes", "Lasted", " min"),
    ):
        if get(name) is not None:
            facts.append(f"{label} {get(name):g}{unit}")
    halt = [HALT_LABELS[name] for name in HALT_LABELS if get(name)]
    if halt:
        facts.append("HALT: " + ", ".join(halt))
    for name, label in (("outcome", "Outcome"), ("substance", "Substance"), ("medication", "Medication")):
        if get(name):
            facts.append(f"{label}: {get(name)}")
    for name, label in (("triggers", "Triggers"), ("tags", "Tags"), ("warning_signs", "Signs")):
        if get(name):
            facts.append(f"{label}: " + ", ".join(get(name)))
    if get("coping"):
        said = {True: " (helped)", False: " (did not help)", None: ""}
        facts.append("Coping: " + ", ".join(c["name"] + said[c["helped"]] for c in get("coping")))
    words = [
        (label, get(name))
        for name, label in (
            ("situation", "Situation: "),
            ("thought", "Thought: "),
            ("lead_up", "What led up to it: "),
            ("body", ""),
        )
        if get(name)
    ]
    html = (
        f"<p class='entry'><b>{escape(head)}</b>"
        + (f"<br>{escape('; '.join(facts))}" if facts else "")
        + "</p>"
    )
    for label, text in words:
        html += f"<p class='words'>{escape(label)}" + escape(text).replace("\n", "<br>") + "</p>"
    return html


def entries(db, options, data: ReportData) -> Section:
    records = read_records(db, options)
    shown = records[:MAX_ENTRIES]
    note = "" if options.include_text else "<p>Written words were left out of this report.</p>"
    if len(records) > len(shown):
        note += f"<p>The first {len(shown):,} of {len(records):,} entries are listed.</p>"
    if not records:
        note += "<p>No entries in this range.</p>"
    return Section("Entries", note + "".join(_entry_html(r) for r in shown))


def _clinical(maker: Callable[..., tuple[str, str] | None]) -> SectionHook:
    """A clinical section (medication, back-filled days, lapse reviews, scores) as a Section."""

    def make(db, options, data) -> Section | None:
        found = maker(db, options, data)
        return Section(*found) if found is not None else None

    return make


def build_sections(db, options: ExportOptions, data: ReportData, pictures=None) -> list[Section]:
    """``pictures``: (caption, QImage) charts drawn beforehand (the app's dashboard charts);
    without them the report draws its own simple chart."""
    drawn_charts = (lambda d, o, r: charts(d, o, r, pictures)) if pictures is not None else charts
    makers: list[SectionHook] = [
        summary,
        streaks,
        drawn_charts,
        warning_signs,
        detected_signs,
        *(_clinical(maker) for maker in clinical.MAKERS),
        *EXTRA_SECTIONS,
        entries,
    ]
    return [section for maker in makers if (section := maker(db, options, data)) is not None]
