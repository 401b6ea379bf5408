"""Questionnaires: the PHQ-9, GAD-7 and Brief Addiction Monitor to fill in, and past results.

Each is optional; one not filled in within its period is gently offered
("due"), never demanded. Results are bands to talk over with a clinician.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import questionnaires as q
from ...core.errors import JournalError
from ...core.journal import Journal
from ..context import AppContext
from ..dialogs.questionnaire_dialog import DRAFT_KEY, QuestionnaireDialog, wording_note
from ..widgets import keyboard
from ..widgets.flow_layout import FlowLayout
from ..widgets.scroll_page import ScrollPage
from ..widgets.text_blocks import sources_html, wrapped_label
from .entry_words import fill

ID_ROLE = Qt.ItemDataRole.UserRole


class QuestionnairesView(QWidget):
    view_title = (
        "Questionnaires"  # English: a key (icons, screenshots); the window says it in the language shown
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QuestionnaireDialog | None = None
        self.page = ScrollPage.filling(self)  # up and down only: small screens and large fonts scroll
        layout = self.page.body
        layout.addWidget(
            keyboard.readable(
                wrapped_label(
                    "<p>"  # the window's heading names the view: no second title
                    + escape(
                        self.tr(
                            "Three short, well-known questionnaires you can fill in now "
                            "and then, to follow how you are doing and bring the numbers to your clinician. "
                            "Each is optional. A result is something to talk over, never a diagnosis."
                        )
                    )
                    + "</p>",
                    rich=True,
                )
            )
        )
        self.fill_buttons: dict[str, QPushButton] = {}
        self.state_labels: dict[str, object] = {}
        for key, inst in q.instruments().items():
            box = QGroupBox()  # the title as a wrapped heading inside: a group box's own title cannot wrap
            box.setAccessibleName(inst.title)
            column = QVBoxLayout(box)  # the words get the box's whole width; state and button below
            title = wrapped_label(f"<b>{escape(inst.title)}</b>", rich=True)
            column.addWidget(title)
            label = wrapped_label(rich=True)
            offered = self.tr("Offered every %Ln day(s).", "", inst.every_days)
            note = wording_note(inst)  # an instrument without a validated translation says why
            label.setText(
                f"{escape(inst.period)} {escape(offered)}"
                + (f"<p>{escape(note)}</p>" if note else "")
                + sources_html(inst.sources)
            )
            column.addWidget(label)
            row_box = QWidget()
            row = FlowLayout(row_box)
            button = QPushButton(self.tr("Fill in the %1…").replace("%1", inst.short))
            button.clicked.connect(lambda _checked=False, k=key: self.open_questionnaire(k))
            row.addWidget(button)
            column.addWidget(row_box)
            state = keyboard.readable(wrapped_label())
            column.addWidget(state)
            self.fill_buttons[key] = button
            self.state_labels[key] = state
            layout.addWidget(box)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Questionnaire"), self.tr("Scores"), self.tr("Private")]
        )
        self.table.setAccessibleName(self.tr("Questionnaire results"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 10)  # a few results, then it scrolls
        layout.addWidget(self.table, 1)
        self.delete_button = QPushButton(self.tr("Delete the chosen result…"))
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        ctx.events.entries_changed.connect(self.refresh)
        self.set_journal(ctx.journal)

    def set_journal(self, journal: Journal | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        journal = self.ctx.journal
        self.table.setRowCount(0)
        for button in self.fill_buttons.values():
            button.setEnabled(journal is not None)
        if journal is None:
            for label in self.state_labels.values():
                label.setText("")  # type: ignore[attr-defined]
            return
        due = set(journal.questionnaires.due())
        for key, label in self.state_labels.items():
            kept = isinstance(journal.setting(DRAFT_KEY.format(key)), dict)
            text = self.tr("Due — whenever you like.") if key in due else self.tr("Filled in recently.")
            if kept:
                text += " " + self.tr("Your unfinished answers are kept.")
            label.setText(text)  # type: ignore[attr-defined]
        results = list(reversed(journal.questionnaires.results()))
        instruments = q.instruments()
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            score = self.tr("%1 %2 of %3 (%4)", "a questionnaire's score: label, value, maximum, band")
            scores = "; ".join(
                fill(score, s.shown_label, s.value, s.maximum, s.band.name) for s in result.scores
            )
            day = result.taken_on
            cells = [
                self.locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy"),
                instruments[result.instrument].short,
                scores,
                self.tr("Private") if result.private else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, result.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def open_questionnaire(self, key: str) -> QuestionnaireDialog | None:
        if self.ctx.journal is None:
            return None
        dialog = QuestionnaireDialog(self.ctx, key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        self.dialog = dialog
        return dialog

    def delete_selected(self) -> None:
        journal = self.ctx.journal
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if journal is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete this result?"),
            self.tr("Delete this questionnaire result? It cannot be brought back."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            journal.questionnaires.delete(int(item.data(ID_ROLE)))
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return
        self.ctx.events.entries_changed.emit()
