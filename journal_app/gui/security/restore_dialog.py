"""Restore from a backup: the backups with their dates, kinds and entry counts; restoring one.

A backup saved elsewhere (``recovery-journal backup --out FILE``) can be chosen with
"Choose a backup file…": it is checked like the listed ones (``core.backups.key_file_needed``
and ``chosen``; an encrypted one asks the passphrase of the key file beside it), added to the
list, selected, and restored the same way.

The journal as it is now is kept as a backup first (``core.backups.restore``),
and the person is asked before anything happens. The journal is closed while
its file is replaced (``release_journal``) and opened again afterwards
(``reopen_journal(key)``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import backups, encryption
from ...core.backups import BackupInfo
from ...core.errors import JournalError
from ..tasks import Task, run_task
from ..widgets import keyboard
from ..widgets.flow_layout import flowing
from ..widgets.scroll_page import ScrollPage, fit_to_screen

COL_TAKEN, COL_KIND, COL_ENTRIES = range(3)
HEADERS = ("Taken", "Kind", "Entries")  # English; the model shows them in the language in use
BackupRole = Qt.ItemDataRole.UserRole + 1


def when_text(moment: datetime) -> str:
    """A backup's date and time in the language and clock in use ("Sat 14 Mar 2026, 09:30",
    "sáb 14 mar 2026, 9:30"): the month by name, so day and month cannot be mixed up."""
    locale = QLocale()
    shown_day = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    shown_time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{shown_day}, {shown_time}"


class BackupListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self.headers = (self.tr("Taken"), self.tr("Kind"), self.tr("Entries"))

    def set_backups(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        if role == BackupRole:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_TAKEN:
                return when_text(info.taken_at)
            if index.column() == COL_KIND:
                return info.label
            return QLocale().toString(info.entries or 0) if info.ok else self.tr("cannot be read")
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.problem or str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_ENTRIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def backup_at(self, row: int) -> BackupInfo:
        return self._rows[row]


class RestoreDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        key: bytes | None,
        release_journal: Callable[[], None],
        reopen_journal: Callable[[bytes | None], None],
        parent: QWidget | None = None,
        *,
        reason: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.data_dir, self.key = Path(data_dir), key
        self._release, self._reopen = release_journal, reopen_journal
        self.task: Task | None = None
        self.restored: backups.RestoreResult | None = None
        self._chosen: list[BackupInfo] = []  # files chosen outside the backups folder, newest choice first
        self._source_keys: dict[Path, bytes | None] = {}  # what opens each chosen file
        self._restoring_key: bytes | None = None
        intro = QLabel(
            (reason + "\n\n" if reason else "")
            + self.tr(
                "Choose a backup to make it your journal again. The journal as it is now is "
                "kept as a backup first, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.model = BackupListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_ENTRIES, QHeaderView.ResizeMode.ResizeToContents
        )
        # at a large font a date or a kind wraps onto a second line instead of ending in "…"
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.choose_button = QPushButton(self.tr("Choose a backup file…"))
        self.choose_button.setToolTip(self.tr("A backup saved somewhere else, for example on a USB stick"))
        self.choose_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        # the largest text on a small screen: the words and the list scroll down (never sideways),
        # the buttons wrap onto more rows and stay in sight below
        lines = self.fontMetrics().lineSpacing()
        self.table.setMinimumHeight(5 * lines)  # the header and a few backups at any text size
        self.page = ScrollPage()
        self.page.body.addWidget(intro)
        self.page.body.addWidget(self.table, 1)
        self.page.body.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(flowing(self.choose_button, self.restore_button, self.close_button))
        self.reload()
        keyboard.prepare(self)  # Tab leaves every table and text field
        fit_to_screen(self, self.page, width=max(560, 42 * self.fontMetrics().averageCharWidth()))

    def reload(self) -> None:
        self.model.set_backups(self._chosen + backups.list_backups(self.data_dir, self.key))
        has_any = self.model.rowCount() > 0
        self.restore_button.setEnabled(has_any)
        if not has_any:
            self.message.setText(
                self.tr(
                    "There are no backups yet. One is made each day and each time you "
                    "close the app. A backup saved elsewhere can be chosen as a file."
                )
            )
        for row in range(self.model.rowCount()):
            if self.model.backup_at(row).ok:
                self.table.selectRow(row)
                break

    # -- a backup saved elsewhere --------------------------------------------------
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            str(Path.home()),
            self.tr("Journal backups") + " (*.db);;" + self.tr("All files") + " (*)",
        )
        if not name:
            return
        source = Path(name).expanduser().resolve()
        try:
            key_file = backups.key_file_needed(source, self.key)
        except (JournalError, OSError) as exc:
            self.message.setText(str(exc))
            return
        if key_file is None:
            self._add_chosen(source, backups.key_for(source, self.key))
            return
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase for this backup"),
            self.tr(
                "{name} is encrypted with its own key file. Type the passphrase it was saved with:"
            ).format(name=source.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase:
            self.message.setText(self.tr("No passphrase was typed, so the backup was not opened."))
            return
        self.choose_button.setEnabled(False)
        self.message.setText(self.tr("Opening the backup…"))
        self.task = run_task(
            lambda progress: encryption.unlock_key_file(key_file, passphrase=passphrase),
            on_done=lambda source_key: self._add_chosen(source, source_key),
            on_error=self._unlock_failed,
        )

    def _unlock_failed(self, text: str) -> None:
        self.choose_button.setEnabled(True)
        self.message.setText(text)

    def _add_chosen(self, source: Path, source_key: bytes | None) -> None:
        self.choose_button.setEnabled(True)
        info = backups.chosen(source, source_key)
        if not info.ok:
            self.message.setText(info.problem or "")
            return
        listed = {p.resolve() for p in backups.backup_files(self.data_dir)}
        if source not in listed:  # one of the listed backups is simply selected
            self._chosen = [info] + [c for c in self._chosen if c.path != source]
            self._source_keys[source] = source_key
        self.reload()
        for row in range(self.model.rowCount()):
            if self.model.backup_at(row).path.resolve() == source:
                self.table.selectRow(row)
                break
        self.message.setText(
            self.tr("{name}: %Ln entries. Restore it to make it your journal.", "", info.entries or 0).format(
                name=source.name
            )
        )

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if not info.ok:
            self.message.setText(self.tr("This backup cannot be restored.") + f" {info.problem or ''}")
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Make the backup from {when} (%Ln entries) your journal? "
                "The journal as it is now is kept as a backup first.",
                "",
                info.entries or 0,
            ).format(when=when_text(info.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.message.setText(self.tr("Restoring…"))
        self._release()
        source_key = self._source_keys.get(info.path, backups.key_for(info.path, self.key))
        self._restoring_key = source_key
        self.task = run_task(
            lambda progress: backups.restore(self.data_dir, info.path, key=self.key, source_key=source_key),
            on_done=self._restored,
            on_error=self._failed,
        )

    def _restored(self, result: backups.RestoreResult) -> None:
        self.restored = result
        self.choose_button.setEnabled(True)
        self._reopen(self.key)
        kept = (
            " " + self.tr("The journal as it was is kept as {name}.").format(name=result.kept.name)
            if result.kept
            else ""
        )
        plain = ""
        if self.key is None and self._restoring_key is not None:  # an encrypted backup, a plain journal
            plain = " " + self.tr(
                "It is stored without encryption, like the journal it replaced; File ▸ Encryption "
                "and passphrase… can encrypt it."
            )
        self.reload()
        self.message.setText(
            self.tr("Restored: your journal now has %Ln entries.", "", result.entries) + kept + plain
        )

    def _failed(self, text: str) -> None:
        self._reopen(self.key)
        self.restore_button.setEnabled(True)
        self.choose_button.setEnabled(True)
        self.message.setText(text)
