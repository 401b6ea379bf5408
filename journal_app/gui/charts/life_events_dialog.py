"""Adding, changing and removing the life events marked on the charts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core.annotations import LABEL_MAX, AnnotationError, LifeEvent
from ..widgets import keyboard
from ..widgets.flow_layout import flowing
from ..widgets.scroll_page import ScrollPage, fit_to_screen
from .range_bar import date_edit, date_text, from_qdate, to_qdate


class LifeEventsDialog(QDialog):
    def __init__(self, journal, parent=None):
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Life events"))  # as the Charts button says
        self.current: LifeEvent | None = None

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Life events"))
        self.list.currentItemChanged.connect(self._picked)
        self.date = date_edit()
        self.date.setDate(to_qdate(date.today()))
        self.label = QLineEdit()
        self.label.setMaxLength(LABEL_MAX)
        self.label.setPlaceholderText(self.tr("A few words, e.g. “Started a new job”"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Optional; only shown here, never on the charts"))
        self.note.setTabChangesFocus(True)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        lines = self.fontMetrics().lineSpacing()
        self.list.setMinimumHeight(4 * lines)  # a few events, and a few lines of a note, at any font
        self.note.setMinimumHeight(3 * lines)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above at a large font
        form.addRow(self.tr("&Day:"), self.date)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Note:"), self.note)
        self.new_button = QPushButton(self.tr("&New"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        # the largest text on a small screen: the page scrolls down (never sideways), rows wrap
        self.page = ScrollPage()
        intro = QLabel(
            self.tr("Life events are drawn as dashed lines, with their labels, on the time charts.")
        )
        intro.setWordWrap(True)
        self.page.body.addWidget(intro)
        self.page.body.addWidget(self.list, 1)
        self.page.body.addLayout(form)
        self.page.body.addWidget(flowing(self.new_button, self.save_button, self.remove_button))
        self.page.body.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(close)
        self.reload()
        self.start_new()
        keyboard.prepare(self)  # Tab leaves every table and text field
        fit_to_screen(self, self.page, width=max(560, 40 * self.fontMetrics().averageCharWidth()))

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for event in self.journal.annotations.life_events():
            item = QListWidgetItem(f"{date_text(event.occurred_on)} — {event.label}")
            item.setData(Qt.ItemDataRole.UserRole, event)
            self.list.addItem(item)
            if event.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        event: LifeEvent = item.data(Qt.ItemDataRole.UserRole)
        self.current = event
        self.date.setDate(to_qdate(event.occurred_on))
        self.label.setText(event.label)
        self.note.setPlainText(event.note)
        self.remove_button.setEnabled(True)
        self.message.setText("")

    def start_new(self) -> None:
        self.current = None
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.label.clear()
        self.note.clear()
        self.remove_button.setEnabled(False)
        self.label.setFocus()

    def save(self) -> bool:
        event = LifeEvent(from_qdate(self.date.date()), self.label.text(), self.note.toPlainText())
        if self.current is not None:
            event.id, event.uuid = self.current.id, self.current.uuid
        try:
            saved = self.journal.annotations.save_life_event(event)
        except AnnotationError as exc:
            self.message.setText(str(exc))
            return False
        self.current = saved
        self.reload(select_id=saved.id)
        self.remove_button.setEnabled(True)
        self.message.setText(
            self.tr("Saved “{label}” on {day}.").format(label=saved.label, day=date_text(saved.occurred_on))
        )
        return True

    def remove(self) -> bool:
        if self.current is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove life event"),
            self.tr("Remove “{label}” from the charts?").format(label=self.current.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            removed = self.journal.annotations.delete_life_event(self.current.id)
        except AnnotationError as exc:
            self.message.setText(str(exc))
            self.reload()
            return False
        self.reload()
        self.start_new()
        self.message.setText(self.tr("Removed “{label}”.").format(label=removed.label))
        return True
