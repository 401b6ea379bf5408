"""The guidance in Spanish says the same as the English: same items, same sources, same numbers."""

import tomllib
from pathlib import Path

import pytest

from journal_app.core import content, crisis, messages
from journal_app.core.knowledge import load_knowledge

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The questionnaires are not our translation but the instruments' own published Spanish, copied
# word for word: tests/core/test_questionnaires_es.py checks them against their sources.
TRANSLATED = sorted(p for p in (SEEDS / "es").glob("*.toml") if p.name != "questionnaires.toml")
WORDS = ("name", "title", "text", "label", "looks_like", "what_helps", "detected_from")
SAME_IN_SPANISH = {"Alcohol", "Cannabis"}  # substance families whose Spanish name is the English one


def _read(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _key(item: dict) -> object:
    return item.get("key") or (item.get("country"), item.get("number"))


@pytest.fixture(autouse=True)
def _english_after():
    yield
    messages.set_language("en")


def test_the_spanish_guidance_covers_the_article_and_the_safety_facts():
    names = {path.name for path in TRANSLATED}
    assert {
        "safety.toml",
        "facts.toml",
        "warning_signs.toml",
        "prevention.toml",
        "risk_factors.toml",
    } <= names
    assert "medications.toml" in names


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: p.name)
def test_each_spanish_file_has_the_same_items_sources_and_numbers(path):
    english, spanish = _read(SEEDS / path.name), _read(path)
    assert set(spanish) == {table for table, items in english.items() if isinstance(items, list)}
    for table, items in spanish.items():
        english_items = {_key(item): item for item in english[table]}
        assert [_key(item) for item in items] == list(english_items), f"{path.name}: {table} keys differ"
        for item in items:
            original = english_items[_key(item)]
            assert item.get("sources") == original.get("sources"), (
                f"{path.name}: {_key(item)} cites other sources"
            )
            assert item.get("strategies") == original.get("strategies")
            assert item.get("number") == original.get("number") and item.get("country") == original.get(
                "country"
            )
            for field in WORDS:
                assert (field in item) == (field in original), f"{path.name}: {_key(item)} {field}"
                if isinstance(original.get(field), list):
                    assert len(item[field]) == len(original[field])
            said = " ".join(str(item.get(field, "")) for field in ("name", "title", "text", "label"))
            if said.strip() in SAME_IN_SPANISH:
                continue
            assert said.strip() and said != " ".join(
                str(original.get(f, "")) for f in ("name", "title", "text", "label")
            )


def test_every_source_cited_in_spanish_exists():
    sources = _read(SEEDS / "sources.toml")
    for path in TRANSLATED:
        for items in _read(path).values():
            for item in items:
                assert set(item.get("sources", ())) <= set(sources), (path.name, _key(item))


def test_guidance_follows_the_language_and_keeps_its_citations():
    english = load_knowledge("en")
    spanish = load_knowledge("es")
    assert spanish.item("safety", "overdose_response").title == "Qué hacer ante una sobredosis"
    assert spanish.sign("isolation").name == "Alejarse de la gente"
    for a, b in zip(english.items, spanish.items, strict=True):
        assert (a.section, a.key, a.sources) == (b.section, b.key, b.sources)
    assert [(c.number, c.country) for c in english.crisis_lines] == [
        (c.number, c.country) for c in spanish.crisis_lines
    ]
    messages.set_language("es")
    assert spanish.sign("isolation").text.startswith("Cómo puede verse: Pasan días")
    assert load_knowledge().item("fact", "lost_tolerance").title.startswith("Tolerancia perdida")


def test_the_us_crisis_lines_in_spanish_name_their_spanish_option():
    messages.set_language("es")
    us = {n.number: n.label for n in crisis.numbers_for("US")}
    # 988lifeline.org/get-help/what-to-expect: calls press 2, texts send AYUDA (seeds/sources.toml)
    assert "oprime el 2" in us["988"] and "AYUDA" in us["988"]
    # samhsa.gov/find-help/national-helpline: Spanish through the option for a national representative
    assert "español" in us["1-800-662-4357"] and "representante nacional" in us["1-800-662-4357"]
    assert us["911"].startswith("Servicios de emergencia")


def test_anything_untranslated_stays_english(tmp_path, monkeypatch):
    (tmp_path / "es").mkdir()
    (tmp_path / "facts.toml").write_text(
        '[[fact]]\nkey = "a"\ntitle = "One"\ntext = "First"\nsources = ["x"]\n'
        '[[fact]]\nkey = "b"\ntitle = "Two"\ntext = "Second"\nsources = ["x"]\n',
        encoding="utf-8",
    )
    (tmp_path / "es" / "facts.toml").write_text(
        '[[fact]]\nkey = "b"\ntitle = "Dos"\nsources = ["changed"]\n', encoding="utf-8"
    )
    monkeypatch.setattr(content, "seeds_dir", lambda: tmp_path)
    facts = content.load_toml_in("facts.toml", "es")["fact"]
    assert [(f["title"], f["text"], f["sources"]) for f in facts] == [
        ("One", "First", ["x"]),
        ("Dos", "Second", ["x"]),
    ]
    (tmp_path / "es" / "facts.toml").write_text("not [ toml", encoding="utf-8")
    assert content.load_toml_in("facts.toml", "es")["fact"][1]["title"] == "Two"
    assert content.load_toml_in("facts.toml", "fr")["fact"][1]["title"] == "Two"


def test_catalogue_and_substance_names_are_shown_in_spanish_but_stored_in_english(journal):
    from journal_app.core import catalogue, substances
    from journal_app.core.models import Entry, EntryKind

    messages.set_language("es")
    assert catalogue.display_name("Stress") == "Estrés"
    assert catalogue.display_name("Called or texted someone supportive").startswith("Llamé o escribí")
    assert catalogue.display_name("My own trigger") == "My own trigger"  # the person's words stay theirs
    assert substances.family("opioids").label == "Opioides" and substances.family("opioids").name == "Opioids"
    assert substances.resolve(None, "heroin").label == "Opioides"
    saved = journal.save(Entry(EntryKind.CRAVING, craving=5, triggers=["Stress"]))
    assert journal.get(saved.id).triggers == ["Stress"]  # the journal keeps the stable name
    messages.set_language("en")
    assert catalogue.display_name("Stress") == "Stress" and substances.family("opioids").label == "Opioids"


def test_sources_are_worded_in_the_language_in_use_whatever_was_loaded_before():
    """Spanish guidance loaded while English was in use must not keep English source details
    once Spanish is chosen (the cache once did: Learn's sources read "reviewed by" in Spanish)."""
    messages.set_language("en")
    early = load_knowledge("es")
    assert any("reviewed by" in s.citation for s in early.sources.values())
    messages.set_language("es")
    details = " ".join(s.citation for s in load_knowledge().sources.values())
    assert "revisado por" in details
    assert "reviewed by" not in details
