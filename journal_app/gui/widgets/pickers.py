"""Pickers for triggers and coping strategies that also take new items."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import display_name
from ...core.models import CopingUse

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def editable_combo(placeholder: str, items: list[str] | None = None) -> QComboBox:
    """A combo box the person may also type into, showing ``placeholder`` while empty."""
    combo = QComboBox()
    combo.setEditable(True)
    if items:
        combo.addItems(items)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(placeholder)
    return combo


def narrow(combo: QComboBox, chars: int = 12) -> QComboBox:
    """``combo``, whose longest item (a country's name, a long trigger, at a large text size) never
    widens its dialog or page: it asks for room for ``chars`` characters, takes the width its
    layout gives, and the open list shows every item whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def narrow_combo(chars: int = 12) -> QComboBox:
    """A new list made :func:`narrow`."""
    return narrow(QComboBox(), chars)


def kept_name(combo: QComboBox) -> str:
    """What an editable combo holds, as the journal keeps it: a listed item by the name stored in
    its data ("Estrés" picked is "Stress"), anything else as typed."""
    typed = combo.currentText().strip()
    index = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
    kept = combo.itemData(index) if index >= 0 else None
    return str(kept) if kept else typed


class _AddRow(QWidget):
    added = Signal(str)

    def __init__(self, placeholder: str, parent=None, *, new_name: str = "", add_name: str = ""):
        super().__init__(parent)
        self.edit = QLineEdit(placeholderText=placeholder)
        self.edit.setAccessibleName(new_name)
        self.edit.setMaxLength(100)
        self.button = QPushButton(self.tr("Add"))
        self.button.setAccessibleName(add_name)
        self.button.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.textChanged.connect(lambda text: self.button.setEnabled(bool(text.strip())))
        self.edit.returnPressed.connect(self._add)
        self.button.clicked.connect(self._add)

    def _add(self) -> None:
        name = " ".join(self.edit.text().split())
        if name:
            self.added.emit(name)
            self.edit.clear()


STORED = Qt.ItemDataRole.UserRole  # the name the journal keeps; the item shows display_name(name)


def _same(stored: str, shown: str, name: str) -> bool:
    """``name`` (as typed or stored) is this item: its stored name or the name shown for it."""
    return name.casefold() in {stored.casefold(), shown.casefold()}


class TriggerPicker(QWidget):
    """A checkable list of triggers; typing a new one adds it and ticks it."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Triggers"))
        self.list.setMinimumHeight(110)
        self.add_row = _AddRow(
            self.tr("Add your own trigger…"), new_name=self.tr("New trigger"), add_name=self.tr("Add trigger")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.add_row)
        self.add_row.added.connect(self.add_and_check)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, names: list[str]) -> None:
        chosen = set(self.chosen())
        self.list.blockSignals(True)
        self.list.clear()
        for name in names:
            self._append(name, name in chosen)
        for name in chosen - set(names):
            self._append(name, True)
        self.list.blockSignals(False)

    def _append(self, name: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(display_name(name))  # a built-in one in the language; the key stays
        item.setData(STORED, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(CHECKED if checked else UNCHECKED)
        self.list.addItem(item)
        return item

    def _find(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if _same(str(item.data(STORED)), item.text(), name):
                return item
        return None

    def add_and_check(self, name: str) -> None:
        item = self._find(name) or self._append(name, False)
        item.setCheckState(CHECKED)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(row).data(STORED))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == CHECKED
        ]

    def set_chosen(self, names: list[str]) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(UNCHECKED)
        for name in names:
            self.add_and_check(name)
        self.list.scrollToTop()
        self.list.blockSignals(False)
        self.changed.emit()


class CopingPicker(QWidget):
    """Coping strategies tried, each with whether it helped."""

    changed = Signal()
    TRIED, HELPED = 0, 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Coping strategies"))
        self.tree.setHeaderLabels([self.tr("Tried"), self.tr("Helped?")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleDescription(
            self.tr(
                "Space ticks Tried. Right arrow moves to Helped, where Space ticks it; Left arrow moves back."
            )
        )
        self.tree.installEventFilter(self)  # Left and Right move between Tried and Helped
        self.tree.setMinimumHeight(110)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.add_row = _AddRow(
            self.tr("Add your own coping strategy…"),
            new_name=self.tr("New coping strategy"),
            add_name=self.tr("Add coping strategy"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.add_row)
        self.add_row.added.connect(lambda name: self.set_use(CopingUse(name, None)))
        self.tree.itemChanged.connect(self._item_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        tree = self.tree
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and watched == tree:
            column = {Qt.Key.Key_Right: self.HELPED, Qt.Key.Key_Left: self.TRIED}.get(event.key())
            current = tree.currentIndex()
            if column is not None and current.isValid() and not event.modifiers():
                tree.setCurrentIndex(current.siblingAtColumn(column))
                return True
        return super().eventFilter(watched, event)

    def _append(self, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([display_name(name), ""])
        item.setData(self.TRIED, STORED, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(self.TRIED, UNCHECKED)
        item.setCheckState(self.HELPED, UNCHECKED)
        item.setDisabled(False)
        self.tree.addTopLevelItem(item)
        return item

    def _find(self, name: str) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if _same(str(item.data(self.TRIED, STORED)), item.text(self.TRIED), name):
                return item
        return None

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        # saying it helped means it was tried
        helped = column == self.HELPED and item.checkState(self.HELPED) == CHECKED
        if helped and item.checkState(self.TRIED) != CHECKED:
            item.setCheckState(self.TRIED, CHECKED)
        self.changed.emit()

    def set_choices(self, names: list[str]) -> None:
        uses = self.chosen()
        self.tree.blockSignals(True)
        self.tree.clear()
        for name in names:
            self._append(name)
        self.tree.blockSignals(False)
        self.set_chosen(uses)

    def set_use(self, use: CopingUse) -> None:
        item = self._find(use.name) or self._append(use.name)
        item.setCheckState(self.TRIED, CHECKED)
        item.setCheckState(self.HELPED, CHECKED if use.helped else UNCHECKED)

    def chosen(self) -> list[CopingUse]:
        uses = []
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.checkState(self.TRIED) == CHECKED:
                uses.append(
                    CopingUse(str(item.data(self.TRIED, STORED)), item.checkState(self.HELPED) == CHECKED)
                )
        return uses

    def set_chosen(self, uses: list[CopingUse]) -> None:
        self.tree.blockSignals(True)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            item.setCheckState(self.TRIED, UNCHECKED)
            item.setCheckState(self.HELPED, UNCHECKED)
        for use in uses:
            self.set_use(use)
        self.tree.scrollToTop()
        self.tree.blockSignals(False)
        self.changed.emit()
