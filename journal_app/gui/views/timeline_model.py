"""The timeline: a table model that reads entries a page at a time, newest first.

It never loads every entry: the first page comes at once and more pages as the
view scrolls (``canFetchMore``/``fetchMore``), each row holding only a short
snippet, never a whole body.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont

from ...core.journal import Journal
from ...core.query import EntryFilter, EntryRow
from .entry_words import kind_mark, kind_name, kind_spoken

PAGE_SIZE = 200

COL_WHEN, COL_KIND, COL_SUMMARY, COL_MOOD, COL_CRAVING = range(5)
HEADERS = ("When", "Kind", "Entry", "Mood", "Craving")  # English; the model's own are in the language shown

EntryIdRole = Qt.ItemDataRole.UserRole + 1
EntryRowRole = Qt.ItemDataRole.UserRole + 2
ShortWhenRole = Qt.ItemDataRole.UserRole + 3  # "30 Jun 2025, 20:00": the When column when it is narrow

Index = QModelIndex | QPersistentModelIndex


def _wall(occurred_at: str) -> tuple[QDate, QTime]:
    """The day and time as they were written (the entry's own wall time), for QLocale to write."""
    moment = datetime.fromisoformat(occurred_at)
    return QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)


def format_when(occurred_at: str, weekday: bool = True) -> str:
    """ "Mon 30 Jun 2025, 20:00" (without the weekday: "30 Jun 2025, 20:00"), with the day and
    month names of the locale."""
    day, time = _wall(occurred_at)
    locale = QLocale()
    return f"{locale.toString(day, 'ddd d MMM yyyy' if weekday else 'd MMM yyyy')}, {locale.toString(time, 'HH:mm')}"


def spoken_row(row: EntryRow, today: date | None = None) -> str:
    """The row as a screen reader says it: "Thursday 19 November, 08:39, check-in, mood 8
    of 10, craving 5 of 10, Felt steady" (the year only when it is not this year)."""
    day, time = _wall(row.occurred_at)
    this_year = day.year() == (today or date.today()).year
    locale = QLocale()
    parts = [
        locale.toString(day, "dddd d MMMM" if this_year else "dddd d MMMM yyyy"),
        locale.toString(time, "HH:mm"),
        kind_spoken(row.kind),
    ]
    if row.mood is not None:
        parts.append(
            QCoreApplication.translate("TimelineModel", "mood %1 of 10").replace("%1", str(row.mood))
        )
    if row.craving is not None:
        parts.append(
            QCoreApplication.translate("TimelineModel", "craving %1 of 10").replace("%1", str(row.craving))
        )
    if row.private:
        parts.append(QCoreApplication.translate("TimelineModel", "private"))
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
        self.headers = (
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Entry"),
            self.tr("Mood"),
            self.tr("Craving"),
        )

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
            return self.headers[section]
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
                return kind_mark(row.kind)
            if column == COL_SUMMARY:
                summary = row.summary or self.tr("(no text)")
                return self.tr("(private) %1").replace("%1", summary) if row.private else summary
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
                return kind_name(row.kind)
            if column in (COL_MOOD, COL_CRAVING):
                value = row.mood if column == COL_MOOD else row.craving
                return self.tr("not said") if value is None else self.tr("%1 of 10").replace("%1", str(value))
            return None  # the entry's words as shown
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_MOOD, COL_CRAVING):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row.private:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ShortWhenRole and column == COL_WHEN:
            return format_when(row.occurred_at, weekday=False)
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
