"""Filling in a questionnaire: PHQ-9 item 9 routes to help before any score; half-done answers
are kept only when the person chooses."""

from PySide6.QtWidgets import QMessageBox

from journal_app.core import crisis
from journal_app.core import questionnaires as q
from journal_app.core.plan import SupportContact
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs import questionnaire_dialog as qd
from journal_app.gui.dialogs.questionnaire_dialog import QuestionnaireDialog


def make(qtbot, journal, data_dir, instrument=q.PHQ9):
    ctx = AppContext(journal, JournalEvents(), data_dir)
    dialog = QuestionnaireDialog(ctx, instrument)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer_all(dialog, answers):
    for key, option in answers.items():
        dialog.answer(key, option)


def test_a_completed_gad7_is_scored_saved_and_shown_as_a_band(qtbot, journal, data_dir):
    dialog = make(qtbot, journal, data_dir, q.GAD7)
    assert not dialog.finish_button.isEnabled()  # nothing scored before every answer
    answer_all(dialog, dict(zip("1234567", (1, 1, 1, 1, 1, 0, 0), strict=True)))
    assert dialog.finish_button.isEnabled()
    dialog.finish_button.click()
    assert dialog.pages.currentIndex() == qd.RESULT
    assert "5 of 21" in dialog.result_label.text() and "Mild" in dialog.result_label.text()
    assert "not a diagnosis" in dialog.result_label.text()
    saved = journal.questionnaires.results(q.GAD7)
    assert [r.scores[0].value for r in saved] == [5]


def test_phq9_item_9_shows_crisis_numbers_and_contacts_at_once_before_the_score(qtbot, journal, data_dir):
    crisis.choose_country(data_dir, "GB")
    journal.plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    dialog = make(qtbot, journal, data_dir)
    dialog.answer("1", 1)
    assert dialog.pages.currentIndex() == qd.QUESTIONS
    dialog.answer("9", 1)  # "Several days": at once, before anything else
    assert dialog.pages.currentIndex() == qd.SAFETY
    text = dialog.safety_label.text()
    assert "Nobody watches this app" in text
    assert "999" in text  # the UK's emergency number, for the person's country
    assert "Sam" in text and "555-0100" in text
    assert dialog.saved_result is None  # no score yet
    # back to the rest of the questions, then finishing shows the safety page again, first
    dialog.safety_back_button.click()
    answer_all(dialog, {str(k): 0 for k in range(2, 9)})
    dialog.finish_button.click()
    assert dialog.pages.currentIndex() == qd.SAFETY  # the crisis view before the score
    assert dialog.saved_result is not None and dialog.saved_result.needs_help
    dialog.safety_continue_button.click()
    assert dialog.pages.currentIndex() == qd.RESULT
    assert "2 of 27" in dialog.result_label.text()
    row = journal.questionnaires.results(q.PHQ9)[0]
    assert row.needs_help  # recorded


def test_item_9_not_at_all_goes_straight_to_the_score(qtbot, journal, data_dir):
    dialog = make(qtbot, journal, data_dir)
    answer_all(dialog, {str(k): 0 for k in range(1, 10)})
    assert dialog.pages.currentIndex() == qd.QUESTIONS
    dialog.finish_button.click()
    assert dialog.pages.currentIndex() == qd.RESULT and not dialog.safety_shown


def test_abandoned_half_way_nothing_is_saved_unless_kept(qtbot, journal, data_dir, monkeypatch):
    dialog = make(qtbot, journal, data_dir)
    answer_all(dialog, {"1": 2, "2": 1})
    monkeypatch.setattr(dialog, "ask_keep", lambda: QMessageBox.StandardButton.Discard)
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert journal.questionnaires.results() == []
    assert journal.setting(qd.DRAFT_KEY.format(q.PHQ9)) is None

    kept = make(qtbot, journal, data_dir)
    answer_all(kept, {"1": 2, "2": 1})
    monkeypatch.setattr(kept, "ask_keep", lambda: QMessageBox.StandardButton.Save)
    kept.close_button.click()
    assert journal.questionnaires.results() == []  # kept, never scored
    again = make(qtbot, journal, data_dir)
    assert again.answers() == {"1": 2, "2": 1}  # given back next time
    monkeypatch.setattr(again, "ask_keep", lambda: QMessageBox.StandardButton.Discard)
    again.close_button.click()
    assert journal.setting(qd.DRAFT_KEY.format(q.PHQ9)) is None  # discarded when the person says so


def test_cancel_stays_in_the_questionnaire(qtbot, journal, data_dir, monkeypatch):
    dialog = make(qtbot, journal, data_dir)
    dialog.answer("1", 1)
    monkeypatch.setattr(dialog, "ask_keep", lambda: QMessageBox.StandardButton.Cancel)
    dialog.close_button.click()
    assert dialog.isVisible() and dialog.answers() == {"1": 1}
    monkeypatch.setattr(dialog, "ask_keep", lambda: QMessageBox.StandardButton.Discard)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_bam_asks_which_drugs_only_after_drug_use(qtbot, journal, data_dir):
    dialog = make(qtbot, journal, data_dir, q.BAM)
    assert dialog.boxes["7A"].isHidden()
    dialog.answer("6", 1)
    assert not dialog.boxes["7A"].isHidden()


def test_in_spanish_the_phq9_asks_its_published_spanish_and_item_9_still_brings_help_first(
    qtbot, journal, data_dir
):
    from spanish_walk import back_to_english, use_language

    use_language("es")
    try:
        dialog = make(qtbot, journal, data_dir)
        assert dialog.question_words["1"].text() == "1. Poco interés o placer en hacer cosas"
        assert [b.text() for b in dialog.groups["1"].buttons()] == [
            "Ningún día",
            "Varios días",
            "Más de la mitad de los días",
            "Casi todos los días",
        ]
        assert "inglés" not in dialog.intro_label.text()  # no note: it is in Spanish
        dialog.answer("9", 1)  # "Varios días" on the safety item: help at once, as in English
        assert dialog.pages.currentIndex() == qd.SAFETY
        dialog.safety_back_button.click()
        answer_all(dialog, {str(k): 2 for k in range(1, 9)})
        dialog.finish_button.click()
        dialog.safety_continue_button.click()
        assert "Total: 17 de 27" in dialog.result_label.text()
        assert "Moderadamente grave" in dialog.result_label.text()
    finally:
        back_to_english()
    (saved,) = journal.questionnaires.results(q.PHQ9)  # read back in English: the same result
    assert saved.scores[0].value == 17 and saved.scores[0].band.name == "Moderately severe"
    assert saved.needs_help and saved.answers["9"] == 1


def test_in_spanish_the_bam_says_calmly_why_its_questions_stay_in_english(qtbot, journal, data_dir):
    from spanish_walk import back_to_english, use_language

    use_language("es")
    try:
        dialog = make(qtbot, journal, data_dir, q.BAM)
        intro = dialog.intro_label.text()
        assert "Las preguntas del BAM se quedan en inglés" in intro
        assert "Puedes responderlas igualmente" in intro
        assert dialog.question_words["1"].text().startswith("1. In the past 30 days")  # as validated
        answer_all(dialog, {question.key: 0 for question in dialog.instrument.asked({})})
        dialog.finish_button.click()
        assert "Consumo: 0 de 12" in dialog.result_label.text()  # the app's own words: Spanish
    finally:
        back_to_english()
