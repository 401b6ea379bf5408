"""Log an urge (Ctrl+U): intensity, trigger and HALT in a few seconds.

Picking a trigger the person has a plan for shows their planned response at
once. An optional urge-surfing timer walks through the wave (it rises, peaks
and passes); at the end the person says how it ended and the urge is saved
with that outcome and how long it lasted.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import display_name
from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.models import HALT_FIELDS, HALT_LABELS, Entry, EntryKind, UrgeOutcome
from ...core.urge_surfing import DEFAULT_MINUTES, phase_at
from ..context import AppContext
from ..theme import set_role
from ..widgets import keyboard
from ..widgets.flow_layout import FlowLayout
from ..widgets.pickers import editable_combo, kept_name, narrow
from ..widgets.scroll_page import ScrollPage, fit_to_screen
from ..widgets.sign_picker import WarningSignPicker
from ..widgets.text_blocks import wrapped_label
from ..widgets.wrap_check import WrapCheck


class UrgeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_entry: Entry | None = None
        self.elapsed_seconds = 0
        self.total_seconds = DEFAULT_MINUTES * 60
        self.setWindowTitle(self.tr("Log an urge"))
        outer = QVBoxLayout(self)
        self.page = ScrollPage()  # grows with its content up to the screen, then scrolls
        outer.addWidget(self.page, 1)
        layout = self.page.body
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.intensity = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=10, value=5)
        self.intensity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.intensity.setAccessibleName(self.tr("How strong the urge is, 0 to 10"))
        self.intensity_label = QLabel("5")
        self.intensity.valueChanged.connect(lambda value: self.intensity_label.setText(str(value)))
        row = QHBoxLayout()
        row.addWidget(self.intensity, 1)
        row.addWidget(self.intensity_label)
        form.addRow(self.tr("How strong (0–10)"), row)
        self.trigger_combo = editable_combo(self.tr("What set it off? (optional)"), [""])
        for name in ctx.journal.trigger_names() if ctx.journal else []:
            self.trigger_combo.addItem(
                display_name(name), name
            )  # a built-in one in the language; kept as named
        # the longest trigger name never widens the dialog at a large font (it shows whole in the list)
        narrow(self.trigger_combo, 12)
        self.trigger_combo.currentTextChanged.connect(self._trigger_changed)
        form.addRow(self.tr("Trigger"), self.trigger_combo)
        halt_box = QWidget()
        halt = FlowLayout(halt_box)
        halt.setContentsMargins(0, 0, 0, 0)
        halt_words = {
            "halt_hungry": self.tr("Hungry"),
            "halt_angry": self.tr("Angry"),
            "halt_lonely": self.tr("Lonely"),
            "halt_tired": self.tr("Tired"),
        }
        self.halt_boxes = {name: QCheckBox(halt_words.get(name, HALT_LABELS[name])) for name in HALT_FIELDS}
        for box in self.halt_boxes.values():
            halt.addWidget(box)
        form.addRow(self.tr("Right now I am"), halt_box)
        self.situation_edit = QLineEdit(placeholderText=self.tr("Where am I, what is going on? (optional)"))
        form.addRow(self.tr("Situation"), self.situation_edit)
        layout.addLayout(form)
        self.plan_label = wrapped_label(rich=True)
        set_role(self.plan_label, "info")
        self.plan_label.hide()
        layout.addWidget(self.plan_label)
        # folded away until the person opens it; the words wrap at a large font
        self.signs_shown = WrapCheck(self.tr("Warning signs I notice in myself (optional)"))
        self.signs = WarningSignPicker("")
        self.signs.setAccessibleName(self.tr("Warning signs I notice in myself"))
        self.signs_shown.toggled.connect(self._show_signs)
        self._show_signs(False)
        layout.addWidget(self._build_surfing())  # right below the plan: both in sight while it runs
        layout.addWidget(self.signs_shown)
        layout.addWidget(self.signs)
        self.message_label = wrapped_label()
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.ask_then_close)
        self.save_button = QPushButton(self.tr("Save urge"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save(None))
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        keyboard.prepare(self)
        fit_to_screen(self, self.page, width=max(520, 44 * self.fontMetrics().averageCharWidth()))

    def _build_surfing(self) -> QGroupBox:
        box = self.surfing_box = QGroupBox(self.tr("Urge surfing (optional)"))
        layout = QVBoxLayout(box)
        self.wave_label = wrapped_label(
            self.tr(
                "An urge is like a wave: it rises, peaks and passes, usually within 20 to 30 minutes. "
                "Start the timer and ride it out."
            )
        )
        layout.addWidget(self.wave_label)
        self.start_row = QWidget()
        row = QHBoxLayout(self.start_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.minutes = QSpinBox(minimum=1, maximum=60, value=DEFAULT_MINUTES, suffix=" " + self.tr("min"))
        self.minutes.setAccessibleName(self.tr("Minutes on the timer"))
        self.start_button = QPushButton(self.tr("Start the timer"))
        self.start_button.clicked.connect(self.start_surfing)
        row.addWidget(self.minutes)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addWidget(self.start_row)
        self.progress = QProgressBar(minimum=0, maximum=100, value=0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Time through the urge"))
        self.time_left_label = QLabel()
        self.time_left_label.setAccessibleName(self.tr("Time left"))
        self.phase_label = keyboard.readable(wrapped_label())  # what to do now, for a screen reader too
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.time_left_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.phase_label)
        outcome = QHBoxLayout()
        self.passed_button = QPushButton(self.tr("It passed"))
        self.passed_button.clicked.connect(lambda: self.save(UrgeOutcome.PASSED))
        self.used_button = QPushButton(self.tr("I used"))
        self.used_button.clicked.connect(lambda: self.save(UrgeOutcome.USED))
        outcome.addStretch(1)
        outcome.addWidget(self.passed_button)
        outcome.addWidget(self.used_button)
        layout.addLayout(outcome)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(lambda: self.advance(1))
        return box

    def _show_signs(self, shown: bool) -> None:
        if not shown:
            self.signs.clear()
        self.signs.setVisible(shown)
        self._grow()

    def _trigger_changed(self, _text: str) -> None:
        self.show_planned_response(self.chosen_trigger())

    def chosen_trigger(self) -> str:
        """The trigger as the journal keeps it: a listed one by its stored name ("Stress" when
        "Estrés" is shown), anything else as typed."""
        return kept_name(self.trigger_combo)

    def show_planned_response(self, trigger: str) -> None:
        journal = self.ctx.journal
        response = journal.plan.response_for(trigger) if journal is not None and trigger.strip() else None
        if response:
            heading = self.tr("Your plan for “{trigger}”:").format(trigger=display_name(trigger.strip()))
            self.plan_label.setText(f"<b>{escape(heading)}</b> {escape(response)}")
        was = self.plan_label.isVisibleTo(self)
        self.plan_label.setVisible(bool(response))
        if was != bool(response):
            self._grow()

    def _grow(self) -> None:
        """Grow with the content (up to the screen; beyond that it scrolls)."""
        if self.isVisible():
            self.page.inner.adjustSize()
            fit_to_screen(self, self.page, width=self.width())

    # -- leaving ---------------------------------------------------------------------------------
    def has_work(self) -> bool:
        """Whether closing now would lose something: a running timer, words typed, boxes ticked."""
        return bool(
            self.timer.isActive()
            or self.elapsed_seconds
            or self.trigger_combo.currentText().strip()
            or self.situation_edit.text().strip()
            or any(box.isChecked() for box in self.halt_boxes.values())
            or self.signs.keys()
        )

    def ask_then_close(self) -> bool:
        """Cancel, Esc or the window's close button: ask first when something would be lost."""
        if self.saved_entry is None and self.has_work():
            answer = QMessageBox.question(
                self,
                self.tr("Leave this urge unsaved?"),
                self.tr("The timer is still running.")
                if self.timer.isActive()
                else self.tr("What you entered is not saved yet."),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save:
                self.save(None)
                return self.saved_entry is not None
        self.timer.stop()
        self.reject()
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_then_close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if event.spontaneous() and self.isVisible() and not self.ask_then_close():
            event.ignore()
            return
        super().closeEvent(event)

    def start_surfing(self) -> None:
        self.total_seconds = self.minutes.value() * 60
        self.elapsed_seconds = 0
        self.minutes.setEnabled(False)
        self.start_button.setEnabled(False)
        # said and set: while it runs, the phase says what to do now and the time left shows
        self.wave_label.hide()
        self.start_row.hide()
        self.advance(0)
        # the focus was on the start button: it goes to what to do now, not on to "It passed"
        self.phase_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self.timer.start()
        # on a small screen or at a large font the timer is below the fold: bring it, the time left
        # and the way out ("It passed", "I used") into sight once the new lines are laid out
        QTimer.singleShot(0, self, self._timer_in_sight)

    def _timer_in_sight(self) -> None:
        """The planned response and the timer together if the page has room, else the timer."""
        if self.plan_label.isVisible():
            self.page.ensureWidgetVisible(self.plan_label, 0, 0)
        self.page.ensureWidgetVisible(self.surfing_box, 0, 0)

    def advance(self, seconds: int) -> None:
        """Move the timer on; at the end, stop and ask how the urge ended."""
        self.elapsed_seconds += seconds
        phase = phase_at(self.elapsed_seconds, self.total_seconds)
        self.progress.setValue(min(100, round(100 * self.elapsed_seconds / self.total_seconds)))
        self.phase_label.setText(phase.text)
        left = max(0, self.total_seconds - self.elapsed_seconds)
        self.time_left_label.setText(
            self.tr("{time} left").format(time=f"{left // 60}:{left % 60:02d}")
            if left
            else self.tr("Time is up")
        )
        if phase.name == "done":
            self.timer.stop()

    def entry(self, outcome: UrgeOutcome | None) -> Entry:
        trigger = self.chosen_trigger()
        minutes = round(self.elapsed_seconds / 60) if self.elapsed_seconds else None
        halt: dict[str, Any] = {name: box.isChecked() for name, box in self.halt_boxes.items()}
        return Entry(
            kind=EntryKind.CRAVING,
            craving=self.intensity.value(),
            triggers=[trigger] if trigger else [],
            situation=self.situation_edit.text().strip(),
            outcome=outcome,
            duration_minutes=minutes,
            warning_signs=self.signs.keys(),
            **halt,
        )

    def save(self, outcome: UrgeOutcome | None) -> None:
        journal = self.ctx.journal
        if journal is None:
            self.message_label.setText(self.tr("Unlock your journal to save this urge."))
            return
        try:
            self.saved_entry = journal.save(self.entry(outcome))
        except (JournalError, DatabaseError) as exc:
            self.message_label.setText(self.tr("The urge could not be saved: {reason}").format(reason=exc))
            return
        self.timer.stop()
        self.ctx.events.entry_saved.emit(self.saved_entry)
        self.ctx.events.entries_changed.emit()
        self.accept()
