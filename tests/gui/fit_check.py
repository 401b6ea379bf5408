"""What a person at a small screen or a large font would see go wrong, found by walking widgets.

``fit_problems(top)`` returns one sentence per problem:
- the window or dialog is larger than the screen it was made for;
- a visible widget sticks out of its window, or out of the scroll area it lives in sideways
  (that is clipping, or it needs horizontal scrolling);
- a scroll area's content is wider than its viewport (horizontal scrolling);
- a label, button, field or list is narrower or lower than it needs (its text is cut);
- two visible widgets laid out side by side in one layout overlap.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QWidget,
)

# controls whose minimum size hint is the least they need to show their text
TEXT_BEARING = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QDateTimeEdit)
SLACK = 2  # pixels of rounding


def _name(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "title", "windowTitle"):
        get = getattr(widget, attr, None)
        if callable(get):
            try:
                text = get()
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or text[:30]!r})"


def _in_layout(layout: QLayout | None, widget: QWidget) -> bool:
    if layout is None:
        return False
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return True
        if item.layout() is not None and _in_layout(item.layout(), widget):
            return True
    return False


def _inside_scroll_viewport(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return area
        parent = parent.parentWidget()
    return None


def _visible_rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _is_internal(widget: QWidget) -> bool:
    """Parts of complex widgets (a combo's view, a spin box's line edit, an item view's editors)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True  # inside a list, table, text field or chart: drawn by it, not laid out
        parent = parent.parentWidget()
    return False


def fit_problems(top: QWidget, screen: tuple[int, int]) -> list[str]:
    problems: list[str] = []
    width, height = screen
    if top.width() > width + SLACK or top.height() > height + SLACK:
        problems.append(
            f"{_name(top)} is {top.width()}×{top.height()}, larger than the {width}×{height} screen"
        )
    top_rect = top.rect()
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.isWindow() or _is_internal(widget):
            continue
        rect = _visible_rect_in(widget, top)
        area = _inside_scroll_viewport(widget)
        if area is None:
            if not top_rect.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
                problems.append(
                    f"{_name(widget)} at {rect.getRect()} sticks out of the window {top_rect.getRect()}"
                )
        else:
            viewport = area.viewport()
            local = _visible_rect_in(widget, viewport)
            if local.right() > viewport.width() + SLACK and area.horizontalScrollBar().maximum() == 0:
                problems.append(f"{_name(widget)} is cut off on the right of {_name(area)}")
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner, viewport = widget.widget(), widget.viewport()
            if inner.width() > viewport.width() + SLACK or widget.horizontalScrollBar().maximum() > 0:
                problems.append(
                    f"{_name(widget)} needs sideways scrolling: its content is {inner.width()} px"
                    f" wide in {viewport.width()} px"
                )
        if isinstance(widget, TEXT_BEARING) or (isinstance(widget, QLabel) and not widget.wordWrap()):
            need = widget.minimumSizeHint()
            if widget.width() + SLACK < need.width() or widget.height() + SLACK < need.height():
                problems.append(
                    f"{_name(widget)} is {widget.width()}×{widget.height()} but needs"
                    f" {need.width()}×{need.height()}: its text is cut"
                )
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            need_h = widget.heightForWidth(widget.width())
            if need_h > 0 and widget.height() + SLACK < need_h:
                problems.append(f"{_name(widget)} is {widget.height()} px high but its text needs {need_h}")
        parent = widget.parentWidget()
        if parent is not None and _in_layout(parent.layout(), widget):
            for other in parent.children():
                if (
                    other is widget
                    or not isinstance(other, QWidget)
                    or not other.isVisibleTo(top)
                    or id(other) < id(widget)
                    or not _in_layout(parent.layout(), other)
                ):
                    continue
                overlap = widget.geometry().intersected(other.geometry())
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    problems.append(f"{_name(widget)} overlaps {_name(other)}")
    return problems


def long_lines(top: QWidget, chars: int) -> list[str]:
    """Words laid out in lines longer than about ``chars`` characters (hard to follow on a wide
    screen): wrapped labels and read-only text fields."""
    from PySide6.QtWidgets import QTextEdit

    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.isWindow():
            continue
        most = (chars + 10) * widget.fontMetrics().averageCharWidth()
        if isinstance(widget, QLabel) and widget.wordWrap() and len(widget.text()) > chars:
            if widget.width() > most:
                problems.append(f"{_name(widget)} makes lines {widget.width()} px long (at most {most})")
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():
            width = widget.document().textWidth()
            if width > most:
                problems.append(f"{_name(widget)} makes lines {width:.0f} px long (at most {most})")
    return problems
