"""Every chart with data in Spanish: ``still_english`` builds it in English and in Spanish and
lists every fragment shown in both — the plot's own words (axes, key, hover) included."""

from __future__ import annotations

import re

import numpy as np
import pytest
from chart_helpers import MAY
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget
from spanish_walk import back_to_english, still_english, use_language

from journal_app.gui.charts.base import ChartPanel
from journal_app.gui.charts.registry import CHART_TYPES
from journal_app.gui.charts.theme import LIGHT


# -- every chart, with data ----------------------------------------------------------------------
def _plot_words(chart: ChartPanel) -> list[str]:
    """What the plot itself writes: axis titles, tick labels, the key, the hover text."""
    words = []
    chart.plot.grab()  # paint once: a date axis picks its ticks while painting
    for name in ("left", "bottom"):
        axis = chart.plot_item.getAxis(name)
        if axis.label.isVisible():
            words.append(axis.labelText)
        low, high = axis.range
        length = axis.width() if name == "left" else axis.geometry().width()
        levels = axis._tickLevels or [
            list(zip(values, axis.tickStrings(values, axis.scale, spacing), strict=True))
            for spacing, values in axis.tickValues(low, high, max(length, 100))
        ]
        words += [text for level in levels for _value, text in level]
    if chart.key is not None:
        key = chart.key.textItem.toPlainText().replace("\u2011", "-")  # hyphens that never break a line
        words += re.split(r"[●▲✕━╍■◆┅█]", key)  # the key: one entry a series
    low_x, high_x = chart.plot_item.getViewBox().viewRange()[0]
    low_y, high_y = chart.plot_item.getViewBox().viewRange()[1]
    for x in np.linspace(low_x, high_x, 40):  # the first point that says something when hovered
        for y in np.linspace(low_y, high_y, 15):
            text = chart.describe_at(float(x), float(y))
            if text:
                return [*words, text]
    return words


@pytest.mark.parametrize("kind", CHART_TYPES, ids=lambda k: k.__name__)
def test_every_chart_with_data_is_spanish(qtbot, may_journal, kind):
    data = may_journal.chart_data(include_private=False)

    def build() -> QWidget:
        chart = kind(theme=LIGHT)
        qtbot.addWidget(chart)
        chart.resize(900, 500)
        chart.show()
        chart.show_data(data, MAY)
        return chart

    def after(chart: QWidget) -> None:
        assert isinstance(chart, ChartPanel)
        words = QLabel("\n".join(_plot_words(chart)), chart)  # the plot's words, walked with the rest
        words.hide()
        chart.show_table(True)  # the figures as a table: headers, cells, tool tips

    own = [name for stat in data.triggers(MAY) for name in [stat.name]] + [s.name for s in data.coping(MAY)]
    own += [m.label for m in data.markers(MAY)]
    # Names and abbreviations the questionnaires are known by (PHQ-9, GAD-7 are allowed already).
    # The BAM's score names are Spanish ("BAM riesgo"); only the instrument's own name is allowed.
    allow = {"Brief Addiction Monitor"}
    # The core's words in a chart (sleep bands, the medication summary, a questionnaire's band) come
    # from its catalogue, worded in the language the data was read in (ChartData keeps one per language).
    assert still_english(build, own_words=own, allow=allow, after=after) == []


def test_the_charts_write_numbers_and_months_as_spanish_does(qtbot, may_journal):
    from journal_app.gui.charts.calendar import CalendarChart
    from journal_app.gui.charts.mood_craving import MoodCravingChart

    use_language("es")
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        data = may_journal.chart_data(include_private=False)
        mood = MoodCravingChart(theme=LIGHT)
        qtbot.addWidget(mood)
        mood.show_data(data, MAY)
        assert re.search(r"\d+ de 10 días tienen entradas\.", mood.summary.text())
        assert "1 día con consumo." in mood.summary.text()
        assert [line.label.format for line in mood.marker_lines] == ["Moved flat", "Sesión"]
        assert "," in mood.summary.text().split("Ánimo diario medio: ")[1][:4]  # 4,5 not 4.5
        calendar = CalendarChart(theme=LIGHT)
        qtbot.addWidget(calendar)
        calendar.show_data(data, MAY)
        assert calendar.month_labels == ["2025 may"]
    finally:
        back_to_english()
