"""Today: the app opens on it; a two-click check-in lands in the timeline, charts and streak."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from journal_app.core.charts_data import ChartData
from journal_app.core.charts_data.ranges import DateRange
from journal_app.core.models import Entry, EntryKind
from journal_app.core.plan import PlanItem
from journal_app.gui.views.today_checkin import CheckinCard
from journal_app.gui.views.today_view import TodayView


def today_view(window) -> TodayView:
    view = window.current_view()
    assert isinstance(view, TodayView)  # the view the app opens on
    return view


def test_the_app_opens_on_today_and_an_empty_journal_is_a_clear_start(window):
    view = today_view(window)
    assert window.nav.currentRow() == 0 and window.nav.item(0).text() == "Today"
    assert view.start_box.isVisible() and "clear start" in view.start_box.title().lower()
    assert view.entries_empty.isVisible() and not view.entries.isVisible()
    assert not view.sign_box.isVisible() and not view.regained_label.isVisible()


def test_two_clicks_save_a_checkin_that_the_timeline_charts_and_streak_see(qtbot, window, journal):
    journal.add_recovery_start("Opioids", date.today() - timedelta(days=3))
    view = today_view(window)
    view.refresh()
    assert "3</span> days without Opioids" in view.streaks_label.text()
    card: CheckinCard = view.checkin
    assert not card.craving_group.buttons()[0].isEnabled()  # mood first
    qtbot.mouseClick(card.mood_group.button(8), Qt.MouseButton.LeftButton)  # click one: "Good"
    qtbot.mouseClick(card.craving_group.button(3), Qt.MouseButton.LeftButton)  # click two: "Mild"
    (row,) = journal.rows()
    entry = journal.get(row.id)
    assert (entry.kind, entry.mood, entry.craving) == (EntryKind.CHECK_IN, 8, 3)
    qtbot.mouseClick(card.halt_buttons["halt_tired"], Qt.MouseButton.LeftButton)
    assert journal.get(row.id).halt_tired and journal.count() == 1  # the same entry, updated
    # the timeline (journal view model), the charts' numbers and Today's own list follow
    assert window.journal_view.model.rowCount() == 1
    series = ChartData(journal.db).daily(DateRange(date.today(), date.today()))
    assert list(series.mood) == [8.0] and list(series.craving) == [3.0]
    assert view.entries.count() == 1 and "Check-in" in view.entries.item(0).text()
    assert "Checked in at" in card.status.text() and card.mood_group.checkedId() == 8
    assert {s.substance: s.current_days for s in journal.streaks()} == {"Opioids": 3}


def test_more_opens_the_full_form_on_the_checkin(qtbot, window, journal):
    view = today_view(window)
    qtbot.mouseClick(view.checkin.mood_group.button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.checkin.more_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.journal_view
    assert window.journal_view.editor.entry().mood == 6


def test_a_milestone_is_shown_once(qtbot, window, journal):
    journal.add_recovery_start("Alcohol", date.today() - timedelta(days=7))
    view = today_view(window)
    view.refresh()
    assert view.celebration.isVisible() and "1 week without Alcohol" in view.celebration.text()
    view.set_journal(None)  # locked, then opened again: the moment is not repeated
    view.set_journal(journal)
    assert not view.celebration.isVisible()


def test_plan_words_for_frequent_triggers_and_the_daily_cost(qtbot, window, journal):

    journal.plan.save_item(PlanItem("reason", "Be there for Mia"))
    journal.plan.set_response("Payday", "Give the card to Sam")
    today = date.today()
    journal.save(Entry(EntryKind.CRAVING, craving=6, triggers=["Payday"]))
    journal.add_recovery_start("Opioids", today - timedelta(days=10))
    journal.set_setting("recovery.daily_cost", 25)
    view = today_view(window)
    view.refresh()
    assert "Be there for Mia" in view.plan_label.text() and "Give the card to Sam" in view.plan_label.text()
    assert view.regained_label.text() == "250 regained in 10 days."


def test_locking_clears_everything_today_showed(window, journal):
    journal.plan.save_item(PlanItem("reason", "Private words"))
    view = today_view(window)
    view.refresh()
    view.set_journal(None)
    assert "Private words" not in view.plan_label.text() and view.entries.count() == 0


def test_the_most_pressing_warning_sign_is_shown(window, journal):
    from tests.journal_builder import TODAY, check_in, daily

    journal.insert_many(
        daily(34, 7, lambda n: check_in(n, craving=2)) + daily(6, 0, lambda n: check_in(n, craving=7))
    )
    view = today_view(window)
    view.today = TODAY
    view.refresh()
    top = journal.warning_signs(TODAY)[0]
    assert view.sign_box.isVisible() and top.title in view.sign_label.text()
