"""The journal's timeline as a person moves through it: the table of entries, which row opens when.

A click, Enter, or a short pause after the arrow keys picks a row (``entry_chosen``); rows passed
with the arrows, a row made current by Tab arriving, and a row the view selects itself open nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .timeline_model import COL_KIND, COL_SUMMARY, COL_WHEN, EntryIdRole, TimelineModel

OPEN_PAUSE_MS = 700  # arrowing through the timeline opens an entry after this pause (or on Enter)

MOVE_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


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
        header.resizeSection(COL_WHEN, 175)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_KIND, 100)
        # arrow keys move through the timeline without opening each entry they pass
        self._open_timer = QTimer(self, singleShot=True, interval=OPEN_PAUSE_MS)
        self._open_timer.timeout.connect(self.open_current_row)
        self._keyboard_move = False
        self._selecting = False
        self.selectionModel().currentRowChanged.connect(self._row_changed)

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
