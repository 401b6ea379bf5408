"""No one loses what they were doing: the urge dialog asks before closing over a running timer
or typed words, shows the time left, and grows with its content."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.urge_dialog import UrgeDialog


@pytest.fixture
def dialog(qtbot, journal):
    dialog = UrgeDialog(AppContext(journal, JournalEvents(), None))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def answer(monkeypatch):
    asked = []

    def set_answer(button):
        def question(_parent, title, text, *_args, **_kwargs):
            asked.append((title, text))
            return button

        monkeypatch.setattr("journal_app.gui.dialogs.urge_dialog.QMessageBox.question", question)
        return asked

    return set_answer


def test_esc_with_a_running_timer_asks_and_keep_going_keeps_it(qtbot, dialog, answer):
    asked = answer(QMessageBox.StandardButton.Cancel)
    dialog.start_surfing()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and "timer is still running" in asked[0][1]
    assert dialog.isVisible() and dialog.timer.isActive()


def test_cancel_with_typed_words_can_save_them(qtbot, dialog, answer, journal):
    answer(QMessageBox.StandardButton.Save)
    dialog.situation_edit.setText("At the bus stop after work")
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert journal.get(dialog.saved_entry.id).situation == "At the bus stop after work"


def test_an_untouched_dialog_closes_without_a_question(qtbot, dialog, answer):
    asked = answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible()


def test_the_timer_shows_the_time_left(dialog):
    dialog.minutes.setValue(2)
    dialog.start_surfing()
    dialog.advance(35)
    assert dialog.time_left_label.text() == "1:25 left"
    dialog.advance(85)
    assert dialog.time_left_label.text() == "Time is up"


def test_starting_the_timer_with_the_keyboard_leaves_the_focus_on_what_to_do_now(qtbot, dialog):
    """Space on "Start the timer", then Enter: the urge is not saved as passed by accident; the
    focus is on the phase (read by a screen reader), the set-up row is gone, the timer runs."""
    dialog.start_button.setFocus()
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)
    assert dialog.timer.isActive()
    assert dialog.phase_label.hasFocus() and "rising" in dialog.phase_label.text()
    assert not dialog.start_row.isVisible() and not dialog.passed_button.hasFocus()
    dialog.timer.stop()


def test_the_dialog_grows_when_the_planned_response_appears(qtbot, dialog, journal):
    journal.plan.set_response("Stress", "Call Sam, then walk round the block for ten minutes. " * 3)
    before = dialog.height()
    dialog.trigger_combo.setEditText("Stress")
    qtbot.waitUntil(lambda: dialog.plan_label.isVisible())
    assert dialog.height() > before
    label = dialog.plan_label
    assert label.height() >= label.heightForWidth(label.width()) - 2
