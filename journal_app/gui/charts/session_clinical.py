"""Session mode's clinical steps, one each: medication kept, back-filled days and lapse reviews
in the period, as counts and dates only (no words, nothing private: the person shows any words
from the entries step)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core import backfill, lapse, messages
from ...core.charts_data import DateRange
from ...core.journal import Journal
from ...core.query import EntryFilter
from ..widgets import keyboard
from ..widgets.text_blocks import wrapped_label
from .range_bar import date_text
from .theme import ChartTheme

LIMIT = 5000


def _shared(rng: DateRange, tag: str) -> EntryFilter:  # never private entries in session mode
    return EntryFilter(date_from=rng.start, date_to=rng.end, include_private=False, tag=tag)


class CountsStep(QWidget):
    """One step of large, readable text; subclasses say what it counts."""

    title = ""  # English; words() gives the title in the language shown

    def __init__(self, theme: ChartTheme, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.words()
        self.theme = theme
        layout = QVBoxLayout(self)
        self.text = keyboard.readable(wrapped_label(rich=True))
        self.text.setFont(theme.font(12))
        layout.addWidget(self.text)
        layout.addStretch(1)

    def clear(self) -> None:
        self.text.setText("")

    def show_days(self, journal: Journal, rng: DateRange) -> None:
        self.text.setText(f"<h3>{escape(self.title)}</h3>{self.body(journal, rng)}")

    def body(self, journal: Journal, rng: DateRange) -> str:
        raise NotImplementedError

    def words(self) -> str:
        return type(self).title


class SessionMedication(CountsStep):
    title = "Medication"

    def words(self) -> str:
        return self.tr("Medication")

    def body(self, journal: Journal, rng: DateRange) -> str:
        seen = journal.medications.adherence(rng.start, rng.end, include_private=False)
        medicines = ", ".join(m.name for m in journal.medications.all())
        named = f"<p>{escape(medicines)}</p>" if medicines else ""
        return f"{named}<p>{escape(seen.summary())}</p>"


class SessionBackfill(CountsStep):
    title = "Back-filled days"

    def words(self) -> str:
        return self.tr("Back-filled days")

    def body(self, journal: Journal, rng: DateRange) -> str:
        marks: dict[str, int] = {}
        days: set[date] = set()
        for row in journal.rows(_shared(rng, backfill.TAG), limit=LIMIT):
            entry = journal.get(row.id)
            if entry is not None:
                label = entry.title.removeprefix("Back-filled: ")
                marks[label] = marks.get(label, 0) + 1
                days.add(entry.occurred_at.date())
        if not marks:
            return "<p>" + self.tr("No days were back-filled in this period.") + "</p>"
        counts = "".join(f"<li>{escape(label)}: {n}</li>" for label, n in sorted(marks.items()))
        first, last = min(days), max(days)
        span = (
            date_text(first)
            if first == last
            else self.tr("{first} to {last}").format(first=date_text(first), last=date_text(last))
        )
        looking_back = self.tr("Days marked afterwards, looking back ({days}):").format(days=escape(span))
        count_too = self.tr("Back-filled days count in the streaks and charts like any other day.")
        return f"<p>{looking_back}</p><ul>{counts}</ul><p>{count_too}</p>"


class SessionLapseReviews(CountsStep):
    title = "Lapse reviews"

    def words(self) -> str:
        return self.tr("Lapse reviews")

    def body(self, journal: Journal, rng: DateRange) -> str:
        rows = journal.rows(_shared(rng, lapse.TAG), limit=LIMIT)
        if not rows:
            return "<p>" + self.tr("No lapse review in this period.") + "</p>"
        dates = sorted({date.fromisoformat(row.occurred_at[:10]) for row in rows})
        count = self.tr(
            "%Ln reviews in this period, looking back at the use on: {days}.", "", len(rows)
        ).format(days=escape(messages.join_and([date_text(day) for day in dates])))
        words = self.tr("The words show in the entries step, one at a time, when you choose.")
        return f"<p>{count}</p><p>{words}</p>"
