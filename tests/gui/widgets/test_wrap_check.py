"""The wrapping check box: its words wrap at a large font in a narrow place, a click on them
toggles it, Space and Tab work as on a plain check box, a screen reader hears the words, and it
follows right to left and a change of its words (a live language switch)."""

from __future__ import annotations

import pytest
from a11y_walk import spoken_name
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from journal_app.gui import theme
from journal_app.gui.widgets.wrap_check import WrapCheck

LONG = "Private (left out of session mode and exports unless included)"


@pytest.fixture
def form(qtbot, restore_look):
    theme.apply(restore_look, "light", 24)  # the largest text size a person can choose
    page = QWidget()
    layout = QVBoxLayout(page)
    before, box, after = QCheckBox("Before"), WrapCheck(LONG), QCheckBox("After")
    for widget in (before, box, after):
        layout.addWidget(widget)
    layout.addStretch(1)
    qtbot.addWidget(page)
    page.resize(360, 500)
    page.show()
    qtbot.waitExposed(page)
    return page, before, box, after


def test_long_words_wrap_within_a_narrow_place(form):
    page, _before, box, _after = form
    one_line = QCheckBox(LONG)
    one_line.setFont(box.font())
    assert one_line.sizeHint().width() > page.width()  # a plain check box would be cut here
    assert box.width() <= page.width()
    assert box.minimumSizeHint().width() < page.width()
    words = box.label
    assert words.wordWrap() and words.text() == LONG
    assert words.height() >= words.heightForWidth(words.width()) > 2 * words.fontMetrics().height()
    assert box.height() >= words.height()  # every line shows: the layout gave it their height
    assert words.font().pointSize() == 24  # the app's text size


def test_a_click_on_the_words_or_the_box_toggles_it(qtbot, form):
    _page, _before, box, _after = form
    words = box.label.geometry()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=words.center())
    assert box.isChecked() and box.hasFocus()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.label.x() - 10, 10))  # the box
    assert not box.isChecked()


def test_short_words_leave_the_room_beside_them_inert(qtbot, form):
    _page, _before, box, _after = form
    box.setText("Short")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 5, 5))
    assert not box.isChecked()


def test_keyboard_and_screen_reader_as_for_a_plain_check_box(qtbot, form):
    page, before, box, after = form
    page.activateWindow()
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert box.hasFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert spoken_name(box) == LONG


def test_new_words_are_shown_and_heard(form):
    """A live language switch sets the words again; the name follows, and an & marks a shortcut."""
    _page, _before, box, _after = form
    box.setText("&Privada (fuera del modo sesión)")
    assert box.label.text() == "Privada (fuera del modo sesión)"
    assert spoken_name(box) == "Privada (fuera del modo sesión)"
    assert box.shortcut().toString() == "Alt+P"


def test_right_to_left_puts_the_box_on_the_right(qtbot, form):
    page, _before, box, _after = form
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: box.label.geometry().right() < box.width() - 10)
    assert box.label.x() <= 2
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 5, 10))  # the box
    assert box.isChecked()
