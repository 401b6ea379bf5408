"""Focus is always visible: Tab through every view and dialog, in light, dark and high contrast,
and each widget Tab lands on must look different with the focus than without it."""

from __future__ import annotations

import pytest
from a11y_walk import controls
from dialog_list import DIALOG_NAMES, every_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QWidget

from journal_app.core import demo
from journal_app.core.models import EntryKind
from journal_app.gui import theme

THEMES = ["light", "dark", "high-contrast"]


def _shown_part(widget: QWidget) -> QWidget:
    """The widget that draws the focus: an editable combo's or a spin box's own box, not its line edit."""
    parent = widget.parentWidget()
    return parent if isinstance(parent, (QComboBox, QAbstractSpinBox)) else widget


def _picture(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _said(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    said = widget.accessibleName() or (text() if callable(text) else "") or widget.objectName()
    return f"{type(widget).__name__}({str(said)[:40]!r})"


def unmarked_stops(window: QWidget, limit: int = 400) -> list[str]:
    """Press Tab round the window (real key presses: Qt shows a focus frame only after keyboard
    focus moves) and return the stops that look the same with the focus as after it left."""
    start = QApplication.focusWidget()
    assert start is not None, "nothing has focus"
    focused: dict[int, QImage] = {}
    unmarked: list[str] = []
    left_start: QImage | None = None
    for _ in range(limit):
        before = QApplication.focusWidget()
        QTest.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and now.window() is window, f"focus left the window after {_said(before)}"
        if now is before:
            continue  # a date field's day, month and year
        unfocused = _picture(_shown_part(before))
        if before is start and left_start is None:
            left_start = unfocused
        elif id(before) in focused and focused[id(before)] == unfocused:
            unmarked.append(_said(before))
        focused[id(now)] = _picture(_shown_part(now))
        if now is start:
            if left_start is not None and focused[id(now)] == left_start:
                unmarked.append(_said(now))
            return unmarked
    raise AssertionError(f"Tab did not come back to {_said(start)}")


@pytest.fixture(params=THEMES)
def look(request, restore_look):
    theme.apply(restore_look, request.param)
    return request.param


@pytest.fixture
def demo_window(window, journal, look):
    demo.write_demo(journal.db, 30)
    window.set_journal(journal)
    return window


def _start(qtbot, window: QWidget, first: QWidget) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)


VIEWS = ["Today", "Journal", "Charts", "Insights", "Prevention plan", "Learn", "Questionnaires", "Medication"]


@pytest.mark.parametrize("title", VIEWS)
def test_every_tab_stop_of_every_view_shows_its_focus(qtbot, demo_window, title):
    row = [action.text().replace("&", "") for action in demo_window.view_actions].index(title)
    demo_window.view_actions[row].trigger()
    _start(qtbot, demo_window, demo_window.nav)
    assert unmarked_stops(demo_window) == []


def test_the_entry_form_shows_its_focus(qtbot, demo_window):
    demo_window.journal_view.new_entry(EntryKind.CHECK_IN)
    _start(qtbot, demo_window, demo_window.journal_view.editor.body)
    assert unmarked_stops(demo_window) == []


# every dialog in light and dark; the ones a person meets most also in high contrast
HIGH_CONTRAST_DIALOGS = ["Get help", "Log an urge", "Export", "Settings", "Welcome, step 1"]
DIALOG_LOOKS = [(look, name) for look in ("light", "dark") for name in DIALOG_NAMES] + [
    ("high-contrast", name) for name in HIGH_CONTRAST_DIALOGS
]


@pytest.mark.parametrize(
    ("look_name", "name"), DIALOG_LOOKS, ids=[f"{look}-{name}" for look, name in DIALOG_LOOKS]
)
def test_every_tab_stop_of_every_dialog_shows_its_focus(
    qtbot, window, journal, restore_look, look_name, name
):
    """Every dialog the keyboard and screen-reader tests walk (tests/gui/dialog_list.py)."""
    theme.apply(restore_look, look_name)
    demo.write_demo(journal.db, 30)
    window.set_journal(journal)
    dialog: QWidget = every_dialog(window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    _start(qtbot, dialog, controls(dialog)[0])
    try:
        assert unmarked_stops(dialog) == []
    finally:
        if isinstance(dialog, QDialog):
            dialog.reject()
