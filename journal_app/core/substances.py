"""Substance families: a use's free-text substance resolved to opioids, alcohol, sedatives, ….

The families and their common names live in ``seeds/substances.toml``. Any
text resolves the same way whatever its case, plural, punctuation or length:
"Heroin", "heroin!!", "Opioid", "fentanyl patches" are all opioids. A name the
catalogue does not know is asked about once (the GUI does this when a use is
saved) and the answer is remembered in the journal (:func:`remember`).

:func:`days_without_use` is the one answer to "how many days without use"
(per family, or for everything): Insights, the charts, the PDF report and the
Today view all call it, so they never disagree.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from . import messages
from .content import load_toml, load_toml_in
from .db import Database
from .settings import get_setting, set_setting

OWN_NAMES_KEY = "substances.own_names"  # journal setting: {normalised name: family key or ""}
MAX_NAME = 200  # characters of a substance name that are looked at
UNKNOWN = ""  # the family key of a name nobody has placed yet


@dataclasses.dataclass(frozen=True, slots=True)
class Family:
    key: str
    name: str
    card: str  # "overdose", "alcohol" or "" (which safety facts a use after a break brings)
    aliases: frozenset[str]
    exact: frozenset[str]

    @property
    def label(self) -> str:
        """The family's name in the language in use ("Opioids", "Opioides"); ``name`` stays English."""
        return _names_in(messages.language()).get(self.key, self.name)


@functools.cache
def _names_in(language: str) -> dict[str, str]:
    return {raw["key"]: raw["name"] for raw in load_toml_in("substances.toml", language)["family"]}


@functools.cache
def families() -> tuple[Family, ...]:
    """The families in ``seeds/substances.toml``, riskiest first."""
    return tuple(
        Family(
            raw["key"],
            raw["name"],
            raw.get("card", ""),
            frozenset(normalise(a) for a in (raw["key"], raw["name"], *raw.get("aliases", ()))),
            frozenset(normalise(a) for a in raw.get("exact", ())),
        )
        for raw in load_toml("substances.toml")["family"]
    )


def family(key: str) -> Family | None:
    return next((f for f in families() if f.key == key), None)


def normalise(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces, at most :data:`MAX_NAME` characters."""
    text = unicodedata.normalize("NFKD", str(text)[: MAX_NAME * 2]).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())[:MAX_NAME].strip()


def _singular(word: str) -> str:
    for ending, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if len(word) > len(ending) + 2 and word.endswith(ending):
            return word[: -len(ending)] + repl
    return word


def _forms(text: str) -> set[str]:
    words = text.split()
    return {text, " ".join(_singular(w) for w in words)}


def known_family(text: str) -> Family | None:
    """The catalogue's family for ``text`` (no journal needed), or None when it does not know it."""
    name = normalise(text)
    if not name:
        return None
    forms = _forms(name)
    for fam in families():
        if forms & (fam.aliases | fam.exact) or any(_singular(a) in forms for a in fam.aliases):
            return fam
    # a longer text that names a substance ("2 oxy 30s", "heroin and fentanyl"): its words and pairs
    words = name.split()
    phrases = set(words) | {_singular(w) for w in words}
    phrases |= {f"{a} {b}" for a, b in itertools.pairwise(words)}
    phrases |= {f"{_singular(a)} {_singular(b)}" for a, b in itertools.pairwise(words)}
    for fam in families():
        if any(len(p) > 2 and p in fam.aliases for p in phrases):
            return fam
    return None


def own_names(db: Database) -> dict[str, str]:
    """The person's answers: normalised name → family key ("" = they chose not to say)."""
    value = get_setting(db, OWN_NAMES_KEY, {})
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def resolve(db: Database | None, text: str) -> Family | None:
    """The family of ``text``: the person's own answer first, then the catalogue; None if unknown."""
    name = normalise(text)
    if db is not None and name:
        key = own_names(db).get(name)
        if key:
            return family(key)
    return known_family(name)


def needs_asking(db: Database, text: str) -> bool:
    """True when ``text`` names something the app cannot place and has not asked about yet."""
    name = normalise(text)
    return bool(name) and name not in own_names(db) and known_family(name) is None


def remember(db: Database, text: str, family_key: str) -> None:
    """Keep the person's answer for ``text`` ("" when they would rather not say: not asked again)."""
    name = normalise(text)
    if not name:
        return
    if family_key and family(family_key) is None:
        raise ValueError(f"unknown substance family {family_key!r}")
    names = own_names(db)
    names[name] = family_key
    set_setting(db, OWN_NAMES_KEY, names)


def family_key_of(db: Database | None, text: str) -> str:
    """The family key of ``text``, or :data:`UNKNOWN` ("") for an empty or unplaced name."""
    fam = resolve(db, text)
    return fam.key if fam is not None else UNKNOWN


# -- days without use: the one function ---------------------------------------------------------


def _counts_for(family_key: str | None, used_key: str) -> bool:
    """Whether a use of ``used_key`` ends a stretch without ``family_key`` (None: everything).

    A use whose substance is unknown or unnamed counts for every family: the app
    never claims days without use it cannot be sure of.
    """
    return family_key is None or used_key in (UNKNOWN, family_key)


def use_days(
    db: Database,
    family_key: str | None = None,
    *,
    until: date | None = None,
    include_private: bool = True,
) -> list[date]:
    """The days (oldest first) with a use of ``family_key`` (None: of anything), up to ``until``.

    A use is a "use" entry or an urge that ended in use (which names no substance,
    so it counts for every family).
    """
    private = "" if include_private else "AND private = 0 "
    params: list[str] = [(until or date.max).isoformat()]
    rows = db.execute(
        "SELECT DISTINCT local_date, substance FROM entries WHERE kind = 'use' AND local_date <= ? "
        + private
        + "UNION SELECT DISTINCT local_date, '' FROM entries WHERE kind = 'craving' AND outcome = 'used' "
        "AND local_date <= ? " + private,
        params * 2,
    ).fetchall()
    keys: dict[str, str] = {}
    days = set()
    for day, substance in rows:
        if day in days:
            continue
        used = keys.get(substance)
        if used is None:
            used = keys[substance] = family_key_of(db, substance)
        if _counts_for(family_key, used):
            days.add(day)
    return sorted(date.fromisoformat(d) for d in days)


def recovery_start_days(db: Database, family_key: str | None = None) -> list[date]:
    """Recovery starts for ``family_key`` (a start for an unknown name counts for every family)."""
    rows = db.execute("SELECT substance, started_on FROM recovery_starts ORDER BY started_on").fetchall()
    return [
        date.fromisoformat(day)
        for substance, day in rows
        if family_key is None or family_key_of(db, substance) in (family_key, UNKNOWN)
    ]


@dataclasses.dataclass(frozen=True, slots=True)
class DaysWithoutUse:
    days: int  # today minus the day the count last began (0 on the day of a use or a start)
    since: date  # that day: the last use, or a recovery start after it
    last_use: date | None
    first_start: date  # the first recovery start that counts


def days_without_use(
    db: Database,
    family_key: str | None = None,
    today: date | None = None,
    *,
    include_private: bool = True,
) -> DaysWithoutUse | None:
    """THE number of days without use, for one family (``"opioids"``) or everything (None).

    Insights, the streak chart, the PDF report and the Today view all show this
    number. It counts from the first recovery start for that family (a start
    for an unplaced name counts for every family); a use of that family (or
    of an unknown or unnamed substance) sets it back to 0 on that day, and so
    does a later recovery start. None before any recovery start: the app then
    shows no number rather than invent one. ``include_private=False`` is for
    exports that leave private entries out; they say so where they show it.
    """
    today = today or date.today()
    starts = [d for d in recovery_start_days(db, family_key) if d <= today]
    if not starts:
        return None
    uses = [
        d for d in use_days(db, family_key, until=today, include_private=include_private) if d >= starts[0]
    ]
    last_use = uses[-1] if uses else None
    since = max(starts[-1], last_use or starts[-1])
    return DaysWithoutUse((today - since).days, since, last_use, starts[0])


def families_in_use(db: Database) -> list[str]:
    """Family keys the journal has recovery starts or uses for (catalogue order)."""
    names: Iterable[str] = [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT substance FROM entries WHERE kind = 'use' AND substance != '' "
            "UNION SELECT substance FROM recovery_starts"
        )
    ]
    keys = {family_key_of(db, name) for name in names}
    return [f.key for f in families() if f.key in keys]
