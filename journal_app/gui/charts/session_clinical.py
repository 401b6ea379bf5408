"""Session mode's clinical step: medication kept, back-filled days and lapse reviews in the period,
as counts only (no words, nothing private: the person shows any words from the entries step)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core import backfill, lapse
from ...core.charts_data import DateRange
from ...core.journal import Journal
from ...core.query import EntryFilter
from ..widgets import keyboard
from ..widgets.text_blocks import wrapped_label
from .theme import ChartTheme

LIMIT = 5000


class SessionClinical(QWidget):
    title = "Medication, back-filled days and lapse reviews"

    def __init__(self, theme: ChartTheme, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme
        layout = QVBoxLayout(self)
        self.text = keyboard.readable(wrapped_label(rich=True))
        self.text.setFont(theme.font(12))
        layout.addWidget(self.text)
        layout.addStretch(1)

    def clear(self) -> None:
        self.text.setText("")

    def show_days(self, journal: Journal, rng: DateRange) -> None:
        seen = journal.medications.adherence(rng.start, rng.end, include_private=False)

        def shared(tag: str) -> EntryFilter:  # never private entries in session mode
            return EntryFilter(date_from=rng.start, date_to=rng.end, include_private=False, tag=tag)

        marks: dict[str, int] = {}
        for row in journal.rows(shared(backfill.TAG), limit=LIMIT):
            entry = journal.get(row.id)
            if entry is not None:
                label = entry.title.removeprefix("Back-filled: ")
                marks[label] = marks.get(label, 0) + 1
        reviews = len(journal.rows(shared(lapse.TAG), limit=LIMIT))
        medicines = ", ".join(m.name for m in journal.medications.all())
        parts = [
            f"<h3>Medication{f' ({escape(medicines)})' if medicines else ''}</h3><p>{escape(seen.summary())}</p>",
            "<h3>Back-filled days</h3>",
            "<p>"
            + (
                "; ".join(f"{escape(label)}: {n}" for label, n in sorted(marks.items()))
                if marks
                else "No days were back-filled in this period."
            )
            + "</p>",
            "<h3>Lapse reviews</h3>",
            f"<p>{reviews} {'review' if reviews == 1 else 'reviews'} in this period"
            + (" (the words show in the entries step, when you choose)." if reviews else ".")
            + "</p>",
        ]
        self.text.setText("".join(parts))
