"""The guidance in the main window: views listed, Ctrl+U, Get help everywhere, safety after a use."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from journal_app.core.models import Entry, EntryKind
from journal_app.gui.dialogs.urge_dialog import UrgeDialog
from journal_app.gui.views.insights_view import InsightsView
from journal_app.gui.views.learn_view import LearnView
from journal_app.gui.views.plan_view import PlanView


def test_insights_plan_and_learn_are_in_the_navigation(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert {"Insights", "Prevention plan", "Learn"} <= set(titles)


def test_get_help_is_one_click_from_every_view(qtbot, window, data_dir):
    from journal_app.core import crisis

    crisis.choose_country(data_dir, "US")
    for view in window.views:
        window.show_view(view)
        assert window.help_button.isVisible()
        qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
        dialog = window.help_dialog
        assert dialog.isVisible() and "988" in dialog.numbers_label.text()
        dialog.close()


def test_ctrl_u_opens_the_urge_log_from_anywhere(qtbot, window, journal):
    learn = next(v for v in window.views if isinstance(v, LearnView))
    window.show_view(learn)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    dialog = window.urge_dialog
    assert isinstance(dialog, UrgeDialog) and dialog.isVisible()
    dialog.intensity.setValue(6)
    dialog.save_button.click()
    assert journal.count() == 1
    assert window.journal_view.model.rowCount() == 1  # the timeline heard about it


def test_saving_a_use_after_a_break_shows_the_safety_message(qtbot, window, journal):
    journal.add_recovery_start("Opioids", date.today() - timedelta(days=30))
    view = window.journal_view
    view.new_entry(EntryKind.USE)
    view.editor.substance.setCurrentText("Opioids")
    view.editor.request_save()
    dialog = window.safety_hook.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert "naloxone" in dialog.text_label.text().casefold()
    count = "SELECT count(*) FROM safety_notices"
    assert journal.db.execute(count).fetchone()[0] == 0  # counted only once the person closes it
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: journal.db.execute(count).fetchone()[0] == 1)


def test_warning_signs_ticked_in_the_editor_reach_insights(qtbot, window, journal):
    view = window.journal_view
    view.new_entry(EntryKind.NOTE)
    qtbot.keyClicks(view.editor.body, "Skipped work again and did not tell anyone.")
    view.editor.signs.boxes["avoiding_responsibilities"].setChecked(True)
    view.editor.request_save()
    insights = next(v for v in window.views if isinstance(v, InsightsView))
    assert insights.cards == []  # a hidden view waits until it is opened
    window.show_view(insights)
    assert [card.result.key for card in insights.cards] == ["avoiding_responsibilities"]


def test_evidence_click_through_opens_the_entry_in_the_journal(qtbot, window, journal):
    saved = journal.save(Entry(kind=EntryKind.NOTE, body="Kept it to myself.", warning_signs=["secrecy"]))
    window.set_journal(journal)
    insights = next(v for v in window.views if isinstance(v, InsightsView))
    window.show_view(insights)
    evidence = insights.cards[0].evidence
    evidence.itemDoubleClicked.emit(evidence.item(0))
    assert window.current_view() is window.journal_view
    assert window.journal_view.editor.current_id == saved.id


def test_locking_clears_the_guidance_views(window, journal):
    from journal_app.core.plan import SupportContact

    journal.plan.save_contact(SupportContact("Sam", "sponsor"))
    window.set_journal(journal)
    plan = next(v for v in window.views if isinstance(v, PlanView))
    assert plan.contacts_table.rowCount() == 1
    window.set_journal(None)
    assert plan.contacts_table.rowCount() == 0
    window.set_journal(journal)  # unlock again for the fixture's clean-up
