"""The entries of a session's days, with every word hidden until the person shows it.

Only the day, the kind and the numbers are on screen. A private entry shows
nothing but its day. Showing an item is the person's choice, one at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.charts_data import DateRange
from ...core.models import kind_label
from ...core.query import EntryFilter, EntryRow
from ..widgets.flow_layout import flowing
from .table import cell
from .theme import ChartTheme

LIMIT = 500
TEXT_CHARS = 600


class SessionEntries(QWidget):
    title = "Entries in this period"  # English; the instance's are in the language shown
    description = (
        "The entries of these days with their numbers. Their words are hidden; private "
        "entries show only their day. Select one and press Show to reveal it."
    )

    def __init__(self, theme: ChartTheme, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Entries in this period")
        self.description = self.tr(
            "The entries of these days with their numbers. Their words are hidden; private "
            "entries show only their day. Select one and press Show to reveal it."
        )
        self.hidden_text = self.tr("Hidden — select and press Show")
        self.private_text = self.tr("Private entry")
        self.journal = None
        self.rows: list[EntryRow] = []
        self.revealed: set[int] = set()
        self.heading = QLabel(self.title)
        self.heading.setFont(theme.font(13, bold=True))
        self.heading.setWordWrap(True)  # the large type on a small screen
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.font(10))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Kind"), self.tr("Mood"), self.tr("Craving"), self.tr("Words")]
        )
        self.table.setAccessibleName(self.title)
        self.table.setAccessibleDescription(self.description)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setFont(theme.font(10))
        self.show_button = QPushButton(self.tr("&Show the selected entry"))
        self.show_button.clicked.connect(self.reveal_selected)
        self.hide_button = QPushButton(self.tr("&Hide all again"))
        self.hide_button.clicked.connect(self.hide_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(flowing(self.show_button, self.hide_button))  # they wrap at a large font

    def show_days(self, journal, rng: DateRange) -> None:
        self.journal = journal
        self.revealed.clear()
        self.rows = journal.rows(EntryFilter(date_from=rng.start, date_to=rng.end), limit=LIMIT)
        self.table.setRowCount(len(self.rows))
        for index in range(len(self.rows)):
            self._fill(index)
        self.table.resizeColumnsToContents()
        private = sum(row.private for row in self.rows)
        if len(self.rows) == LIMIT:
            counted = self.tr("%Ln entries (the newest shown)", "", len(self.rows))
        else:
            counted = self.tr("%Ln entries", "", len(self.rows))
        of_them = self.tr("%Ln of them private.", "", private)
        self.summary.setText(
            self.tr("{counted}, {private} {description}").format(
                counted=counted, private=of_them, description=self.description
            )
        )

    def clear(self) -> None:
        self.journal = None
        self.rows = []
        self.revealed.clear()
        self.table.setRowCount(0)
        self.summary.setText("")

    def _fill(self, index: int) -> None:
        row = self.rows[index]
        shown = row.id in self.revealed
        day = self.day_text(row.occurred_at[:10])
        if row.private and not shown:
            values = [day, self.private_text, "", "", self.hidden_text]
        else:
            words = self._words(row) if shown else (self.hidden_text if self._has_words(row) else "")
            values = [day, kind_label(row.kind), cell(row.mood), cell(row.craving), words]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(index, column, item)

    def day_text(self, iso_day: str) -> str:
        """A day as the locale writes it (7/5/25 in Spanish, 5/7/25 in US English)."""
        return self.locale().toString(QDate.fromString(iso_day, "yyyy-MM-dd"), QLocale.FormatType.ShortFormat)

    @staticmethod
    def _has_words(row: EntryRow) -> bool:
        return bool(row.title or row.snippet)

    def _words(self, row: EntryRow) -> str:
        entry = self.journal.get(row.id) if self.journal is not None else None
        if entry is None:
            return ""
        parts = [entry.title, entry.body, entry.situation, entry.thought, entry.lead_up]
        text = " — ".join(part.strip() for part in parts if part.strip())
        return text[:TEXT_CHARS] + ("…" if len(text) > TEXT_CHARS else "")

    def reveal(self, index: int) -> None:
        self.revealed.add(self.rows[index].id)
        self._fill(index)
        self.table.resizeRowToContents(index)

    def reveal_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.reveal(selected[0].row())

    def hide_all(self) -> None:
        self.revealed.clear()
        for index in range(len(self.rows)):
            self._fill(index)
