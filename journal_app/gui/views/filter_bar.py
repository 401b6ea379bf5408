"""Live search and filters above the timeline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.models import EntryKind
from ...core.query import EntryFilter
from ..widgets.flow_layout import FlowLayout
from ..widgets.form_fields import date_edit
from ..widgets.keyboard import label_for
from ..widgets.pickers import narrow
from .entry_words import kind_plural

RANGE_DAYS = (None, 7, 30, 90, 365, "custom")  # the Dates choices, in order: any time … custom dates
SEARCH_DELAY_MS = 150


class FilterBar(QWidget):
    filter_changed = Signal(object)  # EntryFilter

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit(placeholderText=self.tr("Search your journal  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in EntryKind:
            self.kind.addItem(kind_plural(kind), kind)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.all_tags = self.tr("All tags")
        self.tag.addItem(self.all_tags, None)
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Dates"))
        ranges = (
            self.tr("Any time"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last 90 days"),
            self.tr("Last year"),
            self.tr("Custom dates…"),
        )
        for label, value in zip(ranges, RANGE_DAYS, strict=True):
            self.range.addItem(label, value)
        today = QDate.currentDate()
        self.date_from, self.date_to = (
            date_edit(),
            date_edit(),
        )  # "Oct 31, 2026", as dates are written elsewhere
        self.date_from.setDate(today.addDays(-30))
        self.date_to.setDate(today)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.to_label = QLabel(self.tr("to", "between two dates"))
        narrow(self.tag, 10)  # a long tag name never widens the bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        filters = QWidget()
        row = FlowLayout(filters)  # as many on a line as fit; the rest wrap
        row.setContentsMargins(0, 0, 0, 0)
        # visible labels: on Linux a combo box reaches a screen reader by its label, not its name
        for text, combo in (
            (self.tr("Show"), self.kind),
            (self.tr("Tag"), self.tag),
            (self.tr("Dates"), self.range),
        ):
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label_for(combo, text, self))
            pair_layout.addWidget(combo)
            row.addWidget(pair)
        for widget in (self.date_from, self.to_label, self.date_to):
            row.addWidget(widget)
        layout.addWidget(filters)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.kind, self.tag, self.range):
            combo.currentIndexChanged.connect(self._emit)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self.range.currentIndexChanged.connect(self._show_dates)
        self._show_dates()

    def _show_dates(self) -> None:
        custom = self.range.currentData() == "custom"
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)

    def set_tags(self, names: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.all_tags, None)
        for name in names:
            self.tag.addItem(name, name)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)

    def current_filter(self) -> EntryFilter:
        kind = self.kind.currentData()
        span = self.range.currentData()
        date_from = date_to = None
        if span == "custom":
            date_from, date_to = self.date_from.date().toPython(), self.date_to.date().toPython()
        elif span:
            date_from = date.today() - timedelta(days=span - 1)
        return EntryFilter(
            kinds=frozenset({EntryKind(kind)}) if kind else frozenset(),
            tag=self.tag.currentData(),
            date_from=date_from,
            date_to=date_to,
            text=self.search.text(),
        )

    def is_filtering(self) -> bool:
        filt = self.current_filter()
        return bool(filt.kinds or filt.tag or filt.date_from or filt.date_to or filt.text.strip())

    def show_day(self, day: date) -> None:
        """Show one calendar day (used when a chart or insight points at a day)."""
        self.blockSignals(True)
        self.range.setCurrentIndex(self.range.findData("custom"))
        self.date_from.setDate(QDate(day.year, day.month, day.day))
        self.date_to.setDate(QDate(day.year, day.month, day.day))
        self.blockSignals(False)
        self._emit()

    def clear(self) -> None:
        self.blockSignals(True)
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.tag.setCurrentIndex(0)
        self.range.setCurrentIndex(0)
        self.blockSignals(False)
        self._timer.stop()
        self._emit()

    def _emit(self, *_args) -> None:
        self.filter_changed.emit(self.current_filter())
