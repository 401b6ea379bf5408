"""Keyboard and screen-reader rules every view and dialog follows.

``prepare(root)`` is called once a view or dialog is built:

* Tab, Shift+Tab and Ctrl+Tab always leave a table, list or tree (arrow keys
  move inside it) and a multi-line text field (Tab no longer types a tab);
* a scroll area is no Tab stop of its own (its contents are); a label in it that has the
  focus scrolls it with the arrow and page keys (a long result or safety page at a large
  text size is read to its end from the keyboard too);
* the clear button of a search field and the text part of an editable combo
  box have names;
* Ctrl+U (log an urge) works while a text field has focus;
* a date field's calendar opens with F4 or Alt+Down (Qt opens it only with the
  mouse), carries the field's name ("Calendar: When"), and Esc in it puts back the
  date the field had (Qt keeps the day the arrow keys reached);
* a date field says its date through the text a screen reader reads (AT-SPI's Text,
  which Orca reads for a spin button; its Value is 0, a fallback Orca never reaches),
  so the date is not repeated as its description; a number field showing words for
  its lowest value ("Not said") has them as its description where the platform's
  screen reader reads the value (Windows, macOS), not on Linux, where the text is read;
* a calendar's table of days carries the calendar's name;
* every focusable label shows where the focus is.

``readable(label)`` makes a label that carries content a person must hear (a
crisis number, a count, a warning, a chart's summary) a Tab stop a screen
reader reads; a ``WrappedLabel`` (``wrapped_label()``) is one only while it has
text, so an empty message is never a stop that says nothing. ``label_for(widget, text)`` gives a control a visible label that
reaches the accessibility bus: on Linux Qt announces a combo box by its
current text and passes its label through the "labelled by" relation of a
sibling QLabel whose buddy it is, never through ``setAccessibleName``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

from .text_blocks import WrappedLabel

FOCUS_OUTLINE = "QLabel:focus { border: 2px solid palette(highlight); border-radius: 3px; }"


def prepare(root: QWidget) -> None:
    """Apply the keyboard rules above to ``root`` and everything it holds now."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for plain_edit in root.findChildren(QPlainTextEdit):
        plain_edit.setTabChangesFocus(True)
    for text_edit in root.findChildren(QTextEdit):
        text_edit.setTabChangesFocus(True)
    for line_edit in root.findChildren(QLineEdit):  # the clear button Qt adds has no name of its own
        for button in line_edit.findChildren(QToolButton):
            if not button.accessibleName():
                name = line_edit.accessibleName()
                button.setAccessibleName(
                    QCoreApplication.translate("keyboard", "Clear {field}").format(field=name)
                    if name
                    else QCoreApplication.translate("keyboard", "Clear the text")
                )
    labels = {
        label.buddy(): label.text().replace("&", "") for label in root.findChildren(QLabel) if label.buddy()
    }
    for combo in root.findChildren(QComboBox):  # an editable combo's text field is a node of its own
        field = combo.lineEdit() if combo.isEditable() else None
        if field is not None and not field.accessibleName():
            name = labels.get(combo) or combo.accessibleDescription() or combo.accessibleName()
            field.setAccessibleName(name.rstrip(":"))
    for widget in (
        *root.findChildren(QLineEdit),
        *root.findChildren(QPlainTextEdit),
        *root.findChildren(QTextEdit),
        *root.findChildren(QAbstractItemView),
    ):
        widget.installEventFilter(_APP_KEYS_WIN)
    for when in root.findChildren(QDateTimeEdit):
        if when.calendarPopup():
            when.setProperty("calendarFor", when.accessibleName() or labels.get(when, ""))
            when.installEventFilter(_CALENDAR_KEYS)
    boxes: list[QSpinBox | QDoubleSpinBox] = [
        *root.findChildren(QSpinBox),
        *root.findChildren(QDoubleSpinBox),
    ]
    for box in boxes:
        if box.specialValueText() and not _TEXT_IS_READ:  # the value there would be the lowest number
            _describe_shown(box)
            box.valueChanged.connect(lambda _value, edit=box: _describe_shown(edit))
    for calendar in root.findChildren(QCalendarWidget):
        days = calendar.findChild(QTableView)
        if days is not None and not days.accessibleName():
            days.setAccessibleName(calendar.accessibleName())
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for label in area.findChildren(QLabel):
            label.installEventFilter(_SCROLL_KEYS)
    for label in root.findChildren(QLabel):
        if label.focusPolicy() & Qt.FocusPolicy.TabFocus:
            _outline(label)


class _AppKeysWin(QObject):
    """Ctrl+U logs an urge even while a text field has focus (on Linux a text field
    claims Ctrl+U, "delete the line", before the app's shortcut can see it), and
    Ctrl+Tab leaves a table or text field like Tab."""

    KEYS = (QKeySequence("Ctrl+U"),)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):  # Ctrl+Tab leaves too, as it does in other apps (sent on as a plain Tab)
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            key, modifiers = (
                (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
                if backwards
                else (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            )
            QApplication.sendEvent(watched, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
            return True
        if event.type() == QEvent.Type.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self.KEYS):
                return True  # the field does not claim it; the app's shortcut runs
        return super().eventFilter(watched, event)


_APP_KEYS_WIN = _AppKeysWin()


class _ScrollKeys(QObject):
    """Up and Down (a line), Page Up and Page Down (a page) on a focused label scroll the scroll
    area it is in; the label moves its text cursor as well."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QLabel)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            area = _scroll_area_of(watched)
            if area is not None:
                bar, line = area.verticalScrollBar(), watched.fontMetrics().lineSpacing()
                step = {
                    Qt.Key.Key_Down: line,
                    Qt.Key.Key_Up: -line,
                    Qt.Key.Key_PageDown: bar.pageStep(),
                    Qt.Key.Key_PageUp: -bar.pageStep(),
                }.get(Qt.Key(event.key()), 0)
                bar.setValue(bar.value() + step)
        return super().eventFilter(watched, event)


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_SCROLL_KEYS = _ScrollKeys()
_TEXT_IS_READ = not sys.platform.startswith(("win", "darwin"))  # AT-SPI: Orca reads a spin button's text


class _CalendarKeys(QObject):
    """F4 or Alt+Down on a date field opens its calendar; Esc in the calendar puts back the date."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QDateTimeEdit):
            if event.type() == QEvent.Type.MouseButtonPress:
                _name_calendar(watched)  # opened with the mouse: named all the same
                watched.setProperty("dateWhenOpened", watched.date())
            elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
                if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
                    open_calendar(watched)
                    return True
        elif (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Cancel)
            and isinstance(watched, QWidget)
        ):
            edit = watched.window().parentWidget()  # the calendar's pop-up belongs to its date field
            opened = edit.property("dateWhenOpened") if isinstance(edit, QDateTimeEdit) else None
            if isinstance(edit, QDateTimeEdit) and opened is not None:
                edit.setDate(opened)  # the pop-up closes as Esc goes on
        return super().eventFilter(watched, event)


_CALENDAR_KEYS = _CalendarKeys()


def _name_calendar(edit: QDateTimeEdit) -> QCalendarWidget | None:
    """The date field's calendar (made on first use), named after the field."""
    calendar = edit.calendarWidget()  # None for a field without a date or a calendar
    if calendar is None or calendar.property("namedForField"):
        return calendar
    field = str(edit.property("calendarFor") or edit.accessibleName() or "").rstrip(":")
    name = (
        QCoreApplication.translate("keyboard", "Calendar: {field}").format(field=field)
        if field
        else QCoreApplication.translate("keyboard", "Calendar")
    )
    calendar.setAccessibleName(name)
    days = calendar.findChild(QTableView)
    if days is not None:
        days.setAccessibleName(name)
        days.installEventFilter(_CALENDAR_KEYS)
    calendar.setProperty("namedForField", True)
    return calendar


def open_calendar(edit: QDateTimeEdit) -> bool:
    """Open a date field's calendar from the keyboard, as a click on its arrow does.

    The click goes through Qt's own way in, which places the calendar under the field,
    gives it the field's date and range, and moves the focus into it (arrow keys pick a
    day, Enter takes it, Esc leaves it as it was)."""
    calendar = _name_calendar(edit)
    if calendar is None or edit.isReadOnly() or not edit.isEnabled():
        return False
    option = QStyleOptionComboBox()
    option.initFrom(edit)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    arrow = (
        edit.style()
        .subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit)
        .center()
    )
    click = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(arrow),
        QPointF(edit.mapToGlobal(arrow)),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(edit, click)
    return calendar.isVisible()


def _describe_shown(box: QAbstractSpinBox) -> None:
    """A number field's words for its lowest value ("Not said") as its description (before
    any hint it had); the hint alone while it shows a number."""
    hint = box.property("describedHint")
    if hint is None:
        hint = box.accessibleDescription()
        box.setProperty("describedHint", hint)
    shown = box.text()
    if isinstance(box, (QSpinBox, QDoubleSpinBox)) and box.value() != box.minimum():
        shown = ""  # its value says what it shows
    box.setAccessibleDescription(". ".join(part for part in (shown, str(hint)) if part))


def readable(label: QLabel, name: str = "") -> QLabel:
    """A label a keyboard and a screen reader can reach: it takes Tab focus and shows it."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if isinstance(label, WrappedLabel):
        label.tab_stop_with_text = True
        label.setText(label.text())
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
