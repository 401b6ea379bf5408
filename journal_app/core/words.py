"""Counted words: "1 day", "2 days", "1 entry", "3 entries" — plurals right everywhere."""

from __future__ import annotations

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


def counted(n: int | float, word: str) -> str:
    """``n`` and ``word`` agreeing: ``counted(1, "day")`` is "1 day", ``counted(1200, "entry")``
    is "1,200 entries"."""
    number = f"{n:,}" if isinstance(n, int) else f"{n:g}"
    return f"{number} {plural(word, n)}"
