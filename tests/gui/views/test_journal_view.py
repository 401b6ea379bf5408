"""A person writes, finds, edits, deletes and un-deletes entries through the real widgets."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.core.models import Entry, EntryKind
from journal_app.core.query import EntryFilter
from journal_app.gui.views.timeline_model import COL_MOOD, COL_SUMMARY


def _cell(window, row, column):
    model = window.journal_view.model
    return model.data(model.index(row, column))


def _write_check_in(qtbot, window, mood, text):
    view = window.journal_view
    view.new_actions[EntryKind.CHECK_IN].trigger()
    editor = view.editor
    assert editor.heading.text() == "New check-in"
    editor.mood.slider.setFocus()
    while editor.mood.value() is None or editor.mood.value() < mood:
        qtbot.keyClick(editor.mood.slider, Qt.Key.Key_Right)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, text)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_empty_journal_invites_a_first_check_in(qtbot, window):
    view = window.journal_view
    assert view.list_stack.currentIndex() == 1
    assert "Your journal is empty" in view.empty_label.text()
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    assert view.editor_stack.currentWidget() is view.editor
    assert view.editor.current_kind() is EntryKind.CHECK_IN


def test_write_find_edit_delete_and_undo(qtbot, window, yes_to_questions, journal):
    view = window.journal_view
    _write_check_in(qtbot, window, 7, "Felt steady after the walk")

    # it is in the timeline, with its mood
    assert view.model.rowCount() == 1
    assert _cell(window, 0, COL_MOOD) == "7/10"
    assert "Felt steady" in _cell(window, 0, COL_SUMMARY)
    assert view.count_label.text() == "1 entry"
    assert journal.count() == 1

    # found by a prefix search as the person types
    _write_check_in(qtbot, window, 4, "Rough morning")
    assert view.model.rowCount() == 2
    view.filter_bar.search.setFocus()
    qtbot.keyClicks(view.filter_bar.search, "stea")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "Felt steady" in _cell(window, 0, COL_SUMMARY)
    assert view.count_label.text() == "1 of 2 entries match"

    # edit it
    view.table.selectRow(0)
    assert view.editor.heading.text() == "Editing check-in"
    view.editor.title.setText("Good day")
    view.save_action.trigger()
    assert _cell(window, 0, COL_SUMMARY) == "Good day"
    assert journal.get(view.editor.current_id).title == "Good day"

    # delete it, after a confirmation
    view.filter_bar.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    row = view.model.row_of(journal.search("steady")[0].id)
    view.table.selectRow(row)
    view.delete_menu_action.trigger()
    assert yes_to_questions and "Delete" in yes_to_questions[-1][0]
    assert view.model.rowCount() == 1 and journal.search("steady") == []
    assert "Undo (Ctrl+Z)" in window.statusBar().currentMessage()

    # and bring it back with Undo (Ctrl+Z)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 2
    back = journal.search("steady")
    assert back and journal.get(back[0].id).title == "Good day"


def test_answering_no_keeps_the_entry(qtbot, window, monkeypatch, journal):
    journal.save(Entry(kind=EntryKind.NOTE, title="Keep this"))
    window.journal_view.set_journal(journal)
    monkeypatch.setattr(
        "journal_app.gui.views.journal_view.QMessageBox.question",
        lambda *a, **k: QMessageBox.StandardButton.No,
    )
    window.journal_view.table.selectRow(0)
    window.journal_view.delete_menu_action.trigger()
    assert journal.count() == 1 and window.journal_view.model.rowCount() == 1


def test_undo_a_new_entry_and_redo_it(qtbot, window, journal):
    _write_check_in(qtbot, window, 6, "Undo me")
    view = window.journal_view
    view.undo_action.trigger()
    assert journal.count() == 0 and view.list_stack.currentIndex() == 1
    view.redo_action.trigger()
    assert journal.count() == 1 and view.model.rowCount() == 1


def test_invalid_entries_cannot_be_saved_and_say_why(qtbot, window, journal):
    view = window.journal_view
    view.new_actions[EntryKind.NOTE].trigger()
    editor = view.editor
    assert not editor.save_button.isEnabled()
    assert editor.problems_label.text() == "A note needs a title or some text."
    view.save_action.trigger()  # Ctrl+S does nothing either
    assert journal.count() == 0
    qtbot.keyClicks(editor.title, "Now it has words")
    assert editor.save_button.isEnabled() and editor.problems_label.isHidden()
    editor.when.setDateTime(editor.when.dateTime().addDays(3))
    assert not editor.save_button.isEnabled()
    assert "in the future" in editor.problems_label.text()


def test_urge_form_shows_urge_fields_and_saves_triggers(qtbot, window, journal):
    view = window.journal_view
    view.new_actions[EntryKind.CRAVING].trigger()
    editor = view.editor
    assert editor.situation.isVisibleTo(editor) and not editor.mood.isVisibleTo(editor)
    editor.craving.setValue(8)
    qtbot.keyClicks(editor.situation, "Walked past the old corner")
    qtbot.keyClicks(editor.triggers.add_row.edit, "Smell of smoke")
    qtbot.keyClick(editor.triggers.add_row.edit, Qt.Key.Key_Return)
    editor.coping.set_use(
        editor.coping.chosen()[0]
        if editor.coping.chosen()
        else __import__("journal_app.core.models", fromlist=["CopingUse"]).CopingUse(
            "Called or texted someone supportive", True
        )
    )
    editor.halt["halt_lonely"].setChecked(True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = journal.get(view.editor.current_id)
    assert saved.kind is EntryKind.CRAVING and saved.craving == 8
    assert saved.triggers == ["Smell of smoke"] and saved.halt_lonely
    assert saved.coping[0].name == "Called or texted someone supportive" and saved.coping[0].helped
    assert "Smell of smoke" in journal.trigger_names()


def test_filter_by_kind_and_tag(qtbot, window, journal):
    when = datetime.now(UTC) - timedelta(hours=2)
    journal.save(Entry(kind=EntryKind.NOTE, title="work note", tags=["work"], occurred_at=when))
    journal.save(Entry(kind=EntryKind.CHECK_IN, mood=6, occurred_at=when))
    view = window.journal_view
    view.set_journal(journal)
    assert view.model.rowCount() == 2
    view.filter_bar.kind.setCurrentIndex(view.filter_bar.kind.findData(EntryKind.CHECK_IN))
    assert view.model.rowCount() == 1 and _cell(window, 0, COL_MOOD) == "6/10"
    view.filter_bar.kind.setCurrentIndex(0)
    view.filter_bar.tag.setCurrentIndex(view.filter_bar.tag.findData("work"))
    assert view.model.rowCount() == 1 and _cell(window, 0, COL_SUMMARY) == "work note"
    view.filter_bar.range.setCurrentIndex(view.filter_bar.range.findData(7))
    assert view.model.rowCount() == 1


def test_private_entries_are_marked_in_the_timeline(qtbot, window, journal):
    journal.save(Entry(kind=EntryKind.NOTE, title="just for me", private=True))
    window.journal_view.set_journal(journal)
    assert _cell(window, 0, COL_SUMMARY) == "(private) just for me"


def test_locking_clears_every_journal_text(qtbot, window, journal):
    journal.save(Entry(kind=EntryKind.NOTE, title="secret words", body="more secret words"))
    view = window.journal_view
    view.set_journal(journal)
    view.table.selectRow(0)
    assert view.editor.body.toPlainText() == "more secret words"
    window.set_journal(None)
    assert view.model.rowCount() == 0
    assert "secret" not in view.editor.body.toPlainText() + view.editor.title.text()
    assert view.editor_stack.currentWidget() is view.editor_placeholder


def test_timeline_reads_pages_not_everything(qtbot, window, journal):
    from journal_app.core import demo
    from journal_app.gui.views.timeline_model import PAGE_SIZE

    demo.write_demo(journal.db, 400)
    view = window.journal_view
    view.set_journal(journal)
    total = journal.count()
    assert total > PAGE_SIZE * 2
    assert view.model.rowCount() == PAGE_SIZE
    assert view.count_label.text() == f"{total:,} entries"
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > PAGE_SIZE)


def test_get_help_is_one_click_away(qtbot, window, data_dir):
    from journal_app.core import crisis

    crisis.choose_country(data_dir, "US")
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    dialog = window.help_dialog
    assert dialog.isVisible() and any("988" in label.text() for label in dialog.number_labels)
    dialog.close()


def test_other_views_are_built_when_first_opened(qtbot, window):
    import sys

    assert [v.view_title for v in window.built_views()] == ["Today", "Journal"]  # Today opens first
    row = [window.nav.item(i).text() for i in range(window.nav.count())].index("Learn")
    window.nav.setCurrentRow(row)
    assert window.current_view().view_title == "Learn"
    assert "journal_app.gui.views.learn_view" in sys.modules
    assert [v.view_title for v in window.built_views()] == ["Today", "Journal", "Learn"]


def test_an_older_use_can_be_looked_back_at_later_and_its_review_opens_again(qtbot, window, journal):
    from journal_app.core import lapse
    from journal_app.core.models import UrgeOutcome, now_local

    view = window.journal_view
    old = journal.save(
        Entry(kind=EntryKind.USE, occurred_at=now_local() - timedelta(days=20), substance="heroin")
    )
    urge = journal.save(Entry(kind=EntryKind.CRAVING, craving=8, outcome=UrgeOutcome.USED))
    check_in = journal.save(Entry(kind=EntryKind.CHECK_IN, mood=6))
    window.set_journal(journal)

    view.show_entry(check_in.id)  # not a use: nothing to look back at
    assert view.editor.review_button.isHidden()
    view.show_entry(urge.id)  # an urge that ended in use is offered the look back too
    assert not view.editor.review_button.isHidden()
    view.show_entry(old.id)
    assert not view.editor.review_button.isHidden()

    qtbot.mouseClick(view.editor.review_button, Qt.MouseButton.LeftButton)
    dialog = view.review_dialog
    assert dialog is not None and dialog.isVisible() and dialog.use_entry.id == old.id
    dialog.set_answer("trigger", "Payday")
    dialog.set_answer("next_time", "Hand my card to Sam on paydays")
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)  # one click into the plan
    assert journal.plan.response_for("Payday") == "Hand my card to Sam on paydays"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    def reviews():
        return journal.rows(EntryFilter(tag=lapse.TAG))

    assert len(reviews()) == 1
    assert journal.get(reviews()[0].id).occurred_at == old.occurred_at  # dated with the use it looks at

    # a second look opens the same review with the person's words, and saving keeps it one note
    view.show_entry(old.id)
    qtbot.mouseClick(view.editor.review_button, Qt.MouseButton.LeftButton)
    again = view.review_dialog
    assert again is not dialog
    assert again.fields["next_time"].toPlainText() == "Hand my card to Sam on paydays"
    assert again.fields["trigger"].currentText() == "Payday"
    again.set_answer("feelings", "Tired and wound up")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert len(reviews()) == 1
    body = journal.get(reviews()[0].id).body
    assert "Tired and wound up" in body and "Hand my card to Sam" in body


def _drawn_when(view, row: int) -> str:
    """The When cell's text as the table draws it (the delegate may leave out the weekday)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from journal_app.gui.views.timeline_model import COL_WHEN

    index = view.model.index(row, COL_WHEN)
    option = QStyleOptionViewItem()
    option.initFrom(view.table)  # the table's font, as it draws
    option.rect = view.table.visualRect(index)
    view.table.itemDelegateForColumn(COL_WHEN).initStyleOption(option, index)
    fits = option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()
    return option.text if fits else ""


def test_the_timelines_dates_grow_with_the_text_and_stay_whole(qtbot, window, journal, restore_look):
    """At the app's default text the date has its weekday; at 24 points in a 1024×600 window the
    When column grows with the words and keeps the whole date, giving up only the weekday."""
    from PySide6.QtWidgets import QApplication

    from journal_app.gui import theme

    when = datetime(2026, 9, 30, 23, 59).astimezone()
    journal.save(Entry(kind=EntryKind.CHECK_IN, mood=6, occurred_at=when, body="A long Wednesday"))
    window.set_journal(journal)
    theme.apply(restore_look, "light", 10)  # as the app starts
    QApplication.processEvents()
    view = window.journal_view
    assert _drawn_when(view, 0).startswith("Wed 30 Sep 2026")
    theme.apply(restore_look, "light", 24)  # Settings ▸ Text size
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: view.table.fontMetrics().height() > 25)
    QApplication.processEvents()
    QApplication.processEvents()
    assert _drawn_when(view, 0) in ("Wed 30 Sep 2026, 23:59", "30 Sep 2026, 23:59")
    assert not view.table.horizontalScrollBar().isVisible()
