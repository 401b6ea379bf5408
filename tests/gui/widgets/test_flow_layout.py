"""A flowing row reads from the right in a right-to-left layout, as a box layout does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from journal_app.gui.widgets.flow_layout import flowing


def test_a_flowing_row_starts_on_the_right_right_to_left(qtbot):
    first, second = QPushButton("First"), QPushButton("Second")
    row = flowing(first, second)
    qtbot.addWidget(row)
    row.resize(600, 100)
    row.show()
    qtbot.waitExposed(row)
    assert first.x() < second.x()
    row.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: first.x() > second.x())
    assert first.geometry().right() >= row.width() - 3  # at the right edge, where reading starts
