"""The core's message layer: sentences and plurals in the chosen language, English as the fallback."""

import importlib.util
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from journal_builder import TODAY, day, use

from journal_app.core import messages
from journal_app.core.insights import streaks
from journal_app.core.language_choice import use_device_language
from journal_app.core.settings import DeviceSettings

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "i18n" / "core"


def _extractor():
    spec = importlib.util.spec_from_file_location(
        "extract_core", ROOT / "packaging" / "tools" / "extract_core.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_core"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def spanish():
    assert messages.set_language("es") == "es"
    yield
    messages.set_language("en")


@pytest.fixture(autouse=True)
def _english_after():
    yield
    messages.set_language("en")
    messages.set_date_formatter(None)


def test_plurals_follow_the_number_in_english_and_spanish(spanish):
    assert messages.n_("{n} day", "{n} days", 1).format(n=1) == "1 día"
    assert messages.n_("{n} day", "{n} days", 2).format(n=2) == "2 días"
    assert messages.n_("{n} day", "{n} days", 0).format(n=0) == "0 días"
    messages.set_language("en")
    assert messages.n_("{n} day", "{n} days", 1).format(n=1) == "1 day"
    assert messages.n_("{n} day", "{n} days", 21).format(n=21) == "21 days"


def test_a_streak_speaks_spanish_when_spanish_is_chosen(journal, spanish):
    journal.add_recovery_start("Opioids", day(100))
    (streak,) = journal.streaks(TODAY)
    assert streak.message == "100 días sin consumo. Cada uno de ellos cuenta."
    assert [m.name for m in streak.milestones][:3] == ["1 día", "1 semana", "30 días"]
    assert streak.milestones[-1].name == "5 años"


def test_one_day_is_singular_in_both_languages(journal, spanish):
    journal.add_recovery_start("Opioids", day(1))
    (streak,) = journal.streaks(TODAY)
    assert streak.message.startswith("1 día sin consumo.")
    messages.set_language("en")
    (streak,) = journal.streaks(TODAY)
    assert streak.message.startswith("1 day without use.")


def test_the_lapse_note_names_the_day_in_the_language(journal, spanish):
    journal.add_recovery_start("Opioids", day(100))
    journal.insert_many([use(10)])
    (streak,) = journal.streaks(TODAY)
    used = day(10)
    assert f"consumo del {used.day} " in streak.message
    assert "Un desliz no es el final" in streak.message and "{" not in streak.message


def test_an_unknown_language_or_a_missing_catalogue_falls_back_to_english(tmp_path):
    assert messages.resolve_language("system", "ja_JP") == "en"
    assert messages.resolve_language("system", "es_MX") == "es"
    assert messages.resolve_language("es") == "es"
    assert messages.resolve_language("klingon") == "en"
    assert messages.set_language("es", directory=tmp_path) == "en"
    assert "could not be read" in messages.problem()
    assert messages.n_("{n} day", "{n} days", 3).format(n=3) == "3 days"


def test_a_damaged_catalogue_falls_back_to_english(tmp_path):
    (tmp_path / "es.po").write_text('msgid "Today"\nmsgstr "Hoy\n', encoding="utf-8")
    assert messages.set_language("es", directory=tmp_path) == "en"
    assert "damaged" in messages.problem()
    assert messages._("Today is day one. Every stretch starts here.").startswith("Today")


def test_the_system_language_comes_from_the_usual_variables():
    assert messages.system_language({"LANG": "es_MX.UTF-8"}) == "es"
    assert messages.system_language({"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}) == "es"
    assert messages.system_language({"LC_ALL": "C"}) == "en"
    assert messages.system_language({}) == "en"


def test_the_device_setting_chooses_the_language(data_dir):
    DeviceSettings.load(data_dir).set("appearance.language", "es")
    assert use_device_language(data_dir) == "es"
    assert messages.language() == "es"
    DeviceSettings.load(data_dir).set("appearance.language", "system")
    assert use_device_language(data_dir, system="de_DE") == "en"


def test_dates_go_through_one_helper_the_gui_can_replace(spanish):
    assert messages.format_date(date(2026, 3, 2), "weekday_day_month") == "lun 2 mar"
    assert messages.format_date(date(2026, 8, 15), "long") == "15 ago 2026"
    assert messages.format_number(2.5) == "2,5"
    messages.set_date_formatter(lambda d, style: f"<{d.isoformat()}:{style}>")
    assert streaks._message(3, date(2026, 3, 1), date(2026, 3, 4), 9, 40).count("<2026-03-01:day_month>") == 1


def test_every_sentence_in_the_code_is_in_every_catalogue_and_translated():
    extractor = _extractor()
    found = extractor.extract()
    assert len(found) > 40
    for po in sorted(CATALOGUES.glob("*.po")):
        entries = {(e.get("msgctxt"), e["msgid"]): e for e in messages.parse_po(po.read_text("utf-8"))}
        missing = [key[1] for key in found if key not in entries]
        assert not missing, f"{po.name} lacks {missing[:3]}: run `make translations`"
        unfinished = [
            key[1]
            for key, entry in entries.items()
            if key[1]
            and (
                entry.get("fuzzy")
                or (
                    not all(entry.get("msgstr_plural", {}).values())
                    if "msgid_plural" in entry
                    else not entry.get("msgstr")
                )
            )
        ]
        assert not unfinished, f"{po.name} has unfinished entries: {unfinished[:3]}"


PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)[sr]|%[sr]")  # ours, and argparse's own (commands/argparse_words)


def test_translations_keep_every_placeholder():
    for po in sorted(CATALOGUES.glob("*.po")):
        for entry in messages.parse_po(po.read_text("utf-8")):
            if not entry["msgid"]:
                continue
            wanted = set(PLACEHOLDER.findall(entry["msgid"]))
            for text in [entry.get("msgstr", ""), *entry.get("msgstr_plural", {}).values()]:
                if text:
                    assert set(PLACEHOLDER.findall(text)) == wanted, (po.name, entry["msgid"], text)


def test_the_extractor_finds_a_new_sentence_and_leaves_it_unfinished(tmp_path):
    extractor = _extractor()
    code = tmp_path / "journal_app" / "core"
    code.mkdir(parents=True)
    (code / "x.py").write_text(
        'from .messages import _, n_\nA = _("Hello")\nB = n_("{n} cat", "{n} cats", 2)\n'
    )
    found = extractor.extract(tmp_path)
    assert set(found) == {(None, "Hello"), (None, "{n} cat")}
    text = extractor.render(found, "es", {(None, "Hello"): {"msgid": "Hello", "msgstr": "Hola"}})
    entries = {e["msgid"]: e for e in messages.parse_po(text)}
    assert entries["Hello"]["msgstr"] == "Hola"
    assert entries["{n} cat"]["msgstr_plural"] == {0: "", 1: ""}


def test_po_strings_with_and_without_escapes_read_the_same_as_python_literals():
    po = (
        'msgid "Plain words, {n} of them"\n'
        'msgstr "Palabras sencillas, {n}"\n\n'
        'msgid "Say \\"no\\" kindly"\n'
        'msgstr ""\n'
        '"Di \\"no\\" con calma\\n"\n'
        '"y sigue\\\\adelante"\n'
    )
    entries = messages.parse_po(po)
    assert [(e["msgid"], e["msgstr"]) for e in entries] == [
        ("Plain words, {n} of them", "Palabras sencillas, {n}"),
        ('Say "no" kindly', 'Di "no" con calma\ny sigue\\adelante'),
    ]
