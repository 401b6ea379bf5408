"""Mood and craving can be left "not said"; nothing the person did not say is saved."""

from journal_builder import check_in
from PySide6.QtCore import Qt

from journal_app.core.models import EntryKind


def test_editing_an_entry_without_a_craving_keeps_it_empty(qtbot, window, journal):
    saved = journal.save(check_in(2, mood=7, craving=None, title="Imported from Daylio"))
    view = window.journal_view
    view.show_entry(saved.id)
    editor = view.editor
    assert editor.craving.value() is None and editor.craving.not_said.isChecked()
    editor.title.setText("Imported from Daylio, edited")
    editor.save_button.click()
    again = journal.get(saved.id)
    assert again.title.endswith("edited") and again.craving is None and again.mood == 7


def test_a_new_check_in_starts_with_nothing_said_and_asks_for_a_mood(qtbot, window, journal):
    view = window.journal_view
    view.new_entry(EntryKind.CHECK_IN)
    editor = view.editor
    assert editor.mood.value() is None and editor.craving.value() is None
    assert not editor.save_button.isEnabled()
    assert "A check-in needs a mood." in editor.problems_label.text()
    editor.mood.slider.setFocus()
    qtbot.keyClick(editor.mood.slider, Qt.Key.Key_Right)  # moving the slider says it
    assert editor.mood.value() == 7 and editor.save_button.isEnabled()
    editor.save_button.click()
    saved = journal.get(editor.current_id)
    assert saved.mood == 7 and saved.craving is None


def test_a_said_value_can_be_taken_back(qtbot, window):
    view = window.journal_view
    view.new_entry(EntryKind.CHECK_IN)
    editor = view.editor
    editor.craving.setValue(3)
    assert editor.entry().craving == 3
    editor.craving.not_said.setChecked(True)
    assert editor.entry().craving is None and editor.craving.slider.accessibleDescription() == "Not said"
