"""Every dialog in Spanish: built in English and in Spanish, no fragment may be shown in both.

``still_english`` (tests/gui/spanish_walk.py) catches a string never wrapped in tr() as
well as one wrapped but left untranslated. What may be shown the same in both is named
here, each with its reason (:func:`not_ours` and :data:`OTHER_HELPERS`):

- the core's sentences (the About dialog's licence notes, the lapse review's questions,
  the urge-surfing phases, substance families, the catalogue of triggers): they are
  translated in the core's catalogue (``resources/i18n/core/es.po``, ``seeds/es``), issue 15's
  core side, not in the GUI's. Once it has them they are no longer shown in both languages and
  the allowance does nothing. The crisis table's source line, the import formats' names and the
  country names are translated there and are not allowed: only a country whose Spanish name is
  its English one (Chile, Andorra) is (:func:`same_country_names`);
- names: libraries, licences and versions, sources;
- the Brief Addiction Monitor's questions and answers: a validated instrument without a
  published Spanish version keeps its validated wording (docs/translating.md); the dialog says
  so in Spanish (the PHQ-9 and GAD-7 show their published Spanish: nothing of theirs is allowed);
- cognates that are the same word in Spanish ("Alcohol", "Cannabis").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta

import pytest
from journal_builder import TODAY, use
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from spanish_walk import back_to_english, still_english, texts_of, use_language

from journal_app import APP_NAME, __version__
from journal_app.core import about, crisis, lapse, substances, urge_surfing
from journal_app.core import questionnaires as q
from journal_app.core.crisis import CrisisNumber
from journal_app.core.knowledge import load_knowledge
from journal_app.core.models import Entry, EntryKind
from journal_app.core.plan import SupportContact
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.dialogs.about_dialog import AboutDialog
from journal_app.gui.dialogs.crash_dialog import CrashDialog
from journal_app.gui.dialogs.export_dialog import ExportDialog
from journal_app.gui.dialogs.get_help import GetHelpDialog
from journal_app.gui.dialogs.lapse_review import LapseReviewDialog
from journal_app.gui.dialogs.questionnaire_dialog import QuestionnaireDialog
from journal_app.gui.dialogs.safety_dialog import SafetyDialog, SubstanceQuestion
from journal_app.gui.dialogs.settings_dialog import SettingsDialog
from journal_app.gui.dialogs.urge_dialog import UrgeDialog
from journal_app.gui.dialogs.welcome import WelcomeDialog

OWN = ["Sam", "555 0199", "My counsellor", "555 0100", "Money worries", "Call Sam first.", "Kratom"]
COGNATES = ["Alcohol", "Cannabis"]  # the same word in Spanish
# gui/widgets' own words (the progress panel, the warning-sign picker's tip, "Sources:"), which
# issue-15shell translates in its files; listed fragment by fragment
OTHER_HELPERS = [
    "Cancel",
    "Progress",
    "Ticking a sign lets Insights show it with tips and your plan",
    "See Learn for more",
    "Sources",
]


def not_ours(journal=None) -> list[str]:
    """What these dialogs show that is not theirs to translate (see the module's docstring)."""
    words: list[str] = []
    words += [text for _key, question, heading in lapse.QUESTIONS for text in (question, heading)]
    words += [lapse.WELCOME, lapse.TRAP, lapse.GENERAL_TRIGGER]
    words += [urge_surfing.phase_at(second, 20 * 60).text for second in range(0, 20 * 60 + 1, 15)]
    words += [family.name for family in substances.families()]
    words += same_country_names()
    words += load_knowledge("en").citations(tuple(load_knowledge("en").sources))
    for inst in q.instruments("es").values():
        if inst.language == "es":
            continue  # the PHQ-9 and GAD-7: their published Spanish (seeds/es/questionnaires.toml)
        words += [inst.short, inst.period]  # the BAM: no validated Spanish, its validated wording
        words += [text for question in inst.questions for text in (question.text, *question.options)]
    if journal is not None:
        words += journal.trigger_names()
    return [word for word in words if word]


def same_country_names() -> list[str]:
    """The countries whose Spanish name is (or holds) the English one (Chile, "Myanmar (Birmania)"): names."""
    english = {place.code: place.name for place in crisis.countries()}
    use_language("es")
    try:
        same = [
            place.label
            for place in crisis.countries()
            if english[place.code] in place.label or place.label in english[place.code]  # "Sint Maarten"
        ]
    finally:
        back_to_english()
    assert "Germany" not in same and len(same) < len(english) // 2  # the names are translated at all
    return same


def ctx_for(journal, data_dir) -> AppContext:
    return AppContext(journal, JournalEvents(), data_dir)


class _Joined:
    """Lists read each time they are walked (one may be filled while the screens are built)."""

    def __init__(self, *parts: Iterable[str]):
        self.parts = parts

    def __iter__(self) -> Iterator[str]:
        for part in self.parts:
            yield from part


def english_left(build, journal=None, *, after=None, own: Iterable[str] = (), allow=()) -> list[str]:
    """``still_english`` with what is not these dialogs' to translate allowed (see above)."""
    return still_english(
        build,
        own_words=_Joined(OWN, own, not_ours(journal)),
        allow=[*OTHER_HELPERS, *COGNATES, *allow],
        after=after,
    )


@pytest.fixture
def filled(journal, data_dir):
    """A journal with something in every place the dialogs read, on a device in the US."""
    journal.plan.save_contact(SupportContact("Sam", phone="555 0199"))
    journal.plan.replace_crisis_numbers([CrisisNumber("My counsellor", "555 0100", "US")])
    journal.plan.set_response("Money worries", "Call Sam first.")
    start = datetime.now().astimezone().replace(microsecond=0) - timedelta(days=3)
    for day in range(3):
        journal.save(Entry(kind=EntryKind.CHECK_IN, occurred_at=start + timedelta(days=day), mood=6))
    journal.save(Entry(kind=EntryKind.NOTE, occurred_at=start, title="Private", private=True))
    crisis.choose_country(data_dir, "US")
    return journal


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def spanish_text(build) -> str:
    """Every text of ``build()``'s screen, built in Spanish."""
    use_language("es")
    try:
        return " ".join(texts_of(build()))
    finally:
        back_to_english()


def test_about_in_spanish_every_tab(qtbot):
    """Every tab, the libraries' tool tips included. What may stay as it is, and nothing else:
    names (the app's, the libraries', with their versions), the licence names — legal texts kept
    in English word for word, which the dialog says in Spanish — commands and file names a person
    types as they are, and the cited sources' titles as they were published."""
    names = [f"{APP_NAME} {__version__}", *(f"{k} {v}" for k, v in about.runtime_versions().items())]
    names += [f"PySide6 {pyside_version}", f"Qt {qVersion()}"]
    names += [
        text for library, version in about.libraries_with_versions() for text in (library.name, version)
    ]
    licence_names = [library.licence for library in about.LIBRARIES] + ["LGPL-3.0"]
    typed_as_is = ["pip install --force-reinstall PySide6-*.whl", "libQt6*.so*, *.abi3.so"]
    cited = load_knowledge("en").citations(tuple(load_knowledge("en").sources))

    def build():
        return shown(qtbot, AboutDialog())

    left = still_english(build, own_words=[*names, *cited], allow=[*licence_names, *typed_as_is])
    assert left == []
    text = spanish_text(build)
    assert "son textos legales" in text  # one Spanish sentence says why the licences stay English
    assert "Versión " in text and "Licencia Pública General Reducida de GNU" in text
    assert "_internal/PySide6" in text and "LGPL-3.0-only" in text


def test_the_crash_message_in_spanish(qtbot, tmp_path):
    log = tmp_path / "crash.log"

    def again(dialog):
        dialog.another()

    assert english_left(lambda: shown(qtbot, CrashDialog(log)), after=again, own=[str(log)]) == []
    assert english_left(lambda: shown(qtbot, CrashDialog(None))) == []


def test_export_in_spanish(qtbot, filled, data_dir):
    def csv_encrypted(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        dialog.encrypt.setChecked(True)

    def build():
        return shown(qtbot, ExportDialog(ctx_for(filled, data_dir)))

    assert english_left(build, filled, after=csv_encrypted) == []
    assert english_left(lambda: shown(qtbot, ExportDialog(ctx_for(None, data_dir)))) == []
    assert "Se exportarán 3 entradas. 1 entrada privada queda fuera." in spanish_text(build)


def test_get_help_in_spanish_with_the_spanish_crisis_options(qtbot, filled, data_dir):
    def build():
        return shown(qtbot, GetHelpDialog(ctx_for(filled, data_dir)))

    def locked():  # the journal locked: what the lock screen's Get help shows
        return shown(qtbot, GetHelpDialog(ctx_for(None, data_dir)))

    assert english_left(build, filled) == []
    assert english_left(locked) == []
    text = spanish_text(locked)
    assert "Pedir ayuda ahora" in text
    assert "llama al 988 y oprime el 2, o envía AYUDA" in text  # 988's Spanish options (seeds/es, cited)
    assert "en español e inglés" in text  # SAMHSA's helpline answers in Spanish
    assert "naloxona" in text  # the overdose response from seeds/es


def test_lapse_review_in_spanish(qtbot, filled, data_dir):
    used = filled.save(use(1, lead_up="After the argument"))

    def build():
        return shown(qtbot, LapseReviewDialog(ctx_for(filled, data_dir), used))

    def plan_it(dialog):
        dialog.set_answer("next_time", "Call Sam first.")
        dialog.add_to_plan()

    assert english_left(build, filled, after=plan_it, own=["After the argument"]) == []


@pytest.mark.parametrize("instrument", sorted(q.instruments()))
def test_questionnaires_in_spanish_every_page(qtbot, filled, data_dir, instrument):
    def build():
        return shown(qtbot, QuestionnaireDialog(ctx_for(filled, data_dir), instrument))

    def result(dialog):
        for _ in range(3):  # questions that open only after others (the BAM's 7A–7G)
            for key, group in dialog.groups.items():
                if dialog.boxes[key].isVisibleTo(dialog):
                    group.button(len(group.buttons()) - 1).setChecked(True)
            dialog._update()
        dialog.finish()
        assert dialog.saved_result is not None

    assert english_left(build, filled) == []
    assert english_left(build, filled, after=lambda dialog: dialog.show_safety()) == []
    assert english_left(build, filled, after=result) == []  # the scores' names and bands too


def test_the_overdose_card_in_spanish(qtbot, filled, data_dir):
    """The card after a use that follows a stretch without use: its facts from seeds/es."""
    filled.save(use(20))
    today_use = filled.save(use(0))

    def build():
        notice = filled.lost_tolerance_notice(today_use, TODAY)
        assert notice is not None
        return shown(qtbot, SafetyDialog(notice))

    heading = filled.lost_tolerance_notice(today_use, TODAY).heading  # the core's words (es.po)
    assert english_left(build, filled, own=[heading]) == []
    text = spanish_text(build)
    assert "naloxona" in text and "Líneas de crisis" in text


def test_the_substance_question_in_spanish(qtbot):
    assert english_left(lambda: shown(qtbot, SubstanceQuestion("Kratom"))) == []


def test_settings_in_spanish(qtbot, filled, data_dir):
    languages = ["English", "Español"]  # each language is named in its own words

    def build(journal):
        return lambda: shown(qtbot, SettingsDialog(ctx_for(journal, data_dir)))

    assert english_left(build(filled), filled, own=languages) == []
    assert english_left(build(None), own=languages) == []


def test_the_urge_log_in_spanish(qtbot, filled, data_dir):
    def surfing(dialog):
        dialog.trigger_combo.setCurrentText("Money worries")  # the planned response shows
        dialog.signs_shown.setChecked(True)
        dialog.start_surfing()
        dialog.advance(60)

    def build():
        return shown(qtbot, UrgeDialog(ctx_for(filled, data_dir)))

    assert english_left(build, filled, after=surfing) == []


@pytest.mark.parametrize("step", range(6))
def test_every_welcome_step_in_spanish(qtbot, journal, data_dir, step):
    def to_step(dialog):
        dialog.country.setCurrentIndex(dialog.country.findData("US"))  # the country's numbers show
        for _ in range(step):
            dialog.skip()
        assert dialog.pages.currentIndex() == step

    def build():
        return shown(qtbot, WelcomeDialog(ctx_for(journal, data_dir)))

    assert english_left(build, journal, after=to_step) == []


def test_message_boxes_in_spanish(qtbot, filled, data_dir, monkeypatch):
    """The questions a dialog asks (QMessageBox) are in Spanish too."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(_parent, title, text, *_args, **_kwargs):
        asked.extend([title, text])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)

    def build():
        asked.clear()
        urge = shown(qtbot, UrgeDialog(ctx_for(filled, data_dir)))
        urge.situation_edit.setText("At the bus stop")
        urge.ask_then_close()
        questionnaire = shown(qtbot, QuestionnaireDialog(ctx_for(filled, data_dir), "phq9"))
        questionnaire.answer("1", 0)
        questionnaire.leave()
        page = QWidget()
        layout = QVBoxLayout(page)
        for text in asked:
            layout.addWidget(QLabel(text))
        assert len(asked) == 4
        return page

    assert english_left(build) == []


DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-05-14,May 14,Tuesday,8:30 PM,great,walk | friends,,Felt strong\n"
    "2024-05-13,May 13,Monday,07:05,awful,,,\n"
)


def test_import_in_spanish_every_page(qtbot, filled, data_dir, tmp_path, monkeypatch):
    """The first page, the moods question, the dry run with its preview, and the passphrase."""
    from journal_app.core.transfer import exporting, sealed
    from journal_app.core.transfer.options import ExportOptions
    from journal_app.gui.dialogs.import_dialog import ImportDialog

    daylio = tmp_path / "daylio_export.csv"
    daylio.write_text(DAYLIO)
    known = tmp_path / "daylio_known.csv"
    known.write_text(DAYLIO.replace(",great,", ",good,"))
    monkeypatch.setattr(sealed, "DEFAULT_PARAMS", sealed.KdfParams(memory_kib=1024, iterations=1, lanes=1))
    locked = tmp_path / "sealed.json"
    exporting.export_file(filled.db, locked, "json", ExportOptions(), passphrase="a long passphrase")
    # the file's own words (moods, activities, notes) and names; the dry run's summary, the preview's
    # dates and kinds, the format's name and the readers' notes are the core's Spanish (es.po)
    core: list[str] = [
        "great",
        "awful",
        "walk",
        "friends",
        "Felt strong",
        daylio.name,
        known.name,
        locked.name,
    ]

    def build():
        return shown(qtbot, ImportDialog(ctx_for(filled, data_dir)))

    def moods(dialog):
        dialog.open_file(str(daylio))
        qtbot.waitUntil(lambda: bool(dialog.mood_boxes), timeout=10_000)

    def dry_run(dialog):
        dialog.open_file(str(known))
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        model = dialog.model  # the preview's summaries: the file's words (the dry run's own line is Spanish)
        core.extend(str(model.index(r, 3).data()) for r in range(model.rowCount()))

    def passphrase(dialog):
        dialog.open_file(str(locked))
        qtbot.waitUntil(lambda: dialog.passphrase_row.isVisibleTo(dialog), timeout=10_000)
        dialog.passphrase.setText("not the one")
        dialog.read_file()
        qtbot.waitUntil(lambda: not dialog.progress.busy, timeout=10_000)

    assert english_left(build, filled) == []
    for page in (moods, dry_run, passphrase):
        command_line = ["--mood-map", "--mood-map great=5"]  # an option of the command line, typed as is
        assert english_left(build, filled, after=page, own=core, allow=command_line) == [], page.__name__

    def added(dialog):
        dry_run(dialog)
        with qtbot.waitSignal(dialog.ctx.events.entries_changed, timeout=10_000):
            dialog.start_import()

    assert "Se añadieron 2 entradas a tu diario." in spanish_text(lambda: _after(build(), added))


def _after(widget, step):
    step(widget)
    return widget


def test_a_substance_chosen_in_spanish_in_the_welcome_counts_for_its_family(qtbot, journal, data_dir):
    """ "Opioides" from the list is kept as the person chose it and placed among the opioids,
    so the days without use and the overdose card know it (and nobody asks which kind it is)."""
    use_language("es")
    try:
        dialog = shown(qtbot, WelcomeDialog(ctx_for(journal, data_dir)))
        dialog.skip()
        dialog.substance.setCurrentIndex(dialog.substance.findData("opioids"))
        assert dialog.substance.currentText() == "Opioides"
        dialog.next()
    finally:
        back_to_english()
    assert journal.substance_family("Opioides").key == "opioids"
    assert [streak.name for streak in journal.today_streaks()] == ["Opioids"]  # the family's days
    assert not journal.substance_needs_asking("Opioides")
