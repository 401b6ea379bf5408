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

from ..core.catalogue import display_name
from ..core.db import Database
from ..core.insights import warning_signs as sign_detectors
from ..core.knowledge import load_knowledge
from ..core.messages import _, format_date, format_number, n_
from ..core.models import HALT_LABELS, EntryKind, halt_label, kind_label, value_label
from ..core.transfer.options import ExportOptions
from ..core.transfer.records import read_records
from ..core.transfer.report_data import ReportData
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
    return [(_("Mood and craving by day"), chart.draw_mood_craving(data.days))]


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
    return Section(_("Summary"), _table(data.summary))


def streaks(db, options, data: ReportData) -> Section | None:
    if not data.streaks:
        return Section(
            _("Streaks"),
            "<p>" + _("No recovery start date is set, so there are no streaks to show.") + "</p>",
        )
    rows = [
        (
            s.substance,
            n_(
                "{n} day without use since {day} (longest stretch in this range: {longest})",
                "{n} days without use since {day} (longest stretch in this range: {longest})",
                s.days,
            ).format(
                n=format_number(s.days, 0),
                day=format_date(s.since, "full"),
                longest=n_("{n} day", "{n} days", s.longest_in_range).format(
                    n=format_number(s.longest_in_range, 0)
                ),
            ),
        )
        for s in data.streaks
    ]
    note = (
        ""
        if options.include_private
        else "<p><i>"
        + _(
            "Private entries are left out of this report, so these numbers count only the "
            "entries shared here and may differ from the ones the person's app shows."
        )
        + "</i></p>"
    )
    return Section(_("Days without use"), _table(rows) + note)


def charts(db, options, data: ReportData, pictures=None) -> Section | None:
    drawn = list(pictures) if pictures is not None else chart_hook(db, options, data)
    if not drawn:
        return None
    # two charts side by side, each under its own caption in one cell (the PDF keeps a cell on one
    # page: pdf.keep_charts_whole), and three rows fill an A4 page instead of one chart per half-empty page
    images, cells = {}, []
    for index, (caption, image) in enumerate(drawn):
        name = f"chart-{index}"
        images[name] = image
        cells.append(
            f"<td width='50%' valign='top'><p><b>{escape(caption)}</b><br>"
            f"<img src='{name}' width='{{half_width}}'></p></td>"
        )
    # a table per row, so that the PDF can start a new page before a row instead of splitting it
    rows = [
        "<table width='100%' cellspacing='6'><tr>" + "".join(cells[i : i + 2]) + "</tr></table>"
        for i in range(0, len(cells), 2)
    ]
    return Section(_("Charts"), "".join(rows), images)


def warning_signs(db, options, data: ReportData) -> Section:
    if not data.signs:
        return Section(
            _("Warning signs noted"),
            "<p>" + _("No warning signs were noted in entries in this range.") + "</p>",
        )
    rows = [
        (sign_label(key), n_("noted in {n} entry", "noted in {n} entries", count).format(n=count))
        for key, count in data.signs
    ]
    return Section(
        _("Warning signs noted"),
        "<p>" + _("Signs the person noted themselves in their entries.") + "</p>" + _table(rows),
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
            _("Warning signs the app noticed"),
            "<p>"
            + _("None of the warning signs showed in the weeks up to {day}.").format(
                day=format_date(data.last, "full")
            )
            + "</p>",
        )
    parts = [
        "<p>"
        + _(
            "Patterns the app looks for, as of the report's last day. They are prompts to talk "
            "about, never a diagnosis."
        )
        + "</p>"
    ]
    for result in found:
        evidence = "".join(
            f"<li>{escape(item.text)}</li>" for item in result.evidence[:8]
        )  # text names the day
        baseline = (
            "<br><i>" + escape(_("Compared with: {baseline}").format(baseline=result.baseline)) + "</i>"
            if result.baseline
            else ""
        )
        parts.append(
            f"<p><b>{escape(result.title)}</b><br>{escape(result.summary)}{baseline}</p><ul>{evidence}</ul>"
        )
    return Section(_("Warning signs the app noticed"), "".join(parts))


def _entry_html(record: dict[str, Any]) -> str:
    def get(name: str) -> Any:
        return record.get(name)

    head = f"{record['occurred_at'][:16].replace('T', ' ')} · {kind_label(EntryKind(record['kind']))}"
    if get("title"):
        head += f" · {get('title')}"
    facts = []
    for name, text in (
        ("mood", _("Mood {n}/10")),
        ("craving", _("Craving {n}/10")),
        ("sleep_hours", _("Sleep {n} h")),
        ("duration_minutes", _("Lasted {n} min")),
    ):
        if get(name) is not None:
            facts.append(text.format(n=format_number(get(name), 2)))
    halt = [halt_label(name) for name in HALT_LABELS if get(name)]
    if halt:
        facts.append(_("HALT: {items}").format(items=", ".join(halt)))
    for name, text in (
        ("outcome", _("Outcome: {value}")),
        ("substance", _("Substance: {value}")),
        ("medication", _("Medication: {value}")),
    ):
        if get(name):
            facts.append(text.format(value=value_label(name, get(name))))
    for name, text, shown in (
        ("triggers", _("Triggers: {items}"), display_name),
        ("tags", _("Tags: {items}"), str),
        ("warning_signs", _("Signs: {items}"), sign_label),
    ):
        if get(name):
            facts.append(text.format(items=", ".join(shown(item) for item in get(name))))
    if get("coping"):
        said = {True: _("{name} (helped)"), False: _("{name} (did not help)"), None: "{name}"}
        facts.append(
            _("Coping: {items}").format(
                items=", ".join(said[c["helped"]].format(name=display_name(c["name"])) for c in get("coping"))
            )
        )
    words = [
        (label, get(name))
        for name, label in (
            ("situation", _("Situation: ")),
            ("thought", _("Thought: ")),
            ("lead_up", _("What led up to it: ")),
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
    note = "" if options.include_text else "<p>" + _("Written words were left out of this report.") + "</p>"
    if len(records) > len(shown):
        listed = n_(
            "The first {shown} of {n} entry are listed.",
            "The first {shown} of {n} entries are listed.",
            len(records),
        ).format(shown=format_number(len(shown), 0), n=format_number(len(records), 0))
        note += f"<p>{listed}</p>"
    if not records:
        note += "<p>" + _("No entries in this range.") + "</p>"
    return Section(_("Entries"), note + "".join(_entry_html(r) for r in shown))


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
