"""The first-run welcome: skipping everything leaves a working journal; finishing fills plan and settings."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from journal_app.core.settings import DeviceSettings
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.welcome import WelcomeDialog, welcome_wanted


def make(qtbot, journal, data_dir) -> WelcomeDialog:
    dialog = WelcomeDialog(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_it_opens_by_itself_only_on_a_new_journal_once(qtbot, journal, data_dir):
    assert welcome_wanted(journal)
    make(qtbot, journal, data_dir)
    assert not welcome_wanted(journal)
    assert not welcome_wanted(None)


def test_skipping_every_step_leaves_a_working_journal(qtbot, journal, data_dir):
    dialog = make(qtbot, journal, data_dir)
    steps = 0
    while dialog.skip_button.isVisible():
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
        steps += 1
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # Finish, on the passphrase offer
    assert steps + 1 == dialog.pages.count() <= 6 and not dialog.isVisible()
    assert journal.today_streaks() == [] and journal.plan.reasons() == [] and journal.plan.contacts() == []
    assert journal.today().is_empty and journal.count() == 0
    assert (
        not (data_dir / "device-settings.json").exists()
        or DeviceSettings.load(data_dir).get("reminders.checkin_times") == []
    )


def test_finishing_fills_the_plan_and_settings(qtbot, journal, data_dir):
    dialog = make(qtbot, journal, data_dir)
    dialog.country.setCurrentIndex(dialog.country.findData("US"))
    assert "988" in dialog.country_numbers.text()  # the country's own numbers, from issue 10's table
    dialog.own_label.setText("My counsellor's line")
    dialog.own_number.setText("555 0100")
    dialog.next()
    dialog.substance.setCurrentText("Opioids")
    start = date.today() - timedelta(days=12)
    dialog.since.setDate(QDate(start.year, start.month, start.day))
    dialog.next()
    dialog.reasons[0].setText("My daughter")
    dialog.reasons[1].setText("  Waking up clear ")
    dialog.next()
    dialog.contacts[0][0].setText("Sam")
    dialog.contacts[0][1].setText("555 0101")
    dialog.next()
    dialog.checkin_times.setText("09:00, 20:30")
    dialog.evening_time.setText("21:30")
    dialog.next()
    assert dialog.next_button.text() == "Finish"
    with qtbot.waitSignal(dialog.passphrase_requested):
        qtbot.mouseClick(dialog.passphrase_button, Qt.MouseButton.LeftButton)
    dialog.next()
    assert not dialog.isVisible()
    device = DeviceSettings.load(data_dir)
    assert device.get("crisis.country") == "US"
    assert device.get("reminders.checkin_times") == ["09:00", "20:30"]
    assert device.get("reminders.evening_time") == "21:30"
    assert [(s.name, s.days) for s in journal.today_streaks()] == [("Opioids", 12)]
    assert [r.text for r in journal.plan.reasons()] == ["My daughter", "Waking up clear"]
    assert [(c.name, c.phone) for c in journal.plan.contacts()] == [("Sam", "555 0101")]
    assert any(n.number == "555 0100" for n in journal.plan.crisis_numbers())
    assert "555 0100" in (data_dir / "device-settings.json").read_text()  # for the lock screen too


def test_closed_half_way_keeps_what_was_entered(qtbot, journal, data_dir):
    dialog = make(qtbot, journal, data_dir)
    dialog.skip()
    dialog.substance.setCurrentText("Alcohol")
    dialog.reject()  # the window closed on step two, without Next
    assert [s.name for s in journal.today_streaks()] == ["Alcohol"]


def test_reminder_times_that_collide_or_fall_in_quiet_hours_are_explained(qtbot, journal, data_dir):
    dialog = make(qtbot, journal, data_dir)
    for _ in range(4):
        dialog.skip()
    dialog.checkin_times.setText("08:00, 08:05, 23:30")
    dialog.next()
    assert dialog.pages.currentIndex() == 4  # stays, with the reason
    assert "same as the one at 08:00" in dialog.message.text() and "quiet hours" in dialog.message.text()
    assert DeviceSettings.load(data_dir).get("reminders.checkin_times") == ["08:00"]  # the good time kept
    dialog.next()
    assert dialog.pages.currentIndex() == 5


def test_a_start_date_in_the_future_cannot_be_picked(qtbot, journal, data_dir):
    dialog = make(qtbot, journal, data_dir)
    dialog.skip()
    dialog.substance.setCurrentText("Opioids")
    later = date.today() + timedelta(days=5)
    dialog.since.setDate(QDate(later.year, later.month, later.day))
    assert dialog.since.date().toPython() == date.today()  # held at today
    dialog.next()
    assert [(s.name, s.days) for s in journal.today_streaks()] == [("Opioids", 0)]
