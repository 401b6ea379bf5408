"""A layout that puts its widgets in as many columns as fit and wraps the rest onto new rows.

Check boxes laid out with it (HALT, the warning signs) never push a form wider
than its window: at a large font or in a narrow pane they simply take more rows.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1, *, one_line_hint: bool = False):
        """``one_line_hint``: the size hint is all the widgets on one line (the least is still the
        widest of them), so a box layout gives it a whole line when there is room."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._one_line_hint = one_line_hint

    # -- QLayout's interface ----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        if not self._one_line_hint:
            return self.minimumSize()
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) + self._gap(Qt.Orientation.Horizontal) * max(
            len(shown) - 1, 0
        )
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if (widget := item.widget()) is None or not widget.isHidden()]

    # -- placing ------------------------------------------------------------------------------
    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation is Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = parent.style().pixelMetric(metric, None, parent)
        if gap < 0:
            gap = parent.style().layoutSpacing(
                QSizePolicy.ControlType.CheckBox, QSizePolicy.ControlType.CheckBox, orientation
            )
        return max(gap, 4)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lines of widgets at their size hints; on each line the room left goes to the widgets that
        grow sideways (a line edit, a wrapped label, a group holding one). Returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        h_gap, v_gap = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        lines: list[list[tuple[QLayoutItem, int]]] = []
        line: list[tuple[QLayoutItem, int]] = []
        x = area.x()
        for item in self._shown():
            width = min(item.sizeHint().width(), area.width())
            if line and x + width > area.right() + 1:
                lines.append(line)
                line, x = [], area.x()
            line.append((item, width))
            x += width + h_gap
        if line:
            lines.append(line)
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        y = area.y()
        for line in lines:
            room = area.width() - sum(width for _item, width in line) - h_gap * (len(line) - 1)
            growing = [item for item, _width in line if _grows(item)]
            x, placed = area.x(), []
            for item, width in line:
                if room > 0 and item in growing:
                    share = room // len(growing)
                    width, room, growing = width + share, room - share, [g for g in growing if g is not item]
                height = item.sizeHint().height()
                if item.hasHeightForWidth():  # a wrapped label: as high as its lines at this width
                    height = max(item.heightForWidth(width), item.minimumSize().height())
                placed.append((item, x, width, height))
                x += width + h_gap
            line_height = max(height for _item, _x, _width, height in placed)
            if move:  # each centred in its line (a label beside taller buttons lines up with their
                # words); right to left, the first widget of a line at its right end
                for item, x, width, height in placed:
                    place = QRect(QPoint(x, y + (line_height - height) // 2), QSize(width, height))
                    item.setGeometry(QStyle.visualRect(direction, area, place))
            y += line_height + v_gap
        return max(y - v_gap, area.y()) - rect.y() + margins.bottom()


def _grows(item: QLayoutItem) -> bool:
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal) or item.hasHeightForWidth()


def flowing(*widgets: QWidget, one_line_hint: bool = False) -> QWidget:
    """A widget holding ``widgets`` in a FlowLayout without margins: a row that wraps."""
    box = QWidget()
    row = FlowLayout(box, one_line_hint=one_line_hint)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return box


def together(*parts: tuple[QWidget, int]) -> QWidget:
    """Widgets that stay on one line in a flowing row (a label and its field), with their stretches."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in parts:
        row.addWidget(widget, stretch)
    return box
