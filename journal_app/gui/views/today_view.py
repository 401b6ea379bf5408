"""Today: the view the app opens on — what matters today, in one place.

Days without use per substance with the next milestone (and a calm moment,
once, when one is reached); the two-click check-in; today's entries; the most
pressing warning sign; the person's reasons and planned responses for their
most frequent recent triggers; "Log an urge"; money and time regained when a
daily cost is set. An empty journal's Today is a clear start.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.today import TodayStreak, TodaySummary
from ..context import AppContext
from ..widgets.keyboard import readable
from ..widgets.scroll_page import readable_width
from ..widgets.text_blocks import wrapped_label
from .entry_words import fill, kind_name
from .today_checkin import CheckinCard

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def _date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class TodayView(QWidget):
    view_title = "Today"  # English: a key (icons, screenshots); the window says it in the language shown

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today: date | None = None  # tests set a fixed day
        self.summary: TodaySummary | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        readable_width(body)  # on a wide screen the lines stay short enough to follow
        layout = QVBoxLayout(body)

        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        self.heading.setWordWrap(True)  # a long date at a large font wraps
        layout.addWidget(self.heading)
        self.celebration = wrapped_label(rich=True)
        self.celebration.setObjectName("milestoneMoment")
        self.celebration.setStyleSheet(
            "QLabel#milestoneMoment { background: #E8F4EA; color: #1B4D2A; padding: 10px; border-radius: 6px; }"
        )
        self.celebration.setVisible(False)
        layout.addWidget(self.celebration)

        self.start_box = QGroupBox(self.tr("A clear start"))
        start_layout = QVBoxLayout(self.start_box)
        start_text = self.tr(
            "<h3>Welcome. This is where each day starts.</h3>"
            "<p>Check in below with two clicks — how you feel and how strong any craving is. "
            "Tell the journal what you are recovering from and since when, and Today will count "
            "your days without use here.</p>"
        )
        start_layout.addWidget(wrapped_label(start_text, rich=True))
        self.welcome_button = QPushButton(self.tr("Welcome and first steps…"))  # as Help ▸ and the dialog say
        self.welcome_button.clicked.connect(self.show_welcome)
        start_layout.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.start_box)

        self.streaks_label = readable(wrapped_label(rich=True))  # Tab stops a screen reader reads
        layout.addWidget(self.streaks_label)
        self.regained_label = wrapped_label()
        layout.addWidget(self.regained_label)

        self.checkin = CheckinCard(ctx)
        self.checkin.saved.connect(self._after_save)  # (bound methods: no cycle keeps the view alive)
        self.checkin.more_requested.connect(ctx.events.show_entry_requested.emit)
        layout.addWidget(self.checkin)

        actions = QHBoxLayout()
        self.urge_button = QPushButton(self.tr("Log an urge…"))
        self.urge_button.setToolTip(self.tr("How strong, what set it off — and ride it out (Ctrl+U)"))
        self.urge_button.clicked.connect(self.show_urge_log)
        actions.addWidget(self.urge_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.sign_box = QGroupBox(self.tr("Worth a look"))
        sign_layout = QVBoxLayout(self.sign_box)
        self.sign_label = readable(wrapped_label(rich=True))
        sign_layout.addWidget(self.sign_label)
        layout.addWidget(self.sign_box)

        self.plan_box = QGroupBox(self.tr("Your prevention plan"))  # the name the view has
        plan_layout = QVBoxLayout(self.plan_box)
        self.plan_label = readable(wrapped_label(rich=True))
        plan_layout.addWidget(self.plan_label)
        layout.addWidget(self.plan_box)

        entries_box = QGroupBox(self.tr("Today's entries"))
        entries_layout = QVBoxLayout(entries_box)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Today's entries"))
        self.entries.setMaximumHeight(160)
        self.entries.itemActivated.connect(self._open_entry)
        self.entries_empty = QLabel(self.tr("Nothing written yet today."))
        entries_layout.addWidget(self.entries)
        entries_layout.addWidget(self.entries_empty)
        layout.addWidget(entries_box)
        self.message = wrapped_label()
        layout.addWidget(self.message)
        layout.addStretch(1)

        ctx.events.entries_changed.connect(self._refresh_if_shown)
        ctx.events.settings_changed.connect(self._refresh_if_shown)
        self.set_journal(ctx.journal)

    def streak_html(self, streak: TodayStreak) -> str:
        days, left = streak.days, streak.days_to_next
        without = self.tr("days without %1 · since %2", "after the number of days", days)
        upcoming = self.tr("Next milestone: %1, in %Ln day(s).", "", left)
        return (
            f"<p><span style='font-size:22pt; font-weight:bold'>{self.locale().toString(days)}</span> "
            + escape(fill(without, streak.name, _date(streak.since)))
            + "<br>"
            + escape(upcoming.replace("%1", streak.next_name))
            + "</p>"
        )

    # -- the view protocol ------------------------------------------------------
    def set_journal(self, journal) -> None:
        if journal is None:
            self._clear()
            return
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.ctx.journal is not None:
            self.refresh()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _day(self) -> date:
        return self.today or date.today()

    def _clear(self) -> None:
        """Locked: nothing the journal said stays on screen."""
        self.summary = None
        for label in (
            self.streaks_label,
            self.regained_label,
            self.sign_label,
            self.plan_label,
            self.celebration,
        ):
            label.clear()
        self.celebration.setVisible(False)
        self.entries.clear()
        self.checkin.load(None)
        self.heading.clear()

    def refresh(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            self._clear()
            return
        day = self._day()
        try:
            summary = journal.today(day)
            sign = journal.top_warning_sign(day, keep=False)
            moments = journal.milestones_to_celebrate(day)
        except (JournalError, DatabaseError) as exc:
            self.message.setText(
                self.tr("Today could not be worked out just now: %1").replace("%1", str(exc))
            )
            return
        self.summary = summary
        self.message.clear()
        when = self.locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        self.heading.setText("<h3>" + escape(when) + "</h3>")  # under the window's heading "Today"
        self.start_box.setVisible(summary.is_empty or not summary.streaks)
        self.streaks_label.setText("".join(self.streak_html(s) for s in summary.streaks))
        self.streaks_label.setVisible(bool(summary.streaks))
        if moments:
            names = "; ".join(
                escape(fill(self.tr("%1 without %2"), m.milestone_today or "", m.name)) for m in moments
            )
            self.celebration.setText(
                f"<p><b>{names}.</b> "
                + escape(
                    self.tr("That is real, and it is yours. Take a moment to notice how far you have come.")
                )
                + "</p>"
            )
            self.celebration.setVisible(True)
        elif not any(s.milestone_today for s in summary.streaks):
            self.celebration.setVisible(False)
        self.regained_label.setText(summary.regained.text() + "." if summary.regained else "")
        self.regained_label.setVisible(summary.regained is not None)
        self.checkin.load(summary.checkin)
        self._show_sign(sign)
        self._show_plan(summary)
        self._show_entries(summary)

    def _show_sign(self, sign) -> None:
        self.sign_box.setVisible(sign is not None)
        if sign is not None:
            self.sign_label.setText(
                f"<p><b>{escape(sign['title'])}</b></p><p>{escape(sign['summary'])}</p>"
                "<p style='color:#555'>"
                + escape(self.tr("Insights shows what was noticed and what can help."))
                + "</p>"
            )

    def _show_plan(self, summary: TodaySummary) -> None:
        parts = []
        if summary.reasons:
            parts.append(
                "<p><b>"
                + escape(self.tr("Your reasons"))
                + "</b></p><ul>"
                + "".join(f"<li>{escape(r)}</li>" for r in summary.reasons[:5])
                + "</ul>"
            )
        if summary.responses:
            parts.append(
                "<p><b>"
                + escape(self.tr("When these come up"))
                + "</b></p><ul>"
                + "".join(f"<li>{escape(t)}: {escape(r)}</li>" for t, r in summary.responses)
                + "</ul>"
            )
        self.plan_label.setText("".join(parts))
        self.plan_box.setVisible(bool(parts))

    def _show_entries(self, summary: TodaySummary) -> None:
        self.entries.clear()
        for row in summary.entries:
            item = QListWidgetItem(f"{row.occurred_at[11:16]}  {kind_name(row.kind)}  {row.summary}")
            item.setData(ENTRY_ROLE, row.id)
            self.entries.addItem(item)
        self.entries.setVisible(bool(summary.entries))
        self.entries_empty.setVisible(not summary.entries)

    def _open_entry(self, item: QListWidgetItem) -> None:
        self.ctx.events.show_entry_requested.emit(int(item.data(ENTRY_ROLE)))

    def _after_save(self, _entry_id: int = 0) -> None:
        self.ctx.events.entries_changed.emit()  # the timeline, charts and streaks follow

    # -- actions -------------------------------------------------------------------
    def show_urge_log(self) -> None:
        if self.ctx.journal is None:
            return
        from ..dialogs.urge_dialog import UrgeDialog

        self.urge_dialog = UrgeDialog(self.ctx, self)
        self.urge_dialog.open()

    def show_welcome(self) -> None:
        self.ctx.events.welcome_requested.emit()  # the window opens it (it also offers the passphrase)
