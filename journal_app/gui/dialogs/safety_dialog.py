"""The lost-tolerance safety message: shown once, clearly, after a use following a break.

:class:`SafetyNoticeHook` listens to ``events.entry_saved``; when the core
says a notice is due for that entry it records it as shown and opens the
dialog (window-modal, not blocking the event loop).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.knowledge import load_knowledge
from ...core.safety import SafetyNotice, is_use
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.text_blocks import crisis_numbers_html, sources_html, wrapped_label


def notice_html(notice: SafetyNotice) -> str:
    lapse = load_knowledge().item("fact", "lapse_not_end")
    parts = [
        f"<h2>{escape(notice.heading)}</h2>",
        f"<p><b>{escape(lapse.title)}.</b> <i>{escape(lapse.text)}</i></p>",
    ]
    for item in (*notice.facts, *notice.advice):
        parts.append(f"<h3>{escape(item.title)}</h3><p>{escape(item.text)}</p>")
    parts.append("<h3>Crisis lines</h3>" + crisis_numbers_html(notice.crisis_numbers))
    keys: list[str] = []
    for item in (lapse, *notice.facts, *notice.advice):
        keys += [key for key in item.sources if key not in keys]
    parts.append(sources_html(keys))
    return "".join(parts)


class SafetyDialog(QDialog):
    def __init__(self, notice: SafetyNotice, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Please read: overdose safety")
        self.resize(560, 620)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        self.text_label = keyboard.readable(wrapped_label(notice_html(notice), rich=True))
        inner_layout.addWidget(self.text_label)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton("I have read this", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        keyboard.prepare(self)  # Tab leaves every table and text field


LAPSE_MESSAGE = (
    "A lapse is not the end of recovery: your days without use still count, and a new stretch starts now."
)


class SafetyNoticeHook(QObject):
    """Shows the safety dialog after a use that follows a stretch without use (once per entry).

    After any other use it sends a short, kind line for the status bar (``message``).
    """

    message = Signal(str)

    def __init__(self, ctx: AppContext, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.last_dialog: SafetyDialog | None = None
        ctx.events.entry_saved.connect(self.on_entry_saved)

    def on_entry_saved(self, entry) -> None:
        journal = self.ctx.journal
        if journal is None or entry is None:
            return
        try:
            notice = journal.lost_tolerance_notice(entry)
        except (JournalError, DatabaseError):
            return  # the entry is saved; a failed check must never block it
        if notice is None:
            if is_use(entry):
                self.message.emit(LAPSE_MESSAGE)
            return
        try:
            journal.record_safety_notice(entry.id)
        except (JournalError, DatabaseError):
            pass  # showing the safety facts matters more than remembering we did
        self.last_dialog = SafetyDialog(notice, self.parent_widget)
        self.last_dialog.open()
