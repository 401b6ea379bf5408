"""Qt's translation machinery: the app's and Qt's translators, the locale, and English when anything is wrong."""

import functools
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from i18n_helpers import built_qm
from PySide6.QtCore import QCoreApplication, QLocale

from journal_app.core import messages
from journal_app.core.settings import DeviceSettings
from journal_app.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TOOLS = Path(sys.executable).parent


def build_qm(_folder: Path | None = None) -> Path:
    """The .qm files made from the committed .ts, as `make qm` makes them."""
    return built_qm()


@pytest.fixture
def english_again(qapp):
    before = QLocale()
    yield
    i18n.install(qapp, "en", directory=built_qm())
    QLocale.setDefault(before)
    messages.set_language("en")
    messages.set_date_formatter(None)


def test_spanish_installs_the_apps_and_qts_translators(qapp, tmp_path, english_again, capsys):
    assert i18n.install(qapp, "es", directory=build_qm(tmp_path)) == "es"
    assert QCoreApplication.translate("SessionEntries", "Private entry") == "Entrada privada"
    assert QCoreApplication.translate("SessionEntries", "%Ln entries", None, 1) == "1 entrada"
    assert QCoreApplication.translate("SessionEntries", "%Ln entries", None, 3) == "3 entradas"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own, from qtbase_es.qm
    assert messages.language() == "es" and messages.n_("{n} day", "{n} days", 2).format(n=2) == "2 días"
    assert capsys.readouterr().err == ""


def test_english_gets_its_plural_forms(qapp, tmp_path, english_again):
    assert i18n.install(qapp, "en", directory=build_qm(tmp_path)) == "en"
    assert QCoreApplication.translate("SessionEntries", "%Ln entries", None, 1) == "1 entry"
    assert QCoreApplication.translate("SessionEntries", "%Ln entries", None, 2) == "2 entries"
    assert QCoreApplication.translate("SessionEntries", "Private entry") == "Private entry"


def test_a_missing_translation_is_english_and_one_line_on_stderr(qapp, tmp_path, english_again, capsys):
    assert i18n.install(qapp, "es", directory=tmp_path) == "en"
    assert QCoreApplication.translate("SessionEntries", "Private entry") == "Private entry"
    assert messages.language() == "en"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing" in err[0] and "English" in err[0]


def test_a_damaged_translation_is_english_and_one_line_on_stderr(qapp, tmp_path, english_again, capsys):
    (tmp_path / "recovery_journal_es.qm").write_bytes(b"\x00not a qm file" * 40)
    assert i18n.install(qapp, "es", directory=tmp_path) == "en"
    assert QCoreApplication.translate("SessionEntries", "Private entry") == "Private entry"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "damaged" in err[0]


def test_a_system_language_without_a_translation_is_english_with_local_dates(qapp, tmp_path, english_again):
    german = QLocale("de_DE")
    assert i18n.install(qapp, "system", system_locale=german, directory=build_qm(tmp_path)) == "en"
    assert QLocale().name() == "de_DE"  # dates and numbers still as they are written there
    assert messages.format_date(date(2026, 3, 2), "long") == "2 März 2026"
    assert messages.n_("{n} day", "{n} days", 2).format(n=2) == "2 days"


def test_the_system_locale_chooses_spanish_and_keeps_its_own_dates(qapp, tmp_path, english_again):
    mexico = QLocale("es_MX")
    assert i18n.install(qapp, "system", system_locale=mexico, directory=build_qm(tmp_path)) == "es"
    assert QLocale().name() == "es_MX"
    assert messages.format_date(date(2026, 8, 15), "weekday_day_month") == "sáb 15 ago"


def test_a_full_date_in_spanish_reads_as_the_core_writes_it():
    """Get help and the report's headings: "30 de noviembre de 2026", never "30 noviembre 2026"."""
    write = i18n.date_formatter(QLocale("es_ES"))
    assert write(date(2026, 11, 30), "full") == "30 de noviembre de 2026"
    assert write(date(2026, 11, 30), "weekday_full") == "lunes, 30 de noviembre de 2026"
    assert i18n.date_formatter(QLocale("en_GB"))(date(2026, 11, 30), "full") == "30 November 2026"


def test_the_device_setting_chooses_the_language(qapp, tmp_path, data_dir, english_again, monkeypatch):
    DeviceSettings.load(data_dir).set("appearance.language", "es")
    monkeypatch.setattr(i18n, "qm_dir", lambda: build_qm(tmp_path))
    assert i18n.install_for_device(qapp, data_dir) == "es"


def _unfinished(ts: Path, context: str | None = None) -> list[str]:
    """The source texts of ``ts`` (of one context, if given) with no finished translation."""
    root = ET.parse(ts).getroot()
    return [
        message.findtext("source") or ""
        for found in root.iter("context")
        if context is None or found.findtext("name") == context
        for message in found.iter("message")
        if message.find("translation").get("type") == "unfinished"
        or not "".join(message.find("translation").itertext()).strip()
    ]


def _contexts(ts: Path) -> set[str]:
    return {found.findtext("name") or "" for found in ET.parse(ts).getroot().iter("context")}


@functools.cache
def _refreshed() -> dict[str, Path]:
    """A copy of every committed .ts after lupdate has read the code again (as `make translations` does)."""
    folder = Path(tempfile.mkdtemp(prefix="rj-lupdate-"))
    sources = sorted(
        str(p) for p in (ROOT / "journal_app").rglob("*.py") if "core" not in p.relative_to(ROOT).parts
    )
    copies = {}
    for ts in sorted(I18N.glob("*.ts")):
        copy = copies[ts.name] = folder / ts.name
        shutil.copy(ts, copy)
        subprocess.run(
            [
                TOOLS / "pyside6-lupdate",
                *sources,
                *(["-pluralonly"] if ts.stem.endswith("_en") else []),  # English: only its plural forms
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                copy,
            ],
            check=True,
            capture_output=True,
        )
    return copies


# gui/views/* (issue-15views): finished in every catalogue, checked strictly
VIEW_CONTEXTS = (
    "BackfillView",
    "CheckinCard",
    "EntryEditor",
    "EntryWords",
    "FilterBar",
    "InsightsView",
    "ItemList",
    "JournalView",
    "LearnView",
    "MedicationView",
    "PlanView",
    "QuestionnairesView",
    "SignCard",
    "TimelineModel",
    "TodayView",
    "TriggerKinds",
)
# gui/dialogs/* and gui/security/* (issue-15dialogs): finished in every catalogue, checked strictly
DIALOG_CONTEXTS = (
    "AboutDialog",
    "BackupListModel",
    "CrashDialog",
    "EncryptionDialog",
    "ExportDialog",
    "GetHelpDialog",
    "ImportDialog",
    "LapseReviewDialog",
    "LockScreen",
    "PreviewModel",
    "QuestionnaireDialog",
    "RestoreDialog",
    "SafetyDialog",
    "SafetyNoticeHook",
    "SecurityController",
    "Setting",
    "SettingsDialog",
    "SubstanceQuestion",
    "UrgeDialog",
    "WelcomeDialog",
)
STRICT_CONTEXTS = (*VIEW_CONTEXTS, *DIALOG_CONTEXTS)
OTHERS = "(every other context)"  # widgets, charts, main window, tray, app


def test_the_catalogues_exist():
    names = {p.name for p in I18N.glob("*.ts")}
    assert {"recovery_journal_en.ts", "recovery_journal_es.ts"} <= names


@pytest.mark.parametrize("context", [*STRICT_CONTEXTS, OTHERS], ids=lambda context: context)
def test_no_unfinished_entries_even_after_lupdate_reads_the_code(context):
    """Every message finished, in the committed .ts and in a copy lupdate has refreshed from the code
    (a string added to the code but not to the catalogue is unfinished there)."""
    for name, refreshed in _refreshed().items():
        committed = I18N / name
        if context == OTHERS:
            others = (_contexts(committed) | _contexts(refreshed)) - set(STRICT_CONTEXTS)
            left = {c: _unfinished(committed, c) + _unfinished(refreshed, c) for c in sorted(others)}
            assert {c: texts for c, texts in left.items() if texts} == {}, f"{name} has unfinished entries"
            continue
        assert _unfinished(committed, context) == [], f"{name} has unfinished entries in {context}"
        assert _unfinished(refreshed, context) == [], (
            f"the code has {context} strings {name} lacks: run `make translations`"
        )
        if name.endswith("_es.ts"):
            assert context in _contexts(committed), f"{name} has no {context}: run `make translations`"


def test_every_count_in_the_windows_is_written_as_the_language_groups_numbers():
    """Qt's %n writes 10000 in every language; %Ln writes 10,000 in English and 10.000 in Spanish.
    A count shown to a person uses %Ln (docs/translating.md)."""
    import re
    from pathlib import Path

    import journal_app.gui

    root = Path(journal_app.gui.__file__).parent
    ungrouped = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"(?<!L)%n\b", line)
    ]
    assert ungrouped == []
