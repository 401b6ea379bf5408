"""The built-in guidance: complete, cited, in the project's own words, without advertising."""

import re
import tomllib
from pathlib import Path

import pytest

from journal_app.core.content import seeds_dir
from journal_app.core.knowledge import SIGN_KEYS, all_cited_source_keys, load_knowledge

ARTICLE = Path("/work/shared/seeds/000_3052b913498c9ef3.txt")
REPO_ARTICLE_COPY = Path(__file__).resolve().parents[1] / "fixtures" / "article.txt"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9%]+", text.casefold().replace("’", "'"))


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _all_seed_strings() -> list[str]:
    found: list[str] = []

    def walk(value):
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    # sources.toml holds citations: titles quoted exactly as published; questionnaires.toml holds
    # validated instruments, whose items must stay word for word (PHQ-9 item 6 says "failure").
    verbatim = {"sources.toml", "questionnaires.toml"}
    for path in sorted(p for p in seeds_dir().glob("*.toml") if p.name not in verbatim):
        with path.open("rb") as handle:
            walk(tomllib.load(handle))
    return found


def test_every_item_cites_sources_that_exist():
    known = set(load_knowledge().sources)
    cited = all_cited_source_keys()
    assert len(cited) > 60
    for what, sources in cited:
        assert sources, f"{what} cites no source"
        assert set(sources) <= known, f"{what} cites unknown {set(sources) - known}"


def test_the_article_and_its_five_sources_are_listed():
    sources = load_knowledge().sources
    for key in ("article", "unodc", "nida", "cbs", "hser2001", "strang2003"):
        assert key in sources
    assert "Elena Hill" in sources["article"].citation


def test_no_eight_word_run_is_copied_from_the_article():
    article = REPO_ARTICLE_COPY.read_text(encoding="utf-8")
    article_shingles = _shingles(article)
    assert len(article_shingles) > 1000
    for text in _all_seed_strings():
        copied = _shingles(text) & article_shingles
        assert not copied, f"copied from the article: {' '.join(next(iter(copied)))!r}"


def test_fixture_is_the_shared_article():
    if ARTICLE.exists():
        assert REPO_ARTICLE_COPY.read_text(encoding="utf-8") == ARTICLE.read_text(encoding="utf-8")


def test_no_advertising_in_the_guidance():
    knowledge = load_knowledge()
    texts = [item.text for item in knowledge.items] + [sign.text for sign in knowledge.signs]
    for text in texts:
        lowered = text.casefold()
        assert "bicycle health" not in lowered
        assert "contact us" not in lowered and "sign up" not in lowered and "learn more" not in lowered


def test_the_eight_warning_signs_with_what_helps():
    signs = load_knowledge().signs
    assert tuple(sign.key for sign in signs) == SIGN_KEYS
    for sign in signs:
        assert sign.looks_like and sign.what_helps
        strategies = {item.key for item in load_knowledge().section("strategy")}
        assert set(sign.strategies) <= strategies


def test_the_facts_the_app_relies_on():
    knowledge = load_knowledge()
    assert "40 and 60" in knowledge.item("fact", "relapse_common").text
    assert "diabetes" in knowledge.item("fact", "chronic_illness").text
    assert "five years" in knowledge.item("fact", "five_years").text
    assert "one in four" in knowledge.item("fact", "five_years_limits").text
    assert "15 years" in knowledge.item("fact", "five_years_limits").text
    assert "breathing" in knowledge.item("fact", "lost_tolerance").text


def test_three_medications_in_plain_words_without_doses():
    meds = {item.key: item for item in load_knowledge().section("medication")}
    assert {"methadone", "buprenorphine", "naltrexone"} <= set(meds)
    assert "Suboxone" in meds["buprenorphine"].title
    for item in meds.values():
        assert not re.search(r"\d+\s*(mg|milligram)", item.text, re.IGNORECASE)


def test_crisis_numbers_and_overdose_safety():
    knowledge = load_knowledge()
    numbers = {line.number for line in knowledge.crisis_lines}
    assert {"988", "1-800-662-4357"} <= numbers
    safety = {item.key for item in knowledge.section("safety")}
    assert {"naloxone", "never_alone"} <= safety


@pytest.mark.parametrize(
    "query, expected", [("naloxone", "naloxone"), ("suboxone", "buprenorphine"), ("lonel", "isolation")]
)
def test_search_finds_guidance_by_prefix(query, expected):
    keys = [item.key for item in load_knowledge().search(query)]
    assert expected in keys


def test_no_stigmatising_words():
    banned = re.compile(r"\b(addicts?|clean|dirty|failures?|junkies?)\b", re.IGNORECASE)
    for text in _all_seed_strings():
        assert not banned.search(text), text


def test_corrections_to_the_guidance_issue_10():
    knowledge = load_knowledge()
    lost = knowledge.item("fact", "lost_tolerance")
    assert "especially dangerous" in lost.title and "most dangerous" not in lost.title
    assert "within days" in lost.text and "months" in lost.text
    for place in ("detox", "prison", "hospital", "stopping treatment"):
        assert place in lost.text
    assert "never has to wait" in knowledge.item("fact", "psychological_dependence").text
    assert "long after withdrawal" in knowledge.item("risk", "psychological_dependence").text
    bup = knowledge.item("medication", "buprenorphine").text
    assert "weekly or monthly" in bup and "sudden withdrawal" in bup and "fentanyl" in bup
    assert "first weeks" in knowledge.item("medication", "methadone").text
    naltrexone = knowledge.item("medication", "naltrexone")
    assert "samhsa_naltrexone" in naltrexone.sources and "lowers the risk" not in naltrexone.text
    for key in ("methadone", "buprenorphine"):
        assert "lowers the risk of dying from an overdose" in knowledge.item("medication", key).text
    naloxone = knowledge.item("safety", "naloxone")
    assert "approved for sale without a prescription in the US in 2023" in naloxone.text
    assert "fda_naloxone_otc" in naloxone.sources
    assert "No amount is known to be safe" in knowledge.item("safety", "no_safe_amount").title


def test_no_guidance_reads_as_a_safe_dose():
    for item in load_knowledge().items:
        text = item.text.casefold()
        assert "safe dose" not in text and "safe amount" not in text.replace(
            "no amount is known to be safe", ""
        )
