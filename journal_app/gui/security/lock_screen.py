"""The lock screen: shown at start for an encrypted journal, and whenever the journal is locked.

It asks for the passphrase (or the recovery key), then opens the journal and
emits ``unlocked`` with an :class:`Unlocked`; it never shows or keeps any
journal text. Checking a passphrase (Argon2id, about half a second) and opening
the journal (``quick_check``, about 0.4 s at 100,000 entries) run off the GUI
thread.
"""

from __future__ import annotations

import dataclasses
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import encryption
from ...core.errors import DamagedJournalError, JournalError, MissingJournalError
from ...core.journal import Journal
from ..tasks import Task, run_task
from ..theme import set_role
from ..widgets import keyboard


@dataclasses.dataclass(frozen=True)
class Unlocked:
    key: bytes
    journal: Journal | None  # None when it could not be opened: see ``problem``
    problem: JournalError | None = None


def unlock_and_open(
    data_dir: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> Unlocked:
    """A wrong passphrase raises; a damaged or missing journal comes back as ``problem``."""
    key = encryption.unlock(data_dir, passphrase=passphrase, recovery_key=recovery_key)
    try:
        return Unlocked(key, Journal.open(data_dir, key))
    except (DamagedJournalError, MissingJournalError) as exc:
        return Unlocked(key, None, exc)


class LockScreen(QWidget):
    unlocked = Signal(object)  # an Unlocked
    attempt_done = Signal()  # after each check of a passphrase, right or wrong

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.task: Task | None = None
        self.title = QLabel("<h2>" + escape(self.tr("Your journal is locked")) + "</h2>")
        self.hint = QLabel(self.tr("Enter your passphrase to open it."))
        for label in (self.title, self.hint):  # a long hint at a large font wraps, the window keeps its size
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret.setPlaceholderText(self.tr("Passphrase"))
        self._fit_secret()
        self.secret.returnPressed.connect(self.try_unlock)
        self.show_secret = QCheckBox(self.tr("Show what I type"))
        self.show_secret.setToolTip(
            self.tr("Show the passphrase while you type it (make sure no one is looking)")
        )
        self.show_secret.toggled.connect(self._show_secret)
        self.use_recovery = QCheckBox(self.tr("I forgot it: use my recovery key"))
        self.use_recovery.toggled.connect(self._mode_changed)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.message, "error")
        self.message.setAccessibleName(self.tr("Unlock message"))

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.secret)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.title, self.hint):
            layout.addWidget(widget)
        layout.addLayout(row)
        choices = QVBoxLayout()  # the two check boxes one under the other, the pair centred
        choices.addWidget(self.show_secret)
        choices.addWidget(self.use_recovery)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addLayout(choices)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addWidget(self.message)
        layout.addStretch(3)
        keyboard.prepare(self)  # Tab leaves every table and text field

    def _show_secret(self, shown: bool) -> None:
        recovery = self.use_recovery.isChecked()
        self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if shown or recovery else QLineEdit.EchoMode.Password
        )

    def _mode_changed(self, recovery: bool) -> None:
        self.secret.clear()
        self.show_secret.setVisible(not recovery)  # a recovery key is shown as typed anyway
        self._show_secret(self.show_secret.isChecked())
        word = self.tr("Recovery key") if recovery else self.tr("Passphrase")
        self.secret.setPlaceholderText("XXXX-XXXX-…" if recovery else word)
        self.secret.setAccessibleName(word)
        self.hint.setText(
            self.tr("Enter the recovery key you wrote down or saved, with or without dashes.")
            if recovery
            else self.tr("Enter your passphrase to open it.")
        )
        self.secret.setFocus()
        self._fit_secret()

    def _fit_secret(self) -> None:
        """Wide enough for its placeholder at any text size ("Frase de contraseña" was cut at 24 points)."""
        metrics = self.secret.fontMetrics()
        words = metrics.horizontalAdvance(self.secret.placeholderText()) + 4 * metrics.averageCharWidth()
        self.secret.setMinimumWidth(max(320, words))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_secret()

    def reset(self, message: str = "") -> None:
        """Back to an empty field (each time the journal locks)."""
        self.secret.clear()
        self.use_recovery.setChecked(False)
        self.message.setText(message)
        self.secret.setAccessibleDescription(message)  # heard with the field when the focus is back
        self._busy(False)
        self.secret.setFocus()

    def _busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Checking…") if busy else self.tr("Unlock"))

    def try_unlock(self) -> None:
        text = self.secret.text()
        if not text or not self.unlock_button.isEnabled():
            return
        self.secret.clear()
        self.message.clear()
        self._busy(True)
        secret = {"recovery_key" if self.use_recovery.isChecked() else "passphrase": text}
        self.task = run_task(
            lambda progress: unlock_and_open(self.data_dir, **secret),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: Unlocked) -> None:
        self._busy(False)
        self.unlocked.emit(result)
        self.attempt_done.emit()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.message.setText(message)
        self.secret.setAccessibleDescription(message)  # the reason is heard with the field, not only seen
        self.secret.setFocus()
        self.attempt_done.emit()
