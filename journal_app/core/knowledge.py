"""The article's knowledge as data: facts, warning signs, risks, tips, medicines, safety.

Read from the TOML files in ``seeds/`` through :mod:`content` at run time.
Every item names its sources (keys of ``seeds/sources.toml``), so the app can
say where each piece of guidance comes from.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

from . import messages
from .content import load_catalogue, load_sources, load_toml_in
from .messages import _

SIGN_KEYS = (
    "cravings_rising",
    "isolation",
    "avoiding_responsibilities",
    "old_behaviours",
    "secrecy",
    "money_problems",
    "mood_swings",
    "justifying_use",
)


def _text(raw: str) -> str:
    return " ".join(raw.split())


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    key: str
    title: str
    publisher: str
    detail: str  # dates and notes, one line

    @property
    def citation(self) -> str:
        return f"{self.title} — {self.publisher}" + (f" ({self.detail})" if self.detail else "")


@dataclasses.dataclass(frozen=True, slots=True)
class KnowledgeItem:
    """One browsable piece of guidance: a fact, a risk, a strategy, a medicine, a safety tip."""

    section: str
    key: str
    title: str
    text: str
    sources: tuple[str, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class WarningSign:
    key: str
    name: str
    looks_like: tuple[str, ...]
    what_helps: tuple[str, ...]
    strategies: tuple[str, ...]
    detected_from: str
    sources: tuple[str, ...]

    @property
    def text(self) -> str:
        return _("What it can look like: {looks_like} What helps: {what_helps}").format(
            looks_like=" ".join(self.looks_like), what_helps=" ".join(self.what_helps)
        )


@dataclasses.dataclass(frozen=True, slots=True)
class CrisisLine:
    label: str
    number: str
    country: str
    sources: tuple[str, ...]


SECTIONS = {  # headings in English; section_heading() gives them in the language in use
    "fact": ("facts.toml", "Facts about returning to use"),
    "risk": ("risk_factors.toml", "Risk factors"),
    "strategy": ("prevention.toml", "Prevention strategies"),
    "medication": ("medications.toml", "Medications"),
    "safety": ("safety.toml", "Overdose safety"),
}


def section_heading(section: str) -> str:
    """A guidance section's heading in the language in use ("Risk factors", "Factores de riesgo")."""
    headings = {
        "fact": _("Facts about returning to use"),
        "risk": _("Risk factors"),
        "strategy": _("Prevention strategies"),
        "medication": _("Medications"),
        "safety": _("Overdose safety"),
    }
    return headings[section]


@dataclasses.dataclass(frozen=True, slots=True)
class Knowledge:
    sources: dict[str, Source]
    items: tuple[KnowledgeItem, ...]
    signs: tuple[WarningSign, ...]
    crisis_lines: tuple[CrisisLine, ...]

    def section(self, name: str) -> list[KnowledgeItem]:
        return [item for item in self.items if item.section == name]

    def item(self, section: str, key: str) -> KnowledgeItem:
        for item in self.items:
            if item.section == section and item.key == key:
                return item
        raise KeyError(f"{section}:{key}")

    def sign(self, key: str) -> WarningSign:
        for sign in self.signs:
            if sign.key == key:
                return sign
        raise KeyError(key)

    def citations(self, keys: tuple[str, ...]) -> list[str]:
        return [self.sources[key].citation for key in keys if key in self.sources]

    def search(self, text: str) -> list[KnowledgeItem | WarningSign]:
        """Items whose title or text holds every word typed (case-insensitive prefixes)."""
        words = [word.casefold() for word in re.findall(r"\w+", text)]
        found: list[KnowledgeItem | WarningSign] = []
        items: list[KnowledgeItem | WarningSign] = [*self.signs, *self.items]
        for item in items:
            title = item.name if isinstance(item, WarningSign) else item.title
            haystack = set(re.findall(r"\w+", f"{title} {item.text}".casefold()))
            if all(any(hay.startswith(word) for hay in haystack) for word in words):
                found.append(item)
        return found


def _source(key: str, raw: dict[str, Any]) -> Source:
    details = [raw.get(name, "") for name in ("published", "updated")]
    if raw.get("reviewed_by"):
        details.append(_("reviewed by {name}").format(name=raw["reviewed_by"]))
    if raw.get("accessed"):
        details.append(_("accessed {day}").format(day=raw["accessed"]))
    if raw.get("cited_by"):
        details.append(_("source [{n}] of the article").format(n=raw.get("article_ref", "?")))
    return Source(key, raw["title"], raw.get("publisher", ""), ", ".join(d for d in details if d))


def load_knowledge(language: str | None = None) -> Knowledge:
    """The guidance in ``language`` (default: the language in use), English where untranslated."""
    # keyed by the language in use too: the sources' details ("reviewed by …") are worded in it
    return _load_knowledge(language or messages.language(), messages.language())


@functools.cache
def _load_knowledge(language: str, words_in: str) -> Knowledge:
    sources = {key: _source(key, raw) for key, raw in load_sources().items()}
    items: list[KnowledgeItem] = []
    for section, (filename, _heading) in SECTIONS.items():
        for raw in load_toml_in(filename, language).get(section, []):
            items.append(
                KnowledgeItem(
                    section,
                    raw["key"],
                    raw.get("title") or raw["name"],
                    _text(raw["text"]),
                    tuple(raw["sources"]),
                )
            )
    signs = tuple(
        WarningSign(
            raw["key"],
            raw["name"],
            tuple(raw["looks_like"]),
            tuple(raw["what_helps"]),
            tuple(raw.get("strategies", ())),
            raw.get("detected_from", ""),
            tuple(raw["sources"]),
        )
        for raw in load_toml_in("warning_signs.toml", language).get("sign", [])
    )
    crisis = tuple(
        CrisisLine(raw["label"], raw["number"], raw.get("country", ""), tuple(raw["sources"]))
        for raw in load_toml_in("safety.toml", language).get("crisis", [])
    )
    return Knowledge(sources, tuple(items), signs, crisis)


def all_cited_source_keys() -> list[tuple[str, tuple[str, ...]]]:
    """(what, its sources) for every item in seeds/, catalogue included (for checks)."""
    knowledge = load_knowledge()
    catalogue = load_catalogue()
    cited = [(f"{item.section}:{item.key}", item.sources) for item in knowledge.items]
    cited += [(f"sign:{sign.key}", sign.sources) for sign in knowledge.signs]
    cited += [(f"crisis:{line.number}", line.sources) for line in knowledge.crisis_lines]
    cited += [(f"trigger:{item.key}", item.sources) for item in catalogue.triggers]
    cited += [(f"coping:{item.key}", item.sources) for item in catalogue.coping]
    return cited
