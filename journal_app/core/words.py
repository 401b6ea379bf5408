"""Counted words: "1 day", "2 days", "1 entry", "3 entries" — plurals right everywhere.

The words the app counts (:data:`COUNTED`) go through the message layer, so they are in the
person's language with its own plural rule; any other word falls back to English plurals.
"""

from __future__ import annotations

from .messages import format_number, n_

IRREGULAR = {"entry": "entries", "is": "are", "was": "were", "has": "have", "this": "these"}


def plural(word: str, n: int | float) -> str:
    """``word`` as it reads after the number ``n`` (English: only exactly 1 is singular)."""
    if n == 1:
        return word
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _counted_form(word: str, n: int) -> str | None:
    """The translated "{n} word" for the words the app counts (literal, so the extractor sees them)."""
    if word == "day":
        return n_("{n} day", "{n} days", n)
    if word == "entry":
        return n_("{n} entry", "{n} entries", n)
    if word == "backup":
        return n_("{n} backup", "{n} backups", n)
    if word == "minute":
        return n_("{n} minute", "{n} minutes", n)
    if word == "hour":
        return n_("{n} hour", "{n} hours", n)
    if word == "week":
        return n_("{n} week", "{n} weeks", n)
    return None


def counted(n: int | float, word: str) -> str:
    """``n`` and ``word`` agreeing: ``counted(1, "day")`` is "1 day", ``counted(1200, "entry")``
    is "1,200 entries" (in Spanish "1.200 entradas")."""
    number = format_number(n, 0) if isinstance(n, int) else format_number(n, 2)
    form = _counted_form(word, n if isinstance(n, int) else (1 if n == 1 else 2))
    if form is not None:
        return form.format(n=number)
    return f"{number} {plural(word, n)}"
