"""The lapse review across a language switch (Settings, live): the offered review re-words itself and
keeps what was typed, and the plan's "After a lapse" item stays one item, shown in the language."""

from __future__ import annotations

from datetime import timedelta

import pytest
from i18n_helpers import built_qm
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale
from PySide6.QtWidgets import QApplication

from journal_app.core import lapse, messages
from journal_app.core.models import Entry, EntryKind, now_local
from journal_app.core.settings import DeviceSettings
from journal_app.gui.views.plan_view import PlanView
from journal_app.gui.views.registry import VIEW_FACTORIES


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the views built before go


@pytest.fixture
def switch(window, data_dir):
    window.qm_directory = built_qm()

    def to(language: str) -> None:
        DeviceSettings.load(data_dir).set("appearance.language", language)
        window.ctx.events.settings_changed.emit()  # as the Settings dialog does
        _settle()

    return to


def _offered(qtbot, window, journal):
    used = journal.save(
        Entry(kind=EntryKind.USE, occurred_at=now_local() - timedelta(hours=1), substance="heroin")
    )
    window.ctx.events.entry_saved.emit(used)
    qtbot.waitUntil(lambda: window.lapse_offer.dialog is not None and window.lapse_offer.dialog.isVisible())
    return used


def _plan_rows(window) -> list[str]:
    window.nav.setCurrentRow(
        next(r for r, f in enumerate(VIEW_FACTORIES) if f.view_title == "Prevention plan")
    )
    _settle()
    view = window.current_view()
    assert isinstance(view, PlanView)
    model = view.responses_table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_offered_review_follows_a_language_switch_and_keeps_the_answers(qtbot, window, journal, switch):
    switch("es")
    _offered(qtbot, window, journal)
    dialog = window.lapse_offer.dialog
    assert dialog.windowTitle() == "Revisión de un desliz"
    dialog.set_answer("feelings", "Tired and alone")
    switch("en")
    dialog = window.lapse_offer.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Lapse review"
    assert dialog.fields["feelings"].toPlainText() == "Tired and alone"  # nothing typed is lost
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "This is a short, kind look back" in texts and "Esta es" not in texts


def test_after_a_lapse_stays_one_plan_item_in_the_language_shown(qtbot, window, journal, switch):
    switch("es")
    _offered(qtbot, window, journal)
    window.lapse_offer.dialog.set_answer("next_time", "Llamar a Sam")
    window.lapse_offer.dialog.plan_button.click()
    assert "Después de un desliz" in window.lapse_offer.dialog.message.text()
    switch("en")
    dialog = window.lapse_offer.dialog
    dialog.set_answer("next_time", "Go to the evening meeting")
    dialog.plan_button.click()
    assert "“After a lapse”" in dialog.message.text()
    responses = journal.plan.responses()
    assert len(responses) == 1, responses  # one item, both plans in it, the earlier first
    assert responses[0].response == "Llamar a Sam\nGo to the evening meeting"
    assert _plan_rows(window) == ["After a lapse"]
    switch("es")
    assert _plan_rows(window) == ["Después de un desliz"]


def test_a_general_item_saved_in_spanish_before_is_taken_up_not_doubled(journal):
    """A journal from before this fix keeps "Después de un desliz" in its plan: it is the same item."""
    journal.plan.set_response("Después de un desliz", "Llamar a Sam")
    used = journal.save(Entry(kind=EntryKind.USE, occurred_at=now_local(), substance="heroin"))
    planned = lapse.plan_response(journal.plan, lapse.LapseReview(used, {"next_time": "Go to a meeting"}))
    assert planned.trigger == lapse.GENERAL_TRIGGER
    assert [(r.trigger, r.response) for r in journal.plan.responses()] == [
        (lapse.GENERAL_TRIGGER, "Llamar a Sam\nGo to a meeting")
    ]


def test_a_review_saved_in_spanish_reads_back_in_english(journal):
    used = journal.save(Entry(kind=EntryKind.USE, occurred_at=now_local(), substance="heroin"))
    messages.set_language("es")
    try:
        note = lapse.LapseReview(used, {"situation": "En casa", "next_time": "Llamar a Sam"}).as_entry()
    finally:
        messages.set_language("en")
    assert note.body.startswith("La situación:")  # written with its Spanish headings
    again = lapse.from_note(used, note)
    assert again.answers == {"situation": "En casa", "next_time": "Llamar a Sam"}


def test_the_lapse_note_of_a_streak_follows_the_language(qtbot, window, journal, switch):
    from datetime import date

    from spanish_walk import texts_of

    start = date.today() - timedelta(days=100)
    journal.add_recovery_start("Opioids", start)
    journal.save(Entry(kind=EntryKind.USE, occurred_at=now_local() - timedelta(days=10), substance="heroin"))
    window.ctx.events.entries_changed.emit()
    switch("es")
    window.nav.setCurrentRow(next(r for r, f in enumerate(VIEW_FACTORIES) if f.view_title == "Insights"))
    _settle()
    spanish = " ".join(texts_of(window))
    assert "Un desliz no es el final" in spanish
    since = QLocale(QLocale.Language.Spanish).toString(
        QDate(start.year, start.month, start.day), "d MMM yyyy"
    )
    assert f"desde el {since}" in spanish  # the window's locale changed with the language: no "Aug"
    switch("en")
    _settle()
    english = " ".join(texts_of(window))
    assert "A lapse is not the end" in english and "Un desliz" not in english
