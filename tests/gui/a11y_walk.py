"""What a keyboard or screen-reader user meets on one window: its Tab stops and their names.

The names are read through Qt's accessibility interface, the same one the Linux
AT-SPI bridge reads from, so a combo box counts as named only when a label
reaches it through the "labelled by" relation (on Linux Qt announces a combo
by its current text and drops ``setAccessibleName``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _inside_compound(widget: QWidget) -> bool:
    """The line edit of a combo or spin box, a scroll bar: parts of another control."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox) or (
            isinstance(widget, QAbstractSlider) and isinstance(parent, QAbstractItemView | QTextEdit)
        ):
            return True
        if type(parent).__name__ in ("QScrollBar", "QAbstractScrollArea") or parent.isWindow():
            break
        parent = parent.parentWidget()
    return type(widget).__name__ == "QScrollBar" or widget.objectName().startswith("qt_")


def controls(window: QWidget) -> list[QWidget]:
    """Every visible control a person can operate, and every label that takes focus."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window or _inside_compound(widget):
            continue
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if takes_tab and (isinstance(widget, (*INTERACTIVE, QLabel)) or widget.accessibleName()):
            found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says: the accessible name, or for a combo its label's."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    labels = [
        other.text(QAccessible.Text.Name) for other, _flag in iface.relations(QAccessible.RelationFlag.Label)
    ]
    if isinstance(widget, QComboBox):
        return " ".join(label for label in labels if label).strip()
    return (iface.text(QAccessible.Text.Name) or " ".join(labels)).strip()


def unnamed(window: QWidget) -> list[str]:
    return [_describe(w) for w in controls(window) if not spoken_name(w)]


def duplicates(window: QWidget) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for widget in controls(window):
        name = spoken_name(widget)
        if name:
            seen.setdefault(name.casefold(), []).append(_describe(widget))
    return {name: where for name, where in seen.items() if len(where) > 1}


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, QAbstractButton | QLabel) else ""
    hint = getattr(widget, "placeholderText", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName() or shown or hint or '?'})"[:90]


def tab_walk(window: QWidget, *, backwards: bool = False, limit: int = 400) -> tuple[list[QWidget], str]:
    """Press Tab (or Shift+Tab) until focus comes back where it began.

    Returns the stops in order and, if the walk failed, why: a Tab press that
    left focus where it was (a trap), or no way back to the start.
    """
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    start = QApplication.focusWidget()
    if start is None:
        return [], "nothing has focus"
    stops = [start]
    held = 0
    for _ in range(limit):
        before = QApplication.focusWidget()
        QTest.keyClick(before, key, modifier)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        # a date field's Tab first walks its day, month and year, then leaves
        held = held + 1 if now is before else 0
        if held > (6 if isinstance(now, QDateTimeEdit) else 0):
            return stops, f"Tab trap: {_describe(now)} kept the focus"
        if now is before:
            continue
        if now is start:
            return stops, ""
        if now is not None and now.window() is not window:
            return stops, f"focus left the window for {_describe(now)}"
        stops.append(now)
    return stops, f"no way back to {_describe(start)} after {limit} presses"
