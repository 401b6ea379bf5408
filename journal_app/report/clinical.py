"""The report's clinical sections (issue 13): medication, back-filled days, lapse reviews and
questionnaire scores. Each keeps to the person's ``ExportOptions``: nothing private unless
``include_private``; a private dose only then; written words only with ``include_text``;
questionnaire scores only when the journal setting ``report.questionnaire_scores`` is on."""

from __future__ import annotations

from datetime import date
from html import escape

from ..core import backfill, lapse, medication, questionnaires
from ..core.db import Database
from ..core.messages import _, format_date, n_, p_
from ..core.settings import get_setting
from ..core.transfer.options import ExportOptions
from ..core.transfer.records import read_records
from ..core.transfer.report_data import ReportData


def _range(options: ExportOptions, data: ReportData) -> tuple[date, date] | None:
    start, end = options.date_from or data.first, options.date_to or data.last
    return (start, end) if start and end and start <= end else None


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td class='label'>{escape(a)}</td><td>{escape(b)}</td></tr>" for a, b in rows)
    return f"<table cellspacing='0' cellpadding='4'>{cells}</table>"


def medication_section(db: Database, options: ExportOptions, data: ReportData) -> tuple[str, str] | None:
    items = medication.prescriptions(db)
    span = _range(options, data)
    seen = medication.adherence(db, *span, include_private=options.include_private) if span else None
    if not items and (seen is None or not (seen.count(medication.TAKEN) + seen.count(medication.MISSED))):
        return None
    rows = []
    for item in items:
        parts = [p for p in (item.prescriber, item.schedule) if p]
        if item.dose and (options.include_private or not item.dose_private):
            parts.append(_("dose: {dose}").format(dose=item.dose))
        parts += [
            _("next {kind}: {day}").format(
                kind=medication.next_kind_label(kind), day=format_date(day, "full")
            )
            for day, kind in item.next_dates()
        ]
        rows.append((item.name, "; ".join(parts) or "—"))
    html = _table(rows) if rows else ""
    if seen is not None:
        html += f"<p>{escape(seen.summary())}</p>"
    return _("Medication"), html + f"<p><i>{escape(medication.no_advice())}</i></p>"


def _tagged(db: Database, options: ExportOptions, tag: str) -> list[dict[str, object]]:
    chosen = ExportOptions(
        date_from=options.date_from,
        date_to=options.date_to,
        include_private=options.include_private,
        include_text=options.include_text,
        tag=tag,
    )
    return read_records(db, chosen)


def backfill_section(db: Database, options: ExportOptions, data: ReportData) -> tuple[str, str] | None:
    records = _tagged(db, options, backfill.TAG)
    if not records:
        return None
    counts: dict[str, int] = {}
    for record in records:
        title = backfill.title_label(str(record.get("title") or ""))
        if not title:
            title = p_("back-fill mark", "used") if record.get("kind") == "use" else _("back-filled")
        counts[title] = counts.get(title, 0) + 1
    rows = [(title, n_("{n} day", "{n} days", n).format(n=n)) for title, n in sorted(counts.items())]
    return (
        _("Back-filled days"),
        "<p>" + _("Days the person marked afterwards in the back-fill calendar.") + "</p>" + _table(rows),
    )


def lapse_section(db: Database, options: ExportOptions, data: ReportData) -> tuple[str, str] | None:
    records = _tagged(db, options, lapse.TAG)
    if not records:
        return None
    parts = [
        "<p>"
        + n_("{n} lapse review in this range.", "{n} lapse reviews in this range.", len(records)).format(
            n=len(records)
        )
        + "</p>"
    ]
    if options.include_text:
        for record in records:
            when = str(record.get("occurred_at", ""))[:10]
            body = escape(str(record.get("body") or "")).replace("\n", "<br>")
            parts.append(f"<p><b>{escape(when)}</b><br>{body}</p>")
    return _("Lapse reviews"), "".join(parts)


def scores_section(db: Database, options: ExportOptions, data: ReportData) -> tuple[str, str] | None:
    if not get_setting(db, "report.questionnaire_scores"):
        return None
    results = questionnaires.results(
        db, start=options.date_from, end=options.date_to, include_private=options.include_private
    )
    if not results:
        return None
    names = questionnaires.instruments()
    rows = [
        (
            f"{format_date(r.taken_on, 'full')} — {names[r.instrument].short}",
            "; ".join(
                _("{label} {value} of {maximum} ({band})").format(
                    label=s.shown_label, value=s.value, maximum=s.maximum, band=s.band.name
                )
                for s in r.scores
            ),
        )
        for r in results
    ]
    return (
        _("Questionnaire scores"),
        "<p>" + _("Bands to talk over together, never a diagnosis.") + "</p>" + _table(rows),
    )


MAKERS = (medication_section, backfill_section, lapse_section, scores_section)
