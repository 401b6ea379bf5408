"""The journal's timeline as a person moves through it: the table of entries, which row opens when.

A click, Enter, or a short pause after the arrow keys picks a row (``entry_chosen``); rows passed
with the arrows, a row made current by Tab arriving, and a row the view selects itself open nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...core.models import EntryKind
from .entry_words import kind_mark
from .timeline_model import (
    COL_KIND,
    COL_SUMMARY,
    COL_WHEN,
    EntryIdRole,
    ShortWhenRole,
    TimelineModel,
    format_when,
)

ENTRY_CHARS = 10  # the Entry column keeps room for this many average characters
OPEN_PAUSE_MS = 700  # arrowing through the timeline opens an entry after this pause (or on Enter)

MOVE_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


class WhenDelegate(QStyledItemDelegate):
    """The When column: the date without its weekday where the whole of it does not fit."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        room = option.rect.width() - 2 * option.fontMetrics.averageCharWidth()
        if option.fontMetrics.horizontalAdvance(option.text) > room:
            option.text = index.data(ShortWhenRole) or option.text


class TimelineTable(QTableView):
    entry_chosen = Signal(int)  # the id of the entry on the row the person picked

    def __init__(self, model: TimelineModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Timeline"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Interactive)
        self.setItemDelegateForColumn(COL_WHEN, WhenDelegate(self))
        self.fit_columns()
        # arrow keys move through the timeline without opening each entry they pass
        self._open_timer = QTimer(self, singleShot=True, interval=OPEN_PAUSE_MS)
        self._open_timer.timeout.connect(self.open_current_row)
        self._keyboard_move = False
        self._selecting = False
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def _wanted(self) -> tuple[int, int, int, int]:
        """(When whole, When without its weekday, Kind whole, Kind's shape and "…") in pixels, at
        the text size and language shown."""
        metrics, pad = self.fontMetrics(), 3 * self.fontMetrics().averageCharWidth()
        late = "2026-09-30T23:59:00"  # a long weekday, day and month
        kind = max(metrics.horizontalAdvance(kind_mark(k)) for k in EntryKind)
        return (
            metrics.horizontalAdvance(format_when(late)) + pad,
            metrics.horizontalAdvance(format_when(late, weekday=False)) + pad,
            kind + pad,
            metrics.horizontalAdvance("● …") + pad,
        )

    def entry_room(self) -> int:
        """The least the Entry column keeps for its words."""
        return ENTRY_CHARS * self.fontMetrics().averageCharWidth()

    def columns_wanted(self) -> int:
        """The width every column but Entry wants (whatever the table's width is now)."""
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i not in (COL_WHEN, COL_KIND, COL_SUMMARY) and not header.isSectionHidden(i)
        )
        when, _short, kind, _mark = self._wanted()
        return when + kind + others

    def fit_columns(self) -> None:
        """When and Kind whole where the table has room. In a narrow one (a large text size, a small
        window) the date comes first: When drops its weekday, Entry keeps a few words, Kind keeps
        its shape; what is still too long is elided, and nothing scrolls sideways."""
        when, short, kind, mark = self._wanted()
        room = self.viewport().width() - (self.columns_wanted() - when - kind) - self.entry_room()
        if self.isVisible() and room < when + kind:
            when = max(min(when, room - mark), min(short, max(room - mark, 0)), mark)
            kind = max(min(kind, room - when), mark)
        header = self.horizontalHeader()
        header.resizeSection(COL_WHEN, when)
        header.resizeSection(COL_KIND, kind)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self, self.fit_columns)  # once the app has finished changing

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Tab into the timeline makes its first row current: that opens nothing, not even after a pause
        self._selecting = True
        try:
            super().focusInEvent(event)
        finally:
            self._selecting = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._open_timer.stop()  # a row arrowed to and left at once (Tab on) stays closed
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_timer.stop()
            self.open_current_row()
            return
        if event.key() in MOVE_KEYS:
            self._keyboard_move = True  # the row change this key makes waits for a pause
            try:
                super().keyPressEvent(event)
            finally:
                self._keyboard_move = False
            return
        super().keyPressEvent(event)

    def open_current_row(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            self._row_changed(current, QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        if self._keyboard_move:
            self._open_timer.start()  # opens after a pause, or at once on Enter
            return
        entry_id = current.data(EntryIdRole)
        if entry_id is not None:
            self.entry_chosen.emit(entry_id)

    def select_entry(self, entry_id: int | None) -> None:
        """Show ``entry_id``'s row as the chosen one (or none), without opening anything."""
        model = self.model()
        row = model.row_of(entry_id) if entry_id is not None and isinstance(model, TimelineModel) else None
        selection = self.selectionModel()
        self._selecting = True
        try:
            if row is None:
                selection.clearSelection()
            else:
                index = model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.scrollTo(index)
        finally:
            self._selecting = False
