"""What of the core's English source sentences is still in a text shown in another language.

A text "speaks Spanish" only if no English sentence of the core's catalogue is in it: every
``msgid`` (and plural) whose translation differs is cut at its placeholders, and each piece
of three words or more must be absent. Names, numbers and file names pass.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from journal_app.core.messages import parse_po

CATALOGUE = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "core" / "es.po"


@functools.cache
def english_pieces(po: Path = CATALOGUE) -> frozenset[str]:
    pieces: set[str] = set()
    for entry in parse_po(po.read_text("utf-8")):
        if not entry["msgid"]:
            continue
        translations = [entry.get("msgstr", ""), *entry.get("msgstr_plural", {}).values()]
        for source in (entry["msgid"], entry.get("msgid_plural", "")):
            if not source or source in translations:
                continue
            for piece in re.split(r"\{\w*\}", source):
                piece = piece.strip(" .,:;()·")
                if len(piece.split()) >= 3 and not any(piece in t for t in translations):
                    pieces.add(piece)
    return frozenset(pieces)


def english_left(text: str) -> list[str]:
    """The English pieces found in ``text`` (an empty list when it is all translated)."""
    flat = " ".join(text.split())
    return sorted(piece for piece in english_pieces() if piece in flat)
