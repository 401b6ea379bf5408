"""The overdose card (and the alcohol card): shown when it matters, once, and it survives the lock.

:class:`SafetyNoticeHook` listens to ``events.entry_saved``. When the core
says a card is due for that entry it opens :class:`SafetyDialog`
(window-modal, not blocking the event loop). The card counts as shown only
when the person closes it: if the journal locks while it is open (the lock
closes every dialog), it comes back after unlocking. A use of a substance the
app cannot place is asked about once (:class:`SubstanceQuestion`), after the
card.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import substances
from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.knowledge import load_knowledge
from ...core.safety import SafetyNotice, is_use
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.scroll_page import ScrollPage, clamp_to_screen, fit_to_screen, keep_on_screen
from ..widgets.text_blocks import crisis_numbers_html, sources_html, wrapped_label


def notice_html(notice: SafetyNotice) -> str:
    lapse = load_knowledge().item("fact", "lapse_not_end")
    parts = [
        f"<h2>{escape(notice.heading)}</h2>",
        f"<p><b>{escape(lapse.title)}.</b> <i>{escape(lapse.text)}</i></p>",
    ]
    for item in (*notice.facts, *notice.advice):
        parts.append(f"<h3>{escape(item.title)}</h3><p>{escape(item.text)}</p>")
    parts.append("<h3>" + escape(QCoreApplication.translate("SafetyDialog", "Crisis lines")) + "</h3>")
    parts.append(
        crisis_numbers_html(notice.crisis_numbers)
        if notice.crisis_numbers
        else "<p>"
        + escape(
            QCoreApplication.translate(
                "SafetyDialog",
                "Call your local emergency number. You can choose your country in Get help (F1).",
            )
        )
        + "</p>"
    )
    keys: list[str] = []
    for item in (lapse, *notice.facts, *notice.advice):
        keys += [key for key in item.sources if key not in keys]
    parts.append(sources_html(keys))
    return "".join(parts)


class SafetyDialog(QDialog):
    def __init__(self, notice: SafetyNotice, parent: QWidget | None = None):
        super().__init__(parent)
        self.notice = notice
        self.setWindowTitle(
            self.tr("Please read: overdose safety")
            if notice.kind != "alcohol"
            else self.tr("Please read: safety")
        )
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
        self.ok_button = buttons.addButton(
            self.tr("I have read this"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        keyboard.prepare(self)  # Tab leaves every table and text field
        clamp_to_screen(
            self, 560, 620
        )  # on a 600 px screen the facts scroll; "I have read this" stays in view


class SubstanceQuestion(QDialog):
    """Asked once for a substance the app cannot place: which family is it? The answer is kept."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(self.tr("Which kind of substance is this?"))
        outer = QVBoxLayout(self)
        self.page = ScrollPage()  # the question and the choices scroll up and down; Save stays in sight
        outer.addWidget(self.page, 1)
        layout = self.page.body
        shown = name if len(name) <= 60 else name[:57] + "…"
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "“{name}” is new to the app. Which kind of substance is it? Your answer stays in your "
                    "journal and keeps your days without use and the safety facts right. You will not be "
                    "asked about this name again."
                ).format(name=shown)
            )
        )
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for family in substances.families():
            button = QRadioButton(family.label)  # shown in the language; the key is kept
            self.group.addButton(button)
            self.choices[family.key] = button
            layout.addWidget(button)
        self.rather_not = QRadioButton(self.tr("I'd rather not say"))
        self.group.addButton(self.rather_not)
        self.choices[""] = self.rather_not
        layout.addWidget(self.rather_not)
        self.rather_not.setChecked(True)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        outer.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        for label in self.findChildren(QLabel):  # the question itself is read, not only seen
            keyboard.readable(label)
        keyboard.prepare(self)  # the scroll area is no Tab stop of its own
        # lines of about 50 characters, as far as the screen and the window allow
        fit_to_screen(self, self.page, width=50 * self.fontMetrics().averageCharWidth())
        keep_on_screen(self)

    def answer(self) -> str:
        return next((key for key, button in self.choices.items() if button.isChecked()), "")


def lapse_message() -> str:
    """The short, kind line for the status bar after a use (in the language shown)."""
    return QCoreApplication.translate(
        "SafetyNoticeHook",
        "A lapse is not the end of recovery: your days without use still count, and a new stretch starts now.",
    )


class SafetyNoticeHook(QObject):
    """Shows the safety card after a use that follows a stretch without use (once per entry).

    After any other use it sends a short, kind line for the status bar (``message``).
    ``today`` is the clock (tests set it).
    """

    message = Signal(str)

    def __init__(self, ctx: AppContext, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.today: Callable[[], date] = date.today
        self.last_dialog: SafetyDialog | None = None
        self.question: SubstanceQuestion | None = None
        self.pending: SafetyNotice | None = None  # open, or closed by a lock: shown again after unlocking
        self._pending_question: str | None = None
        ctx.events.entry_saved.connect(self.on_entry_saved)
        ctx.events.journal_changed.connect(self._journal_changed)

    def on_entry_saved(self, entry) -> None:
        journal = self.ctx.journal
        if journal is None or entry is None:
            return
        try:
            notice = journal.lost_tolerance_notice(entry, self.today())
            ask = is_use(entry) and bool(entry.substance) and journal.substance_needs_asking(entry.substance)
        except (JournalError, DatabaseError):
            return  # the entry is saved; a failed check must never block it
        self._pending_question = entry.substance if ask else None
        if notice is None:
            if is_use(entry):
                self.message.emit(lapse_message())
            self._ask_if_needed()
            return
        self._show(notice)

    def _show(self, notice: SafetyNotice) -> None:
        self.pending = notice
        self.last_dialog = SafetyDialog(notice, self.parent_widget)
        self.last_dialog.finished.connect(self._card_closed)
        self.last_dialog.open()

    def _card_closed(self, _result: int) -> None:
        # The lock closes every dialog before it closes the journal: decide once it has finished.
        QTimer.singleShot(0, self._settle_card)

    def _settle_card(self) -> None:
        journal, notice = self.ctx.journal, self.pending
        if notice is None or journal is None:
            return  # locked while the card was open: it comes back after unlocking
        self.pending = None
        try:
            journal.record_safety_notice(notice.entry_id, notice.kind)
        except (JournalError, DatabaseError):
            pass  # the facts were read; failing to remember it must not get in the way
        self._ask_if_needed()

    def _journal_changed(self, journal) -> None:
        if journal is not None:
            try:  # the lock screen's Get help shows the person's own numbers: keep them in step
                journal.keep_crisis_numbers_on_device()
            except (OSError, JournalError, DatabaseError):
                pass  # the built-in numbers for their country still show while locked
        if journal is not None and self.pending is not None and not self._card_open():
            self._show(self.pending)  # unlocked again: the card the lock closed comes back

    def _card_open(self) -> bool:
        return self.last_dialog is not None and self.last_dialog.isVisible()

    def _ask_if_needed(self) -> None:
        name = self._pending_question
        if not name or self.ctx.journal is None:
            return
        self.question = SubstanceQuestion(name, self.parent_widget)
        self.question.finished.connect(lambda _r: QTimer.singleShot(0, self._settle_question))
        self.question.open()

    def _settle_question(self) -> None:
        journal, question = self.ctx.journal, self.question
        if journal is None or question is None:
            return  # locked while asking: asked again next time this name is saved
        self._pending_question = None
        try:
            journal.remember_substance(question.name, question.answer())
        except (JournalError, DatabaseError, ValueError):
            pass
