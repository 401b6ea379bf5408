"""Therapist session mode: full screen, large type, one chart at a time.

It starts at "since last session", leaves private entries out of every chart,
hides every word until the person shows an item, and can record that this
session took place. Leaving it brings back the normal window.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...core.annotations import AnnotationError
from ...core.charts_data import ChartData, DateRange, RangePreset
from ...core.errors import JournalError
from ..widgets import keyboard
from ..widgets.flow_layout import flowing
from ..widgets.scroll_page import PageStack, ScrollPage
from .base import ChartPanel
from .range_bar import RangeBar, date_text
from .registry import CHART_TYPES
from .session_clinical import CountsStep, SessionBackfill, SessionLapseReviews, SessionMedication
from .session_entries import SessionEntries
from .theme import theme_for

SCALE = 1.6  # large type: every font and line in session mode is this much bigger
NEXT_KEYS = ("Right", "PgDown", "N")
PREVIOUS_KEYS = ("Left", "PgUp", "P")


class SessionModeWindow(QWidget):
    left_session = Signal()  # the person left session mode
    session_recorded = Signal(object)  # the TherapySession just recorded

    def show_get_help(self) -> None:
        """Crisis numbers stay one click away in session mode too."""
        from ..dialogs.get_help import GetHelpDialog

        dialog = GetHelpDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.help_dialog = dialog

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Session mode — {app}").format(app=APP_NAME))
        self.setObjectName("sessionMode")
        font = self.font()
        self.theme = theme_for(self.palette(), font.pointSizeF()).scaled(SCALE)  # the app's text, larger
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        self.data: ChartData | None = None
        self.range: DateRange | None = None

        self.step_label = keyboard.readable(QLabel(""))  # read as "Step 1 of 9: …", the first thing heard
        self.step_label.setWordWrap(True)  # the large type on a small screen
        self.range_bar = RangeBar(RangePreset.SINCE_SESSION)
        self.range_bar.changed.connect(self.refresh)
        self.record_button = QPushButton(self.tr("&Record this session"))
        self.record_button.setToolTip(
            self.tr("Adds today's session to the journal, for “since last session”")
        )
        self.record_button.clicked.connect(self.record_session)
        self.leave_button = QPushButton(self.tr("&Leave session mode (Esc)"))
        self.leave_button.clicked.connect(self.leave)
        self.help_button = QPushButton(self.tr("Get help now (F1)"))
        self.help_button.setObjectName("getHelpButton")
        self.help_button.setShortcut("F1")
        self.help_button.setToolTip(self.tr("Crisis numbers and support contacts"))
        self.help_button.clicked.connect(self.show_get_help)
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.previous_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        self.charts: list[ChartPanel] = []
        self.stack = PageStack()  # as high as the step shown
        for kind in CHART_TYPES:
            chart = kind(theme=self.theme)
            chart.export_button.hide()  # sharing is done from the dashboard, not mid-session
            # the plot takes the room there is, down to its least height (only below that does the
            # step scroll), rather than asking for its full size and scrolling on an ordinary screen
            chart.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            self.charts.append(chart)
        self.entries = SessionEntries(self.theme)
        self.medication_step = SessionMedication(self.theme)
        self.backfill_step = SessionBackfill(self.theme)
        self.reviews_step = SessionLapseReviews(self.theme)
        self.clinical_steps = (self.medication_step, self.backfill_step, self.reviews_step)
        for page in (*self.charts, self.entries, *self.clinical_steps):  # the clinical ones: counts
            self.stack.addWidget(page)  # and dates only, a step each
        self.stack.currentChanged.connect(self._step_changed)

        # the large type on a small screen or at a large font: the rows wrap, never wider than it
        # and a step taller than the screen scrolls down (never sideways) with the rows above it;
        # Previous and Next stay in sight below
        top = flowing(
            self.step_label, self.help_button, self.record_button, self.leave_button, one_line_hint=True
        )
        bottom = QHBoxLayout()  # the message between them wraps
        bottom.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        self.page = ScrollPage()
        self.page.body.addWidget(top)
        self.page.body.addWidget(self.range_bar)
        self.page.body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.page, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            (NEXT_KEYS, self.next_step),
            (PREVIOUS_KEYS, self.previous_step),
            (("Esc",), self.leave),
            (("Home",), lambda: self.go_to(0)),
            (("End",), lambda: self.go_to(self.stack.count() - 1)),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
        self.set_journal(getattr(ctx, "journal", None))
        self._step_changed(0)
        keyboard.prepare(self)  # Tab leaves the entries' table, as everywhere

    # journal and days -----------------------------------------------------------------
    def set_journal(self, journal) -> None:
        if journal is None:
            self.data = None
            for chart in self.charts:
                chart.clear()
            self.entries.clear()
            for step in self.clinical_steps:
                step.clear()
            return
        self.data = journal.chart_data(include_private=False)
        self.refresh()

    def refresh(self) -> None:
        journal = getattr(self.ctx, "journal", None)
        if self.data is None or journal is None:
            return
        try:
            rng = self.data.resolve(self.range_bar.preset, custom=self.range_bar.custom)
        except JournalError as exc:
            self.range_bar.show_range(None, str(exc))
            return
        self.range = rng
        self.range_bar.show_range(rng)
        for chart in self.charts:
            chart.show_data(self.data, rng)
        self.entries.show_days(journal, rng)
        for step in self.clinical_steps:
            step.show_days(journal, rng)

    # steps ----------------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int) -> None:
        on_step_button = self.focusWidget() in (self.previous_button, self.next_button)
        self.stack.setCurrentIndex(max(0, min(index, self.stack.count() - 1)))
        if not self.isVisible():
            return
        if on_step_button:  # Previous and Next keep the focus, so they can be pressed again,
            # and the new step is announced ("Step 2 of 14: …"; Orca 45 and later say it)
            announcement = QAccessibleAnnouncementEvent(self.step_label, self.step_label.text())
            QAccessible.updateAccessibility(announcement)
        else:  # Page Up/Down from anywhere else: the focus goes to the step's title, which is heard
            self.step_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_step(self) -> None:
        self.go_to(self.step + 1)

    def previous_step(self) -> None:
        self.go_to(self.step - 1)

    def _step_changed(self, index: int) -> None:
        pages: list[ChartPanel | SessionEntries | CountsStep] = [
            *self.charts,
            self.entries,
            *self.clinical_steps,
        ]
        title = pages[index].title if 0 <= index < len(pages) else ""
        self.step_label.setText(
            self.tr("Step {step} of {steps}: {title}").format(
                step=index + 1, steps=self.stack.count(), title=title
            )
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.stack.count() - 1)
        if self.page.verticalScrollBar().maximum() > 0:  # too tall for the screen: the new step's top
            self.page.verticalScrollBar().setValue(self.stack.y())

    # actions --------------------------------------------------------------------------
    def record_session(self) -> None:
        journal = getattr(self.ctx, "journal", None)
        if journal is None:
            return
        try:
            session = journal.annotations.record_session()
        except AnnotationError as exc:
            self.message.setText(str(exc))
            return
        at = QLocale().toString(
            QTime(session.held_at.hour, session.held_at.minute), QLocale.FormatType.ShortFormat
        )
        self.message.setText(
            self.tr("Session recorded: {day}, {time}. Next time, “since last session” starts here.").format(
                day=date_text(session.held_on), time=at
            )
        )
        self.record_button.setEnabled(False)
        self.session_recorded.emit(session)

    def start(self) -> None:
        self.showFullScreen()
        self.activateWindow()
        self.step_label.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def leave(self) -> None:
        self.close()

    def closeEvent(self, event) -> None:
        self.set_journal(None)  # nothing of the journal stays in a closed window
        super().closeEvent(event)
        self.left_session.emit()
