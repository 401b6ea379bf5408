"""Today's two-click check-in: a mood button, a craving button, HALT toggles — saved at once.

The first click on a mood saves today's check-in; every later click (craving,
HALT, another mood) updates the same entry, so nothing waits for a Save
button and nothing is saved twice. "More…" opens the full form on it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.models import HALT_FIELDS, Entry, EntryKind
from ..context import AppContext
from .entry_words import fill, halt_name

# five large buttons each: the value saved (their words are in CheckinCard, in the language shown)
MOODS = (2, 4, 6, 8, 10)
CRAVINGS = (0, 3, 5, 7, 10)


class CheckinCard(QGroupBox):
    """The check-in card on Today. ``saved`` carries the entry id each time it is written."""

    saved = Signal(int)
    more_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("How are you right now?"))
        self.ctx = ctx
        self.entry_id: int | None = None
        self.fresh_text = self.tr("Two clicks: a mood, then a craving. It is saved at once.")
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        moods = (self.tr("Very low"), self.tr("Low"), self.tr("Okay"), self.tr("Good"), self.tr("Very good"))
        cravings = (
            self.tr("None", "no craving"),
            self.tr("Mild"),
            self.tr("Moderate"),
            self.tr("Strong"),
            self.tr("Intense"),
        )
        self.mood_group = self._button_row(
            grid, 0, self.tr("Mood"), zip(moods, MOODS, strict=True), self._mood_clicked
        )
        self.craving_group = self._button_row(
            grid, 1, self.tr("Craving"), zip(cravings, CRAVINGS, strict=True), self._craving_clicked
        )
        layout.addLayout(grid)
        halt_row = QHBoxLayout()
        halt_row.addWidget(QLabel(self.tr("Right now I am:")))
        self.halt_buttons: dict[str, QPushButton] = {}
        for field in HALT_FIELDS:
            button = QPushButton(halt_name(field))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("%1 (HALT)").replace("%1", halt_name(field)))
            button.toggled.connect(self._halt_toggled)
            halt_row.addWidget(button)
            self.halt_buttons[field] = button
        halt_row.addStretch(1)
        self.more_button = QPushButton(self.tr("More…"))
        self.more_button.setToolTip(self.tr("Open the full check-in form on this check-in"))
        self.more_button.clicked.connect(self._more)
        halt_row.addWidget(self.more_button)
        layout.addLayout(halt_row)
        self.status = QLabel(self.fresh_text)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._loading = False
        self._update_enabled()

    def _button_row(self, grid: QGridLayout, row: int, title: str, choices, handler) -> QButtonGroup:
        grid.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for column, (label, value) in enumerate(choices, start=1):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setAccessibleName(fill(self.tr("%1: %2"), title, label))
            group.addButton(button, value)
            grid.addWidget(button, row, column)
        group.idClicked.connect(handler)
        return group

    def _update_enabled(self) -> None:
        has_entry = self.entry_id is not None
        for button in [*self.craving_group.buttons(), *self.halt_buttons.values(), self.more_button]:
            button.setEnabled(has_entry)

    def load(self, checkin: dict[str, Any] | None) -> None:
        """Show today's check-in (from ``Journal.today``), or a fresh card."""
        self._loading = True
        try:
            self.entry_id = checkin["id"] if checkin else None
            values = (checkin["mood"], checkin["craving"]) if checkin else (None, None)
            for group, value in zip((self.mood_group, self.craving_group), values, strict=True):
                group.setExclusive(False)
                ids = [group.id(button) for button in group.buttons()]
                # a value set in the full form (mood 5) lights the nearest button
                nearest = min(ids, key=lambda i: abs(i - value)) if value is not None else None
                for button in group.buttons():
                    button.setChecked(group.id(button) == nearest)
                group.setExclusive(True)
            halt = checkin["halt"] if checkin else []
            for field, button in self.halt_buttons.items():
                button.setChecked(field.removeprefix("halt_") in halt)
            self.status.setText(
                self.tr("Checked in at %1. Change anything; it is saved at once.").replace(
                    "%1", checkin["time"]
                )
                if checkin
                else self.fresh_text
            )
        finally:
            self._loading = False
        self._update_enabled()

    def _more(self) -> None:
        if self.entry_id is not None:
            self.more_requested.emit(self.entry_id)

    def _mood_clicked(self, value: int) -> None:
        self._write(mood=value)

    def _craving_clicked(self, value: int) -> None:
        self._write(craving=value)

    def _halt_toggled(self, _checked: bool) -> None:
        if not self._loading:
            self._write(**{field: button.isChecked() for field, button in self.halt_buttons.items()})

    def _write(self, **changes) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        try:
            entry = journal.get(self.entry_id) if self.entry_id is not None else None
            if entry is None:
                entry = Entry(EntryKind.CHECK_IN, mood=changes.pop("mood", None))
                if entry.mood is None:
                    self.status.setText(self.tr("Choose a mood first."))
                    return
            for name, value in changes.items():
                setattr(entry, name, value)
            saved = journal.save(entry)
        except (JournalError, DatabaseError) as exc:
            self.status.setText(self.tr("The check-in could not be saved: %1").replace("%1", str(exc)))
            return
        self.entry_id = saved.id
        moment = QTime(saved.occurred_at.hour, saved.occurred_at.minute)
        self.status.setText(
            self.tr("Saved at %1. Change anything; it is saved at once.").replace(
                "%1", QLocale().toString(moment, "HH:mm")
            )
        )
        self._update_enabled()
        self.saved.emit(saved.id)
