"""Choosing the days the charts show: a preset, or two dates for a custom range."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from ...core.charts_data import DateRange, RangePreset
from ..widgets.flow_layout import FlowLayout
from ..widgets.form_fields import date_edit, date_pattern  # date_edit: also the life events dialog's


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_text(day: date) -> str:
    """A day with its year, as the locale writes it short ("May 5, 2025", "5 may 2025")."""
    return QLocale().toString(to_qdate(day), date_pattern(QLocale())).replace(".", "")


class RangeBar(QWidget):
    """Emits ``changed`` when the person picks a preset or applies custom dates."""

    changed = Signal()

    def __init__(self, preset: RangePreset = RangePreset.MONTH, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Days shown in the charts"))
        for item in RangePreset:
            self.combo.addItem(item.label, item)
        self.start = date_edit()
        self.end = date_edit()
        self.start.setAccessibleName(self.tr("First day"))
        self.end.setAccessibleName(self.tr("Last day"))
        today = date.today()
        self.start.setDate(to_qdate(today - timedelta(days=29)))
        self.end.setDate(to_qdate(today))
        self.apply = QPushButton(self.tr("Show these days"))
        self.note = QLabel("")  # said when the range is not quite what was asked for
        self.note.setWordWrap(True)
        self._shown: DateRange | None = None
        # as many on a line as fit, the rest wrap (a large font, a small window): never cut off
        layout = self.flow = FlowLayout(self, one_line_hint=True)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self._custom = [QLabel(self.tr("from")), self.start, QLabel(self.tr("to")), self.end, self.apply]
        for widget in self._custom:
            layout.addWidget(widget)
        layout.addWidget(self.note)
        self.set_preset(preset)
        self.combo.currentIndexChanged.connect(self._preset_changed)
        self.apply.clicked.connect(self.changed)

    @property
    def preset(self) -> RangePreset:
        return RangePreset(self.combo.currentData())

    @property
    def custom(self) -> tuple[date, date]:
        return from_qdate(self.start.date()), from_qdate(self.end.date())

    def set_preset(self, preset: RangePreset) -> None:
        self.combo.setCurrentIndex(self.combo.findData(preset))
        self._show_custom(preset is RangePreset.CUSTOM)

    def set_custom(self, start: date, end: date) -> None:
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))

    def show_range(self, rng: DateRange | None, problem: str = "") -> None:
        """Say which days are shown (or why none are)."""
        self._shown = rng
        if problem:
            self.note.setText(problem)
        elif rng is not None:
            self.note.setText(" ".join(part for part in (rng.describe() + ".", rng.note) if part))
        else:
            self.note.setText("")

    def _show_custom(self, on: bool) -> None:
        for widget in self._custom:
            widget.setVisible(on)

    def add_tool(self, widget: QWidget) -> None:
        """A button of the view's own, after the range's controls (before the note)."""
        self.flow.insertWidget(self.flow.count() - 1, widget)

    def _preset_changed(self) -> None:
        custom = self.preset is RangePreset.CUSTOM
        self._show_custom(custom)
        if not custom:
            self.changed.emit()
        elif self._shown is not None:  # start from the days on screen, and say that they still are
            self.set_custom(self._shown.start, self._shown.end)
            self.note.setText(
                self.tr("Still showing {days}; pick the days, then “Show these days”.").format(
                    days=self._shown.describe()
                )
            )
