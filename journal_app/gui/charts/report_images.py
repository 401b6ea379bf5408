"""The charts as pictures for the PDF report.

The report is written on a worker thread, where no widget may be made; so
the pictures are drawn here first, on the GUI thread, and handed to the
report's ``sections.chart_hook`` (see ``report_hook``).
"""

from __future__ import annotations

from ...core.charts_data import DateRange
from ...core.journal import Journal
from .registry import CHART_TYPES
from .theme import LIGHT

SIZE = (1200, 460)


def chart_images(
    journal: Journal, rng: DateRange, *, include_private: bool, kinds=CHART_TYPES
) -> list[tuple[str, object]]:
    """(caption, QImage) for each chart over ``rng``; private entries only when chosen, and a chart
    with a ``report_setting`` (the questionnaire scores) only when that journal setting is on."""
    data = journal.chart_data(include_private=include_private)
    pictures = []
    for kind in kinds:
        chosen_by = getattr(kind, "report_setting", None)  # some charts go in only when the person chose
        if chosen_by and not journal.setting(chosen_by):
            continue
        chart = kind(theme=LIGHT)  # paper is white
        chart.resize(*SIZE)
        chart.show_data(data, rng)
        pictures.append((chart.picture_title, chart.picture()))
        chart.deleteLater()
    return pictures


def report_hook(pictures: list[tuple[str, object]]):
    """A ``sections.chart_hook`` that hands the report the pictures drawn beforehand."""
    return lambda _db, _options, _data: list(pictures)
