"""Keyboard and screen-reader rules every view and dialog follows.

``prepare(root)`` is called once a view or dialog is built:

* Tab and Shift+Tab always leave a table, list or tree (arrow keys move inside
  it) and a multi-line text field (Tab no longer types a tab character);
* a scroll area is no Tab stop of its own (its contents are);
* every focusable label shows where the focus is.

``readable(label)`` makes a label that carries content a person must hear (a
crisis number, a count, a warning, a chart's summary) a Tab stop a screen
reader reads. ``label_for(widget, text)`` gives a control a visible label that
reaches the accessibility bus: on Linux Qt announces a combo box by its
current text and passes its label through the "labelled by" relation of a
sibling QLabel whose buddy it is, never through ``setAccessibleName``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

FOCUS_OUTLINE = "QLabel:focus { border: 2px solid palette(highlight); border-radius: 3px; }"


def prepare(root: QWidget) -> None:
    """Apply the keyboard rules above to ``root`` and everything it holds now."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in (*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)):
        edit.setTabChangesFocus(True)
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for label in root.findChildren(QLabel):
        if label.focusPolicy() & Qt.FocusPolicy.TabFocus:
            _outline(label)


def readable(label: QLabel, name: str = "") -> QLabel:
    """A label a keyboard and a screen reader can reach: it takes Tab focus and shows it."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if name:
        label.setAccessibleName(name)
    _outline(label)
    return label


def _outline(label: QLabel) -> None:
    if FOCUS_OUTLINE not in label.styleSheet():
        label.setStyleSheet(" ".join(filter(None, (label.styleSheet(), FOCUS_OUTLINE))))


def label_for(widget: QWidget, text: str, parent: QWidget | None = None) -> QLabel:
    """A visible label whose buddy is ``widget`` (Alt+the underlined letter jumps to it).

    Put the label in the same parent widget as ``widget``: Qt only looks among
    siblings for the "labelled by" relation. A combo box also gets the label as
    its description, which every platform passes on.
    """
    label = QLabel(text, parent)
    label.setBuddy(widget)
    if isinstance(widget, QComboBox):
        widget.setAccessibleDescription(label.text().replace("&", ""))
    return label
