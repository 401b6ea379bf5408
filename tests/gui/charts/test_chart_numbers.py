"""Chart numbers as the chosen language writes them: pyqtgraph's own tick labels are "2.5" in every
language; ours come from QLocale ("2,5" in Spanish), on every chart's number axes, as the hover
text and the data table write them (``table.cell``)."""

from __future__ import annotations

import re

import pytest
from chart_helpers import MAY
from PySide6.QtCore import QLocale
from spanish_walk import back_to_english, use_language

from journal_app.gui.charts.base import ChartPanel, LocaleDateAxis
from journal_app.gui.charts.registry import CHART_TYPES
from journal_app.gui.charts.theme import LIGHT

SPAIN = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


@pytest.fixture
def in_spain():
    use_language("es")
    QLocale.setDefault(SPAIN)
    yield
    back_to_english()


def _ticks_between(chart: ChartPanel, side: str, low: float, high: float) -> list[str]:
    """The labels ``side``'s axis writes when the view shows ``low``–``high`` on it."""
    if side in ("left", "right"):
        chart.plot_item.setYRange(low, high, padding=0)
    else:
        chart.plot_item.setXRange(low, high, padding=0)
    chart.plot.grab()  # painted once, as a person sees it
    axis = chart.plot_item.getAxis(side)
    length = axis.geometry().height() if side in ("left", "right") else axis.geometry().width()
    return [
        text
        for spacing, values in axis.tickValues(low, high, max(length, 100))
        for text in axis.tickStrings(values, axis.scale, spacing)
    ]


def _number_axes(chart: ChartPanel) -> list[str]:
    """The sides whose ticks pyqtgraph chooses (not a date axis, not ticks the chart names itself)."""
    return [
        side
        for side in ("left", "bottom")
        if not isinstance(chart.plot_item.getAxis(side), LocaleDateAxis)
        and chart.plot_item.getAxis(side)._tickLevels is None
    ]


def _chart(qtbot, kind, journal) -> ChartPanel:
    chart = kind(theme=LIGHT)
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show()
    chart.show_data(journal.chart_data(include_private=False), MAY)
    return chart


def test_every_number_axis_writes_a_decimal_comma_in_spanish(qtbot, may_journal, in_spain):
    checked = []
    for kind in CHART_TYPES:
        chart = _chart(qtbot, kind, may_journal)
        shown = [
            side for side in ("left", "bottom", "right", "top") if chart.plot_item.getAxis(side).isVisible()
        ]
        assert shown == ["left", "bottom"], (kind.__name__, shown)  # no extra axes drawn around the plot
        for side in _number_axes(chart):
            ticks = _ticks_between(chart, side, 2.0, 3.0)
            assert "2,5" in ticks and "2.5" not in ticks, (kind.__name__, side, ticks)
            checked.append((kind.__name__, side))
    assert len(checked) >= 3, checked  # the number axes of several charts, not none


def test_a_large_number_is_grouped_as_spanish_groups_it(qtbot, may_journal, in_spain):
    chart = _chart(qtbot, CHART_TYPES[0], may_journal)
    side = next(iter(_number_axes(chart)), None) or "left"
    chart.plot_item.getAxis(side).setTicks(None)
    ticks = _ticks_between(chart, side, 12000.0, 15000.0)
    assert "12.500" in ticks or "13.000" in ticks, ticks  # 13.000 (thirteen thousand), not 13000


def test_in_english_the_same_ticks_are_written_with_a_point(qtbot, may_journal):
    for kind in CHART_TYPES:
        chart = _chart(qtbot, kind, may_journal)
        for side in _number_axes(chart):
            assert "2.5" in _ticks_between(chart, side, 2.0, 3.0)
            return
    pytest.fail("no chart has a number axis")


def test_hover_and_table_write_the_numbers_as_the_ticks_do(qtbot, may_journal, in_spain):
    from journal_app.gui.charts.mood_craving import MoodCravingChart

    chart = _chart(qtbot, MoodCravingChart, may_journal)
    chart.show_table(True)
    cells = [chart.model.text_at(row, col) for row in range(chart.model.rowCount()) for col in range(1, 5)]
    assert any("," in text for text in cells) and not any("." in text for text in cells), cells
    low, high = chart.plot_item.getViewBox().viewRange()[0]
    hovered = [chart.describe_at(low + (high - low) * i / 40, 5.0) or "" for i in range(41)]
    assert any(re.search(r"\d,\d", text) for text in hovered), hovered  # a 7-day mean: 4,5
    assert not any(re.search(r"\d\.\d", text) for text in hovered), hovered
