"""The timeline: a table model that reads entries a page at a time, newest first.

It never loads every entry: the first page comes at once and more pages as the
view scrolls (``canFetchMore``/``fetchMore``), each row holding only a short
snippet, never a whole body.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.journal import Journal
from ...core.models import EntryKind
from ...core.query import EntryFilter, EntryRow

PAGE_SIZE = 200

COL_WHEN, COL_KIND, COL_SUMMARY, COL_MOOD, COL_CRAVING = range(5)
HEADERS = ("When", "Kind", "Entry", "Mood", "Craving")

EntryIdRole = Qt.ItemDataRole.UserRole + 1
EntryRowRole = Qt.ItemDataRole.UserRole + 2

_KIND_MARK = {
    EntryKind.CHECK_IN: "● Check-in",
    EntryKind.CRAVING: "◆ Urge",
    EntryKind.USE: "▲ Use",
    EntryKind.NOTE: "■ Note",
}

Index = QModelIndex | QPersistentModelIndex


def format_when(occurred_at: str) -> str:
    moment = datetime.fromisoformat(occurred_at)
    return moment.strftime("%a %d %b %Y, %H:%M")


def spoken_row(row: EntryRow, today: date | None = None) -> str:
    """The row as a screen reader says it: "Thursday 19 November, 08:39, check-in, mood 8
    of 10, craving 5 of 10, Felt steady" (the year only when it is not this year)."""
    moment = datetime.fromisoformat(row.occurred_at)
    year = "" if moment.year == (today or date.today()).year else f" {moment.year}"
    parts = [f"{moment:%A} {moment.day} {moment:%B}{year}", f"{moment:%H:%M}", row.kind.label.lower()]
    if row.mood is not None:
        parts.append(f"mood {row.mood} of 10")
    if row.craving is not None:
        parts.append(f"craving {row.craving} of 10")
    if row.private:
        parts.append("private")
    if row.summary.strip():
        parts.append(row.summary.strip())
    return ", ".join(parts)


class TimelineModel(QAbstractTableModel):
    def __init__(self, journal: Journal | None = None, parent=None):
        super().__init__(parent)
        self._journal = journal
        self._filter = EntryFilter()
        self._rows: list[EntryRow] = []
        self._more = False
        self._total = 0

    # -- what it shows ---------------------------------------------------
    @property
    def filter(self) -> EntryFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many entries match the filter (not just the loaded ones)."""
        return self._total

    def set_journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self.reload()

    def set_filter(self, filt: EntryFilter) -> None:
        self._filter = filt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._more, self._total = [], False, 0
        if self._journal is not None and self._journal.is_open:
            page = self._journal.rows(self._filter, limit=PAGE_SIZE)
            self._rows = page
            self._more = len(page) == PAGE_SIZE
            self._total = self._journal.count(self._filter)
        self.endResetModel()

    def row_of(self, entry_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == entry_id:
                return number
        return None

    # -- Qt model contract -----------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHEN:
                return format_when(row.occurred_at)
            if column == COL_KIND:
                return _KIND_MARK[row.kind]
            if column == COL_SUMMARY:
                return ("(private) " if row.private else "") + (row.summary or "(no text)")
            if column == COL_MOOD:
                return "" if row.mood is None else f"{row.mood}/10"
            if column == COL_CRAVING:
                return "" if row.craving is None else f"{row.craving}/10"
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUMMARY:
            return (row.title + "\n" if row.title else "") + row.snippet
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # the first cell reads the whole row; the others say only what they show
            if column == COL_WHEN:
                return spoken_row(row)
            if column == COL_KIND:
                return row.kind.label
            if column in (COL_MOOD, COL_CRAVING):
                value = row.mood if column == COL_MOOD else row.craving
                return "not said" if value is None else f"{value} of 10"
            return None  # the entry's words as shown
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_MOOD, COL_CRAVING):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row.private:
            font = QFont()
            font.setItalic(True)
            return font
        if role == EntryIdRole:
            return row.id
        if role == EntryRowRole:
            return row
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or self._journal is None:
            return
        page = self._journal.rows(self._filter, limit=PAGE_SIZE, after=self._rows[-1])
        self._more = len(page) == PAGE_SIZE
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
