"""The first-run welcome: six short steps, each one skippable, reachable again from Help.

1. Where you are, and whom to call in a crisis (the device setting
   ``crisis.country`` and the plan's crisis numbers).
2. What you are recovering from, and since when (a recovery start).
3. Your reasons (the plan's reasons).
4. Up to three people you can reach (the plan's support contacts).
5. Reminder times (device settings).
6. A passphrase, with what forgetting one means and the recovery key.

Each step is written when it is left with Next (or when the window is
closed half-way), to the same places the Prevention plan and Settings edit;
"Skip" leaves that step's data as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import crisis, reminders
from ...core.crisis import CrisisNumber
from ...core.db import DatabaseError
from ...core.errors import JournalError
from ...core.journal import Journal
from ...core.plan import PlanItem, SupportContact
from ...core.settings import DeviceSettings
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.form_fit import labels_above_when_narrow
from ..widgets.pickers import narrow_combo
from ..widgets.scroll_page import ScrollPage, clamp_to_screen
from ..widgets.text_blocks import wrapped_label

SEEN_KEY = "welcome.seen"  # journal state: the welcome was shown once (it opens by itself only then)


def step_titles() -> tuple[str, ...]:
    """The six steps' titles, in the language shown."""
    return (
        QCoreApplication.translate("WelcomeDialog", "Where you are"),
        QCoreApplication.translate("WelcomeDialog", "Your recovery"),
        QCoreApplication.translate("WelcomeDialog", "Your reasons"),
        QCoreApplication.translate("WelcomeDialog", "People you can reach"),
        QCoreApplication.translate("WelcomeDialog", "Reminders"),
        QCoreApplication.translate("WelcomeDialog", "Keeping it private"),
    )


def passphrase_html() -> str:
    """What a passphrase does, and what forgetting it means (the recovery key), as HTML."""

    def tr(text: str) -> str:
        return escape(text).replace("[b]", "<b>").replace("[/b]", "</b>")

    return (
        "<p>"
        + tr(
            QCoreApplication.translate(
                "WelcomeDialog",
                "You can protect this journal with a passphrase. Then it is encrypted on this computer "
                "and opens only with the passphrase.",
            )
        )
        + "</p><p>"
        + tr(
            QCoreApplication.translate(
                "WelcomeDialog",
                "[b]If you forget the passphrase, nobody can open the journal for you[/b] — not us, not "
                "anyone. That is why the app also gives you a [b]recovery key[/b]: a long code to write on "
                "paper and keep somewhere safe. With it you can set a new passphrase.",
                "keep the [b] and [/b] marks around the words to show in bold",
            )
        )
        + "</p><p>"
        + tr(
            QCoreApplication.translate(
                "WelcomeDialog",
                "You can do this now or any time later from File ▸ Encryption and passphrase.",
            )
        )
        + "</p>"
    )


def welcome_wanted(journal) -> bool:
    """Whether the welcome opens by itself: a journal that is new and has not shown it yet."""
    if journal is None:
        return False
    try:
        if journal.setting(SEEN_KEY):
            return False
        return journal.count() == 0 and not journal.today_streaks()
    except (JournalError, DatabaseError):
        return False


def _form(page: QWidget) -> QFormLayout:
    """A step's form: where a label and its field do not fit side by side (a large text size, a
    small screen, longer words), the label goes above its field (see ``form_fit.labels_above_when_narrow``)."""
    form = QFormLayout(page)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class WelcomeDialog(QDialog):
    passphrase_requested = Signal()

    def __init__(self, ctx: AppContext, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Welcome and first steps"))  # as Help ▸ names it
        self.device = DeviceSettings.load(ctx.data_dir) if ctx.data_dir is not None else None
        layout = QVBoxLayout(self)
        self.step_label = keyboard.readable(QLabel())  # each step is announced: the focus goes to it
        self.step_label.setWordWrap(True)  # a long title at a large text size takes two lines
        layout.addWidget(self.step_label)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.message = wrapped_label(hide_empty=True)  # no empty line above the buttons until needed
        self.message.setObjectName("welcomeMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.skip_button = QPushButton(self.tr("Skip this step"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        self._writers = []
        self.step_titles = step_titles()
        for title, build in zip(
            self.step_titles,
            (
                self._country_page,
                self._recovery_page,
                self._reasons_page,
                self._contacts_page,
                self._reminders_page,
                self._passphrase_page,
            ),
            strict=True,
        ):
            page, writer = build()
            page.setAccessibleName(title)
            scroller = ScrollPage()  # a long step (a large font, longer words) scrolls, never overlaps
            scroller.body.addWidget(page)
            self.pages.addWidget(scroller)
            self._writers.append(writer)
        self._saved: set[int] = set()
        keyboard.prepare(self)  # the recovery date says its date; Tab leaves the lists
        self._go(0)
        self._fit()
        if ctx.journal is not None:
            try:
                ctx.journal.set_setting(SEEN_KEY, True)
            except (JournalError, DatabaseError):
                pass  # only means the welcome may open again next time

    # -- pages -----------------------------------------------------------------------
    def _country_page(self) -> tuple[QWidget, Callable[[Journal], None]]:
        page = QWidget()
        form = _form(page)
        form.addRow(
            wrapped_label(
                self.tr("Knowing where you are lets Get help show the right emergency and crisis numbers.")
            )
        )
        self.country = narrow_combo()
        self.country.addItem(self.tr("Not chosen"), "")
        for place in crisis.countries():
            self.country.addItem(place.label, place.code)
        current = crisis.device_crisis(self.ctx.data_dir).country if self.ctx.data_dir is not None else None
        if current is not None:
            self.country.setCurrentIndex(max(0, self.country.findData(current.code)))
        form.addRow(self.tr("Country:"), self.country)
        self.country_numbers = wrapped_label()
        form.addRow(self.country_numbers)
        self.country.currentIndexChanged.connect(self._show_country_numbers)
        self._show_country_numbers()
        self.own_label = QLineEdit()
        self.own_label.setPlaceholderText(self.tr("e.g. My local crisis line"))
        self.own_number = QLineEdit()
        form.addRow(self.tr("Another number to call:"), self.own_label)
        form.addRow(self.tr("Its number:"), self.own_number)

        def write(journal: Journal) -> None:
            code = str(self.country.currentData() or "")
            if self.device is not None and (code or self.device.get(crisis.COUNTRY_SETTING)):
                self.device.set(crisis.COUNTRY_SETTING, code)
            label, number = self.own_label.text().strip(), self.own_number.text().strip()
            if label or number:
                if not (label and number):
                    raise JournalError(self.tr("A crisis number needs a name and a number."))
                plan = journal.plan
                current = plan.crisis_numbers()
                if not any(n.number == number for n in current):
                    plan.replace_crisis_numbers([*current, CrisisNumber(label, number, code)])
                    journal.keep_crisis_numbers_on_device()  # the lock screen's Get help shows it too

        return page, write

    def _show_country_numbers(self) -> None:
        numbers = crisis.numbers_for(str(self.country.currentData() or ""))
        self.country_numbers.setText(
            "\n".join(f"{n.label}: {n.number}" for n in numbers)
            or self.tr(
                "Choose a country to see its numbers. 112 reaches emergency services from most mobile phones."
            )
        )

    def _recovery_page(self):
        page = QWidget()
        form = _form(page)
        form.addRow(
            wrapped_label(
                self.tr("Today counts your days without use from this day. You can add more later.")
            )
        )
        self.substance = narrow_combo()
        self.substance.setEditable(True)
        self.substance.addItem("", "")
        for label, family in (
            (self.tr("Opioids"), "opioids"),
            (self.tr("Alcohol"), "alcohol"),
            (self.tr("Stimulants"), "stimulants"),
            (self.tr("Cannabis"), "cannabis"),
            (self.tr("Benzodiazepines"), "benzodiazepines"),
        ):
            self.substance.addItem(label, family)  # the family: a name in another language is placed too
        self.since = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.since.setCalendarPopup(True)
        self.since.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.since.setDisplayFormat("d MMM yyyy")
        form.addRow(self.tr("What you are recovering from:"), self.substance)
        form.addRow(self.tr("Since:"), self.since)

        def write(journal: Journal) -> None:
            name = " ".join(self.substance.currentText().split())
            if not name:
                return
            started = self.since.date().toPython()
            if started > self.today:  # the date field stops this; a clock moved back could not
                raise JournalError(
                    self.tr("A recovery start is a day that has already come; pick today or earlier.")
                )
            offered = self.substance.findText(name)
            family = str(self.substance.itemData(offered) or "") if offered >= 0 else ""
            if family and journal.substance_needs_asking(name):  # "Opioides": the family it was offered as
                journal.remember_substance(name, family)
            known = {s.name.casefold(): s.since for s in journal.today_streaks(self.today)}
            if known.get(name.casefold()) != started:
                journal.add_recovery_start(name, started)

        return page, write

    def _reasons_page(self):
        page = QWidget()
        form = _form(page)
        form.addRow(wrapped_label(self.tr("What is recovery for? Today shows your own words back to you.")))
        self.reasons = [QLineEdit() for _ in range(3)]
        for number, edit in enumerate(self.reasons, start=1):
            form.addRow(self.tr("Reason {number}:").format(number=number), edit)

        def write(journal: Journal) -> None:
            plan = journal.plan
            have = {item.text.casefold() for item in plan.reasons()}
            for edit in self.reasons:
                text = " ".join(edit.text().split())
                if text and text.casefold() not in have:
                    plan.save_item(PlanItem("reason", text))
                    have.add(text.casefold())

        return page, write

    def _contacts_page(self):
        page = QWidget()
        form = _form(page)
        form.addRow(wrapped_label(self.tr("Up to three people you can call or message when it gets hard.")))
        self.contacts = []
        for number in range(1, 4):
            name, phone = QLineEdit(), QLineEdit()
            name.setPlaceholderText(self.tr("Name"))
            name.setAccessibleName(self.tr("Name of person {number}").format(number=number))
            phone.setPlaceholderText(self.tr("Phone (optional)"))
            phone.setAccessibleName(self.tr("Phone of person {number}").format(number=number))
            row = QHBoxLayout()
            row.addWidget(name, 2)
            row.addWidget(phone, 1)
            form.addRow(self.tr("Person {number}:").format(number=number), row)
            self.contacts.append((name, phone))

        def write(journal: Journal) -> None:
            plan = journal.plan
            have = {c.name.casefold() for c in plan.contacts()}
            for name, phone in self.contacts:
                text = " ".join(name.text().split())
                if text and text.casefold() not in have:
                    plan.save_contact(SupportContact(text, phone=phone.text()))
                    have.add(text.casefold())

        return page, write

    def _reminders_page(self):
        page = QWidget()
        form = _form(page)
        form.addRow(
            wrapped_label(
                self.tr(
                    "A quiet reminder to check in, at the times you choose (like 09:00, 20:30). "
                    "It says only “{message}” and never shows anything you wrote."
                ).format(message=self._reminder_words())
            )
        )
        self.checkin_times = QLineEdit()
        self.checkin_times.setPlaceholderText("09:00, 20:30")
        self.evening_time = QLineEdit()
        self.evening_time.setPlaceholderText(self.tr("21:30 (optional)"))
        if self.device is not None:
            self.checkin_times.setText(", ".join(self.device.get("reminders.checkin_times")))
            self.evening_time.setText(self.device.get("reminders.evening_time"))
        form.addRow(self.tr("Check-in reminders:"), self.checkin_times)
        form.addRow(self.tr("Evening review:"), self.evening_time)

        def write(_journal: Journal) -> None:
            times = [t for t in self.checkin_times.text().replace(";", ",").split(",") if t.strip()]
            evening = self.evening_time.text().strip()
            device = self.device
            quiet = (
                ("", "")
                if device is None
                else (device.get("reminders.quiet_start"), device.get("reminders.quiet_end"))
            )
            plan = reminders.build_plan(times, evening=evening, quiet_start=quiet[0], quiet_end=quiet[1])
            kept = [f"{r.at:%H:%M}" for r in plan.reminders if r.kind == reminders.CHECKIN]
            evening_kept = next((f"{r.at:%H:%M}" for r in plan.reminders if r.kind == reminders.EVENING), "")
            if device is not None:
                device.set("reminders.checkin_times", kept)
                device.set("reminders.evening_time", evening_kept)
            if plan.problems:
                self.checkin_times.setText(", ".join(kept))
                self.evening_time.setText(evening_kept)
                raise JournalError(" ".join(plan.problems) + " " + self.tr("The other times were saved."))

        return page, write

    def _passphrase_page(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped_label(passphrase_html(), rich=True))
        self.passphrase_button = QPushButton(self.tr("Set a passphrase…"))
        self.passphrase_button.clicked.connect(self.passphrase_requested.emit)
        if self.ctx.journal is not None and self.ctx.journal.encrypted:
            self.passphrase_button.setEnabled(False)
            layout.addWidget(QLabel(self.tr("This journal already has a passphrase.")))
        layout.addWidget(self.passphrase_button)
        layout.addStretch(1)
        return page, lambda _journal: None

    def _reminder_words(self) -> str:
        """What a check-in reminder says: the person's own words, or the default in the language shown."""
        own = str(self.device.get("reminders.message") or "") if self.device is not None else ""
        default = reminders.DEFAULT_MESSAGES[reminders.CHECKIN]
        return own if own and own != default else self.tr("Time for your check-in")

    def _fit(self) -> None:
        """As wide as the widest step needs (room for lines of about 48 characters) and as high as
        the tallest (at least 560×420), within the screen: at a large font each step fits, or
        scrolls up and down, never sideways. A step whose labels and fields do not fit side by side
        there has every label above its field."""
        scrollers = [self.pages.widget(i) for i in range(self.pages.count())]
        wide = max(page.inner.minimumSizeHint().width() for page in scrollers if isinstance(page, ScrollPage))
        width = max(560, wide + 60, 48 * self.fontMetrics().averageCharWidth())
        clamp_to_screen(self, width, self.height())
        width = self.width()
        for form in self.pages.findChildren(QFormLayout):
            labels_above_when_narrow(form, width - 60)
        tall = max(page.content_height(width - 60) for page in scrollers if isinstance(page, ScrollPage))
        chrome = self.sizeHint().height() - self.pages.sizeHint().height()
        clamp_to_screen(self, width, max(420, tall + max(chrome, 0) + 16))

    # -- moving through -----------------------------------------------------------------
    def _go(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        self.step_label.setText(
            f"<h2>{escape(self.step_titles[index])}</h2><p>"
            + escape(self.tr("Step {number} of %Ln", "", self.pages.count()).format(number=index + 1))
            + "</p>"
        )
        self.back_button.setEnabled(index > 0)
        last = index == self.pages.count() - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.skip_button.setVisible(not last)  # the last step has nothing to skip: Finish closes it
        if self.step_label.hasFocus():
            self.step_label.clearFocus()  # focus arrives anew, so the new step is announced
        self.step_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_current(self) -> bool:
        """Write the step on screen; False (with the reason shown) when it could not be."""
        index = self.pages.currentIndex()
        journal = self.ctx.journal
        if journal is None:
            self.message.setText(self.tr("Unlock your journal to save this."))
            return False
        if self.ctx.data_dir is not None:  # read afresh: other parts of the app write this file too
            self.device = DeviceSettings.load(self.ctx.data_dir)
        try:
            self._writers[index](journal)
        except (JournalError, DatabaseError, OSError) as exc:
            self.message.setText(str(exc))
            return False
        self._saved.add(index)
        self.message.clear()
        return True

    def back(self) -> None:
        self._go(self.pages.currentIndex() - 1)

    def next(self) -> None:
        if not self.save_current():
            return
        if self.pages.currentIndex() == self.pages.count() - 1:
            self._finish()
        else:
            self._go(self.pages.currentIndex() + 1)

    def skip(self) -> None:
        self.message.clear()
        if self.pages.currentIndex() == self.pages.count() - 1:
            self._finish()
        else:
            self._go(self.pages.currentIndex() + 1)

    def _finish(self) -> None:
        self.ctx.events.settings_changed.emit()
        self.ctx.events.entries_changed.emit()
        self.accept()

    def reject(self) -> None:
        """Closed half-way: what was typed on this step is kept too (when it can be saved)."""
        if self.ctx.journal is not None and self.pages.currentIndex() not in self._saved:
            self.save_current()
        self.ctx.events.settings_changed.emit()
        super().reject()
