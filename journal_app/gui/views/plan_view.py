"""The prevention plan: my triggers and planned responses (editable in place), the kind of
each of my own triggers, support contacts, reasons for recovery, warning signs I have seen
in myself, and crisis numbers (editable per country).

Every change is saved at once through ``journal.plan`` (one transaction each).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import display_name
from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.knowledge import load_knowledge
from ...core.plan import CrisisNumber, SupportContact
from ...core.safety import DEFAULT_THRESHOLD_DAYS, THRESHOLD_SETTING
from ...core.settings import setting
from ..context import AppContext
from ..widgets.flow_layout import FlowLayout, flowing, together
from ..widgets.keyboard import label_for
from ..widgets.pickers import editable_combo, kept_name, narrow
from ..widgets.scroll_page import readable_width
from ..widgets.text_blocks import titled_box, wrapped_label
from .plan_parts import ID_ROLE, ItemList, TriggerKinds, fill_table, plan_table, selected_id


class PlanView(QWidget):
    view_title = (
        "Prevention plan"  # English: a key (icons, screenshots); the window says it in the language shown
    )

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(
            wrapped_label(
                "<p>"  # the window's heading names the view: no second title
                + escape(
                    self.tr(
                        "What I will do when a trigger shows up, who I can call, "
                        "and why I am doing this. Changes are saved as you make them."
                    )
                )
                + "</p>",
                rich=True,
            )
        )
        self.message_label = wrapped_label()
        layout.addWidget(self.message_label)
        layout.addWidget(self._build_responses())
        self.trigger_kinds = TriggerKinds(self)
        layout.addWidget(self.trigger_kinds)
        layout.addWidget(self._build_contacts())
        self.reasons = ItemList(
            self.tr("My reasons for recovery"),
            "reason",
            self.tr("A reason that matters to me"),
            self,
            names=(self.tr("New reason"), self.tr("Add reason"), self.tr("Remove selected reason")),
        )
        sign_names = [sign.name for sign in load_knowledge().signs]
        self.past_signs = ItemList(
            self.tr("Warning signs I have seen before"),  # short enough for one line at 24 points
            "past_sign",
            self.tr("Something I noticed before a hard time"),
            self,
            sign_names,
            names=(
                self.tr("New warning sign"),
                self.tr("Add warning sign"),
                self.tr("Remove selected warning sign"),
            ),
        )
        layout.addWidget(self.reasons)
        layout.addWidget(self.past_signs)
        layout.addWidget(self._build_crisis())
        layout.addStretch(1)
        scroll.setWidget(body)
        readable_width(body)  # on a wide screen the lines stay short enough to follow
        outer.addWidget(scroll)
        self.set_journal(ctx.journal)

    # building ---------------------------------------------------------------
    def _build_responses(self) -> QGroupBox:
        box = QGroupBox()
        layout = titled_box(box, self.tr("My triggers and what I will do"))
        self.responses_table = plan_table([self.tr("Trigger"), self.tr("My planned response")], editable=True)
        self.responses_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.responses_table.setToolTip(
            self.tr("Double-click a planned response (or select it and press F2) to change it")
        )
        self.responses_table.itemChanged.connect(self._response_edited)
        self.responses_table.setAccessibleName(box.accessibleName())
        layout.addWidget(self.responses_table)
        self.trigger_combo = editable_combo(self.tr("Trigger"))
        narrow(self.trigger_combo, 12)
        trigger_label = label_for(self.trigger_combo, self.tr("Trigger:"), box)
        self.response_edit = QLineEdit(placeholderText=self.tr("What I will do instead"))
        self.response_edit.setAccessibleName(self.tr("My planned response"))
        self.response_edit.returnPressed.connect(self.save_response)
        save = QPushButton(self.tr("Save response"))
        save.clicked.connect(self.save_response)
        remove = QPushButton(self.tr("Remove selected"))
        remove.setAccessibleName(self.tr("Remove selected response"))
        remove.clicked.connect(lambda: self._remove(self.responses_table, lambda p, i: p.delete_response(i)))
        fields = together((trigger_label, 0), (self.trigger_combo, 1), (self.response_edit, 2))
        layout.addWidget(flowing(fields, save, remove))  # at a large font the buttons go below
        return box

    def _build_contacts(self) -> QGroupBox:
        box = QGroupBox()
        layout = titled_box(box, self.tr("My support contacts"))
        self.contacts_table = plan_table([self.tr("Name"), self.tr("Role"), self.tr("Phone")], editable=True)
        self.contacts_table.setToolTip(self.tr("Double-click a name, role or phone number to change it"))
        self.contacts_table.itemChanged.connect(self._contact_edited)
        self.contacts_table.setAccessibleName(box.accessibleName())
        layout.addWidget(self.contacts_table)
        self.contact_name = QLineEdit(placeholderText=self.tr("Name"))
        self.contact_role = QLineEdit(placeholderText=self.tr("Role (sponsor, counsellor, sister…)"))
        self.contact_phone = QLineEdit(placeholderText=self.tr("Phone"))
        for edit, name in (
            (self.contact_name, self.tr("New contact's name")),
            (self.contact_role, self.tr("New contact's role")),
            (self.contact_phone, self.tr("New contact's phone")),
        ):
            edit.setAccessibleName(name)
        add = QPushButton(self.tr("Add contact"))
        add.clicked.connect(self.add_contact)
        remove = QPushButton(self.tr("Remove selected"))
        remove.setAccessibleName(self.tr("Remove selected contact"))
        remove.clicked.connect(lambda: self._remove(self.contacts_table, lambda p, i: p.delete_contact(i)))
        layout.addWidget(flowing(self.contact_name, self.contact_role, self.contact_phone, add, remove))
        return box

    def _build_crisis(self) -> QGroupBox:
        box = QGroupBox()
        layout = titled_box(box, self.tr("Crisis numbers"))
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Shown in Get help. Change them to the numbers of your own "
                    "country; Save keeps the whole list."
                )
            )
        )
        self.crisis_table = plan_table(
            [self.tr("Name"), self.tr("Number"), self.tr("Country")], editable=True
        )
        self.crisis_table.setAccessibleName(box.accessibleName())
        layout.addWidget(self.crisis_table)
        buttons_box = QWidget()
        row = FlowLayout(buttons_box)  # as many buttons on a line as fit
        row.setContentsMargins(0, 0, 0, 0)
        buttons = (  # keyed in English (tests and callers), shown in the language shown
            ("Add a row", self.tr("Add a row"), self.add_crisis_row),
            ("Remove selected row", self.tr("Remove selected row"), self.remove_crisis_row),
            ("Save numbers", self.tr("Save numbers"), self.save_crisis_numbers),
            ("Use the built-in numbers", self.tr("Use the built-in numbers"), self.reset_crisis),
        )
        self.crisis_buttons = {}
        for key, text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.crisis_buttons[key] = button
        layout.addWidget(buttons_box)
        safety_row = QFormLayout()
        safety_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        limits = setting(THRESHOLD_SETTING)  # the registry's limits: a value outside them is not kept
        self.tolerance_days = QSpinBox(
            minimum=int(limits.minimum or 1),
            maximum=int(limits.maximum or 365),
            value=DEFAULT_THRESHOLD_DAYS,
            suffix=self.tr(" days", "after a number"),
        )
        self.tolerance_days.setToolTip(
            self.tr(
                "After a use that follows this many days without use, the app "
                "shows the overdose-safety facts once."
            )
        )
        self.tolerance_days.editingFinished.connect(self.save_tolerance_days)
        tolerance_label = QLabel(self.tr("Show the overdose-safety facts after a use that follows"))
        tolerance_label.setWordWrap(True)  # a large font wraps it rather than widening the page
        tolerance_label.setBuddy(self.tolerance_days)
        safety_row.addRow(tolerance_label, self.tolerance_days)
        layout.addLayout(safety_row)
        return box

    def save_tolerance_days(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        try:
            journal.set_setting(THRESHOLD_SETTING, self.tolerance_days.value())
        except (JournalError, DatabaseError) as exc:
            self.message_label.setText(str(exc))

    # loading ----------------------------------------------------------------
    def set_journal(self, journal) -> None:
        if journal is None:
            for table in (self.responses_table, self.contacts_table, self.crisis_table):
                table.setRowCount(0)
            for edit in (self.response_edit, self.contact_name, self.contact_role, self.contact_phone):
                edit.clear()
            self.trigger_combo.clear()
            self.trigger_kinds.clear()
            self.reasons.clear()
            self.past_signs.clear()
            self.message_label.clear()
            return
        self.reload()
        self._load_crisis_numbers()

    def _load_crisis_numbers(self) -> None:
        """The crisis table is loaded on its own, so other changes never undo typing in it."""
        if self.ctx.journal is None:
            return
        self.tolerance_days.setValue(self.ctx.journal.lost_tolerance_days())
        numbers = self.ctx.journal.plan.crisis_numbers()
        fill_table(
            self.crisis_table, [(n.label, n.number, n.country) for n in numbers], [n.id for n in numbers]
        )

    def showEvent(self, event) -> None:
        """Triggers added in entries elsewhere show up in the trigger list and among my own triggers."""
        super().showEvent(event)
        self._load_trigger_choices()
        if self.ctx.journal is not None:
            self.trigger_kinds.load(self.ctx.journal.own_triggers())

    def reload(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        plan = journal.plan
        responses = plan.responses()
        self._response_triggers = [r.trigger for r in responses]  # as kept; each row shows it translated
        fill_table(
            self.responses_table,
            [(display_name(r.trigger), r.response) for r in responses],
            [r.id for r in responses],
            read_only=(0,),
        )
        contacts = plan.contacts()
        fill_table(
            self.contacts_table, [(c.name, c.role, c.phone) for c in contacts], [c.id for c in contacts]
        )
        self._load_trigger_choices()
        self.trigger_kinds.load(journal.own_triggers())
        self.reasons.load(plan.reasons())
        self.past_signs.load(plan.past_signs())

    def _load_trigger_choices(self) -> None:
        if self.ctx.journal is None:
            return
        typed = self.trigger_combo.currentText()
        self.trigger_combo.clear()
        for name in self.ctx.journal.trigger_names():  # a built-in one shown in the language
            self.trigger_combo.addItem(display_name(name), name)
        self.trigger_combo.setEditText(typed)

    # changing -----------------------------------------------------------------
    def act(self, change: Callable) -> bool:
        """Run one change to the plan; show a one-line message if it cannot be saved."""
        if self.ctx.journal is None:
            return False
        try:
            change(self.ctx.journal.plan)
        except (JournalError, DatabaseError) as exc:
            self.message_label.setText(str(exc))
            return False
        self.message_label.clear()
        self.reload()
        return True

    def _remove(self, table: QTableWidget, delete) -> None:
        row_id = selected_id(table)
        if row_id is not None:
            self.act(lambda plan: delete(plan, row_id))

    def save_response(self) -> None:
        trigger, response = self.chosen_trigger(), self.response_edit.text()
        if self.act(lambda plan: plan.set_response(trigger, response)):
            self.response_edit.clear()
            self.trigger_combo.setEditText("")

    def chosen_trigger(self) -> str:
        """The trigger typed or picked, as the journal keeps it ("Estrés" picked is "Stress")."""
        return kept_name(self.trigger_combo)

    def _response_edited(self, cell: QTableWidgetItem) -> None:
        """A planned response changed in its row: saved for that trigger; an empty one is not saved."""
        trigger_cell = self.responses_table.item(cell.row(), 0)
        if cell.column() != 1 or trigger_cell is None:
            return
        rows = getattr(self, "_response_triggers", [])
        trigger = rows[cell.row()] if cell.row() < len(rows) else trigger_cell.text()
        response = cell.text()
        if not response.strip():
            self.reload()  # the saved text comes back
            self.message_label.setText(
                self.tr("An empty response is not saved, so your plan for “%1” stays as it was.").replace(
                    "%1", display_name(trigger)
                )
            )
            return
        self.act(lambda plan: plan.set_response(trigger, response))

    def _contact_edited(self, cell: QTableWidgetItem) -> None:
        row = cell.row()
        name, role, phone = (
            item.text() if (item := self.contacts_table.item(row, c)) is not None else "" for c in range(3)
        )
        contact = SupportContact(name, role, phone, id=cell.data(ID_ROLE))
        self.act(lambda plan: plan.save_contact(contact))

    def add_contact(self) -> None:
        contact = SupportContact(
            self.contact_name.text(), self.contact_role.text(), self.contact_phone.text()
        )
        if self.act(lambda plan: plan.save_contact(contact)):
            for edit in (self.contact_name, self.contact_role, self.contact_phone):
                edit.clear()

    def add_crisis_row(self) -> None:
        row = self.crisis_table.rowCount()
        self.crisis_table.insertRow(row)
        self.crisis_table.setCurrentCell(row, 0)

    def remove_crisis_row(self) -> None:
        if self.crisis_table.currentRow() >= 0:
            self.crisis_table.removeRow(self.crisis_table.currentRow())

    def crisis_rows(self) -> list[CrisisNumber]:
        def text(row: int, column: int) -> str:
            cell = self.crisis_table.item(row, column)
            return cell.text() if cell is not None else ""

        rows = [CrisisNumber(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.crisis_table.rowCount())]
        return [n for n in rows if n.label.strip() or n.number.strip()]

    def save_crisis_numbers(self) -> None:
        numbers = self.crisis_rows()
        if self.act(lambda plan: plan.replace_crisis_numbers(numbers)):
            self._load_crisis_numbers()
            self.message_label.setText(
                " ".join(filter(None, [self.tr("Crisis numbers saved."), self._keep_on_device()]))
            )

    def reset_crisis(self) -> None:
        if self.act(lambda plan: plan.replace_crisis_numbers([])):
            self._load_crisis_numbers()
            self.message_label.setText(self._keep_on_device())

    def _keep_on_device(self) -> str:
        """The lock screen's Get help shows the person's own numbers too (the plain device file)."""
        journal = self.ctx.journal
        try:
            if journal is not None:
                journal.keep_crisis_numbers_on_device()
        except (OSError, JournalError) as exc:
            cause = str(getattr(exc, "strerror", None) or exc)
            return self.tr("They could not be copied for the lock screen: %1.").replace("%1", cause)
        return ""
