"""Get help: crisis numbers, one click from every view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from .context import AppContext

DEFAULT_NUMBERS = (
    ("988 Suicide & Crisis Lifeline (US): call or text", "988"),
    ("SAMHSA National Helpline (US, free, confidential, 24/7)", "1-800-662-4357"),
    ("Emergency services", "911"),
)


class GetHelpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Get help now")
        layout = QVBoxLayout(self)
        intro = QLabel("<b>You don't have to get through this alone.</b><br>"
                       "If you or someone near you may overdose, call emergency services now.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.number_labels = []
        for label, number in DEFAULT_NUMBERS:
            text = QLabel(f"{label}: <b style='font-size:14pt'>{number}</b>")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(text)
            self.number_labels.append(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
