"""Learn (browsable, searchable, cited) and Get help (crisis numbers and my people)."""

from PySide6.QtWidgets import QLabel

from journal_app.core import crisis
from journal_app.core.plan import CrisisNumber, SupportContact
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.get_help import GetHelpDialog
from journal_app.gui.views.learn_view import LearnView


def make_ctx(journal, data_dir=None):
    return AppContext(journal=journal, events=JournalEvents(), data_dir=data_dir)


def us_device(data_dir):
    crisis.choose_country(data_dir, "US")
    return data_dir


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


def test_get_help_shows_crisis_numbers_and_my_support_people(qtbot, journal, data_dir):
    journal.plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    dialog = GetHelpDialog(make_ctx(journal, us_device(data_dir)))
    qtbot.addWidget(dialog)
    assert "988" in dialog.numbers_label.text() and "1-800-662-4357" in dialog.numbers_label.text()
    assert "Sam" in dialog.contacts_label.text() and "555-0100" in dialog.contacts_label.text()


def test_get_help_puts_my_own_numbers_first_and_keeps_the_emergency_number(qtbot, journal, data_dir):
    crisis.choose_country(data_dir, "GB")
    journal.plan.replace_crisis_numbers([CrisisNumber("My GP out of hours", "111", "UK")])
    dialog = GetHelpDialog(make_ctx(journal, data_dir))
    qtbot.addWidget(dialog)
    text = dialog.numbers_label.text()
    assert text.index("111") < text.index("999") and "988" not in text


def test_get_help_while_locked_shows_numbers_but_no_journal_text(qtbot, journal, data_dir):
    journal.plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    dialog = GetHelpDialog(make_ctx(None, us_device(data_dir)))
    qtbot.addWidget(dialog)
    assert "988" in dialog.numbers_label.text()
    assert "Sam" not in dialog.contacts_label.text()


def test_get_help_shows_the_complete_overdose_response(qtbot, data_dir):
    dialog = GetHelpDialog(make_ctx(None, us_device(data_dir)))
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for words in (
        "limp",
        "cannot be woken",
        "blue",
        "2 to 3 minutes",
        "second dose",
        "rescue breaths",
        "recovery position",
        "until help arrives",
    ):
        assert words in text, words


def test_choosing_a_country_in_get_help_changes_the_numbers_and_is_kept(qtbot, data_dir):
    us_device(data_dir)
    dialog = GetHelpDialog(make_ctx(None, data_dir))
    qtbot.addWidget(dialog)
    assert "911" in dialog.numbers_label.text()
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("AU"))
    assert "000" in dialog.numbers_label.text() and "13 11 14" in dialog.numbers_label.text()
    assert "911" not in dialog.numbers_label.text()
    assert crisis.device_crisis(data_dir).country.code == "AU"


def test_without_a_country_get_help_says_which_numbers_work_in_most_places(qtbot, data_dir):
    dialog = GetHelpDialog(make_ctx(None, data_dir))
    qtbot.addWidget(dialog)
    if crisis.country_from_locale() == "":  # this machine's locale names no country
        assert "112" in dialog.notes_label.text() and "911" in dialog.notes_label.text()


def test_get_help_says_when_the_settings_file_is_damaged_and_still_shows_numbers(qtbot, data_dir):
    from journal_app.core.settings import DEVICE_FILE

    data_dir.mkdir(parents=True)
    (data_dir / DEVICE_FILE).write_bytes(b"{damaged")
    dialog = GetHelpDialog(make_ctx(None, data_dir))
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.notes_label.text() and not dialog.notes_label.isHidden()
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("NZ"))  # choosing mends the file
    assert "111" in dialog.numbers_label.text()
    assert crisis.device_crisis(data_dir).notes == ()


def test_learn_carries_the_complete_overdose_response(qtbot, journal):
    view = LearnView(make_ctx(journal))
    qtbot.addWidget(view)
    titles = view.visible_titles()
    for title in (
        "Signs of an opioid overdose",
        "What to do in an overdose",
        "No amount is known to be safe",
    ):
        assert title in titles
