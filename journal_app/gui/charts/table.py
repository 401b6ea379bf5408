"""A chart's figures as a table: what a screen reader reads instead of the picture."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

MISSING = "—"


def cell(value, digits: int = 1) -> str:
    """A number as a person reads it (in the locale: 4.5, or 4,5): no trailing zeros, a dash for no value."""
    if value is None:
        return MISSING
    if isinstance(value, float):
        if value != value:  # NaN
            return MISSING
        if value.is_integer():
            return QLocale().toString(int(value))
        return QLocale().toString(value, "f", digits)
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


class DataTableModel(QAbstractTableModel):
    """Headers and rows of text, read only. Numbers are right-aligned."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []

    def set_table(self, headers: list[str], rows: list[list]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [[cell(v) for v in row] for row in rows]
        self.endResetModel()

    def clear(self) -> None:
        self.set_table([], [])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._headers[index.column()]}: {text}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if orientation == Qt.Orientation.Horizontal and section < len(self._headers):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def text_at(self, row: int, column: int) -> str:
        return self._rows[row][column]
