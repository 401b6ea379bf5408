"""The Questionnaires view: what is due, past results, and a questionnaire opened from it."""

from journal_app.core import questionnaires as q
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.views.questionnaires_view import QuestionnairesView


def test_fill_in_from_the_view_and_see_the_result_listed(qtbot, journal, data_dir):
    view = QuestionnairesView(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(view)
    assert "Due" in view.state_labels[q.GAD7].text()
    view.fill_buttons[q.GAD7].click()
    dialog = view.dialog
    for key in "1234567":
        dialog.answer(key, 2)
    dialog.finish_button.click()
    dialog.done_button.click()
    assert view.table.rowCount() == 1
    assert "14 of 21 (Moderate)" in view.table.item(0, 2).text()
    assert "recently" in view.state_labels[q.GAD7].text()


def test_locked_view_shows_nothing(qtbot, journal, data_dir):
    ctx = AppContext(journal, JournalEvents(), data_dir)
    view = QuestionnairesView(ctx)
    qtbot.addWidget(view)
    ctx.journal = None
    view.set_journal(None)
    assert view.table.rowCount() == 0 and not view.fill_buttons[q.PHQ9].isEnabled()
