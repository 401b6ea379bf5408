"""Each chart widget gets the right figures, says them in words and tables, and opens days."""

from datetime import date

import numpy as np
import pyqtgraph as pg
import pytest
from chart_helpers import MAY
from PySide6.QtCore import QLocale, Qt

from journal_app.core.charts_data import ChartData, DateRange, day_number
from journal_app.core.errors import JournalError
from journal_app.gui.charts.base import DAY
from journal_app.gui.charts.registry import (
    CHART_TYPES,
    CalendarChart,
    CopingChart,
    HourWeekdayChart,
    MoodCravingChart,
    SleepChart,
    StreakChart,
    TriggerCravingChart,
    TriggerFrequencyChart,
)
from journal_app.gui.charts.theme import DARK, LIGHT, OKABE_ITO


def shown(qtbot, kind, journal, rng=MAY, **kwargs):
    chart = kind(**kwargs)
    qtbot.addWidget(chart)
    chart.resize(900, 450)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_data(ChartData(journal.db), rng)
    return chart


def data_items(chart):
    return {item.name(): item for item in chart.plot_item.listDataItems()}


def x_days(item) -> list[date]:
    x, _ = item.getData()
    return [date.fromordinal(date(1970, 1, 1).toordinal() + round(v / DAY)) for v in x]


def scene_items(chart, kind):
    return [item for item in chart.plot.scene().items() if isinstance(item, kind)]


def click(qtbot, chart, x, y):
    with qtbot.waitSignal(chart.entries_requested, timeout=1000) as blocker:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.view_to_widget(x, y))
    return blocker.args[0]


def test_mood_and_craving_points_means_uses_and_markers(qtbot, may_journal):
    chart = shown(qtbot, MoodCravingChart, may_journal)
    items = data_items(chart)
    mood = items["Mood, each day (circles)"]
    assert x_days(mood) == [date(2025, 5, d) for d in (1, 2, 4, 6, 7)]
    assert mood.getData()[1].tolist() == [4, 6, 7, 8, 1]
    assert items["Peak craving, each day (triangles)"].getData()[1].tolist() == [6, 8, 2, 1, 10]
    assert len(items["Mood, 7-day mean (solid line)"].getData()[0]) == 10  # every day of the range
    assert x_days(items["Day with a use (cross)"]) == [date(2025, 5, 5)]
    assert [line.label.format for line in chart.marker_lines] == ["Moved flat", "Session"]
    assert [line.value() / DAY for line in chart.marker_lines] == [
        day_number(date(2025, 5, 3)),
        day_number(date(2025, 5, 8)),
    ]
    low, high = chart.plot_item.getViewBox().viewRange()[0]
    assert low / DAY == pytest.approx(day_number(MAY.start) - 0.5)
    assert high / DAY == pytest.approx(day_number(MAY.end) + 0.5)
    assert chart.summary.text().startswith("6 of 10 days have entries.")
    assert "1 day with a use" in chart.summary.text()


def test_hover_gives_the_date_and_exact_values(qtbot, may_journal):
    chart = shown(qtbot, MoodCravingChart, may_journal)
    x = day_number(date(2025, 5, 2)) * DAY
    chart.plot.scene().sigMouseMoved.emit(chart.plot_item.getViewBox().mapViewToScene(pg.Point(x, 5)))
    assert chart.hover_text.splitlines()[:3] == [
        "Fri May 2, 2025",
        "Mood 6 (7-day mean —)",
        "Peak craving 8 (7-day mean —)",
    ]
    assert chart.plot.toolTip() == chart.hover_text
    day3 = chart.describe_at(day_number(date(2025, 5, 3)) * DAY, 5)
    assert "Nothing recorded this day" in day3 and "Life event: Moved flat" in day3


def test_clicking_a_day_asks_for_that_days_entries(qtbot, may_journal):
    chart = shown(qtbot, MoodCravingChart, may_journal)
    wanted = click(qtbot, chart, day_number(date(2025, 5, 4)) * DAY, 7)
    assert (wanted.date_from, wanted.date_to) == (date(2025, 5, 4), date(2025, 5, 4))
    assert chart.day_at(day_number(date(2025, 5, 3)) * DAY, 5) is None  # nothing to open that day


def test_triggers_by_frequency_and_mean_craving(qtbot, may_journal):
    freq = shown(qtbot, TriggerFrequencyChart, may_journal)
    bars = freq.bar_items[0]
    assert bars.opts["width"].tolist() == [3, 1, 1]
    assert [name for _, name in freq.plot_item.getAxis("left")._tickLevels[0]] == [
        "Stress",
        "Payday",
        "Private trigger name",
    ]
    assert freq.label_texts() == ["3 entries", "1 entry", "1 entry"]
    craving = shown(qtbot, TriggerCravingChart, may_journal)
    assert [s.name for s in craving.rows] == ["Private trigger name", "Payday", "Stress"]
    assert craving.bar_items[0].opts["width"].tolist() == pytest.approx([10, 6, 17 / 3])
    assert craving.plot_item.getViewBox().viewRange()[0][0] == 0  # bars start at zero
    assert craving.describe_at(5, 2.1) == "Stress: mean craving 5.67 from 3 entries"


def test_what_helped_draws_uses_and_helps(qtbot, may_journal):
    chart = shown(qtbot, CopingChart, may_journal)
    used, helped = chart.bar_items
    assert used.opts["width"].tolist() == [2, 2] and helped.opts["width"].tolist() == [1, 2]
    assert [s.name for s in chart.rows] == ["Called my sponsor", "Walk"]
    assert chart.label_texts() == ["helped 1 of 2", "helped 2 of 2"]


def test_urge_heat_map_counts_each_hour_and_weekday(qtbot, may_journal):
    chart = shown(qtbot, HourWeekdayChart, may_journal)
    image = chart.image.image
    # US English starts the week on Sunday: Friday is the sixth row
    assert chart.order == [6, 0, 1, 2, 3, 4, 5]
    assert image.shape == (7, 24) and np.nansum(image) == 1 and image[5, 23] == 1  # Friday 23:00
    assert np.isnan(image[0, 0])  # an hour with no urges is left as background
    assert chart.count_labels.texts() == ["1"]
    assert chart.describe_at(23.5, 5.5) == "Friday, 23:00–23:59: 1 urge, mean intensity 8"
    assert chart.describe_at(3.5, 1.5) == "Monday, 03:00–03:59: 0 urges"
    assert chart.plot_item.getAxis("left")._tickLevels[0][0] == (0.5, "Sun")


def test_the_heat_maps_week_starts_on_the_locales_first_day(qtbot, may_journal):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        chart = shown(qtbot, HourWeekdayChart, may_journal)
        assert chart.order == [0, 1, 2, 3, 4, 5, 6]  # lunes first
        assert chart.image.image[4, 23] == 1
        assert chart.plot_item.getAxis("left")._tickLevels[0][0] == (0.5, "lun")
    finally:
        QLocale.setDefault(before)


def test_year_in_pixels_places_days_and_switches_measure(qtbot, may_journal):
    chart = shown(qtbot, CalendarChart, may_journal)
    image = chart.image.image
    assert image.shape == (12, 31)
    assert image[4, 0] == 4 and image[4, 5] == 8 and np.isnan(image[4, 2])  # 1, 6 and 3 May
    assert chart.describe_at(0.5, 4.5) == "Thu May 1, 2025: Mood 4"
    chart.set_measure("craving")
    assert chart.image.image[4, 1] == 8 and chart.summary.text().startswith("Peak craving on 5 of 10 days")
    wanted = click(qtbot, chart, 5.5, 4.5)
    assert wanted.date_from == date(2025, 5, 6)


def test_streak_timeline_follows_start_and_use(qtbot, may_journal):
    chart = shown(qtbot, StreakChart, may_journal)
    line = data_items(chart)["Days without use (line)"]
    assert line.getData()[1].tolist() == [3, 4, 5, 6, 0, 1, 2, 3, 4, 5]
    assert x_days(data_items(chart)["Day with a use (cross)"]) == [date(2025, 5, 5)]
    assert (
        "5 days without use" in chart.summary.text()
        and "Longest in this range: 6 days" in chart.summary.text()
    )


def test_sleep_against_mood_and_craving(qtbot, may_journal):
    chart = shown(qtbot, SleepChart, may_journal)
    scatters = {item.name(): item for item in chart.plot_item.items if isinstance(item, pg.ScatterPlotItem)}
    mood = scatters["Mood (circles)"].getData()
    assert mood[0].tolist() == [5, 7.5, 8, 8] and mood[1].tolist() == [4, 6, 7, 8]
    assert scatters["Peak craving (triangles)"].getData()[1].tolist() == [6, 8, 2, 1]
    assert chart.describe_at(5, 4).splitlines() == [
        "Thu May 1, 2025",
        "Slept 5 h, mood 4, peak craving 6 — click to open",
    ]
    assert chart.day_at(7.5, 6) == date(2025, 5, 2)


@pytest.mark.parametrize("kind", CHART_TYPES)
def test_every_chart_switches_to_a_readable_table(qtbot, may_journal, kind):
    chart = shown(qtbot, kind, may_journal)
    qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)
    assert chart.stack.currentWidget() is chart.table and chart.table_button.text() == "Show as chart"
    assert chart.model.rowCount() > 0 and chart.model.columnCount() >= 2
    assert chart.table.accessibleName() == f"{chart.title}: data table"
    header = chart.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
    assert header
    qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)
    assert chart.stack.currentWidget() is chart.plot


def test_tables_hold_exact_values(qtbot, may_journal):
    mood = shown(qtbot, MoodCravingChart, may_journal)
    mood.show_table(True)
    rows = [[mood.model.text_at(r, c) for c in range(8)] for r in range(mood.model.rowCount())]
    assert rows[0] == ["2025-05-01", "4", "—", "6", "—", "1", "", ""]
    assert ["2025-05-03", "—", "—", "—", "—", "0", "", "Life event: Moved flat"] in rows
    assert rows[-1][0] == "2025-05-08" and rows[-1][-1] == "Session"
    coping = shown(qtbot, CopingChart, may_journal)
    coping.show_table(True)
    assert [coping.model.text_at(0, c) for c in range(6)] == ["Called my sponsor", "2", "1", "1", "0", "50%"]


@pytest.mark.parametrize("kind", CHART_TYPES)
def test_an_empty_range_is_calm_and_honest(qtbot, may_journal, kind):
    chart = shown(qtbot, kind, may_journal, rng=DateRange(date(2024, 1, 1), date(2024, 1, 7)))
    assert chart.summary.text()
    assert "0" not in chart.summary.text() or kind is CalendarChart or kind is StreakChart


@pytest.mark.parametrize("kind", CHART_TYPES)
def test_clear_forgets_every_figure(qtbot, may_journal, kind):
    chart = shown(qtbot, kind, may_journal)
    chart.show_table(True)
    chart.clear()
    assert chart.summary.text() == "" and chart.model.rowCount() == 0
    assert chart.plot_item.listDataItems() == [] and not scene_items(chart, pg.TextItem)
    assert chart.describe_at(0.5, 0.5) is None
    chart.refresh_table()
    assert chart.model.rowCount() == 0


def test_export_png_and_svg(qtbot, may_journal, tmp_path):
    chart = shown(qtbot, MoodCravingChart, may_journal)
    png = chart.export(tmp_path / "mood.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = chart.export(tmp_path / "mood.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Moved flat" in svg
    assert "Mood and craving over time — 1 May 2025 – 10 May 2025" in svg  # titled with its days
    assert not chart.plot_item.titleLabel.isVisible()  # the title is for the picture only
    with pytest.raises(JournalError, match=".png or .svg"):
        chart.export(tmp_path / "mood.jpg")
    assert sorted(p.name for p in tmp_path.glob("mood*")) == ["mood.png", "mood.svg"]  # no leftovers


def test_export_button_asks_where_and_saves(qtbot, may_journal, tmp_path, monkeypatch):
    chart = shown(qtbot, TriggerFrequencyChart, may_journal)
    target = tmp_path / "triggers"
    monkeypatch.setattr(
        "journal_app.gui.charts.base.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "PNG picture (*.png)"),
    )
    chart.ask_export(".png")
    assert (tmp_path / "triggers.png").stat().st_size > 1000


def test_palettes_are_okabe_ito_and_dark_theme_applies(qtbot, may_journal):
    series = ("mood", "craving", "use", "life_event", "bar", "bar_second", "streak")
    for theme in (LIGHT, DARK):
        assert {getattr(theme, name) for name in series} <= set(OKABE_ITO.values())
        assert theme.mood != theme.craving
    chart = shown(qtbot, MoodCravingChart, may_journal, theme=DARK)
    assert chart.plot.backgroundBrush().color().name().upper() == DARK.background
    mood = data_items(chart)["Mood, each day (circles)"]
    assert (
        mood.opts["symbol"] == "o"
        and data_items(chart)["Peak craving, each day (triangles)"].opts["symbol"] == "t1"
    )


def test_enter_on_a_days_row_opens_that_day(qtbot, may_journal):
    chart = shown(qtbot, MoodCravingChart, may_journal)
    chart.show_table(True)
    chart.table.setFocus()
    chart.table.setCurrentIndex(chart.model.index(1, 0))  # 2 May
    with qtbot.waitSignal(chart.entries_requested) as blocker:
        qtbot.keyClick(chart.table.viewport(), Qt.Key.Key_Return)
    assert blocker.args[0].date_from == date(2025, 5, 2)
    triggers = shown(qtbot, TriggerFrequencyChart, may_journal)
    triggers.show_table(True)
    with qtbot.assertNotEmitted(triggers.entries_requested):
        triggers.table.activated.emit(triggers.model.index(0, 0))  # "Stress" is not a day


def test_pictures_for_the_report_follow_the_private_choice(qtbot, may_journal):
    from journal_app.gui.charts.report_images import chart_images, report_hook

    shared = chart_images(may_journal, MAY, include_private=False, kinds=(TriggerFrequencyChart,))
    assert [caption for caption, _ in shared] == ["Triggers by frequency — 1 May 2025 – 10 May 2025"]
    image = shared[0][1]
    assert image.width() >= 1200 and not image.isNull()
    everything = chart_images(may_journal, MAY, include_private=True, kinds=(TriggerFrequencyChart,))
    assert everything[0][1] != image  # the private entry's trigger is drawn only when chosen
    assert report_hook(shared)(None, None, None) == shared


def test_the_pdf_report_can_carry_the_charts(qtbot, may_journal, tmp_path, monkeypatch):
    from journal_app.core.transfer.options import ExportOptions
    from journal_app.gui.charts.report_images import chart_images, report_hook
    from journal_app.report import pdf, sections

    pictures = chart_images(may_journal, MAY, include_private=False)
    assert len(pictures) == len(CHART_TYPES) - 1  # questionnaire scores only when the person chose
    monkeypatch.setattr(sections, "chart_hook", report_hook(pictures))
    options = ExportOptions(date_from=MAY.start, date_to=MAY.end)
    assert pdf.write_report(may_journal.db, tmp_path / "report.pdf", options) > 0
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"


def test_year_in_pixels_shows_only_the_months_in_range(qtbot, may_journal):
    chart = shown(qtbot, CalendarChart, may_journal)  # 1 to 10 May 2025
    (_x_range, (top, bottom)) = chart.plot_item.viewRange()
    assert 3.5 < top <= 4.1 and 4.9 <= bottom < 5.5  # the May row, not twelve months
    assert chart.month_labels == ["2025 May"]
