"""The Questionnaires view: what is due, past results, and a questionnaire opened from it."""

from PySide6.QtWidgets import QLabel

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


def test_in_spanish_results_and_instruments_show_no_english_but_the_bams_own_instructions(
    qtbot, journal, data_dir
):
    from spanish_walk import still_english

    journal.questionnaires.save(q.Result(q.PHQ9, dict.fromkeys("123456789", 1)))  # 9: help was shown
    journal.questionnaires.save(q.Result(q.GAD7, dict.fromkeys("1234567", 2)))
    bam = q.instruments("en")[q.BAM]
    journal.questionnaires.save(q.Result(q.BAM, {question.key: 1 for question in bam.asked({"6": 1})}))
    seen: dict[str, str] = {}

    def build():
        view = QuestionnairesView(AppContext(journal, JournalEvents(), data_dir))
        qtbot.addWidget(view)
        view.show()
        language = q.instruments()[q.PHQ9].language
        seen[language] = " ".join(view.table.item(row, 2).text() for row in range(view.table.rowCount()))
        seen[f"{language} words"] = " ".join(label.text() for label in view.findChildren(QLabel))
        return view

    # The BAM has no published Spanish: its instructions stay as validated, and the view says why.
    assert still_english(build, allow={"These questions are about the past 30 days"}) == []
    assert "Total 9 de 27 (Leve)" in seen["es"] and "Total 9 of 27 (Mild)" in seen["en"]
    assert "Total 14 de 21 (Moderado)" in seen["es"] and "Riesgo 6 de 24 (Más bajo)" in seen["es"]
    assert "Las preguntas del BAM se quedan en inglés" in seen["es words"]
    assert "¿qué tan seguido ha tenido molestias" in seen["es words"]  # the PHQ-9's published Spanish
    assert "stay in English" not in seen["en words"]  # in English there is nothing to explain
