"""Learn (browsable, searchable, cited) and Get help (crisis numbers and my people)."""

from journal_app.core.plan import CrisisNumber, SupportContact
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.get_help import GetHelpDialog
from journal_app.gui.views.learn_view import LearnView


def make_ctx(journal):
    return AppContext(journal=journal, events=JournalEvents(), data_dir=None)


def test_learn_shows_every_warning_sign_with_sources(qtbot, journal):
    view = LearnView(make_ctx(journal))
    qtbot.addWidget(view)
    titles = view.visible_titles()
    assert "Cravings getting stronger" in titles and "Naltrexone" in titles
    assert "Keep naloxone close" in titles
    assert "Sources:" in view.text.toPlainText()  # the first item, a warning sign, with its sources
    assert "Heroin Relapse Rates" in view.text.toPlainText()


def test_learn_search_narrows_to_matching_items(qtbot, journal):
    view = LearnView(make_ctx(journal))
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search_box, "suboxone")
    assert view.visible_titles() == ["Buprenorphine (for example Suboxone)"]
    assert "Suboxone" in view.text.toPlainText()
    assert "National Institute on Drug Abuse" in view.text.toPlainText()
    view.search_box.clear()
    assert len(view.visible_titles()) > 30
    qtbot.keyClicks(view.search_box, "zzzz")
    assert view.visible_titles() == []
    assert "Nothing in the guidance matches" in view.text.toPlainText()


def test_get_help_shows_crisis_numbers_and_my_support_people(qtbot, journal):
    journal.plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    dialog = GetHelpDialog(make_ctx(journal))
    qtbot.addWidget(dialog)
    assert "988" in dialog.numbers_label.text() and "1-800-662-4357" in dialog.numbers_label.text()
    assert "Sam" in dialog.contacts_label.text() and "555-0100" in dialog.contacts_label.text()


def test_get_help_uses_my_countrys_numbers(qtbot, journal):
    journal.plan.replace_crisis_numbers([CrisisNumber("Samaritans", "116 123", "UK")])
    dialog = GetHelpDialog(make_ctx(journal))
    qtbot.addWidget(dialog)
    assert "116 123" in dialog.numbers_label.text() and "988" not in dialog.numbers_label.text()


def test_get_help_while_locked_shows_numbers_but_no_journal_text(qtbot, journal):
    journal.plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    dialog = GetHelpDialog(make_ctx(None))
    qtbot.addWidget(dialog)
    assert "988" in dialog.numbers_label.text()
    assert "Sam" not in dialog.contacts_label.text()
