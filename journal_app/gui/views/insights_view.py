"""Insights: streaks and milestones, and the warning signs the journal has noticed.

Each sign shows what was seen (the days and values, against the person's own
usual), what can help, and their own plan; the evidence opens the entries
behind it. A sign can be snoozed for a week or put away for a chosen time (or
until something new turns up). With nothing to show, the view says so
calmly; with too little history to compare, it says that instead.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.insights.result import SignResult
from ...core.insights.streaks import Streak
from ...core.knowledge import load_knowledge
from ..context import AppContext
from ..widgets.flow_layout import FlowLayout
from ..widgets.form_fields import date_edit
from ..widgets.keyboard import label_for, readable
from ..widgets.scroll_page import readable_width
from ..widgets.text_blocks import bullets_html, sources_html, wrapped_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole
CALM = (  # English (tests compare); the view's own is in the language shown
    "Nothing in your recent entries stands out right now. "
    "Keep checking in: the more you write, the better the journal can notice changes early."
)


PUT_AWAY_DAYS = (14, 30, 90, None)  # the choices of how long to put a sign away, in order


class SignCard(QGroupBox):
    """One warning sign: what was noticed, the evidence, what helps, and the person's plan."""

    def __init__(self, result: SignResult, view: InsightsView):
        super().__init__()  # the title as a wrapped heading inside: a group box's own title cannot wrap
        self.result = result
        self.setAccessibleName(result.title)
        layout = QVBoxLayout(self)
        self.heading = wrapped_label(f"<b>{escape(result.title)}</b>", rich=True)
        layout.addWidget(self.heading)
        text = f"<p>{escape(result.summary)}</p>"
        if result.baseline:
            text += f"<p><i>{escape(result.baseline)}</i></p>"
        # what was noticed and what helps are Tab stops, so a screen reader reads them
        layout.addWidget(readable(wrapped_label(text, rich=True)))
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("%1: the days it showed").replace("%1", result.title))
        self.evidence.setToolTip(self.tr("Double-click a day to open its entry"))
        for item in result.evidence:
            row = QListWidgetItem(item.text)
            row.setData(ENTRY_ROLE, list(item.entry_ids))
            self.evidence.addItem(row)
        self.evidence.setMaximumHeight(22 * min(len(result.evidence), 7) + 8)
        self.evidence.itemActivated.connect(view.open_evidence)
        self.evidence.itemDoubleClicked.connect(view.open_evidence)
        layout.addWidget(self.evidence)
        helps = "<b>" + escape(self.tr("What can help")) + "</b>" + bullets_html(result.tips)
        if result.plan:
            helps += "<b>" + escape(self.tr("From your prevention plan")) + "</b>" + bullets_html(result.plan)
        layout.addWidget(readable(wrapped_label(helps + sources_html(result.sources), rich=True)))
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)  # as many on a line as fit: at a large font they wrap
        buttons.setContentsMargins(0, 0, 0, 0)
        put_away = QWidget(buttons_box)  # the choice and its label stay together
        put_away_row = QHBoxLayout(put_away)
        put_away_row.setContentsMargins(0, 0, 0, 0)
        self.snooze_button = QPushButton(self.tr("Remind me in a week"))
        self.snooze_button.clicked.connect(lambda: view.snooze(result.key))
        self.put_away_days = QComboBox()
        self.put_away_days.setAccessibleName(self.tr("How long to put this away"))
        choices = (
            self.tr("for 2 weeks"),
            self.tr("for 30 days"),
            self.tr("for 90 days"),
            self.tr("until something new"),
        )
        for label, days in zip(choices, PUT_AWAY_DAYS, strict=True):
            self.put_away_days.addItem(label, days)
        self.dismiss_button = QPushButton(self.tr("Put away"))
        self.dismiss_button.setToolTip(self.tr("Hide this for the time chosen beside it"))
        self.dismiss_button.clicked.connect(
            lambda: view.dismiss(result.key, self.put_away_days.currentData())
        )
        self.snooze_button.setAccessibleName(self.tr("Remind me in a week: %1").replace("%1", result.title))
        self.dismiss_button.setAccessibleName(self.tr("Put away: %1").replace("%1", result.title))
        # a combo is heard by its label
        put_away_label = label_for(self.put_away_days, self.tr("Put away for:"), put_away)
        put_away_label.setAccessibleName(self.tr("Put away %1 for").replace("%1", result.title))
        put_away_row.addWidget(put_away_label)
        put_away_row.addWidget(self.put_away_days)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(put_away)
        buttons.addWidget(self.dismiss_button)
        layout.addWidget(buttons_box)


class InsightsView(QWidget):
    view_title = "Insights"  # English: a key (icons, screenshots); the window says it in the language shown

    def __init__(self, ctx: AppContext, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today  # None: the real today (tests pin a day)
        self.cards: list[SignCard] = []
        self.calm_text = self.tr(
            "Nothing in your recent entries stands out right now. "
            "Keep checking in: the more you write, the better the journal can notice changes early."
        )
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.streaks_box = QGroupBox(self.tr("Days without use"))
        streak_layout = QVBoxLayout(self.streaks_box)
        self.streaks_label = readable(wrapped_label(rich=True))  # the days-without-use count, heard
        streak_layout.addWidget(self.streaks_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: each label above its field
        self.substance_edit = QLineEdit(placeholderText=self.tr("e.g. Opioids"))
        self.start_edit = date_edit()  # "Nov 30, 2026", not "11/30/26"
        self.add_start_button = QPushButton(self.tr("Add recovery start"))
        self.add_start_button.clicked.connect(self.add_recovery_start)
        form.addRow(self.tr("Substance"), self.substance_edit)
        form.addRow(self.tr("Start day"), self.start_edit)
        form.addRow("", self.add_start_button)
        streak_layout.addLayout(form)
        self.body_layout.addWidget(self.streaks_box)
        self.signs_heading = wrapped_label(
            "<h2>" + escape(self.tr("What your journal has noticed")) + "</h2>", rich=True
        )
        self.body_layout.addWidget(self.signs_heading)
        self.empty_label = readable(wrapped_label(self.calm_text))
        self.body_layout.addWidget(self.empty_label)
        self.cards_layout = QVBoxLayout()
        self.body_layout.addLayout(self.cards_layout)
        self.message_label = wrapped_label()
        self.body_layout.addWidget(self.message_label)
        self.body_layout.addWidget(
            wrapped_label(
                "<small>"
                + escape(
                    self.tr(
                        "These are patterns in what you wrote, not a diagnosis. "
                        "They are here to help you and the people supporting you notice things early."
                    )
                )
                + "</small>",
                rich=True,
            )
        )
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        readable_width(body)  # on a wide screen the lines stay short enough to follow
        outer.addWidget(scroll)
        ctx.events.entries_changed.connect(self._refresh_if_shown)
        self.set_journal(ctx.journal)

    def streak_html(self, streak: Streak) -> str:
        """One substance's days without use, its milestones and the next one, in the language shown."""

        upcoming = streak.next_milestone
        reached = [m.name for m in streak.milestones if m.reached]
        since = self.locale().toString(
            QDate(streak.recovery_start.year, streak.recovery_start.month, streak.recovery_start.day),
            "d MMM yyyy",
        )
        parts = [
            self.tr("days in this stretch", "", streak.current_days),
            self.tr("longest %Ln day(s)", "", streak.longest_days),
            self.tr("%Ln day(s) without use since %1", "", streak.total_days_without_use).replace(
                "%1", since
            ),
        ]
        text = (
            f"<h3>{escape(streak.substance)}</h3>"
            # the count large, relative to the person's text size (x-large scales with the app font)
            f"<p><b style='font-size:x-large'>{self.locale().toString(streak.current_days)}</b> "
            + " · ".join(escape(part) for part in parts)
            + f"</p><p>{escape(streak.message)}</p>"
        )
        if reached:
            names = ", ".join(reached)
            text += (
                "<p>"
                + escape(self.tr("Milestones reached: %1.", "", len(reached)).replace("%1", names))
                + "</p>"
            )
        if upcoming is not None:
            next_text = self.tr("Next: %1, in %Ln day(s).", "", streak.days_to_next or 0).replace(
                "%1", upcoming.name
            )
            text += "<p>" + escape(next_text) + "</p>"
        five = streak.milestones[-1]
        if five.note and (five.reached or upcoming is five):  # the five-year finding is about opioids only
            limits = load_knowledge().item("fact", "five_years_limits").text
            text += (
                f"<p><i>{escape(five.note)}</i>"
                + (f" <i>{escape(limits)}</i>" if five.reached else "")
                + "</p>"
            )
        return text

    def showEvent(self, event) -> None:
        """Coming back to Insights shows the plan and settings as they are now."""
        super().showEvent(event)
        if self.ctx.journal is not None:
            self.refresh()

    def _today(self) -> date:
        return self.today or date.today()

    def set_journal(self, journal) -> None:
        if journal is None:
            self._clear()
            return
        today = self._today()
        self.start_edit.setDate(QDate(today.year, today.month, today.day))
        self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        """Work the insights out when they are on screen; a hidden view waits for showEvent."""
        if self.isVisible():
            self.refresh()

    def _clear(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self.streaks_label.clear()
        self.message_label.clear()
        self.substance_edit.clear()
        self.empty_label.setVisible(False)

    def refresh(self) -> None:
        journal = self.ctx.journal
        self._clear()
        if journal is None:
            return
        try:
            streaks = journal.streaks(self._today())
            signs = journal.warning_signs(self._today())
            too_little = journal.warning_signs_history_note(self._today())
        except (JournalError, DatabaseError) as exc:
            self.message_label.setText(
                self.tr("Insights could not be worked out just now: %1").replace("%1", str(exc))
            )
            return
        self.streaks_label.setText(
            "".join(self.streak_html(s) for s in streaks)
            or "<p>"
            + escape(
                self.tr("Add the day your recovery started to see your days without use and milestones.")
            )
            + "</p>"
        )
        # too little history: say so rather than sound reassuring
        self.empty_label.setText(too_little or self.calm_text)
        self.empty_label.setVisible(not signs or too_little is not None)
        for result in signs:
            card = SignCard(result, self)
            self.cards_layout.addWidget(card)
            self.cards.append(card)

    def open_evidence(self, item: QListWidgetItem) -> None:
        ids = item.data(ENTRY_ROLE) or []
        if ids:
            self.ctx.events.show_entry_requested.emit(int(ids[0]))

    def snooze(self, key: str) -> None:
        self._act(lambda journal: journal.snooze_sign(key, self._today()))

    def dismiss(self, key: str, days: int | None = None) -> None:
        self._act(lambda journal: journal.dismiss_sign(key, self._today(), days))

    def _act(self, action) -> None:
        if self.ctx.journal is None:
            return
        try:
            action(self.ctx.journal)
        except (JournalError, DatabaseError) as exc:
            self.message_label.setText(self.tr("That could not be saved: %1").replace("%1", str(exc)))
            return
        self.refresh()

    def add_recovery_start(self) -> None:
        substance = self.substance_edit.text()
        started = self.start_edit.date().toPython()
        self._act(lambda journal: journal.add_recovery_start(substance, started))
