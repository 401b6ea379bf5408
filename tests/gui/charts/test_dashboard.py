"""The charts view: ranges, shared time axis, click-through, locking, life events."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app.core import annotations
from journal_app.core.charts_data import RangePreset, day_number
from journal_app.gui import theme
from journal_app.gui.charts.base import DAY
from journal_app.gui.charts.dashboard import DashboardView
from journal_app.gui.charts.life_events_dialog import LifeEventsDialog
from journal_app.gui.charts.range_bar import to_qdate


@pytest.fixture
def dashboard(ctx, shown_window):
    return shown_window(DashboardView(ctx))


def chart(view, title):
    return next(c for c in view.charts if c.title == title)


def test_every_range_preset_redraws_every_chart(dashboard):
    assert dashboard.view_title == "Charts"
    assert (dashboard.range.start, dashboard.range.end) == (date(2025, 4, 11), date(2025, 5, 10))
    for preset, days in ((RangePreset.WEEK, 7), (RangePreset.QUARTER, 90), (RangePreset.YEAR, 365)):
        dashboard.range_bar.set_preset(preset)
        assert dashboard.range.days == days
        assert all(c.range == dashboard.range for c in dashboard.charts)
    dashboard.range_bar.set_preset(RangePreset.SINCE_SESSION)
    assert dashboard.range.start == date(2025, 5, 8)
    dashboard.range_bar.set_preset(RangePreset.ALL)
    assert dashboard.range.start == date(2025, 5, 1)


def test_custom_range_and_a_backwards_one(qtbot, dashboard):
    bar = dashboard.range_bar
    bar.set_preset(RangePreset.CUSTOM)
    assert not bar.start.isHidden() and not bar.apply.isHidden()
    bar.set_custom(date(2025, 5, 2), date(2025, 5, 6))
    qtbot.mouseClick(bar.apply, Qt.MouseButton.LeftButton)
    assert (dashboard.range.start, dashboard.range.end) == (date(2025, 5, 2), date(2025, 5, 6))
    bar.start.setDate(to_qdate(date(2025, 5, 9)))
    qtbot.mouseClick(bar.apply, Qt.MouseButton.LeftButton)
    assert "start date is after the end date" in bar.note.text()
    assert dashboard.range.end == date(2025, 5, 6)  # the charts keep what they showed


def test_time_charts_zoom_together(dashboard):
    mood = chart(dashboard, "Mood and craving over time")
    streak = chart(dashboard, "Streak timeline")
    low, high = day_number(date(2025, 4, 20)) * DAY, day_number(date(2025, 4, 25)) * DAY
    mood.plot_item.setXRange(low, high, padding=0)
    assert streak.plot_item.getViewBox().viewRange()[0] == pytest.approx([low, high])


def test_clicking_a_day_opens_its_entries_in_the_app(qtbot, dashboard, ctx):
    mood = chart(dashboard, "Mood and craving over time")
    with qtbot.waitSignal(ctx.events.show_entries_requested) as blocker:
        mood.open_day(date(2025, 5, 2))
    assert blocker.args[0].date_from == date(2025, 5, 2) == blocker.args[0].date_to


def test_locking_clears_every_chart_and_unlocking_draws_again(dashboard, may_journal):
    dashboard.set_journal(None)
    assert all(c.range is None and c.summary.text() == "" for c in dashboard.charts)
    assert dashboard.range_bar.note.text() == ""
    dashboard.set_journal(may_journal)
    assert all(c.range is not None for c in dashboard.charts)


def test_new_entries_show_at_once(dashboard, ctx, may_journal):
    mood = chart(dashboard, "Mood and craving over time")
    annotations.save_life_event(may_journal.db, annotations.LifeEvent(date(2025, 5, 9), "New job"))
    ctx.events.entries_changed.emit()
    assert "New job" in [line.label.format for line in mood.marker_lines]


def test_life_events_dialog_adds_edits_and_removes(qtbot, may_journal, monkeypatch):
    dialog = LifeEventsDialog(may_journal)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.list.item(0).text() == "May 3, 2025 — Moved flat"
    dialog.start_new()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "needs a short label" in dialog.message.text() and dialog.list.count() == 1
    dialog.date.setDate(to_qdate(date(2025, 5, 9)))
    qtbot.keyClicks(dialog.label, "Started a new job")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [e.label for e in annotations.list_life_events(may_journal.db)] == [
        "Moved flat",
        "Started a new job",
    ]
    dialog.label.setText("Started my new job")
    dialog.save()
    assert annotations.list_life_events(may_journal.db)[1].label == "Started my new job"
    assert dialog.list.count() == 2
    monkeypatch.setattr(
        "journal_app.gui.charts.life_events_dialog.QMessageBox.question",
        lambda *a, **k: QMessageBox.StandardButton.No,
    )
    assert not dialog.remove() and dialog.list.count() == 2
    monkeypatch.setattr(
        "journal_app.gui.charts.life_events_dialog.QMessageBox.question",
        lambda *a, **k: QMessageBox.StandardButton.Yes,
    )
    dialog.list.setCurrentRow(0)
    assert dialog.label.text() == "Moved flat" and dialog.note.toPlainText() == "note words"
    assert dialog.remove()
    assert [e.label for e in annotations.list_life_events(may_journal.db)] == ["Started my new job"]
    assert dialog.message.text() == "Removed “Moved flat”."


def test_charts_follow_a_dark_palette(qtbot, dashboard):
    palette = dashboard.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#EEEEEE"))
    dashboard.setPalette(palette)
    qtbot.waitUntil(lambda: dashboard.theme.name == "dark")
    for chart in dashboard.charts:
        assert chart.theme.name == "dark"
        assert chart.plot.backgroundBrush().color().name().upper() == "#1E1E1E"
    assert all(chart.range == dashboard.range for chart in dashboard.charts)  # drawn again


def test_custom_dates_start_from_the_range_shown_and_say_it(qtbot):
    from datetime import date

    from journal_app.core.charts_data import DateRange, RangePreset
    from journal_app.gui.charts.range_bar import RangeBar

    bar = RangeBar(RangePreset.MONTH)
    qtbot.addWidget(bar)
    shown = DateRange(date(2026, 10, 1), date(2026, 10, 30))
    bar.show_range(shown)
    bar.set_preset(RangePreset.CUSTOM)
    bar.combo.setCurrentIndex(bar.combo.findData(RangePreset.MONTH))
    bar.combo.setCurrentIndex(bar.combo.findData(RangePreset.CUSTOM))
    assert bar.custom == (date(2026, 10, 1), date(2026, 10, 30))
    assert bar.note.text().startswith("Still showing") and shown.describe() in bar.note.text()


def test_chart_words_grow_with_the_apps_text_size(restore_look, qtbot, ctx, shown_window):
    """Settings ▸ Text size reaches the charts live: tick labels, the key and the sentences grow."""
    theme.apply(restore_look, "light", 10)
    dashboard = shown_window(DashboardView(ctx))
    mood = chart(dashboard, "Mood and craving over time")
    bottom = mood.plot_item.getAxis("bottom")

    def drawn() -> tuple[float, float, float]:
        QApplication.processEvents()
        mood.plot.grab()  # drawn: an axis makes room for its tick labels as it draws them
        QApplication.processEvents()
        assert mood.key is not None
        return bottom.style["tickFont"].pointSizeF(), mood.key.boundingRect().height(), left.textWidth

    left = mood.plot_item.getAxis("left")
    ticks, key_height, axis_width = drawn()
    theme.apply(restore_look, "light", 20)  # what the Settings dialog does when the size changes
    big_ticks, big_key_height, big_axis_width = drawn()
    assert big_ticks == pytest.approx(2 * ticks)
    assert big_key_height > 1.6 * key_height  # the key's words are drawn about twice as tall
    assert big_axis_width > 1.6 * axis_width  # the numbers are drawn larger, and the axis makes room
    assert mood.summary.font().pointSizeF() == pytest.approx(20)  # the sentence as large as the app's text
    assert mood.heading.font().pointSizeF() > 20
    for other in dashboard.charts:
        assert other.theme.text == pytest.approx(2.0)
    dashboard.close()
