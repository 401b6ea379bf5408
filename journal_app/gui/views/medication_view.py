"""Medication: the person's medicines for opioid use disorder, next dates, and the last 30 days
taken or missed (from the check-ins). Never dosing advice."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.journal import Journal
from ...core.knowledge import load_knowledge
from ...core.medication import NEXT_KINDS, Prescription, no_advice
from ...core.models import now_local
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.flow_layout import FlowLayout, flowing
from ..widgets.form_fields import date_edit
from ..widgets.scroll_page import ScrollPage
from ..widgets.text_blocks import sources_html, wrapped_label
from .entry_words import fill

ID_ROLE = Qt.ItemDataRole.UserRole


class MedicationView(QWidget):
    view_title = "Medication"  # English: a key (icons, screenshots); the window says it in the language shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editing: Prescription | None = None
        # the next dates of core.medication.NEXT_KINDS: (check box, date's accessible name, noun)
        self.next_words = {
            "next_dose": (self.tr("Next dose"), self.tr("Date of the next dose"), self.tr("dose")),
            "next_injection": (
                self.tr("Next injection"),
                self.tr("Date of the next injection"),
                self.tr("injection"),
            ),
            "next_clinic": (
                self.tr("Next clinic visit"),
                self.tr("Date of the next clinic visit"),
                self.tr("clinic visit"),
            ),
        }
        tolerance = self.tr(
            "Missing several days, or stopping, lowers tolerance: talk with your prescriber first."
        )
        self.page = ScrollPage.filling(self)  # up and down only: small screens and large fonts scroll
        layout = self.page.body
        fact = load_knowledge().item("fact", "lost_tolerance")
        layout.addWidget(
            keyboard.readable(
                wrapped_label(
                    "<p>"  # the window's heading names the view: no second title
                    + escape(
                        self.tr(
                            "Your medicines for opioid use disorder and when the next dose, "
                            "injection or clinic visit is. Each day's check-in says whether you took it."
                        )
                    )
                    + f" {escape(no_advice())}</p><p><b>{escape(tolerance)}</b> {escape(fact.title)}: "
                    f"{escape(fact.text)}</p>" + sources_html(fact.sources),
                    rich=True,
                )
            )
        )
        self.adherence_label = keyboard.readable(wrapped_label())
        layout.addWidget(self.adherence_label)
        self.upcoming_label = keyboard.readable(wrapped_label())
        layout.addWidget(self.upcoming_label)
        body = QVBoxLayout()  # the list above the form: the form keeps the page's whole width
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your medicines"))
        self.list.currentItemChanged.connect(self._chosen)
        rows = self.list.fontMetrics().height()
        self.list.setMinimumHeight(rows * 4)
        self.list.setMaximumHeight(rows * 9)  # a few medicines; the form stays in view below
        body.addWidget(self.list)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: labels above fields
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Medicine name"))
        self.prescriber = QLineEdit()
        self.prescriber.setAccessibleName(self.tr("Prescriber or clinic"))
        self.schedule = QLineEdit(placeholderText=self.tr("e.g. every morning, monthly injection"))
        self.schedule.setAccessibleName(self.tr("Schedule"))
        self.dose = QLineEdit(placeholderText=self.tr("optional"))
        self.dose.setAccessibleName(self.tr("Dose (optional)"))
        self.dose_private = QCheckBox(self.tr("Keep the dose private"))
        self.dose_private.setChecked(True)
        # said below it, wrapped: a check box's own text cannot wrap at a large font
        private_note = wrapped_label(self.tr("A private dose stays out of session mode and reports."))
        self.dose_private.setAccessibleDescription(private_note.text())
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Prescriber or clinic:"), self.prescriber)
        form.addRow(self.tr("Schedule:"), self.schedule)
        form.addRow(self.tr("Dose:"), self.dose)
        form.addRow(self.dose_private)  # the whole line: beside an empty label it held the page wide
        form.addRow(private_note)
        self.date_boxes: dict[str, tuple[QCheckBox, QDateEdit]] = {}
        for field in NEXT_KINDS:
            box = QCheckBox(self.next_words[field][0])
            edit = date_edit()
            edit.setAccessibleName(self.next_words[field][1])
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            form.addRow(flowing(box, edit))  # narrow or at a large font the date goes below its box
            self.date_boxes[field] = (box, edit)
        self.message = keyboard.readable(wrapped_label())
        form.addRow(self.message)
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)  # as many buttons on a line as fit; the rest wrap
        self.new_button = QPushButton(self.tr("New medicine"))
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("Save medicine"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Remove medicine…"))
        self.delete_button.clicked.connect(self.remove)
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        form.addRow(buttons_box)
        body.addLayout(form)
        layout.addLayout(body)
        layout.addStretch(1)
        ctx.events.entries_changed.connect(self.refresh)
        self.set_journal(ctx.journal)

    def set_journal(self, journal: Journal | None) -> None:
        self.new()
        self.refresh()

    def refresh(self) -> None:
        journal = self.ctx.journal
        self.list.clear()
        for widget in (self.save_button, self.new_button, self.delete_button):
            widget.setEnabled(journal is not None)
        if journal is None:
            self.adherence_label.setText("")
            self.upcoming_label.setText("")
            return
        for item in journal.medications.all():
            row = QListWidgetItem(f"{item.name}" + (f" — {item.schedule}" if item.schedule else ""))
            row.setData(ID_ROLE, item.id)
            self.list.addItem(row)
        today = now_local().date()
        seen = journal.medications.adherence(today - timedelta(days=29), today)
        self.adherence_label.setText(self.tr("Last 30 days: %1").replace("%1", seen.summary()))
        upcoming = journal.medications.upcoming(today)
        field_of = {kind: field for field, kind in NEXT_KINDS.items()}
        one = self.tr("%1 (%2) on %3", "what, which medicine, on which day")
        dates = [
            fill(
                one,
                self.next_words[field_of[kind]][2] if kind in field_of else kind,
                name,
                self.locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy"),
            )
            for day, kind, name in upcoming
        ]
        self.upcoming_label.setText(
            self.tr("Coming up: %1").replace("%1", "; ".join(dates))
            if upcoming
            else self.tr("No next dose, injection or clinic date set.")
        )

    def _chosen(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        journal = self.ctx.journal
        if current is None or journal is None:
            return
        found = [m for m in journal.medications.all() if m.id == current.data(ID_ROLE)]
        if found:
            self.show_item(found[0])

    def show_item(self, item: Prescription) -> None:
        self.editing = item
        self.name.setText(item.name)
        self.prescriber.setText(item.prescriber)
        self.schedule.setText(item.schedule)
        self.dose.setText(item.dose)
        self.dose_private.setChecked(item.dose_private)
        for field, (box, edit) in self.date_boxes.items():
            day = getattr(item, field)
            box.setChecked(day is not None)
            edit.setDate(QDate(day) if day is not None else QDate.currentDate())
        self.message.setText("")

    def new(self) -> None:
        self.show_item(Prescription(""))
        self.editing = None

    def form_item(self) -> Prescription:
        dates: dict[str, date | None] = {
            field: edit.date().toPython() if box.isChecked() else None  # type: ignore[misc]
            for field, (box, edit) in self.date_boxes.items()
        }
        return Prescription(
            name=self.name.text(),
            prescriber=self.prescriber.text(),
            schedule=self.schedule.text(),
            dose=self.dose.text(),
            dose_private=self.dose_private.isChecked(),
            id=self.editing.id if self.editing else None,
            uuid=self.editing.uuid if self.editing else Prescription("").uuid,
            **dates,
        )

    def save(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        try:
            saved = journal.medications.save(self.form_item())
        except JournalError as exc:
            self.message.setText(str(exc))
            return
        self.editing = saved
        self.refresh()
        self.message.setText(self.tr("Saved %1.").replace("%1", saved.name))

    def remove(self) -> None:
        journal = self.ctx.journal
        if journal is None or self.editing is None or self.editing.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove this medicine?"),
            self.tr("Remove %1 from your list?").replace("%1", self.editing.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        journal.medications.delete(self.editing.id)
        self.new()
        self.refresh()
