"""Encryption on and off, and a new passphrase: the app's side of ``core.encryption``.

Turning encryption on or off rewrites the journal file, so the journal is
closed first (``release_journal``) and opened again afterwards
(``reopen_journal(key_or_None)``); the window supplies both. The recovery key
is shown once, on its own page, with a way to save it to a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import encryption, keyfile
from ...core.errors import JournalError
from ..tasks import Task, run_task
from ..theme import set_role
from ..widgets import keyboard
from ..widgets.flow_layout import flowing
from ..widgets.scroll_page import PageStack, ScrollPage, fit_to_screen
from ..widgets.wrap_check import WrapCheck

ReleaseJournal = Callable[[], None]
ReopenJournal = Callable[[bytes | None], None]


def please_wait() -> str:
    return QCoreApplication.translate(
        "EncryptionDialog", "Please wait: this window closes only when it is done."
    )


def recovery_html() -> str:
    """What the recovery key is and that it is shown only once, as HTML."""
    text = QCoreApplication.translate(
        "EncryptionDialog",
        "This is your [b]recovery key[/b]. It opens your journal if you ever forget your passphrase. "
        "Write it down, or save it to a file, and keep it somewhere safe away from this computer. "
        "It is shown only this once.",
        "keep the [b] and [/b] marks around the words to show in bold",
    )
    return escape(text).replace("[b]", "<b>").replace("[/b]", "</b>")


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _form() -> QFormLayout:
    """Labels beside their fields, or above them when both do not fit (a large font)."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    set_role(label, "error")
    return label


class EncryptionDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        release_journal: ReleaseJournal,
        reopen_journal: ReopenJournal,
        parent: QWidget | None = None,
        *,
        auto_lock_minutes: float = 5,
        on_auto_lock_changed: Callable[[float], None] | None = None,
    ):
        super().__init__(parent)
        self._auto_lock_minutes = auto_lock_minutes
        self._on_auto_lock_changed = on_auto_lock_changed
        self.setWindowTitle(self.tr("Encryption and passphrase"))
        self.data_dir = Path(data_dir)
        self._release, self._reopen = release_journal, reopen_journal
        self.task: Task | None = None
        self.recovery_key = ""
        self.pages = PageStack()  # as high as the page shown: a short page's button stays in sight
        self.pages.addWidget(self._build_turn_on())
        self.pages.addWidget(self._build_recovery())
        self.pages.addWidget(self._build_encrypted())
        self.pages.currentChanged.connect(self._page_changed)
        self.working, self._doing = False, ""
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the rewrite reports no steps
        self.progress.setAccessibleName(self.tr("Working on your journal"))
        # the largest text on a small screen: a page scrolls down (never sideways); what is being
        # done stays in sight below it
        self.page = ScrollPage()
        self.page.body.addWidget(self.pages)
        self.page.body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        self._busy(False)
        self.show_current_state()
        keyboard.prepare(self)  # Tab leaves every table and text field
        fit_to_screen(self, self.page, width=max(520, 42 * self.fontMetrics().averageCharWidth()))

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: never while the recovery key is shown and the
        person has not said they kept it — once this page closes the key cannot be shown again.
        Nor while the journal is being rewritten: it stays open only when the work ends."""
        if self.working:
            self.progress_label.setText(self._doing + " " + please_wait())
            return
        if self.pages.currentWidget() is self.recovery_page and not self.recovery_saved.isChecked():
            self.keep_key_message.setText(
                self.tr(
                    "Please keep your recovery key first: write it down or save it to a file, "
                    "then tick the box. It cannot be shown again once this closes."
                )
            )
            self.recovery_saved.setFocus()
            self.page.ensureWidgetVisible(self.keep_key_message)
            self.page.ensureWidgetVisible(self.recovery_saved)
            return
        super().reject()

    def _page_changed(self, _index: int = 0) -> None:
        if self.isVisible():  # grows (up to the screen) for a longer page, such as the recovery key
            self.page.inner.adjustSize()
            fit_to_screen(self, self.page, width=self.width())

    @property
    def encrypted(self) -> bool:
        return keyfile.journal_is_encrypted(self.data_dir)

    def show_current_state(self) -> None:
        self.pages.setCurrentWidget(self.encrypted_page if self.encrypted else self.turn_on_page)

    # -- pages --------------------------------------------------------------
    def _build_turn_on(self) -> QWidget:
        page = self.turn_on_page = QWidget()
        intro = QLabel(
            self.tr(
                "Encryption keeps your journal, and its backups, unreadable to anyone without your "
                "passphrase, even if they copy the files. You will also get a recovery key, in case you "
                "forget the passphrase. Choose at least %Ln characters; a few words you will remember "
                "work well.",
                "",
                keyfile.MIN_PASSPHRASE_CHARS,
            )
        )
        intro.setWordWrap(True)
        self.new_pass = _password_field(self.tr("New passphrase"))
        self.new_pass_again = _password_field(self.tr("New passphrase again"))
        self.turn_on_button = QPushButton(self.tr("Turn on encryption"))
        self.turn_on_button.clicked.connect(self.turn_on)
        self.turn_on_message = _message_label()
        form = _form()
        form.addRow(self.tr("Passphrase:"), self.new_pass)
        form.addRow(self.tr("The same again:"), self.new_pass_again)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.turn_on_message)
        layout.addWidget(self.turn_on_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_recovery(self) -> QWidget:
        page = self.recovery_page = QWidget()
        intro = QLabel(recovery_html())
        intro.setWordWrap(True)
        self.recovery_label = QLabel()
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_font = QFont("monospace")
        key_font.setPointSizeF(self.font().pointSizeF() * 1.4)  # larger than the text, at any size
        self.recovery_label.setFont(key_font)
        # nine groups of four: at a large font they wrap between groups instead of running off the side
        self.recovery_label.setWordWrap(True)
        self.recovery_label.setAccessibleName(self.tr("Recovery key"))
        self.save_key_button = QPushButton(self.tr("Save to a file…"))
        self.save_key_button.clicked.connect(self.save_recovery_key)
        self.recovery_saved = WrapCheck(self.tr("I have written it down or saved it somewhere safe"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.recovery_saved.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        self.backups_note = QLabel()
        self.backups_note.setWordWrap(True)
        self.keep_key_message = _message_label()
        layout = QVBoxLayout(page)
        for widget in (
            intro,
            self.recovery_label,
            self.backups_note,
            self.recovery_saved,
            self.keep_key_message,
        ):
            layout.addWidget(widget)
        layout.addWidget(flowing(self.save_key_button, self.done_button))
        return page

    def _build_encrypted(self) -> QWidget:
        page = self.encrypted_page = QWidget()
        intro = QLabel(
            self.tr(
                "Your journal is encrypted. To change the passphrase or turn encryption off, "
                "first enter the passphrase you use now (or your recovery key)."
            )
        )
        intro.setWordWrap(True)
        self.current = _password_field(self.tr("Current passphrase"))
        self.current_is_recovery = QCheckBox(self.tr("This is my recovery key"))
        self.current_is_recovery.toggled.connect(
            lambda on: self.current.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.change_pass = _password_field(self.tr("New passphrase"))
        self.change_pass_again = _password_field(self.tr("New passphrase again"))
        self.change_button = QPushButton(self.tr("Change passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.turn_off_button = QPushButton(self.tr("Turn off encryption…"))
        self.turn_off_button.clicked.connect(self.turn_off)
        self.encrypted_message = _message_label()
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(" " + self.tr("minutes"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this long without use"))
        self.auto_lock.setValue(round(self._auto_lock_minutes))
        # as wide as the passphrase fields; below its label at a large font, not pushed to the right
        self.auto_lock.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if self._on_auto_lock_changed is not None:
            self.auto_lock.valueChanged.connect(self._on_auto_lock_changed)
        form = _form()
        form.addRow(self.tr("Lock when not used for:"), self.auto_lock)
        form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow("", self.current_is_recovery)
        form.addRow(self.tr("New passphrase:"), self.change_pass)
        form.addRow(self.tr("The same again:"), self.change_pass_again)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.encrypted_message)
        layout.addWidget(flowing(self.turn_off_button, self.change_button))
        return page

    # -- helpers --------------------------------------------------------------
    def _busy(self, busy: bool, doing: str = "") -> None:
        """While the journal is rewritten: a busy bar saying what is happening, and nothing
        that would start the work a second time."""
        self.working, self._doing = busy, doing
        for button in (self.turn_on_button, self.change_button, self.turn_off_button):
            button.setEnabled(not busy)
        self.progress_label.setText(doing)
        self.progress_label.setVisible(busy)
        self.progress.setVisible(busy)

    def _new_passphrase(self, first: QLineEdit, second: QLineEdit, message: QLabel) -> str | None:
        text = first.text()
        if len(text) < keyfile.MIN_PASSPHRASE_CHARS:
            message.setText(
                self.tr("Please choose at least %Ln characters.", "", keyfile.MIN_PASSPHRASE_CHARS)
            )
            return None
        if second.text() != text:
            message.setText(self.tr("The two passphrases are not the same."))
            return None
        return text

    def _current_secret(self) -> dict:
        kind = "recovery_key" if self.current_is_recovery.isChecked() else "passphrase"
        return {kind: self.current.text()}

    def _failed(self, message: QLabel, reopen_key: bytes | None = None, *, reopen: bool = False):
        def show(text: str) -> None:
            self._busy(False)
            if reopen:
                self._reopen(reopen_key)  # nothing was changed: open it as it was
            message.setText(text)

        return show

    # -- actions --------------------------------------------------------------
    def turn_on(self) -> None:
        if self.working:  # Enter pressed again, or a second click: one rewrite at a time
            return
        passphrase = self._new_passphrase(self.new_pass, self.new_pass_again, self.turn_on_message)
        if passphrase is None:
            return
        self.new_pass.clear()
        self.new_pass_again.clear()
        self._busy(True, self.tr("Encrypting your journal and its backups…"))
        self._release()
        self.task = run_task(
            lambda progress: encryption.encrypt_journal(self.data_dir, passphrase),
            on_done=self._turned_on,
            on_error=self._failed(self.turn_on_message, None, reopen=True),
        )

    def _turned_on(self, result: encryption.SwitchResult) -> None:
        self._busy(False)
        self._reopen(result.key)
        self.show_recovery_key(result.recovery_key or "", result.backups_message(encrypted=True))

    def show_recovery_key(self, recovery_key: str, backups_note: str) -> None:
        """The page that shows the new recovery key, once, until the person says they kept it."""
        self.recovery_key = recovery_key
        self.recovery_label.setText(recovery_key)
        self.backups_note.setText(backups_note)
        self.pages.setCurrentWidget(self.recovery_page)
        self.page.verticalScrollBar().setValue(0)  # the words about the key first, then the key

    def save_recovery_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            self.tr("recovery-key") + ".txt",
            self.tr("Text files") + " (*.txt)",
        )
        if not path:
            return
        text = (
            self.tr("Recovery Journal recovery key")
            + f"\n\n{self.recovery_key}\n\n"
            + self.tr(
                "It opens the journal if the passphrase is forgotten. "
                "Keep it away from the computer the journal is on."
            )
            + "\n"
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The recovery key could not be saved there ({reason}). Please write it down instead."
                ).format(reason=exc.strerror),
            )
            return
        self.backups_note.setText(
            self.tr("Saved in {path}.").format(path=path) + " " + self.backups_note.text()
        )

    def change_passphrase(self) -> None:
        if self.working:
            return
        self.encrypted_message.clear()
        new = self._new_passphrase(self.change_pass, self.change_pass_again, self.encrypted_message)
        if new is None:
            return
        secret = self._current_secret()
        self._busy(True, self.tr("Changing your passphrase…"))

        def work(progress):
            encryption.change_passphrase(self.data_dir, encryption.unlock(self.data_dir, **secret), new)

        self.task = run_task(work, on_done=self._changed, on_error=self._failed(self.encrypted_message))

    def _changed(self, _result) -> None:
        self._busy(False)
        for field in (self.current, self.change_pass, self.change_pass_again):
            field.clear()
        set_role(self.encrypted_message, "")
        self.encrypted_message.setText(self.tr("Your passphrase was changed. Your recovery key still works."))

    def turn_off(self) -> None:
        if self.working:
            return
        self.encrypted_message.clear()
        secret = self._current_secret()
        if not next(iter(secret.values())):
            self.encrypted_message.setText(self.tr("Please enter your current passphrase first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Turn off encryption?"),
            self.tr(
                "Without encryption, anyone who can use this computer account can read your journal and "
                "its backups. Turn encryption off?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy(True, self.tr("Decrypting your journal and its backups…"))
        try:
            key = encryption.unlock(self.data_dir, **secret)
        except JournalError as exc:  # a wrong passphrase, told plainly
            self._failed(self.encrypted_message)(str(exc))
            return
        self._release()
        self.task = run_task(
            lambda progress: encryption.decrypt_journal(self.data_dir, key),
            on_done=self._turned_off,
            on_error=self._failed(self.encrypted_message, key, reopen=True),
        )

    def _turned_off(self, result: encryption.SwitchResult) -> None:
        self._busy(False)
        self._reopen(None)
        self.current.clear()
        QMessageBox.information(
            self,
            self.tr("Encryption is off"),
            self.tr("Your journal is no longer encrypted.") + " " + result.backups_message(encrypted=False),
        )
        self.accept()
