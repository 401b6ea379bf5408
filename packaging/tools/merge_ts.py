"""Merge two Qt Linguist catalogues (.ts) without conflict markers: a git merge driver.

Two branches that each translate different screens both rewrite
``resources/i18n/recovery_journal_<lang>.ts``; a line-based merge then conflicts
although no message was translated twice. This driver takes the union of both
sides' messages, keyed by context, source text and disambiguation comment: a
finished translation wins over an unfinished one, and when both sides finished
the same message differently, ours is kept (and the message named on standard
error). ``make translations`` afterwards drops what the code no longer uses.

Enable it once per clone (``.gitattributes`` names the driver)::

    git config merge.qt-ts.driver "python3 packaging/tools/merge_ts.py %O %A %B"

Usage as a plain tool: ``merge_ts.py BASE OURS THEIRS`` writes the result to OURS.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str]


def _key(context: str, message: ET.Element) -> Key:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    return bool((translation.text or "").strip()) or any(
        (form.text or "").strip() for form in translation.iter("numerusform")
    )


def _words(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    return [
        (translation.text or "").strip(),
        *((form.text or "") for form in translation.iter("numerusform")),
    ]


def merge(ours: ET.Element, theirs: ET.Element) -> list[Key]:
    """Fold ``theirs`` into ``ours`` in place; returns the keys both sides translated differently."""
    contexts = {c.findtext("name") or "": c for c in ours.iter("context")}
    index = {_key(name, m): m for name, c in contexts.items() for m in c.iter("message")}
    clashes = []
    for context in theirs.iter("context"):
        name = context.findtext("name") or ""
        target = contexts.get(name)
        if target is None:
            ours.append(context)
            contexts[name] = context
            continue
        for message in context.iter("message"):
            key = _key(name, message)
            mine = index.get(key)
            if mine is None:
                target.append(message)
                index[key] = message
            elif _finished(message) and not _finished(mine):
                target.remove(mine)
                target.append(message)
                index[key] = message
            elif _finished(message) and _words(message) != _words(mine):
                clashes.append(key)
    return clashes


def main(argv: list[str]) -> int:
    _base, ours_path, theirs_path = (Path(a) for a in argv[1:4])
    ours = ET.parse(ours_path)
    clashes = merge(ours.getroot(), ET.parse(theirs_path).getroot())
    for context, source, _comment in clashes:
        print(f"merge_ts: kept our translation of {context}: {source[:60]!r}", file=sys.stderr)
    ET.indent(ours, space="    ")
    lines = ET.tostring(ours.getroot(), encoding="unicode").splitlines()
    body = "\n".join(
        [lines[0], *(line.removeprefix("    ") for line in lines[1:-1]), lines[-1]]
    )  # as lupdate
    ours_path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
