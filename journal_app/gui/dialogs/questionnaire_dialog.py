"""Fill in one questionnaire (PHQ-9, GAD-7 or the Brief Addiction Monitor).

Three pages: the questions, the safety page and the result. **PHQ-9 item 9**
(thoughts of being better off dead or of self-harm) answered above "Not at
all" turns to the safety page *at once*, before anything else and before any
score: the person's crisis numbers, their support contacts, and the plain fact
that nobody watches this app. The score is shown only after it.

Nothing half-done is saved unless the person chooses to keep it: closing with
answers given asks "Keep my answers for later" (kept, unscored, as a draft in
the journal's settings) or "Discard them". Only a complete questionnaire is
scored and saved (``journal.questionnaires.save``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import messages
from ...core import questionnaires as q
from ...core.errors import JournalError
from ..context import AppContext
from ..widgets import keyboard
from ..widgets.scroll_page import ScrollPage, clamp_to_screen, keep_on_screen
from ..widgets.text_blocks import crisis_numbers_html, sources_html, wrapped_label
from ..widgets.wrap_check import WrapCheck
from .get_help import contacts_html, person_crisis_numbers

DRAFT_KEY = "questionnaires.draft.{}"  # journal setting: answers kept, unscored, for later
QUESTIONS, SAFETY, RESULT = 0, 1, 2


def nobody_watches() -> str:
    return QCoreApplication.translate(
        "QuestionnaireDialog",
        "Nobody watches this app and nobody is told what you answer here. If you might act on these "
        "thoughts, or you are not safe right now, please call one of these numbers or someone you trust now.",
    )


def wording_note(instrument: q.Instrument) -> str:
    """Why an instrument's questions stay in English in another language (empty when they are in
    the language shown): a validated questionnaire is never translated by us (docs/translating.md)."""
    if instrument.language == messages.language():
        return ""
    return QCoreApplication.translate(
        "QuestionnaireDialog",
        "The {instrument}'s questions stay in English: no validated translation into your language "
        "is included, and one we made ourselves would no longer be the tested questionnaire. You can "
        "still answer them.",
    ).format(instrument=instrument.short)


def safety_html(ctx: AppContext) -> str:
    """The safety page: crisis numbers for the person's country, their support contacts, and that
    nobody watches this app."""
    numbers, notes = person_crisis_numbers(ctx)
    parts = [
        "<h2>"
        + escape(
            QCoreApplication.translate(
                "QuestionnaireDialog", "Thank you for answering honestly. You deserve support right now."
            )
        )
        + "</h2>",
        f"<p><b>{escape(nobody_watches())}</b></p>",
        "<h3>" + escape(QCoreApplication.translate("QuestionnaireDialog", "Crisis lines")) + "</h3>",
        crisis_numbers_html(numbers)
        if numbers
        else "<p>"
        + escape(
            QCoreApplication.translate(
                "QuestionnaireDialog",
                "Call your local emergency number. You can choose your country in Get help (F1).",
            )
        )
        + "</p>",
    ]
    parts += [f"<p>{escape(note)}</p>" for note in notes]
    parts.append(
        "<h3>" + escape(QCoreApplication.translate("QuestionnaireDialog", "Your support people")) + "</h3>"
    )
    contacts = ctx.journal.plan.contacts() if ctx.journal is not None else []
    parts.append(
        contacts_html(contacts)
        if contacts
        else "<p>"
        + escape(
            QCoreApplication.translate(
                "QuestionnaireDialog",
                "You have not added support contacts yet; you can add them in the Prevention plan.",
            )
        )
        + "</p>"
    )
    parts.append(
        "<p>"
        + escape(
            QCoreApplication.translate(
                "QuestionnaireDialog",
                "Thoughts like these are common when mood is low, and they can pass with help. "
                "Please tell your doctor or clinician about them too.",
            )
        )
        + "</p>"
    )
    return "".join(parts)


class QuestionnaireDialog(QDialog):
    saved = Signal(object)  # the questionnaires.Result just saved

    def __init__(self, ctx: AppContext, instrument: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.instrument = q.instruments()[instrument]
        self.saved_result: q.Result | None = None
        self.safety_shown = False
        self._settled = False  # the person answered the keep-or-discard question
        self.setWindowTitle(self.instrument.title)
        keep_on_screen(self)  # the largest text on a small screen: never wider than it
        # room for a line of about 60 characters and 30 lines, as far as the screen and window allow
        chars, lines = self.fontMetrics().averageCharWidth(), self.fontMetrics().lineSpacing()
        clamp_to_screen(self, max(640, 60 * chars), max(640, 30 * lines))
        self.groups: dict[str, QButtonGroup] = {}
        self.boxes: dict[str, QGroupBox] = {}

        self.pages = QStackedWidget()
        self.pages.addWidget(self._questions_page())
        self.pages.addWidget(self._safety_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._restore_draft()
        self._update()
        keyboard.prepare(self)

    # pages --------------------------------------------------------------------------
    def _questions_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        inst = self.instrument
        self.intro_label = keyboard.readable(
            wrapped_label(
                f"<b>{escape(inst.title)}</b><br>{escape(inst.period)} "
                + escape(
                    self.tr(
                        "Every question is optional to fill in at all; the score counts only when "
                        "all of them are answered. The result is something to talk over with your "
                        "clinician, never a diagnosis."
                    )
                )
                + self._wording_note(),
                rich=True,
            )
        )
        # the words, the questions and the private switch scroll up and down (never sideways); the
        # count of answers and the buttons stay in sight below
        scroll = ScrollPage()
        inner_layout = scroll.body
        inner_layout.addWidget(self.intro_label)
        self.question_words: dict[str, QLabel] = {}  # each question as shown, in its box
        for question in inst.questions:
            box = QGroupBox()  # a group box title never wraps: the question is a wrapped label inside
            box.setAccessibleName(
                self.tr("Question {key}: {text}").format(key=question.key, text=question.text)
            )
            box_layout = QVBoxLayout(box)
            words = wrapped_label(f"{question.key}. {question.text}")
            words.setProperty("role", "heading")
            box_layout.addWidget(words)
            self.question_words[question.key] = words
            group = QButtonGroup(self)
            for index, option in enumerate(question.options):
                button = QRadioButton(option)
                button.setAccessibleName(
                    self.tr("{option}, question {key}").format(option=option, key=question.key)
                )  # the same words recur
                group.addButton(button, index)
                box_layout.addWidget(button)
            group.idClicked.connect(lambda _index, key=question.key: self._answered(key))
            self.groups[question.key] = group
            self.boxes[question.key] = box
            inner_layout.addWidget(box)
        self.private_box = WrapCheck(
            self.tr("Private (left out of session mode and exports unless included)")
        )
        inner_layout.addWidget(self.private_box)
        inner_layout.addStretch(1)
        self.question_scroll = scroll
        layout.addWidget(scroll, 1)
        self.progress_label = keyboard.readable(wrapped_label())
        layout.addWidget(self.progress_label)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.leave)
        self.finish_button = QPushButton(self.tr("See my result"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout.addLayout(buttons)
        return page

    def _safety_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        scroll = ScrollPage()
        self.safety_label = keyboard.readable(wrapped_label(rich=True))
        scroll.body.addWidget(self.safety_label)
        scroll.body.addStretch(1)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.safety_back_button = QPushButton(self.tr("Back to the questions"))
        self.safety_back_button.clicked.connect(lambda: self.pages.setCurrentIndex(QUESTIONS))
        self.safety_continue_button = QPushButton(self.tr("Continue"))
        self.safety_continue_button.clicked.connect(self._after_safety)
        buttons.addWidget(self.safety_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.safety_continue_button)
        layout.addLayout(buttons)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        scroll = ScrollPage()  # a long result at a large text size scrolls
        self.result_label = keyboard.readable(wrapped_label(rich=True))
        scroll.body.addWidget(self.result_label)
        scroll.body.addStretch(1)
        layout.addWidget(scroll, 1)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # answers ------------------------------------------------------------------------
    def answers(self) -> dict[str, int]:
        """The answers given to the questions that apply (BAM 7A–7G only after drug use)."""
        given = {key: group.checkedId() for key, group in self.groups.items() if group.checkedId() >= 0}
        asked = {question.key for question in self.instrument.asked(given)}
        return {key: value for key, value in given.items() if key in asked}

    def answer(self, key: str, option: int) -> None:
        """Pick an option, as a click would (for keyboard shortcuts and tests)."""
        self.groups[key].button(option).click()

    def _answered(self, key: str) -> None:
        self._update()
        temp = q.Result(self.instrument.key, self.answers())
        if temp.needs_help and key == q.PHQ9_SAFETY_ITEM:
            self.show_safety()  # at once, before anything else

    def _update(self) -> None:
        answers = self.answers()
        asked = self.instrument.asked(answers)
        for question in self.instrument.questions:
            self.boxes[question.key].setVisible(question in asked)
        open_keys = [question.key for question in asked if question.key not in answers]
        self.finish_button.setEnabled(not open_keys)
        self.progress_label.setText(
            self.tr("Every question is answered.")
            if not open_keys
            else self.tr("{done} of %Ln answered.", "", len(asked)).format(done=len(asked) - len(open_keys))
        )

    def needs_help(self) -> bool:
        return q.Result(self.instrument.key, self.answers()).needs_help

    # safety and result --------------------------------------------------------------
    def show_safety(self) -> None:
        self.safety_label.setText(safety_html(self.ctx))
        self.safety_shown = True
        self.pages.setCurrentIndex(SAFETY)
        self.safety_label.setFocus()

    def _after_safety(self) -> None:
        if self.saved_result is not None:
            self.pages.setCurrentIndex(RESULT)
        else:
            self.pages.setCurrentIndex(QUESTIONS)

    def finish(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        result = q.Result(self.instrument.key, self.answers(), private=self.private_box.isChecked())
        try:
            journal.questionnaires.save(result)
        except JournalError as exc:
            self.progress_label.setText(str(exc))
            return
        self._forget_draft()
        self.saved_result = result
        self.result_label.setText(self.result_html(result))
        self.saved.emit(result)
        self.ctx.events.entries_changed.emit()
        if result.needs_help:  # the safety page comes first, every time, before the score
            self.show_safety()
            self.safety_continue_button.setText(self.tr("Continue to my result"))
            self.safety_back_button.hide()
        else:
            self.pages.setCurrentIndex(RESULT)

    def result_html(self, result: q.Result) -> str:
        rows = "".join(
            "<li><b>"
            + escape(
                self.tr("{label}: {value} of {maximum}").format(
                    label=s.shown_label, value=s.value, maximum=s.maximum
                )
            )
            + f"</b> — {escape(s.band.name)}. {escape(s.band.talk)}</li>"
            for s in result.scores
        )
        heading = self.tr("{instrument}: your result").format(instrument=self.instrument.short)
        closing = self.tr(
            "This is something to talk over with your clinician, not a diagnosis. Your scores over "
            "time are on the Charts view (Questionnaire scores)."
        )
        return f"<h2>{escape(heading)}</h2><ul>{rows}</ul><p>{escape(closing)}</p>" + sources_html(
            self.instrument.sources
        )

    def _wording_note(self) -> str:
        """In another language, for an instrument without a validated translation: why its
        questions stay in English."""
        note = wording_note(self.instrument)
        return f"<p>{escape(note)}</p>" if note else ""

    # half-done answers --------------------------------------------------------------
    def _restore_draft(self) -> None:
        journal = self.ctx.journal
        draft = journal.setting(DRAFT_KEY.format(self.instrument.key)) if journal is not None else None
        if not isinstance(draft, dict):
            return
        for key, value in draft.items():
            group = self.groups.get(str(key))
            if group is not None and isinstance(value, int) and group.button(value) is not None:
                group.button(value).setChecked(True)

    def _forget_draft(self) -> None:
        journal = self.ctx.journal
        if journal is not None and journal.setting(DRAFT_KEY.format(self.instrument.key)) is not None:
            journal.set_setting(DRAFT_KEY.format(self.instrument.key), None)

    def keep_draft(self) -> None:
        journal = self.ctx.journal
        if journal is not None:
            journal.set_setting(DRAFT_KEY.format(self.instrument.key), self.answers())

    def ask_keep(self) -> QMessageBox.StandardButton:
        """Keep the answers given so far (unscored) or discard them? Cancel stays. (A lock closes the
        dialog without asking: nothing half-done is kept then.)"""
        return QMessageBox.question(
            self,
            self.tr("Keep your answers?"),
            self.tr(
                "This questionnaire is not finished, so it has no score. Keep your answers so far for "
                "later, or discard them?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def _settle(self) -> bool:
        """Ask about unfinished answers; False: the person chose to stay."""
        if self._settled or self.saved_result is not None or not self.answers() or self.ctx.journal is None:
            return True
        choice = self.ask_keep()
        if choice == QMessageBox.StandardButton.Cancel:
            return False
        try:
            if choice == QMessageBox.StandardButton.Save:
                self.keep_draft()
            else:
                self._forget_draft()
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Answers not kept"), str(exc))
            return False
        self._settled = True
        return True

    def leave(self) -> None:
        """Close (the Close button, Esc): unfinished answers are kept only when the person says so."""
        if self._settle():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # the window's close button asks; the app closing it (quitting, locking) keeps nothing half-done
        if event.spontaneous() and not self._settle():
            event.ignore()
            return
        super().closeEvent(event)
