"""Get help: crisis numbers and the person's support contacts, one click from every view.

While the journal is locked only the built-in crisis numbers are shown: the
person's contacts are journal text and stay hidden.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from ...core.knowledge import load_knowledge
from ...core.plan import default_crisis_numbers
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.text_blocks import bullets_html, crisis_numbers_html, wrapped_label


class GetHelpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Get help now")
        self.setMinimumWidth(460)
        journal = ctx.journal
        numbers = journal.plan.crisis_numbers() if journal is not None else default_crisis_numbers()
        contacts = journal.plan.contacts() if journal is not None else []
        layout = QVBoxLayout(self)
        layout.addWidget(
            keyboard.readable(
                wrapped_label(
                    "<h2>You don't have to get through this alone.</h2>"
                    "<p>If someone may be overdosing, call emergency services now and give naloxone "
                    "if you have it.</p>",
                    rich=True,
                )
            )
        )
        layout.addWidget(wrapped_label("<h3>Crisis lines</h3>", rich=True))
        # the numbers and contacts are Tab stops, so a screen reader reads them
        self.numbers_label = keyboard.readable(wrapped_label(crisis_numbers_html(numbers), rich=True))
        layout.addWidget(self.numbers_label)
        self.number_labels = [self.numbers_label]
        layout.addWidget(wrapped_label("<h3>Your support people</h3>", rich=True))
        if contacts:
            text = "".join(
                f"<li><b>{escape(c.name)}</b>{f' ({escape(c.role)})' if c.role else ''}"
                f"{f': <b style=font-size:13pt>{escape(c.phone)}</b>' if c.phone else ''}</li>"
                for c in contacts
            )
            self.contacts_label = wrapped_label(f"<ul>{text}</ul>", rich=True)
        elif journal is None:
            self.contacts_label = wrapped_label("Unlock your journal to see your support contacts.")
        else:
            self.contacts_label = wrapped_label(
                "You have not added support contacts yet. You can add them in the Prevention plan."
            )
        layout.addWidget(keyboard.readable(self.contacts_label))
        safety = load_knowledge()
        layout.addWidget(
            wrapped_label(
                bullets_html(
                    [
                        safety.item("safety", "naloxone").title + ".",
                        safety.item("safety", "never_alone").title + ".",
                    ]
                ),
                rich=True,
            )
        )
        layout.addWidget(
            wrapped_label(
                "<small>This app does not replace care from a professional. "
                "You can change these numbers for your country in the Prevention plan.</small>",
                rich=True,
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keyboard.prepare(self)
