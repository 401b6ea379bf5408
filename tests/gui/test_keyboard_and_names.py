"""Every view and dialog, as a keyboard and screen-reader user meets it: Tab goes round and
leaves every table and text field, every control has a name, and no two share one."""

from __future__ import annotations

import pytest
from a11y_walk import controls, duplicates, spoken_name, tab_walk, unnamed
from dialog_list import DIALOG_NAMES, every_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journal_app.core import demo
from journal_app.core.models import EntryKind
from journal_app.gui.main_window import MainWindow
from journal_app.gui.views.timeline_table import OPEN_PAUSE_MS

VIEWS = ["Today", "Journal", "Charts", "Insights", "Prevention plan", "Learn"]


@pytest.fixture
def demo_window(window, journal):
    """The main window (tests/gui/conftest.py) on 60 days of demo entries and a plan."""
    demo.write_demo(journal.db, 60)
    window.set_journal(journal)
    return window


def _activate(qtbot, window: QWidget, first: QWidget | None = None) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    first = first or controls(window)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)


def _show(win: MainWindow, title: str) -> None:
    row = VIEWS.index(title)
    win.view_actions[row].trigger()


def _check(window: QWidget, where: str) -> None:
    assert unnamed(window) == [], f"{where}: controls without a name a screen reader can say"
    assert duplicates(window) == {}, f"{where}: names shared by more than one control"
    for backwards in (False, True):
        stops, problem = tab_walk(window, backwards=backwards)
        assert problem == "", f"{where}: {problem} (after {len(stops)} stops)"


@pytest.mark.parametrize("title", VIEWS)
def test_every_view_has_names_and_no_trap(qtbot, demo_window, title):
    _show(demo_window, title)
    _activate(qtbot, demo_window)
    _check(demo_window, title)


@pytest.mark.parametrize("kind", list(EntryKind))
def test_the_entry_form_of_every_kind_has_names_and_no_trap(qtbot, demo_window, kind):
    view = demo_window.journal_view
    view.new_entry(kind)
    _activate(qtbot, demo_window, view.editor.body)
    _check(demo_window, f"new {kind.label}")
    # going forward from the text, Private, Revert and Save are reached
    stops, _problem = tab_walk(demo_window)
    assert (view.editor.private in stops and view.editor.save_button in stops) or (
        not view.editor.save_button.isEnabled() and view.editor.private in stops
    )


def test_tab_leaves_the_timeline_without_opening_entries(qtbot, demo_window):
    view = demo_window.journal_view
    view.new_entry(EntryKind.CHECK_IN)
    _activate(qtbot, demo_window, view.filter_bar.range)
    qtbot.keyClick(view.filter_bar.range, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table
    opened = view.editor.current_id
    assert opened is None  # the new check-in is still there
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.table
    assert view.editor.current_id == opened
    qtbot.wait(OPEN_PAUSE_MS + 300)  # nor after the pause that opens a row arrowed to
    assert view.editor.current_id == opened
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Tab too
    assert QApplication.focusWidget() is not view.table
    assert view.editor.current_id == opened


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_has_names_and_no_trap(qtbot, demo_window, name):
    dialog: QWidget = every_dialog(demo_window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _activate(qtbot, dialog)
    _check(dialog, name)
    if isinstance(dialog, QDialog):
        dialog.reject()


def test_get_help_reads_the_crisis_numbers_from_the_keyboard(qtbot, demo_window):
    from journal_app.gui.dialogs.get_help import GetHelpDialog

    dialog = GetHelpDialog(demo_window.ctx, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    stops, _problem = tab_walk(dialog)
    spoken = " ".join(spoken_name(stop) for stop in stops)
    for number in demo_window.ctx.journal.plan.crisis_numbers():
        assert number.number in spoken


def test_combo_boxes_carry_their_label_to_the_bus(qtbot, demo_window):
    bar = demo_window.journal_view.filter_bar
    assert [spoken_name(c) for c in (bar.kind, bar.tag, bar.range)] == ["Show", "Tag", "Dates"]


def test_a_view_switch_moves_focus_to_the_views_heading(qtbot, demo_window):
    _activate(qtbot, demo_window)
    for title in VIEWS[1:] + VIEWS[:1]:
        _show(demo_window, title)
        focused = QApplication.focusWidget()
        assert focused is not None and title.casefold() in spoken_name(focused).casefold(), title
        assert focused in controls(demo_window)


def _entry_id(view, row: int) -> int:
    from journal_app.gui.views.timeline_model import EntryIdRole

    return view.model.index(row, 0).data(EntryIdRole)


def test_arrow_keys_move_through_the_timeline_and_open_on_enter_or_a_pause(qtbot, demo_window):
    view = demo_window.journal_view
    view.table.selectRow(0)  # a click opens at once
    first = view.editor.current_id
    _activate(qtbot, demo_window, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    row = view.table.currentIndex().row()
    assert row > 0 and view.editor.current_id == first  # passing rows opens nothing yet
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.editor.current_id == _entry_id(view, row)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert view.editor.current_id == _entry_id(view, row)
    qtbot.waitUntil(lambda: view.editor.current_id == _entry_id(view, row - 1), timeout=3000)


def test_a_timeline_row_reads_as_a_sentence(journal):
    from journal_app.core.models import Entry
    from journal_app.gui.views.timeline_model import COL_MOOD, COL_WHEN, TimelineModel

    journal.save(Entry(kind=EntryKind.CHECK_IN, mood=8, craving=5, body="Felt steady after the walk"))
    journal.save(Entry(kind=EntryKind.CHECK_IN, mood=7, craving=None))
    model = TimelineModel(journal)
    model.reload()
    role = Qt.ItemDataRole.AccessibleTextRole
    spoken = sorted(model.index(r, COL_WHEN).data(role) for r in range(2))
    full = next(text for text in spoken if "mood 8" in text)
    empty = next(text for text in spoken if "mood 7" in text)
    assert full.endswith(", check-in, mood 8 of 10, craving 5 of 10, Felt steady after the walk")
    assert full.split(", ")[0].split()[0] in (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    )
    assert empty.endswith("check-in, mood 7 of 10")  # no empty words, no ", ,"
    assert model.index(0, COL_MOOD).data(role) in ("7 of 10", "8 of 10")  # a cell says only its own value


def test_helped_can_be_ticked_from_the_keyboard(qtbot):
    from journal_app.core.models import CopingUse
    from journal_app.gui.widgets.pickers import CopingPicker

    picker = CopingPicker()
    qtbot.addWidget(picker)
    picker.set_choices(["Went for a walk", "Called Sam"])
    picker.show()
    picker.tree.setFocus()
    picker.tree.setCurrentItem(picker.tree.topLevelItem(1))
    qtbot.keyClick(picker.tree, Qt.Key.Key_Right)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    assert picker.chosen() == [CopingUse("Called Sam", True)]


def test_tab_leaves_the_text_field_instead_of_typing_a_tab(qtbot, demo_window):
    editor = demo_window.journal_view.editor
    demo_window.journal_view.new_entry(EntryKind.NOTE)
    _activate(qtbot, demo_window, editor.body)
    qtbot.keyClicks(editor.body, "Hello")
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab)
    assert editor.body.toPlainText() == "Hello"
    assert QApplication.focusWidget() is editor.private


def test_insights_count_and_warnings_are_tab_stops(qtbot, demo_window):
    _show(demo_window, "Insights")
    _activate(qtbot, demo_window)
    insights = demo_window.current_view()
    stops, _problem = tab_walk(demo_window)
    assert insights.streaks_label in stops and "day" in spoken_name(insights.streaks_label)
    for card in insights.cards:
        assert any(stop in stops for stop in card.findChildren(QWidget) if stop.accessibleName() == "")


def test_a_chart_reads_its_summary_and_shows_its_table_with_one_key(qtbot, demo_window):
    _show(demo_window, "Charts")
    _activate(qtbot, demo_window)
    stops, _problem = tab_walk(demo_window)
    panel = next(p for p in demo_window.current_view().findChildren(QWidget) if hasattr(p, "table_button"))
    assert panel.summary in stops and panel.summary.text() in spoken_name(panel.summary)
    assert panel.plot in stops and panel.summary.text() in panel.plot.accessibleDescription()
    panel.plot.setFocus()
    qtbot.keyClick(panel.plot, Qt.Key.Key_T)
    assert panel.stack.currentWidget() is panel.table and QApplication.focusWidget() is panel.table
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.model.columnCount())]
    assert headers and all(headers)
    qtbot.keyClick(panel.table, Qt.Key.Key_T)
    assert panel.stack.currentWidget() is panel.plot


def _read_text(widget: QWidget) -> str:
    """The text a screen reader reads (AT-SPI's Text interface is Qt's text interface)."""
    text = QAccessible.queryAccessibleInterface(widget).textInterface()
    return text.text(0, text.characterCount())


def test_a_date_field_says_its_date_through_the_text_a_screen_reader_reads(qtbot, demo_window):
    editor = demo_window.journal_view.editor
    demo_window.journal_view.new_entry(EntryKind.NOTE)
    assert _read_text(editor.when) == editor.when.text() != ""
    editor.when.setDateTime(editor.when.dateTime().addDays(-1))
    assert _read_text(editor.when) == editor.when.text()
    assert editor.when.text() not in editor.when.accessibleDescription()  # Orca would say it twice


def test_f4_opens_a_date_fields_named_calendar_and_esc_leaves_the_date(qtbot, demo_window):
    editor = demo_window.journal_view.editor
    demo_window.journal_view.new_entry(EntryKind.NOTE)
    _activate(qtbot, demo_window, editor.when)
    before = editor.when.date()
    qtbot.keyClick(editor.when, Qt.Key.Key_F4)
    calendar = editor.when.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    days = QApplication.focusWidget()
    assert calendar.isAncestorOf(days) and days.accessibleName() == "Calendar: When"
    qtbot.keyClick(days, Qt.Key.Key_Left)  # Qt moves the field's date with the arrow keys
    qtbot.keyClick(days, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert editor.when.date() == before and QApplication.focusWidget() is editor.when
    qtbot.keyClick(editor.when, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(calendar.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert editor.when.date() == before.addDays(-1)


def test_enter_on_a_views_name_moves_focus_to_its_heading(qtbot, demo_window):
    _activate(qtbot, demo_window, demo_window.nav)
    qtbot.keyClick(demo_window.nav, Qt.Key.Key_Down)  # arrows in the list keep the focus there
    assert QApplication.focusWidget() is demo_window.nav
    qtbot.keyClick(demo_window.nav, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is demo_window.view_heading
    assert demo_window.view_heading.text() == VIEWS[1]


def test_a_not_said_number_says_its_words_and_a_number_its_value(qtbot, demo_window):
    editor = demo_window.journal_view.editor
    demo_window.journal_view.new_entry(EntryKind.CHECK_IN)
    editor.sleep.setValue(editor.sleep.minimum())  # its value on the bus is the lowest number
    assert _read_text(editor.sleep) == editor.sleep.text() != ""  # Orca reads "Not said"
    assert editor.sleep.text() not in editor.sleep.accessibleDescription()  # and only once
    editor.sleep.setValue(7.5)
    assert _read_text(editor.sleep) == editor.sleep.text()  # the number, as its value says


def test_an_empty_message_is_no_tab_stop_and_the_calendar_is_named(qtbot, window):
    from PySide6.QtWidgets import QCalendarWidget, QTableView

    view = next(v for v in window.views if v.view_title == "Back-fill days")
    assert view.message.text() == ""
    assert not view.message.focusPolicy() & Qt.FocusPolicy.TabFocus  # a stop would say nothing
    view.message.setText("The last marking was taken back.")
    assert view.message.focusPolicy() & Qt.FocusPolicy.TabFocus
    days = view.findChild(QCalendarWidget).findChild(QTableView)
    assert days.accessibleName() == view.calendar.accessibleName() != ""


def test_session_mode_opens_on_its_step(qtbot, demo_window):
    from journal_app.gui.charts.session_mode import SessionModeWindow

    session = SessionModeWindow(demo_window.ctx)
    qtbot.addWidget(session)
    session.start()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is session.step_label)
    assert session.step_label.text().startswith("Step 1 of")
    session.close()
