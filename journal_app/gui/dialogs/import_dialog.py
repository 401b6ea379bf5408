"""File ▸ Import entries…: pick a file, see what would be added, map unknown moods, then add it all at once.

Reading and checking the file and adding the entries both run in the
background with a progress bar and Cancel. Nothing is written until the
person presses Import, and then everything is added or (on an error or
Cancel) nothing is.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.journal import Journal
from ...core.models import MOOD_MAX, MOOD_MIN
from ...core.transfer import formats, importing, sealed
from ...core.transfer.daylio import mood_map_text
from ...core.transfer.options import Progress
from ...core.transfer.source import ImportOptions, UnknownMoodsError
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.flow_layout import flowing
from ..widgets.keyboard import label_for
from ..widgets.pickers import narrow
from ..widgets.progress_panel import ProgressPanel
from ..widgets.scroll_page import ScrollPage, clamp_to_screen, fit_to_screen
from ..widgets.text_blocks import wrapped_label
from ..widgets.wrap_check import WrapCheck


def format_choices() -> list[tuple[str, str]]:
    """The format list: "Tell from the file", then every format in the registry (core/transfer/formats.py)."""
    return [
        (formats.AUTO, QCoreApplication.translate("ImportDialog", "Tell from the file")),
        *formats.format_labels().items(),
    ]


COL_WHEN, COL_KIND, COL_MOOD, COL_SUMMARY = range(4)
PREVIEW_ROWS = 500


@dataclasses.dataclass(frozen=True)
class Needs:
    """The file cannot be read yet: it needs a passphrase, or meanings for these mood labels."""

    passphrase: bool = False
    wrong_passphrase: bool = False
    moods: tuple[str, ...] = ()


def read_in_background(
    journal: Journal, path: str, options: ImportOptions, *, progress: Progress
) -> importing.ImportPlan | Needs:
    """Runs off the GUI thread, on a connection of its own: the plan, or what the person still has to tell us."""
    try:
        with journal.own_connection() as own:
            return own.transfer.prepare_import(path, options)
    except sealed.PassphraseNeededError:
        return Needs(passphrase=True)
    except sealed.WrongPassphraseError:
        return Needs(passphrase=True, wrong_passphrase=True)
    except UnknownMoodsError as exc:
        return Needs(moods=tuple(exc.labels))


def add_in_background(journal: Journal, plan: importing.ImportPlan, *, progress: Progress) -> int:
    """Runs off the GUI thread, on a connection of its own: a save meanwhile is not part of the import."""
    with journal.own_connection() as own:
        return own.transfer.apply_import(plan, progress=progress)


class PreviewModel(QAbstractTableModel):
    HEADERS = ("When", "Kind", "Mood", "Entry")  # English; headerData gives them in the language shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (self.tr("When"), self.tr("Kind"), self.tr("Mood"), self.tr("Entry"))
        self._rows: list[tuple[str, str, str, str]] = []

    def set_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import entries"))
        self.path: str | None = None
        self.plan: importing.ImportPlan | None = None
        self.mood_boxes: dict[str, QSpinBox] = {}
        self._action = "read"  # what the background work is doing: "read" the file or "add" entries
        self._build()
        keyboard.prepare(self)  # Tab leaves every table and text field
        # as large as the preview wants, never larger than the screen or the window
        fit_to_screen(self, self.page, width=max(760, 44 * self.fontMetrics().averageCharWidth()))
        clamp_to_screen(self, self.width(), max(self.height(), 560))

    def _build(self) -> None:
        self.file_label = QLabel(
            self.tr("Choose a file exported from Recovery Journal, Daylio, jrnl or Day One."),
            wordWrap=True,
            textFormat=Qt.TextFormat.PlainText,
        )
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.format = QComboBox()
        for key, label in format_choices():
            self.format.addItem(label, key)
        # the longest format name never widens the dialog at a large font (the list shows it whole)
        narrow(self.format, 14)
        self.format.currentIndexChanged.connect(lambda _i: self.read_file())
        format_box = QWidget()  # a combo reaches a screen reader by its label: a sibling, its buddy
        format_row = QHBoxLayout(format_box)
        format_row.setContentsMargins(0, 0, 0, 0)
        format_row.addWidget(label_for(self.format, self.tr("Format:"), format_box))
        format_row.addWidget(self.format, 1)
        # the file's words on a line of their own; the format and the button wrap at a large font
        top = flowing(format_box, self.choose_button, one_line_hint=True)
        self.passphrase = QLineEdit(
            echoMode=QLineEdit.EchoMode.Password, placeholderText=self.tr("Passphrase")
        )
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.read_file)
        self.passphrase.returnPressed.connect(self.read_file)
        self.passphrase_row = flowing(
            wrapped_label(self.tr("This export is encrypted."), selectable=False),
            self.passphrase,
            self.open_button,
            one_line_hint=True,
        )
        # the question wraps (a group box's title cannot); the box carries it as its name
        question = self.tr("What do these moods mean, from 1 (worst) to 10 (best)?")
        self.moods_box = QGroupBox()
        self.moods_box.setAccessibleName(question)
        moods_layout = QVBoxLayout(self.moods_box)
        moods_layout.addWidget(wrapped_label(question, selectable=False))
        self.moods_form = QFormLayout()
        self.moods_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        moods_layout.addLayout(self.moods_form)
        self.use_moods_button = QPushButton(self.tr("Use these moods"))
        self.use_moods_button.clicked.connect(self.read_file)
        self.mood_map_line = QLineEdit(readOnly=True)
        self.mood_map_line.setAccessibleName(self.tr("The same moods for the command line (--mood-map)"))
        self.keep_mine = WrapCheck(self.tr("Keep my versions of entries that differ from the file"))
        self.keep_mine.setToolTip(
            self.tr(
                "Entries imported before and changed since: leave them as they are in your journal "
                "instead of updating them from the file."
            )
        )
        self.keep_mine.setVisible(False)
        self.keep_mine.toggled.connect(self._keep_mine_toggled)
        # file text never as HTML; a Tab stop while it has words, and the focus goes to it once a
        # file is read, so a screen reader says what the file holds (or why it cannot be read)
        self.summary = keyboard.readable(wrapped_label(selectable=False))
        self.summary.setObjectName("importSummary")
        self.summary.setMinimumHeight(3 * self.summary.fontMetrics().lineSpacing())  # never squeezed away
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Entries to be added"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.progress = ProgressPanel(tasks=self.ctx.tasks, label=self.tr("the import"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.table.setMinimumHeight(6 * self.table.fontMetrics().lineSpacing())  # a few rows at any size
        # the largest text on a small screen: the page scrolls down (never sideways); the progress
        # and the buttons stay in sight below it
        self.page = ScrollPage()
        body = self.page.body
        for widget in (self.file_label, top, self.passphrase_row, self.moods_box, self.summary):
            body.addWidget(widget)
        body.addWidget(
            self.keep_mine, 0, Qt.AlignmentFlag.AlignLeading
        )  # a click beside short words is no click
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.passphrase_row.setVisible(False)
        self.moods_box.setVisible(False)
        self.progress.finished.connect(self._finished)
        self.progress.failed.connect(self._failed)
        self.progress.cancelled.connect(lambda: self._failed(self.tr("Stopped; nothing was added.")))

    # -- reading the file -------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from"),
            str(Path.home()),
            self.tr("Exports and backups")
            + " (*.json *.csv *.zip *.txt *.daylio);;"
            + self.tr("All files")
            + " (*)",
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.path = path
        self.file_label.setText(Path(path).name)
        self.passphrase.clear()
        self.passphrase_row.setVisible(False)
        self._clear_moods()
        self.read_file()

    def options(self) -> ImportOptions:
        mood_map = {label.casefold(): box.value() for label, box in self.mood_boxes.items()}
        return ImportOptions(
            format=self.format.currentData(),
            mood_map=mood_map,
            passphrase=self.passphrase.text() if self.passphrase_row.isVisibleTo(self) else None,
            keep_mine=self.keep_mine.isChecked(),
        )

    def read_file(self) -> None:
        if not self.path or self.progress.busy or self.ctx.journal is None:
            return
        self._show_plan(None)
        self.summary.setText(self.tr("Reading the file…"))
        self._action = "read"
        self.progress.start(read_in_background, self.ctx.journal, self.path, self.options())

    def _ask_moods(self, labels: tuple[str, ...]) -> None:
        self._clear_moods()
        for label in labels:
            box = QSpinBox(minimum=MOOD_MIN, maximum=MOOD_MAX, value=5)
            box.setAccessibleName(self.tr("Mood for {label}").format(label=label))
            self.mood_boxes[label] = box
            name = QLabel(label, textFormat=Qt.TextFormat.PlainText)
            self.moods_form.addRow(name, box)
            box.valueChanged.connect(self._show_mood_map)
        self._show_mood_map()
        self.moods_form.addRow(self.tr("On the command line:"), self.mood_map_line)
        self.moods_form.addRow(self.use_moods_button)
        self.moods_box.setVisible(True)

    def _show_mood_map(self) -> None:
        """The same mapping as a --mood-map value a person can paste into a shell."""
        mapping = {label: box.value() for label, box in self.mood_boxes.items()}
        self.mood_map_line.setText(f"--mood-map {mood_map_text(mapping)}" if mapping else "")

    def _clear_moods(self) -> None:
        while self.moods_form.rowCount():
            self.moods_form.removeRow(0)
        self.mood_map_line = QLineEdit(readOnly=True)  # removeRow deleted the old one
        self.mood_map_line.setAccessibleName(self.tr("The same moods for the command line (--mood-map)"))
        self.use_moods_button = QPushButton(self.tr("Use these moods"))
        self.use_moods_button.clicked.connect(self.read_file)
        self.mood_boxes = {}
        self.moods_box.setVisible(False)

    def _keep_mine_toggled(self, checked: bool) -> None:
        if self.plan is not None and not self.progress.busy:
            self.plan.keep_mine = checked
            self._show_plan(self.plan)

    def _show_plan(self, plan: importing.ImportPlan | None) -> None:
        self.plan = plan
        self.model.set_rows(plan.preview(PREVIEW_ROWS) if plan else [])
        self.import_button.setEnabled(bool(plan and (plan.items or plan.to_update)))
        self.keep_mine.setVisible(bool(plan and plan.changed))
        if plan:
            more = len(plan.items) + len(plan.to_update) - PREVIEW_ROWS
            self.summary.setText(
                plan.describe()
                + (" " + self.tr("The first %Ln are listed.", "", PREVIEW_ROWS) if more > 0 else "")
            )

    # -- adding -----------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if (
            plan is None
            or not (plan.items or plan.to_update)
            or self.progress.busy
            or self.ctx.journal is None
        ):
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.keep_mine.setEnabled(False)
        self._action = "add"
        self.summary.setText(
            self.tr("Adding {added} and updating %Ln entries…", "", len(plan.to_update)).format(
                added=self.locale().toString(len(plan.items))
            )
        )
        self.progress.start(add_in_background, self.ctx.journal, self.plan)

    def _finished(self, result) -> None:
        self.choose_button.setEnabled(True)
        self.keep_mine.setEnabled(True)
        if self._action == "add":
            self.ctx.events.entries_changed.emit()
            updated = self.plan.updated if self.plan else 0
            self.plan = None
            self.model.set_rows([])
            self.keep_mine.setVisible(False)
            parts = [self.tr("Added %Ln entries to your journal.", "", result)] if result else []
            if updated:
                parts.append(self.tr("Updated %Ln entries from the file.", "", updated))
            self.summary.setText(" ".join(parts) or self.tr("Added %Ln entries to your journal.", "", 0))
        elif isinstance(result, Needs):
            if result.passphrase:
                self.passphrase_row.setVisible(True)
                self.passphrase.setFocus()
                self.summary.setText(
                    self.tr("That passphrase does not open this file.")
                    if result.wrong_passphrase
                    else self.tr("Type the passphrase chosen when the file was exported.")
                )
            if result.moods:
                self._ask_moods(result.moods)
                self.summary.setText(
                    self.tr("This Daylio file has moods of its own; say what each one means.")
                )
        else:
            self._show_plan(result)
        if not (isinstance(result, Needs) and result.passphrase):  # else the passphrase field has it
            self._say_summary()

    def _say_summary(self) -> None:
        if self.summary.text() and self.isVisible():
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
            self.page.ensureWidgetVisible(self.summary)  # below the moods, at a large font

    def _failed(self, message: str) -> None:
        self.choose_button.setEnabled(True)
        self.keep_mine.setEnabled(True)
        if self._action == "add":  # nothing was added; the same plan can be tried again
            self.import_button.setEnabled(True)
        else:
            self._show_plan(None)
        self.summary.setText(message)
        self._say_summary()

    def reject(self) -> None:
        self.progress.stop()  # closing while busy cancels the work: nothing half-done stays
        super().reject()
