"""Lapse review: a short, kind look at what led up to a use, offered after it and never forced.

:class:`LapseReviewDialog` asks six questions and saves the answers as a note
(``core.lapse``); "Add to my prevention plan" turns "what I will do next time"
into a planned response in one click. :class:`LapseReviewOffer` listens to
``entry_saved``: after a use entry (once any safety card is closed) it offers
the review in a small window the person may simply close. Later, the entry
editor's "Lapse review…" opens it for any saved use; a use that has
a review already opens that review (``core.lapse.review_of``), never a second.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import lapse
from ...core.catalogue import display_name
from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.knowledge import load_knowledge
from ...core.models import Entry
from ...core.safety import BACKFILLED_TAG, is_use
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.pickers import kept_name
from ..widgets.scroll_page import clamp_to_screen
from ..widgets.text_blocks import sources_html, wrapped_label


class LapseReviewDialog(QDialog):
    def __init__(self, ctx: AppContext, use_entry: Entry, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.use_entry = use_entry
        self.saved_entry: Entry | None = None
        self.setWindowTitle(self.tr("Lapse review"))
        fact = load_knowledge().item("fact", "lapse_not_end")
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # words wrap instead
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(
            keyboard.readable(
                wrapped_label(
                    f"<p><b>{escape(fact.title)}.</b> {escape(fact.text)}</p>"
                    f"<p>{escape(lapse.welcome())}</p><p><i>{escape(lapse.trap())}</i></p>"
                    + sources_html(fact.sources),
                    rich=True,
                )
            )
        )
        form = QFormLayout()
        self.fields: dict[str, QPlainTextEdit | QComboBox] = {}
        journal = ctx.journal
        for key, question, _heading in lapse.questions():
            if key == "trigger":
                combo = QComboBox()
                combo.setEditable(True)
                combo.addItem("")
                for name in journal.trigger_names() if journal is not None else []:
                    combo.addItem(display_name(name), name)  # a built-in one in the language; kept as named
                line = combo.lineEdit()
                if line is not None:
                    line.setAccessibleName(question)
                label = keyboard.label_for(combo, question, inner)
                label.setWordWrap(True)
                form.addRow(label)  # the question the whole width above its box (never a narrow column)
                form.addRow(combo)
                self.fields[key] = combo
                continue
            edit = QPlainTextEdit()
            edit.setAccessibleName(question)
            edit.setFixedHeight(64)
            form.addRow(wrapped_label(question))
            form.addRow(edit)
            self.fields[key] = edit
        situation = self.fields["situation"]
        earlier = lapse.review_of(journal, use_entry) if journal is not None else None
        if earlier is not None:  # this use has a review already: it opens, never a second one
            self.saved_entry = earlier
            self.setWindowTitle(self.tr("Your lapse review"))
            for key, text in lapse.from_note(use_entry, earlier).answers.items():
                self.set_answer(key, text)
        elif use_entry.lead_up and isinstance(situation, QPlainTextEdit):
            situation.setPlainText(use_entry.lead_up)  # what the person already wrote about the lead-up
        layout.addLayout(form)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.message = keyboard.readable(wrapped_label(), self.tr("Message about your review"))
        self.message.hide()  # an empty line is no tab stop; it shows when there is something to say
        outer.addWidget(self.message)
        row = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Add “next time” to my prevention plan"))
        self.plan_button.clicked.connect(self.add_to_plan)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        outer.addLayout(row)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save my review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        outer.addWidget(buttons)
        keyboard.prepare(self)
        clamp_to_screen(self, 600, 680)  # as much as the screen and the window allow; the questions scroll

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def review(self) -> lapse.LapseReview:
        answers = {
            key: kept_name(field) if isinstance(field, QComboBox) else field.toPlainText()
            for key, field in self.fields.items()
        }
        return lapse.LapseReview(self.use_entry, answers)

    def set_answer(self, key: str, text: str) -> None:
        field = self.fields[key]
        if isinstance(field, QComboBox):
            field.setEditText(display_name(text))
        else:
            field.setPlainText(text)

    def save(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        try:
            entry = self.review().as_entry()
            if self.saved_entry is not None:  # the same note, updated; tags the person added stay
                earlier = self.saved_entry
                entry.id, entry.uuid, entry.created_at = earlier.id, earlier.uuid, earlier.created_at
                entry.tags = [*earlier.tags, *(t for t in entry.tags if t not in earlier.tags)]
            self.saved_entry = journal.save(entry)
        except (JournalError, DatabaseError) as exc:
            self._say(str(exc))
            return
        self.ctx.events.entries_changed.emit()
        self.accept()

    def add_to_plan(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        try:
            planned = lapse.plan_response(journal.plan, self.review())
        except (JournalError, DatabaseError) as exc:
            self._say(str(exc))
            return
        self._say(
            self.tr("Added to your prevention plan, for “{trigger}”.").format(
                trigger=display_name(planned.trigger)  # "After a lapse" in the language shown
            )
        )
        self.ctx.events.entries_changed.emit()


class LapseReviewOffer(QObject):
    """After a use entry is saved, offer the review (once any safety card is closed); never forced."""

    def __init__(self, ctx: AppContext, parent_widget: QWidget, safety_hook: QObject | None = None):
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.safety_hook = safety_hook
        self.dialog: LapseReviewDialog | None = None
        ctx.events.entry_saved.connect(self.on_entry_saved)

    def on_entry_saved(self, entry: object) -> None:
        if (
            isinstance(entry, Entry)
            and is_use(entry)
            and BACKFILLED_TAG not in entry.tags
            and entry.created_at == entry.updated_at  # a new use entry; an edit is not asked about again
        ):
            QTimer.singleShot(0, lambda: self._offer(entry))

    def retranslate(self) -> None:
        """The language changed (Settings, live): an offered review still open is built again in the
        new language, in the same place, with every answer typed so far."""
        old = self.dialog
        if old is None or not old.isVisible():
            return
        answers = old.review().answers
        self.dialog = LapseReviewDialog(self.ctx, old.use_entry, self.parent_widget)
        self.dialog.saved_entry = old.saved_entry or self.dialog.saved_entry
        for key, text in answers.items():
            self.dialog.set_answer(key, text)
        self.dialog.setGeometry(old.geometry())
        old.hide()
        old.deleteLater()
        self.dialog.show()

    def _offer(self, entry: Entry) -> None:
        card = getattr(self.safety_hook, "last_dialog", None)
        if card is not None and card.isVisible():  # the safety facts first; the offer after them
            card.finished.connect(lambda _r: QTimer.singleShot(0, lambda: self._offer(entry)))
            return
        if self.ctx.journal is None or (self.dialog is not None and self.dialog.isVisible()):
            return
        self.dialog = LapseReviewDialog(self.ctx, entry, self.parent_widget)
        self.dialog.show()  # not modal: the person may carry on and close it whenever
