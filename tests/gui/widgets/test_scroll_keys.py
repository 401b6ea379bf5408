"""A long text in a scroll area (a questionnaire's result at a large text size) is read to its end
from the keyboard: the focused label scrolls its area with the arrow and page keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QVBoxLayout

from journal_app.gui.widgets import keyboard
from journal_app.gui.widgets.scroll_page import ScrollPage
from journal_app.gui.widgets.text_blocks import wrapped_label


def test_a_focused_label_scrolls_its_page_with_the_arrow_and_page_keys(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    page = ScrollPage()
    QVBoxLayout(dialog).addWidget(page)
    text = keyboard.readable(wrapped_label("\n".join(f"Line {n} of a long result." for n in range(60))))
    page.body.addWidget(text)
    keyboard.prepare(dialog)
    dialog.resize(400, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    text.setFocus()
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    QTest.keyClick(text, Qt.Key.Key_Down)
    line = bar.value()
    assert line > 0
    QTest.keyClick(text, Qt.Key.Key_PageDown)
    assert bar.value() > line
    for _ in range(40):
        QTest.keyClick(text, Qt.Key.Key_PageDown)
    assert bar.value() == bar.maximum()  # the end is reached
    QTest.keyClick(text, Qt.Key.Key_PageUp)
    assert bar.value() < bar.maximum()
