"""The form for writing and editing an entry of any kind.

It shows the fields that fit the kind, checks the entry as the person types
(the Save button stays off and the reason is shown while something is
wrong), and hands a finished core ``Entry`` to whoever saves it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.models import (
    HALT_FIELDS,
    Entry,
    EntryKind,
    Medication,
    UrgeOutcome,
    now_local,
)
from ...core.safety import BACKFILLED_TAG, is_use
from ..theme import set_role
from ..widgets.flow_layout import FlowLayout
from ..widgets.form_fields import (
    CRAVING_WORDS,
    MOOD_WORDS,
    LabelledSlider,
    enum_or_none,
    qdatetime,
    set_combo_data,
    yes_no_combo,
)
from ..widgets.form_fit import labels_above_when_narrow, place_note
from ..widgets.pickers import CopingPicker, TriggerPicker, editable_combo, narrow
from ..widgets.sign_picker import WarningSignPicker
from .entry_words import editing_kind, halt_name, kind_name, new_kind

# which rows each kind shows
FIELDS_BY_KIND = {
    EntryKind.CHECK_IN: {
        "mood",
        "craving",
        "sleep",
        "contact",
        "halt",
        "medication",
        "meeting",
        "triggers",
        "coping",
    },
    EntryKind.CRAVING: {
        "craving",
        "situation",
        "thought",
        "duration",
        "outcome",
        "halt",
        "triggers",
        "coping",
    },
    EntryKind.USE: {"substance", "lead_up", "triggers"},
    EntryKind.NOTE: set(),
}


class EntryEditor(QWidget):
    save_requested = Signal(object)  # a valid core Entry
    review_requested = Signal(object)  # the saved use entry the person wants to look back at
    dirty_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._original: Entry | None = None
        self._loading = False
        self._dirty = False
        self._build()
        self.load(Entry(kind=EntryKind.CHECK_IN))

    # -- building -------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        for kind in EntryKind:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.when = QDateTimeEdit(calendarPopup=True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")  # the day and month names are the locale's
        self.when.setAccessibleName(self.tr("When"))
        self.title = QLineEdit(placeholderText=self.tr("A few words (optional)"))
        self.title.setAccessibleName(self.tr("Title"))
        self.mood = LabelledSlider(1, 10, MOOD_WORDS, self.tr("Mood, 1 is very low and 10 is great"))
        self.craving = LabelledSlider(
            0, 10, CRAVING_WORDS, self.tr("Craving, 0 is none and 10 is overwhelming")
        )
        hours = self.tr(" h", "hours, after a number")
        self.sleep = QDoubleSpinBox(minimum=-0.5, maximum=24, singleStep=0.5, decimals=1, suffix=hours)
        not_said = self.tr("Not said")
        self.sleep.setSpecialValueText(not_said)
        self.sleep.setAccessibleName(self.tr("Hours of sleep"))
        self.contact = yes_no_combo(self.tr("Talked with someone supportive"))
        self.meeting = yes_no_combo(self.tr("Went to a meeting or therapy"))
        self.medication = QComboBox()
        self.medication.setAccessibleName(self.tr("Medication"))
        for label, value in (
            (not_said, None),
            (self.tr("Taken as prescribed"), Medication.TAKEN),
            (self.tr("Missed"), Medication.MISSED),
        ):
            self.medication.addItem(label, value)
        self.halt = {name: QCheckBox(halt_name(name)) for name in HALT_FIELDS}
        halt_box = QWidget()
        halt_layout = FlowLayout(halt_box)
        halt_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.halt.values():
            halt_layout.addWidget(box)
        self.situation = QLineEdit(placeholderText=self.tr("Where were you, what was happening?"))
        self.thought = QLineEdit(placeholderText=self.tr("What went through your mind?"))
        self.duration = QSpinBox(
            minimum=-1, maximum=24 * 60, suffix=self.tr(" min", "minutes, after a number")
        )
        self.duration.setSpecialValueText(not_said)
        self.outcome = QComboBox()
        outcomes: tuple[tuple[str, UrgeOutcome | None], ...] = (
            (self.tr("Not yet / not said"), None),
            (self.tr("It passed"), UrgeOutcome.PASSED),
            (self.tr("I used"), UrgeOutcome.USED),
        )
        for label, outcome in outcomes:
            self.outcome.addItem(label, outcome)
        self.substance = editable_combo(self.tr("What was used"))
        narrow(self.substance, 12)
        self.substance.setAccessibleName(self.tr("Substance"))
        self.lead_up = QPlainTextEdit(
            placeholderText=self.tr("What led up to it? No judgement — it helps you see patterns.")
        )
        self.lead_up.setMaximumHeight(80)
        self.triggers = TriggerPicker()
        self.coping = CopingPicker()
        self.signs = WarningSignPicker("")
        self.tags = QLineEdit(placeholderText=self.tr("Comma-separated, e.g. work, family"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.body = QPlainTextEdit(placeholderText=self.tr("Write as much or as little as you like."))
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setMinimumHeight(120)
        self.private = QCheckBox(self.tr("&Private"))
        self.private.setToolTip(
            self.tr(
                "Private entries are left out of session mode and exports unless you include them on purpose."
            )
        )
        self.private.setAccessibleDescription(self.private.toolTip())
        private_hint = QLabel(self.tr("Left out of session mode and exports unless you include it."))
        private_hint.setWordWrap(True)
        private_hint.setEnabled(False)
        private_box = QWidget()
        private_layout = QVBoxLayout(private_box)
        private_layout.setContentsMargins(0, 0, 0, 0)
        private_layout.addWidget(self.private)
        private_layout.addWidget(private_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: labels above fields
        self._rows: dict[str, QWidget] = {}

        def row(key: str, label: str, widget: QWidget) -> None:
            form.addRow(label, widget)
            self._rows[key] = widget

        row("kind", self.tr("&Kind"), self.kind_combo)
        row("when", self.tr("&When"), self.when)
        row("title", self.tr("&Title"), self.title)
        row("mood", self.tr("&Mood"), self.mood)
        row("craving", self.tr("C&raving"), self.craving)
        row("situation", self.tr("Situation"), self.situation)
        row("thought", self.tr("Thought"), self.thought)
        row("duration", self.tr("How long"), self.duration)
        row("outcome", self.tr("Outcome"), self.outcome)
        row("substance", self.tr("Substance"), self.substance)
        row("lead_up", self.tr("Lead-up"), self.lead_up)
        row("sleep", self.tr("Sleep"), self.sleep)
        row("contact", self.tr("Supportive contact"), self.contact)
        row("meeting", self.tr("Meeting or therapy"), self.meeting)
        row("medication", self.tr("Medication"), self.medication)
        row("halt", "HALT", halt_box)  # Hungry, Angry, Lonely, Tired: a name recovery groups use as it is
        row("triggers", self.tr("Triggers"), self.triggers)
        row("coping", self.tr("Coping"), self.coping)
        row("signs", self.tr("I notice in myself"), self.signs)
        row("tags", self.tr("Ta&gs"), self.tags)
        row("body", self.tr("Te&xt"), self.body)
        row("private", "", private_box)
        self._form = form

        inner = QWidget()
        inner.setLayout(form)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        set_role(self.problems_label, "warning")
        keep_place = self.problems_label.sizePolicy()  # hidden, it still holds the buttons to the right
        keep_place.setRetainSizeWhenHidden(True)
        self.problems_label.setSizePolicy(keep_place)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        keys = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save this entry (%1)").replace("%1", keys))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Undo the changes made in this form since it was opened"))
        self.review_button = QPushButton(self.tr("Lapse review…"))
        self.review_button.setToolTip(
            self.tr("A short, kind look at what led up to it; open it now or whenever")
        )
        self.review_button.clicked.connect(self._request_review)
        buttons = self._buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        # the note beside the buttons, or above them when beside them it would need many lines
        # (large text, a narrow window, longer words)
        note_row = self._note_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        note_row.addWidget(self.problems_label, 1)
        note_row.addLayout(buttons)
        note_row.setAlignment(buttons, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)

        layout = self.page_layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(note_row)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.save_button.clicked.connect(self.request_save)
        self.revert_button.clicked.connect(self.revert)
        for signal in (
            self.when.dateTimeChanged,
            self.title.textChanged,
            self.mood.valueChanged,
            self.craving.valueChanged,
            self.sleep.valueChanged,
            self.contact.currentIndexChanged,
            self.meeting.currentIndexChanged,
            self.medication.currentIndexChanged,
            self.situation.textChanged,
            self.thought.textChanged,
            self.duration.valueChanged,
            self.outcome.currentIndexChanged,
            self.substance.currentTextChanged,
            self.lead_up.textChanged,
            self.triggers.changed,
            self.coping.changed,
            self.tags.textChanged,
            self.body.textChanged,
            self.private.toggled,
            *(box.toggled for box in self.halt.values()),
            *(box.toggled for box in self.signs.boxes.values()),
        ):
            signal.connect(self._changed)

    # -- catalogue ----------------------------------------------------------
    def set_choices(self, triggers: list[str], coping: list[str], substances: list[str]) -> None:
        loading, self._loading = self._loading, True
        self.triggers.set_choices(triggers)
        self.coping.set_choices(coping)
        current = self.substance.currentText()
        self.substance.clear()
        self.substance.addItems(substances)
        self.substance.setCurrentText(current)
        self._loading = loading

    # -- entry in and out -----------------------------------------------------
    def load(self, entry: Entry) -> None:
        self._loading = True
        self._original = dataclasses.replace(entry)
        set_combo_data(self.kind_combo, entry.kind)
        self.kind_combo.setEnabled(entry.id is None)
        self.when.setDateTime(qdatetime(entry.occurred_at))
        self.title.setText(entry.title)
        self.mood.setValue(entry.mood)  # None stays "not said": nothing is made up
        self.craving.setValue(entry.craving)
        self.sleep.setValue(entry.sleep_hours if entry.sleep_hours is not None else self.sleep.minimum())
        set_combo_data(self.contact, entry.supportive_contact)
        set_combo_data(self.meeting, entry.meeting)
        set_combo_data(self.medication, entry.medication)
        for name, box in self.halt.items():
            box.setChecked(getattr(entry, name))
        self.situation.setText(entry.situation)
        self.thought.setText(entry.thought)
        self.duration.setValue(entry.duration_minutes if entry.duration_minutes is not None else -1)
        set_combo_data(self.outcome, entry.outcome)
        self.substance.setCurrentText(entry.substance)
        self.lead_up.setPlainText(entry.lead_up)
        self.triggers.set_chosen(entry.triggers)
        self.coping.set_chosen(entry.coping)
        self.signs.set_keys(entry.warning_signs)
        self.tags.setText(", ".join(entry.tags))
        self.body.setPlainText(entry.body)
        self.private.setChecked(entry.private)
        self._loading = False
        self._show_kind(entry.kind)
        self.set_dirty(False)
        self._validate()
        self.scroll_area.verticalScrollBar().setValue(0)  # every entry opens at its top

    def entry(self) -> Entry:
        """The entry as the form shows it now (same id and uuid as the one loaded)."""
        kind = self.current_kind()
        fields = FIELDS_BY_KIND[kind]
        base = self._original or Entry(kind=kind)
        when = self._when()
        sleep = self.sleep.value()
        duration = self.duration.value()
        halt: dict[str, Any] = {name: box.isChecked() and "halt" in fields for name, box in self.halt.items()}
        return dataclasses.replace(
            base,
            kind=kind,
            occurred_at=when,
            title=self.title.text().strip(),
            body=self.body.toPlainText(),
            private=self.private.isChecked(),
            mood=self.mood.value() if "mood" in fields else None,  # None: not said
            craving=self.craving.value() if "craving" in fields else None,
            sleep_hours=(None if sleep < 0 else sleep) if "sleep" in fields else None,
            supportive_contact=self.contact.currentData() if "contact" in fields else None,
            meeting=self.meeting.currentData() if "meeting" in fields else None,
            medication=enum_or_none(Medication, self.medication.currentData())
            if "medication" in fields
            else None,
            **halt,
            situation=self.situation.text().strip() if "situation" in fields else "",
            thought=self.thought.text().strip() if "thought" in fields else "",
            duration_minutes=(None if duration < 0 else duration) if "duration" in fields else None,
            outcome=enum_or_none(UrgeOutcome, self.outcome.currentData()) if "outcome" in fields else None,
            substance=self.substance.currentText().strip() if "substance" in fields else "",
            lead_up=self.lead_up.toPlainText() if "lead_up" in fields else "",
            triggers=self.triggers.chosen() if "triggers" in fields else [],
            coping=self.coping.chosen() if "coping" in fields else [],
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            warning_signs=self.signs.keys(),
        )

    def _when(self):
        wall = self.when.dateTime().toPython().replace(microsecond=0)
        original = self._original.occurred_at if self._original else None
        if original is not None and original.replace(tzinfo=None, second=0) == wall.replace(second=0):
            return original  # unchanged: keep the exact moment and its offset
        if original is not None and self._original.id is not None:
            return wall.replace(tzinfo=original.tzinfo)  # an old entry keeps the offset it had
        return wall.astimezone()

    @property
    def is_new(self) -> bool:
        return self._original is None or self._original.id is None

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def current_id(self) -> int | None:
        return None if self._original is None else self._original.id

    def problems(self) -> list[str]:
        return self.entry().problems(now=now_local())

    def request_save(self) -> None:
        if self.problems():
            self._validate()
            return
        self.save_requested.emit(self.entry())

    def _request_review(self) -> None:
        if self._original is not None and self._original.id is not None:
            self.review_requested.emit(self._original)

    def revert(self) -> None:
        if self._original is not None:
            self.load(self._original)

    def current_kind(self) -> EntryKind:
        return EntryKind(self.kind_combo.currentData())

    def focus_first_field(self) -> None:
        kind = self.current_kind()
        target = {
            EntryKind.CHECK_IN: self.mood.slider,
            EntryKind.CRAVING: self.craving.slider,
            EntryKind.USE: self.substance,
            EntryKind.NOTE: self.title,
        }[kind]
        target.setFocus()

    # -- reacting -------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self._show_kind(kind)
        self._changed()

    def _show_kind(self, kind: EntryKind) -> None:
        fields = FIELDS_BY_KIND[kind] | {"kind", "when", "title", "signs", "tags", "body", "private"}
        for key, widget in self._rows.items():
            self._form.setRowVisible(widget, key in fields)
        self.craving.slider.setAccessibleName(
            self.tr("Urge intensity, 0 to 10") if kind is EntryKind.CRAVING else self.tr("Craving, 0 to 10")
        )
        label = self._form.labelForField(self.craving)
        if isinstance(label, QLabel):
            label.setText(self.tr("&Intensity") if kind is EntryKind.CRAVING else self.tr("C&raving"))
        original = self._original
        self.review_button.setVisible(  # a saved use (or an urge that ended in one), not a back-filled mark
            original is not None
            and original.id is not None
            and is_use(original)
            and BACKFILLED_TAG not in original.tags
        )
        self.heading.setText(new_kind(kind) if self.is_new else editing_kind(kind))

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.set_dirty(True)
        self._validate()

    def set_dirty(self, dirty: bool) -> None:
        """Mark the draft as changed (leaving then asks) or as matching what is saved."""
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.revert_button.setEnabled(dirty)

    def _validate(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        self.problems_label.setVisible(bool(problems))
        self.problems_label.setText("\n".join(problems))
        self._place_note()

    def _place_note(self) -> None:
        place_note(self.problems_label, self._note_row, self._buttons, self._form, self, self.heading)
        labels_above_when_narrow(self._form, self.scroll_area.viewport().width() - 24)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_note()
