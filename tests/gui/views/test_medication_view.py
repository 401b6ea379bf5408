"""The Medication view: a medicine with no dates, next dates, the last 30 days from check-ins."""

from datetime import timedelta

from journal_app.core.models import Entry, EntryKind, Medication, now_local
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.views.medication_view import MedicationView


def make(qtbot, journal, data_dir):
    view = MedicationView(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(view)
    return view


def test_adding_a_medicine_with_and_without_dates(qtbot, journal, data_dir):
    view = make(qtbot, journal, data_dir)
    view.save_button.click()
    assert "name" in view.message.text() and journal.medications.all() == []  # nothing saved
    view.name.setText("Methadone")
    view.schedule.setText("every morning")
    view.dose.setText("60 mg")
    view.save_button.click()
    assert view.list.count() == 1 and "No next dose" in view.upcoming_label.text()
    saved = journal.medications.all()[0]
    assert saved.dose == "60 mg" and saved.dose_private
    box, edit = view.date_boxes["next_clinic"]
    box.setChecked(True)
    edit.setDate(edit.date().addDays(3))
    view.save_button.click()
    assert journal.medications.all()[0].next_clinic is not None
    assert "clinic visit (Methadone)" in view.upcoming_label.text()
    assert "never gives dosing advice" in view.findChildren(type(view.message))[0].text()


def test_the_last_30_days_come_from_the_check_ins(qtbot, journal, data_dir):
    now = now_local()
    for days_ago, taken in ((3, Medication.MISSED), (2, Medication.MISSED), (1, Medication.TAKEN)):
        journal.save(
            Entry(
                kind=EntryKind.CHECK_IN, occurred_at=now - timedelta(days=days_ago), mood=5, medication=taken
            )
        )
    view = make(qtbot, journal, data_dir)
    assert "missed on 2" in view.adherence_label.text()
    assert "longest run of missed days: 2" in view.adherence_label.text()
