"""Back-fill days: a month calendar where past days are marked use, no use or don't know, per
substance family (timeline follow-back). Each mark is an entry; Undo takes the last marking back."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QPushButton,
    QWidget,
)

from ...core import backfill, substances
from ...core.errors import JournalError
from ...core.journal import Journal
from ...core.models import EntryKind, now_local
from ...core.query import EntryFilter
from ..context import AppContext
from ..dialogs.lapse_review import LapseReviewDialog
from ..widgets import keyboard
from ..widgets.flow_layout import FlowLayout
from ..widgets.form_fields import date_edit
from ..widgets.scroll_page import ScrollPage
from ..widgets.text_blocks import wrapped_label
from .entry_words import fill

# Okabe–Ito, with the mark's words in each day's tooltip too
COLOURS = {backfill.USE: "#E69F00", backfill.NO_USE: "#56B4E9", backfill.UNKNOWN: "#BBBBBB"}


class BackfillView(QWidget):
    view_title = (
        "Back-fill days"  # English: a key (icons, screenshots); the window says it in the language shown
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.history: list[backfill.BackfillResult] = []
        self.shown_marks: dict[date, str] = {}
        # the marks of core.backfill.MARK_LABELS: (the mark's name, its button)
        self.mark_words = {
            backfill.USE: (self.tr("Use"), self.tr("Mark as: use")),
            backfill.NO_USE: (self.tr("No use"), self.tr("Mark as: no use")),
            backfill.UNKNOWN: (self.tr("Don't know"), self.tr("Mark as: don't know")),
        }
        self.page = ScrollPage.filling(self)  # up and down only: small screens and large fonts scroll
        layout = self.page.body
        layout.addWidget(
            keyboard.readable(
                wrapped_label(
                    "<p>"  # the window's heading names the view: no second title
                    + escape(
                        self.tr(
                            "Missed some days? Mark past days here as use, no use or "
                            "“don't know”. Being honest about a hard stretch is part of recovery, not a "
                            "failure. Each mark becomes an entry in your journal; your days without use and "
                            "the charts follow. Marking a day again changes its mark."
                        )
                    )
                    + "</p>",
                    rich=True,
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: labels above fields
        self.family = QComboBox()
        for fam in substances.families():
            self.family.addItem(fam.label, fam.key)
        self.family.currentIndexChanged.connect(self.refresh)
        form.addRow(keyboard.label_for(self.family, self.tr("&Substance:"), self), self.family)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Day to mark (first day of the range)"))
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.selectionChanged.connect(self._start_chosen)
        form.addRow(self.calendar)
        self.through = date_edit()  # "Nov 30, 2026", "30 nov 2026": as the other date fields
        self.through.setAccessibleName(self.tr("Through (last day of the range)"))
        self.through.setMaximumDate(QDate.currentDate())
        self.through.setDate(QDate.currentDate())
        form.addRow(self.tr("Through:"), self.through)
        self.private_box = QCheckBox(self.tr("Make these entries private"))
        form.addRow(self.private_box)
        layout.addLayout(form)
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)  # as many buttons on a line as fit; the rest wrap
        self.mark_buttons: dict[str, QPushButton] = {}
        for mark in backfill.MARK_LABELS:
            button = QPushButton(self.mark_words[mark][1])
            button.clicked.connect(lambda _checked=False, m=mark: self.mark(m))
            buttons.addWidget(button)
            self.mark_buttons[mark] = button
        self.undo_button = QPushButton(self.tr("Undo the last marking"))
        self.undo_button.clicked.connect(self.undo)
        buttons.addWidget(self.undo_button)
        layout.addWidget(buttons_box)
        self.review_button = QPushButton(self.tr("Lapse review of my latest use…"))
        self.review_button.setToolTip(
            self.tr("A short, kind look at what led up to it, whenever you are ready")
        )
        self.review_button.clicked.connect(self.review_latest_use)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.review_dialog: LapseReviewDialog | None = None
        self.message = keyboard.readable(wrapped_label())
        layout.addWidget(self.message)
        self.marks_label = keyboard.readable(wrapped_label())
        layout.addWidget(self.marks_label)
        layout.addStretch(1)
        ctx.events.entries_changed.connect(self.refresh)
        self._start_chosen()
        self.set_journal(ctx.journal)

    def set_journal(self, journal: Journal | None) -> None:
        self.history.clear()
        self.message.setText("")
        self.refresh()

    def _start_chosen(self) -> None:
        self.through.setDate(self.calendar.selectedDate())

    def family_key(self) -> str:
        return str(self.family.currentData())

    def refresh(self) -> None:
        journal = self.ctx.journal
        for button in (*self.mark_buttons.values(), self.undo_button, self.review_button):
            button.setEnabled(journal is not None)
        self.undo_button.setEnabled(journal is not None and bool(self.history))
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every day's colour
        self.shown_marks = {}
        if journal is None:
            self.marks_label.setText("")
            return
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.shown_marks = backfill.marks(journal, self.family_key(), first, last)
        for day, mark in self.shown_marks.items():
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(COLOURS[mark])))
            fmt.setToolTip(self.mark_words[mark][0])
            self.calendar.setDateTextFormat(QDate(day), fmt)
        counts = {m: list(self.shown_marks.values()).count(m) for m in backfill.MARK_LABELS}
        month = self.locale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")
        text = self.tr(
            "%1, %2: use %3, no use %4, don't know %5 days marked (orange: use, blue: no use, grey: don't know)."
        )
        marks = (counts[backfill.USE], counts[backfill.NO_USE], counts[backfill.UNKNOWN])
        self.marks_label.setText(fill(text, month, self.family.currentText(), *marks))

    def mark(self, mark: str) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        start = self.calendar.selectedDate().toPython()
        end: date = self.through.date().toPython()  # type: ignore[assignment]
        try:
            result = backfill.mark_days(
                journal,
                self.family_key(),
                start,  # type: ignore[arg-type]
                end,
                mark,
                today=now_local().date(),
                private=self.private_box.isChecked(),
            )
        except JournalError as exc:
            self.message.setText(str(exc))
            return
        self.history.append(result)
        self.message.setText(result.describe())
        self.ctx.events.entries_changed.emit()  # never entry_saved: a back-filled day brings no card
        self.refresh()

    def undo(self) -> None:
        journal = self.ctx.journal
        if journal is None or not self.history:
            return
        try:
            backfill.undo(journal, self.history.pop())
        except JournalError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("The last marking was taken back."))
        self.ctx.events.entries_changed.emit()
        self.refresh()

    def review_latest_use(self) -> LapseReviewDialog | None:
        """The lapse review, later: for the latest use the person wrote (not a back-filled mark)."""
        journal = self.ctx.journal
        if journal is None:
            return None
        for row in journal.rows(EntryFilter(kinds=frozenset({EntryKind.USE})), limit=200):
            entry = journal.get(row.id)
            if entry is not None and backfill.TAG not in entry.tags:
                self.review_dialog = LapseReviewDialog(self.ctx, entry, self)
                self.review_dialog.open()
                return self.review_dialog
        self.message.setText(self.tr("There is no use entry to look back at."))
        return None
