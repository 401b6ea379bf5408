"""File ▸ Export entries…: choose what to share (format, range, kinds, fields, private entries), then write it.

The count of what will be exported updates as choices change. The writing
runs in the background with a progress bar and Cancel; a cancelled export
leaves no file behind.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ...core.errors import JournalError
from ...core.journal import Journal
from ...core.models import EntryKind
from ...core.transfer import exporting, sealed
from ...core.transfer.options import FIELD_GROUPS, ExportOptions, Progress
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.flow_layout import flowing, together
from ..widgets.progress_panel import ProgressPanel
from ..widgets.scroll_page import ScrollPage, fit_to_screen, keep_on_screen
from ..widgets.text_blocks import wrapped_label
from ..widgets.wrap_check import WrapCheck

FORMATS = ("pdf", "csv", "json", "markdown")
FILE_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "csv": "CSV (*.csv)",
    "json": "JSON (*.json)",
    "markdown": "Markdown (*.md)",
}
FIELD_KEYS = ("measures", "urge", "use", "links", "times")


def format_labels() -> dict[str, str]:
    """The formats as the person reads them, in the language shown."""
    return {
        "pdf": QCoreApplication.translate("ExportDialog", "PDF report"),
        "csv": QCoreApplication.translate("ExportDialog", "CSV (spreadsheet)"),
        "json": QCoreApplication.translate("ExportDialog", "JSON (to import again)"),
        "markdown": QCoreApplication.translate("ExportDialog", "Markdown (plain text)"),
    }


def field_labels() -> dict[str, str]:
    """The groups of fields a person may leave out, in the language shown."""
    return {
        "measures": QCoreApplication.translate("ExportDialog", "Mood, craving, sleep and other measures"),
        "urge": QCoreApplication.translate("ExportDialog", "Urge details (how long, how it ended)"),
        "use": QCoreApplication.translate("ExportDialog", "Use details"),
        "links": QCoreApplication.translate("ExportDialog", "Triggers, coping, tags and warning signs"),
        "times": QCoreApplication.translate("ExportDialog", "When entries were written"),
    }


def kind_plurals() -> dict[EntryKind, str]:
    """Each kind of entry as a heading for many of them ("Check-ins")."""
    return {
        EntryKind.CHECK_IN: QCoreApplication.translate("ExportDialog", "Check-ins"),
        EntryKind.CRAVING: QCoreApplication.translate("ExportDialog", "Urges"),
        EntryKind.USE: QCoreApplication.translate("ExportDialog", "Uses"),
        EntryKind.NOTE: QCoreApplication.translate("ExportDialog", "Notes"),
    }


def write_export(
    journal: Journal,
    path: str,
    fmt: str,
    options: ExportOptions,
    *,
    progress: Progress,
    passphrase: str | None = None,
    bom: bool = False,
    pictures: object = None,
) -> int:
    """The background work (runs off the GUI thread on a connection of its own; touches no widget)."""
    with journal.own_connection() as own:
        if fmt == "pdf":
            from ...report import pdf

            return own.transfer.write_report(
                pdf.write_report, path, options, progress=progress, overwrite=True, pictures=pictures
            )
        return own.transfer.export(
            path, fmt, options, progress=progress, passphrase=passphrase, bom=bom, overwrite=True
        )


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._path = ""
        self.setWindowTitle(self.tr("Export entries"))
        keep_on_screen(self)  # the largest text on a small screen: never wider than it
        self._build()
        self._update()
        keyboard.prepare(self)  # Tab leaves every table and text field
        fit_to_screen(self, self.page)

    # -- layout -----------------------------------------------------------------
    def _build(self) -> None:
        self.format = QComboBox()
        for key, label in format_labels().items():
            self.format.addItem(label, key)
        self.whole = WrapCheck(self.tr("The whole journal"))
        self.date_from, self.date_to = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        today = QDate.currentDate()
        self.date_from.setDate(today.addDays(-30))
        self.date_to.setDate(today)
        shown = self.locale().dateFormat(QLocale.FormatType.ShortFormat)  # as dates are written here
        shown = shown if "yyyy" in shown else shown.replace("yy", "yyyy")  # with the century
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(shown)
        self.date_from.setAccessibleName(self.tr("Export from"))
        self.date_to.setAccessibleName(self.tr("Export to"))
        # at a large text size the dates and the switch take a line each instead of one long line
        dates = flowing(
            together((QLabel(self.tr("From")), 0), (self.date_from, 0)),
            together((QLabel(self.tr("to")), 0), (self.date_to, 0)),
            self.whole,
            one_line_hint=True,
        )
        self.kinds = {kind: WrapCheck(label, checked=True) for kind, label in kind_plurals().items()}
        kinds = flowing(*self.kinds.values(), one_line_hint=True)
        self.fields = {key: WrapCheck(label, checked=True) for key, label in field_labels().items()}
        self.include_text = WrapCheck(
            self.tr("Include what I wrote (titles, notes, situations, thoughts)"), checked=True
        )
        self.include_private = WrapCheck(self.tr("Include private entries"))
        fields_box = QGroupBox(self.tr("What to include"))
        fields_layout = QVBoxLayout(fields_box)
        for box in [*self.fields.values(), self.include_text, self.include_private]:
            fields_layout.addWidget(box)
        self.bom = WrapCheck(self.tr("Mark as UTF-8 for Excel (byte-order mark)"))
        self.encrypt = WrapCheck(self.tr("Protect the file with a passphrase"))
        self.passphrase, self.passphrase_again = QLineEdit(), QLineEdit()
        for edit, hint in (
            (self.passphrase, self.tr("Passphrase")),
            (self.passphrase_again, self.tr("The passphrase again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(hint)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: labels above fields
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Kinds"), kinds)
        self.count_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.count_label.setObjectName("exportCount")
        self.message = wrapped_label(hide_empty=True)  # no empty line above the buttons until needed
        self.progress = ProgressPanel(tasks=self.ctx.tasks, label=self.tr("the export"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export to a file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.choose_file_and_export)
        self.buttons.rejected.connect(self.reject)
        # the choices scroll up and down (a small screen, a large font); the count, the progress
        # and the buttons stay in sight below them
        self.page = ScrollPage()
        body = self.page.body
        body.addLayout(form)
        body.addWidget(fields_box)
        for choice in (self.bom, self.encrypt, self.passphrase, self.passphrase_again):
            body.addWidget(choice)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        for below in (self.count_label, self.message, self.progress, self.buttons):
            layout.addWidget(below)
        for box in (
            self.whole,
            self.include_text,
            self.include_private,
            self.encrypt,
            *self.kinds.values(),
            *self.fields.values(),
        ):
            box.toggled.connect(self._update)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._update)
        self.format.currentIndexChanged.connect(self._update)
        self.progress.finished.connect(self._exported)
        self.progress.failed.connect(self._show_problem)
        self.progress.cancelled.connect(lambda: self._show_problem(self.tr("Stopped; no file was written.")))

    # -- choices ----------------------------------------------------------------
    def current_format(self) -> str:
        return self.format.currentData()

    def options(self) -> ExportOptions:
        whole = self.whole.isChecked()
        chosen = {name for key, box in self.fields.items() if box.isChecked() for name in FIELD_GROUPS[key]}
        chosen |= set(FIELD_GROUPS["text"])  # the free-text switch decides about words
        every = all(box.isChecked() for box in self.fields.values())
        kinds = frozenset(kind for kind, box in self.kinds.items() if box.isChecked())
        if not kinds:  # an empty set would mean "every kind" to the core
            raise JournalError(self.tr("Choose at least one kind of entry to export."))
        return ExportOptions(
            date_from=None if whole else self.date_from.date().toPython(),
            date_to=None if whole else self.date_to.date().toPython(),
            kinds=frozenset() if len(kinds) == len(EntryKind) else kinds,
            include_private=self.include_private.isChecked(),
            include_text=self.include_text.isChecked(),
            fields=None if every else frozenset(chosen),
        )

    def _update(self) -> None:
        fmt = self.current_format()
        for widget in (self.date_from, self.date_to):
            widget.setEnabled(not self.whole.isChecked())
        self.bom.setVisible(fmt == "csv")
        self.encrypt.setVisible(fmt in ("json", "csv"))
        secret = self._encrypting()
        self.passphrase.setVisible(secret)
        self.passphrase_again.setVisible(secret)
        journal = self.ctx.journal
        if journal is None:
            self.count_label.setText(self.tr("The journal is locked."))
            self.export_button.setEnabled(False)
            return
        try:
            options = self.options()
        except JournalError as exc:  # e.g. the start date after the end date, no kind chosen
            self.count_label.setText(str(exc))
            self.export_button.setEnabled(False)
            return
        count = journal.transfer.count(options)
        text = self.tr("%Ln entries will be exported.", "", count)
        if not options.include_private:
            hidden = (
                journal.transfer.count(
                    ExportOptions(
                        date_from=options.date_from,
                        date_to=options.date_to,
                        kinds=options.kinds,
                        include_private=True,
                    ),
                )
                - count
            )
            if hidden:
                text += " " + self.tr("%Ln private entries are left out.", "", hidden)
        self.count_label.setText(text)
        self.export_button.setEnabled(count > 0 or fmt == "pdf")

    # -- exporting --------------------------------------------------------------
    def _encrypting(self) -> bool:
        return self.current_format() in ("json", "csv") and self.encrypt.isChecked()

    def _passphrase(self) -> str | None:
        if not self._encrypting():
            return None
        first, again = self.passphrase.text(), self.passphrase_again.text()
        if first != again:
            raise ValueError(self.tr("The two passphrases differ."))
        if len(first) < sealed.MIN_PASSPHRASE:
            raise ValueError(
                self.tr("Choose a passphrase of at least %Ln characters.", "", sealed.MIN_PASSPHRASE)
            )
        return first

    def choose_file_and_export(self) -> None:
        if self.progress.busy or self.ctx.journal is None:
            return
        try:
            passphrase = self._passphrase()
        except ValueError as exc:
            self._show_problem(str(exc))
            return
        fmt = self.current_format()
        suggested = str(Path.home() / f"journal{exporting.SUFFIXES[fmt]}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested, FILE_FILTERS[fmt])
        if not path:
            return
        self.start_export(path, passphrase)

    def start_export(self, path: str, passphrase: str | None = None) -> None:
        self.message.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        self._path = path
        journal = self.ctx.journal
        if journal is None:  # locked meanwhile
            return
        options = self.options()
        pictures = self._chart_pictures(journal, options) if self.current_format() == "pdf" else None
        self.progress.start(
            write_export,
            journal,
            path,
            self.current_format(),
            options,
            passphrase=passphrase,
            bom=self.current_format() == "csv" and self.bom.isChecked(),
            pictures=pictures,
        )

    def _chart_pictures(self, journal: Journal, options: ExportOptions) -> list[tuple[str, object]] | None:
        """The dashboard's charts for the report, drawn here on the GUI thread (about a second)."""
        from ...core.charts_data.ranges import DateRange
        from ..charts.report_images import chart_images

        if options.kinds or (options.fields is not None and "measures" not in options.fields):
            return None  # the dashboard shows every kind and every measure: keep to what was chosen
        stats = journal.stats(include_private=options.include_private)
        if not stats["first_date"]:
            return []
        first, last = date.fromisoformat(stats["first_date"]), date.fromisoformat(stats["last_date"])
        start = max(options.date_from or first, first)
        end = min(options.date_to or last, last)
        if start > end:
            return []
        return chart_images(journal, DateRange(start, end), include_private=options.include_private)

    def _exported(self, count: int) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Exported %Ln entries to {path}.", "", count).format(path=self._path))

    def _show_problem(self, text: str) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(text)

    def reject(self) -> None:
        self.progress.stop()  # closing while busy cancels the work: nothing half-done stays
        super().reject()
