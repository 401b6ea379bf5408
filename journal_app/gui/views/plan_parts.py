"""The prevention plan's building blocks: an editable list of plan items and the kind given to
each of the person's own triggers, with the small table helpers they share (used by plan_view)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core.catalogue import OwnTrigger, display_name
from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.plan import PlanItem
from ..widgets.flow_layout import flowing
from ..widgets.keyboard import label_for
from ..widgets.pickers import editable_combo, narrow
from ..widgets.text_blocks import titled_box, wrapped_label

if TYPE_CHECKING:  # the view hands itself in; only its type is named here
    from .plan_view import PlanView

ID_ROLE = Qt.ItemDataRole.UserRole


def plan_table(headers: list[str], *, editable: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if not editable:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def fill_table(
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


def selected_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    cell = table.item(row, 0) if row >= 0 else None
    return cell.data(ID_ROLE) if cell is not None else None


class ItemList(QGroupBox):
    """Reasons for recovery, or warning signs seen before: a list with add and remove.

    ``names`` are the three things a person hears for one item, in the language shown:
    the new item's field ("New reason"), the Add button ("Add reason") and the Remove
    button ("Remove selected reason").
    """

    def __init__(
        self,
        title: str,
        section: str,
        placeholder: str,
        view: PlanView,
        suggestions: list[str] | None = None,
        *,
        names: tuple[str, str, str],
    ):
        super().__init__()
        new_name, add_name, remove_name = names
        self.section, self.view = section, view
        layout = titled_box(self, title)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        layout.addWidget(self.list)
        label: QLabel | None = None
        self.input: QComboBox | QLineEdit
        if suggestions:
            combo = self.input = editable_combo(placeholder, ["", *suggestions])
            narrow(combo, 16)  # a long suggestion never widens the page
            self._text = combo.currentText
            self._reset = lambda: combo.setCurrentIndex(0)
            label = label_for(combo, self.tr("%1:", "a field's label").replace("%1", new_name), self)
        else:
            line = self.input = QLineEdit(placeholderText=placeholder)
            line.setAccessibleName(new_name)
            line.returnPressed.connect(self.add)
            self._text = line.text
            self._reset = line.clear
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(add_name)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setAccessibleName(remove_name)
        self.remove_button.clicked.connect(self.remove)
        self.input.setSizePolicy(QSizePolicy.Policy.Expanding, self.input.sizePolicy().verticalPolicy())
        # the label above its field when both do not fit on a line
        fields = flowing(label, self.input, one_line_hint=True) if label is not None else self.input
        layout.addWidget(flowing(fields, self.add_button, self.remove_button))  # wraps at a large font

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
        super().__init__()
        self.view = view
        layout = titled_box(self, self.tr("What kind are my own triggers?"))
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Triggers you name yourself are listed here. If one is about places or things, people, "
                    "or money from the time you used, you can say so, and Insights will notice when "
                    "triggers like it come up more than usual for you."
                )
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
            self.tr(
                "You haven't named triggers of your own yet. When you add one to an entry, it shows up here."
            )
        )
        self.categories = {  # the kinds in core.catalogue.OWN_TRIGGER_CATEGORIES, in the language shown
            "": self.tr("(none)"),
            "old_places": self.tr("Places or things from using"),
            "old_people": self.tr("People from using"),
            "money": self.tr("Money worries, debt or borrowing"),
            "cash": self.tr("Cash on hand or payday"),
        }
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
            shown = display_name(trigger.name)  # the person's words as typed; "After a lapse" in the language
            combo = QComboBox(self.grid_box)
            combo.setAccessibleName(self.tr("Kind of trigger: %1").replace("%1", shown))
            for key, kind_label in self.categories.items():
                combo.addItem(kind_label, key)
            combo.setCurrentIndex(max(combo.findData(trigger.category), 0))
            narrow(combo, 14)  # a long kind never widens the page at a large font
            combo.currentIndexChanged.connect(
                lambda _index, name=trigger.name, box=combo: self.mark(name, box)
            )
            name_label = label_for(combo, shown.replace("&", "&&"), self.grid_box)
            name_label.setTextFormat(Qt.TextFormat.PlainText)
            name_label.setWordWrap(True)
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
