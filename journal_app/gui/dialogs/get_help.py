"""Get help: the overdose response, crisis numbers for the person's country, their support people.

The country is a device setting (``crisis.country``, in the plain settings
file), so the right emergency and crisis numbers show on the lock screen too;
the person can choose it here. While the journal is locked only the built-in
numbers for that country are shown: the person's own numbers and contacts are
journal text and stay hidden.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import crisis
from ...core.errors import JournalError
from ...core.knowledge import load_knowledge
from ...core.plan import SupportContact
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.pickers import narrow
from ..widgets.scroll_page import clamp_to_screen
from ..widgets.text_blocks import crisis_numbers_html, sources_html, wrapped_label


def overdose_response_html() -> str:
    """The signs and the complete overdose response, with their sources (Get help and the card)."""
    knowledge = load_knowledge()
    items = [knowledge.item("safety", key) for key in ("overdose_signs", "overdose_response")]
    parts = [f"<h3>{escape(item.title)}</h3><p>{escape(item.text)}</p>" for item in items]
    return "".join(parts) + sources_html(list(dict.fromkeys(key for item in items for key in item.sources)))


def person_crisis_numbers(ctx: AppContext) -> tuple[list[crisis.CrisisNumber], tuple[str, ...]]:
    """The person's own crisis numbers first, then their country's (emergency number always),
    and notes such as "choose your country" (shared with the questionnaires' safety page)."""
    info = crisis.device_crisis(ctx.data_dir)
    numbers = list(info.numbers)
    if ctx.journal is not None:
        own = ctx.journal.plan.own_crisis_numbers()
        known = {n.number for n in own}
        numbers = own + [n for n in numbers if n.number not in known]
    return numbers, tuple(info.notes)


def contacts_html(contacts: list[SupportContact]) -> str:
    """The person's support contacts as a list with big phone numbers."""
    text = "".join(
        f"<li><b>{escape(c.name)}</b>{f' ({escape(c.role)})' if c.role else ''}"
        f"{f': <b style=font-size:13pt>{escape(c.phone)}</b>' if c.phone else ''}</li>"
        for c in contacts
    )
    return f"<ul>{text}</ul>"


class GetHelpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Get help now"))
        journal = ctx.journal
        contacts = journal.plan.contacts() if journal is not None else []
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        # what a person must hear is a Tab stop a screen reader reads: the opening words, the
        # numbers, the overdose response and the contacts
        layout.addWidget(
            keyboard.readable(
                wrapped_label(
                    "<h2>"
                    + escape(self.tr("You don't have to get through this alone."))
                    + "</h2><p>"
                    + escape(
                        self.tr(
                            "If someone may be overdosing, call the emergency number now and give "
                            "naloxone if you have it."
                        )
                    )
                    + "</p>",
                    rich=True,
                )
            )
        )
        layout.addWidget(wrapped_label("<h3>" + escape(self.tr("Crisis lines")) + "</h3>", rich=True))
        self.numbers_label = keyboard.readable(wrapped_label(rich=True))
        layout.addWidget(self.numbers_label)
        self.number_labels = [self.numbers_label]
        self.notes_label = keyboard.readable(wrapped_label())
        layout.addWidget(self.notes_label)
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Country for crisis numbers"))
        self.country_combo.addItem(self.tr("Choose your country…"), "")
        for country in crisis.countries():
            self.country_combo.addItem(country.label, country.code)
        # the longest country name never widens the dialog at a large font (it shows whole in the
        # list), and the label goes above the box when they do not fit side by side
        narrow(self.country_combo, 12)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Your country:"), self.country_combo)
        layout.addLayout(form)
        self.country_combo.setEnabled(ctx.data_dir is not None)

        layout.addWidget(keyboard.readable(wrapped_label(overdose_response_html(), rich=True)))
        layout.addWidget(wrapped_label("<h3>" + escape(self.tr("Your support people")) + "</h3>", rich=True))
        if contacts:
            self.contacts_label = wrapped_label(contacts_html(contacts), rich=True)
        elif journal is None:
            self.contacts_label = wrapped_label(self.tr("Unlock your journal to see your support contacts."))
        else:
            self.contacts_label = wrapped_label(
                self.tr("You have not added support contacts yet. You can add them in the Prevention plan.")
            )
        layout.addWidget(keyboard.readable(self.contacts_label))
        layout.addWidget(
            wrapped_label(
                "<small>"
                + escape(
                    self.tr(
                        "This app does not replace care from a professional. You can keep your own "
                        "crisis numbers in the Prevention plan."
                    )
                )
                + " "
                + escape(crisis.table_source())
                + "</small>",
                rich=True,
            )
        )
        layout.addStretch(1)
        scroll.setWidget(inner)
        # as wide as its content needs (at least 560, and lines of about 45 characters at a large
        # font), smaller on a small screen; the content scrolls
        wide = 45 * self.fontMetrics().averageCharWidth()
        clamp_to_screen(self, max(560, wide, inner.minimumSizeHint().width() + 60), 640)
        outer.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._show_numbers()
        self.country_combo.currentIndexChanged.connect(self._country_chosen)
        keyboard.prepare(self)

    def _show_numbers(self) -> None:
        info = crisis.device_crisis(self.ctx.data_dir)
        numbers, _notes = person_crisis_numbers(self.ctx)
        self.numbers_label.setText(
            crisis_numbers_html(numbers)
            if numbers
            else "<p>" + escape(self.tr("No numbers for a country yet.")) + "</p>"
        )
        self.notes_label.setText(" ".join(info.notes))
        self.notes_label.setVisible(bool(info.notes))
        code = info.country.code if info.country is not None else ""
        self.country_combo.blockSignals(True)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(code)))
        self.country_combo.blockSignals(False)

    def _country_chosen(self, _index: int) -> None:
        code = self.country_combo.currentData()
        if not code or self.ctx.data_dir is None:
            return
        try:
            crisis.choose_country(self.ctx.data_dir, code)
        except (OSError, ValueError, JournalError) as exc:
            self.notes_label.setText(
                self.tr("The country could not be saved: {reason}").format(
                    reason=getattr(exc, "strerror", None) or exc
                )
            )
            self.notes_label.setVisible(True)
            return
        self.ctx.events.settings_changed.emit()
        self._show_numbers()
