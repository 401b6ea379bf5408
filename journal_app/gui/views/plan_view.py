"""The prevention plan: my triggers and planned responses (editable in place), the kind of
each of my own triggers, support contacts, reasons for recovery, warning signs I have seen
in myself, and crisis numbers (editable per country).

Every change is saved at once through ``journal.plan`` (one transaction each).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import OWN_TRIGGER_CATEGORIES, OwnTrigger
from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.knowledge import load_knowledge
from ...core.plan import CrisisNumber, PlanItem, SupportContact
from ...core.safety import DEFAULT_THRESHOLD_DAYS, THRESHOLD_SETTING
from ...core.settings import setting
from ..context import AppContext
from ..widgets.flow_layout import FlowLayout
from ..widgets.keyboard import label_for
from ..widgets.pickers import editable_combo
from ..widgets.text_blocks import wrapped_label

ID_ROLE = Qt.ItemDataRole.UserRole


def _table(headers: list[str], *, editable: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if not editable:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def _fill(
    table: QTableWidget, rows: list[tuple], ids: list[int | None], *, read_only: tuple[int, ...] = ()
) -> None:
    """Put ``rows`` in ``table``; cells in the ``read_only`` columns cannot be edited in place."""
    blocked = table.blockSignals(True)  # filling is not editing
    table.setRowCount(0)
    for row_values, row_id in zip(rows, ids, strict=False):
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(row_values):
            cell = QTableWidgetItem(value)
            cell.setData(ID_ROLE, row_id)
            if column in read_only:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, cell)
    table.blockSignals(blocked)


def _selected_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    cell = table.item(row, 0) if row >= 0 else None
    return cell.data(ID_ROLE) if cell is not None else None


class ItemList(QGroupBox):
    """Reasons for recovery, or warning signs seen before: a list with add and remove."""

    def __init__(
        self,
        title: str,
        section: str,
        placeholder: str,
        view: PlanView,
        suggestions: list[str] | None = None,
        *,
        what: str = "item",
    ):
        super().__init__(title)
        self.section, self.view = section, view
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.input: QComboBox | QLineEdit
        if suggestions:
            combo = self.input = editable_combo(placeholder, ["", *suggestions])
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)  # a long suggestion never widens the page
            self._text = combo.currentText
            self._reset = lambda: combo.setCurrentIndex(0)
            row.addWidget(label_for(combo, f"New {what}:", self))
        else:
            line = self.input = QLineEdit(placeholderText=placeholder)
            line.setAccessibleName(f"New {what}")
            line.returnPressed.connect(self.add)
            self._text = line.text
            self._reset = line.clear
        self.add_button = QPushButton("Add")
        self.add_button.setAccessibleName(f"Add {what}")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton("Remove selected")
        self.remove_button.setAccessibleName(f"Remove selected {what}")
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

    def load(self, items: list[PlanItem]) -> None:
        self.list.clear()
        for item in items:
            row = QListWidgetItem(item.text)
            row.setData(ID_ROLE, item.id)
            self.list.addItem(row)

    def add(self) -> None:
        text = self._text()
        if self.view.act(lambda plan: plan.save_item(PlanItem(self.section, text))):
            self._reset()

    def remove(self) -> None:
        current = self.list.currentItem()
        if current is not None:
            self.view.act(lambda plan: plan.delete_item(current.data(ID_ROLE)))

    def clear(self) -> None:
        self.list.clear()
        self._reset()


class TriggerKinds(QGroupBox):
    """The person's own triggers, each with a kind the warning signs can count."""

    def __init__(self, view: PlanView):
        super().__init__("What kind are my own triggers?")
        self.view = view
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                "Triggers you name yourself are listed here. If one is about places or things, people, "
                "or money from the time you used, you can say so, and Insights will notice when "
                "triggers like it come up more than usual for you."
            )
        )
        # one labelled combo box per trigger (not combos inside a table cell, which a screen
        # reader cannot reach and Tab cannot leave)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        layout.addWidget(self.grid_box)
        self.empty_label = wrapped_label(
            "You haven't named triggers of your own yet. When you add one to an entry, it shows up here."
        )
        self.empty_label.setObjectName("emptyState")
        layout.addWidget(self.empty_label)
        self._kinds: dict[str, str] = {}
        self._boxes: dict[str, QComboBox] = {}

    def _show_empty(self, empty: bool) -> None:
        self.grid_box.setVisible(not empty)
        self.empty_label.setVisible(empty)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._boxes = {}

    def load(self, triggers: list[OwnTrigger]) -> None:
        self._show_empty(not triggers)
        self._clear_grid()
        self._kinds = {trigger.name: trigger.category for trigger in triggers}
        for row, trigger in enumerate(triggers):
            combo = QComboBox(self.grid_box)
            combo.setAccessibleName(f"Kind of trigger: {trigger.name}")
            for key, kind_label in OWN_TRIGGER_CATEGORIES.items():
                combo.addItem(kind_label, key)
            combo.setCurrentIndex(max(combo.findData(trigger.category), 0))
            combo.currentIndexChanged.connect(
                lambda _index, name=trigger.name, box=combo: self.mark(name, box)
            )
            name_label = label_for(combo, trigger.name.replace("&", "&&"), self.grid_box)
            name_label.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(name_label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self._boxes[trigger.name] = combo

    def names(self) -> list[str]:
        """The person's own triggers, in the order shown."""
        return list(self._boxes)

    def kind_box(self, name: str) -> QComboBox | None:
        """The kind chooser of the trigger called ``name``."""
        for shown, box in self._boxes.items():
            if shown.casefold() == name.casefold():
                return box
        return None

    def mark(self, name: str, box: QComboBox) -> None:
        journal = self.view.ctx.journal
        if journal is None:
            return
        try:
            journal.set_trigger_category(name, box.currentData())
        except (JournalError, DatabaseError) as exc:
            blocked = box.blockSignals(True)  # show the kind that is still saved
            box.setCurrentIndex(max(box.findData(self._kinds.get(name, "")), 0))
            box.blockSignals(blocked)
            self.view.message_label.setText(str(exc))
            return
        self._kinds[name] = box.currentData()
        self.view.message_label.clear()

    def clear(self) -> None:
        self._clear_grid()
        self._kinds = {}
        self._show_empty(True)


class PlanView(QWidget):
    view_title = "Prevention plan"

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
                "<h2>My prevention plan</h2><p>What I will do when a trigger shows up, who I can call, "
                "and why I am doing this. Changes are saved as you make them.</p>",
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
            "My reasons for recovery", "reason", "A reason that matters to me", self, what="reason"
        )
        sign_names = [sign.name for sign in load_knowledge().signs]
        self.past_signs = ItemList(
            "Warning signs I have seen in myself before",
            "past_sign",
            "Something I noticed before a hard time",
            self,
            sign_names,
            what="warning sign",
        )
        layout.addWidget(self.reasons)
        layout.addWidget(self.past_signs)
        layout.addWidget(self._build_crisis())
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.set_journal(ctx.journal)

    # building ---------------------------------------------------------------
    def _build_responses(self) -> QGroupBox:
        box = QGroupBox("My triggers and what I will do")
        layout = QVBoxLayout(box)
        self.responses_table = _table(["Trigger", "My planned response"], editable=True)
        self.responses_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.responses_table.setToolTip(
            "Double-click a planned response (or select it and press F2) to change it"
        )
        self.responses_table.itemChanged.connect(self._response_edited)
        self.responses_table.setAccessibleName("My triggers and what I will do")
        layout.addWidget(self.responses_table)
        row = QHBoxLayout()
        self.trigger_combo = editable_combo("Trigger")
        self.trigger_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.trigger_combo.setMinimumContentsLength(12)
        row.addWidget(label_for(self.trigger_combo, "Trigger:", box))
        self.response_edit = QLineEdit(placeholderText="What I will do instead")
        self.response_edit.setAccessibleName("My planned response")
        self.response_edit.returnPressed.connect(self.save_response)
        save = QPushButton("Save response")
        save.clicked.connect(self.save_response)
        remove = QPushButton("Remove selected")
        remove.setAccessibleName("Remove selected response")
        remove.clicked.connect(lambda: self._remove(self.responses_table, lambda p, i: p.delete_response(i)))
        for widget, stretch in ((self.trigger_combo, 1), (self.response_edit, 2), (save, 0), (remove, 0)):
            row.addWidget(widget, stretch)
        layout.addLayout(row)
        return box

    def _build_contacts(self) -> QGroupBox:
        box = QGroupBox("My support contacts")
        layout = QVBoxLayout(box)
        self.contacts_table = _table(["Name", "Role", "Phone"], editable=True)
        self.contacts_table.setToolTip("Double-click a name, role or phone number to change it")
        self.contacts_table.itemChanged.connect(self._contact_edited)
        self.contacts_table.setAccessibleName("My support contacts")
        layout.addWidget(self.contacts_table)
        row = QHBoxLayout()
        self.contact_name = QLineEdit(placeholderText="Name")
        self.contact_role = QLineEdit(placeholderText="Role (sponsor, counsellor, sister…)")
        self.contact_phone = QLineEdit(placeholderText="Phone")
        for edit, name in (
            (self.contact_name, "New contact's name"),
            (self.contact_role, "New contact's role"),
            (self.contact_phone, "New contact's phone"),
        ):
            edit.setAccessibleName(name)
        add = QPushButton("Add contact")
        add.clicked.connect(self.add_contact)
        remove = QPushButton("Remove selected")
        remove.setAccessibleName("Remove selected contact")
        remove.clicked.connect(lambda: self._remove(self.contacts_table, lambda p, i: p.delete_contact(i)))
        for widget in (self.contact_name, self.contact_role, self.contact_phone, add, remove):
            row.addWidget(widget)
        layout.addLayout(row)
        return box

    def _build_crisis(self) -> QGroupBox:
        box = QGroupBox("Crisis numbers")
        layout = QVBoxLayout(box)
        layout.addWidget(
            wrapped_label(
                "Shown in Get help. Change them to the numbers of your own "
                "country; Save keeps the whole list."
            )
        )
        self.crisis_table = _table(["Name", "Number", "Country"], editable=True)
        self.crisis_table.setAccessibleName("Crisis numbers")
        layout.addWidget(self.crisis_table)
        buttons_box = QWidget()
        row = FlowLayout(buttons_box)  # as many buttons on a line as fit
        row.setContentsMargins(0, 0, 0, 0)
        buttons = (
            ("Add a row", self.add_crisis_row),
            ("Remove selected row", self.remove_crisis_row),
            ("Save numbers", self.save_crisis_numbers),
            ("Use the built-in numbers", self.reset_crisis),
        )
        self.crisis_buttons = {}
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.crisis_buttons[text] = button
        layout.addWidget(buttons_box)
        safety_row = QFormLayout()
        safety_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        limits = setting(THRESHOLD_SETTING)  # the registry's limits: a value outside them is not kept
        self.tolerance_days = QSpinBox(
            minimum=int(limits.minimum or 1),
            maximum=int(limits.maximum or 365),
            value=DEFAULT_THRESHOLD_DAYS,
            suffix=" days",
        )
        self.tolerance_days.setToolTip(
            "After a use that follows this many days without use, the app "
            "shows the overdose-safety facts once."
        )
        self.tolerance_days.editingFinished.connect(self.save_tolerance_days)
        safety_row.addRow("Show the overdose-safety facts after a use that follows", self.tolerance_days)
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
        _fill(self.crisis_table, [(n.label, n.number, n.country) for n in numbers], [n.id for n in numbers])

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
        _fill(
            self.responses_table,
            [(r.trigger, r.response) for r in responses],
            [r.id for r in responses],
            read_only=(0,),
        )
        contacts = plan.contacts()
        _fill(self.contacts_table, [(c.name, c.role, c.phone) for c in contacts], [c.id for c in contacts])
        self._load_trigger_choices()
        self.trigger_kinds.load(journal.own_triggers())
        self.reasons.load(plan.reasons())
        self.past_signs.load(plan.past_signs())

    def _load_trigger_choices(self) -> None:
        if self.ctx.journal is None:
            return
        typed = self.trigger_combo.currentText()
        self.trigger_combo.clear()
        self.trigger_combo.addItems(self.ctx.journal.trigger_names())
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
        row_id = _selected_id(table)
        if row_id is not None:
            self.act(lambda plan: delete(plan, row_id))

    def save_response(self) -> None:
        trigger, response = self.trigger_combo.currentText(), self.response_edit.text()
        if self.act(lambda plan: plan.set_response(trigger, response)):
            self.response_edit.clear()
            self.trigger_combo.setEditText("")

    def _response_edited(self, cell: QTableWidgetItem) -> None:
        """A planned response changed in its row: saved for that trigger; an empty one is not saved."""
        trigger_cell = self.responses_table.item(cell.row(), 0)
        if cell.column() != 1 or trigger_cell is None:
            return
        trigger, response = trigger_cell.text(), cell.text()
        if not response.strip():
            self.reload()  # the saved text comes back
            self.message_label.setText(
                f"An empty response is not saved, so your plan for “{trigger}” stays as it was."
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
            self.message_label.setText("Crisis numbers saved." + self._keep_on_device())

    def reset_crisis(self) -> None:
        if self.act(lambda plan: plan.replace_crisis_numbers([])):
            self._load_crisis_numbers()
            self.message_label.setText(self._keep_on_device().strip())

    def _keep_on_device(self) -> str:
        """The lock screen's Get help shows the person's own numbers too (the plain device file)."""
        journal = self.ctx.journal
        try:
            if journal is not None:
                journal.keep_crisis_numbers_on_device()
        except (OSError, JournalError) as exc:
            return f" They could not be copied for the lock screen: {getattr(exc, 'strerror', None) or exc}."
        return ""
