"""Daylio's CSV export, in its current and its older layout.

Current: ``full_date,date,weekday,time,mood,activities,note_title,note``
Older:   ``year,date,weekday,time,mood,activities,note``

Rows come newest first; times are 12-hour ("8:30 pm") or 24-hour ("20:30").
Activities (separated by `` | ``) become tags. Daylio's five default moods
map to this app's 1–10 mood; other labels need ``--mood-map label=N``.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date, datetime, time

from ..models import MOOD_MAX, MOOD_MIN, Entry, EntryKind
from .csvcells import rows
from .source import (
    ImportItem,
    ImportOptions,
    SourceError,
    UnknownMoodsError,
    fit_title,
    localise,
    stable_uuid,
)

CURRENT = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
OLDER = ["year", "date", "weekday", "time", "mood", "activities", "note"]
DEFAULT_MOODS = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(m)?\.?\s*$", re.IGNORECASE)
_BREAKS = re.compile(r"<br\s*/?>|</p>|</li>|</div>", re.IGNORECASE)
# Only the simple formatting Daylio writes; a "<" in a person's words (I <3 this, a < b) stays.
_MARKUP = re.compile(
    r"</?(?:b|i|u|s|em|strong|strike|p|li|ul|ol|div|span|h[1-6])(?:\s[^<>]{0,200})?/?>", re.IGNORECASE
)


def looks_like(header: list[str]) -> bool:
    names = [name.strip().lower() for name in header]
    return names in (CURRENT, OLDER)


def parse_mood_map(text: str) -> dict[str, int]:
    """``great=8,tired=4`` -> {"great": 8, "tired": 4}."""
    mapping: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        label, sep, value = part.rpartition("=")
        try:
            number = int(value)
        except ValueError:
            number = None
        if not sep or not label.strip() or number is None or not MOOD_MIN <= number <= MOOD_MAX:
            raise SourceError(
                f"“{part}” is not a mood mapping; write label=N with N from {MOOD_MIN} to {MOOD_MAX}, "
                "e.g. --mood-map great=8,tired=4."
            )
        mapping[label.strip().casefold()] = number
    return mapping


def _time(text: str, where: str) -> time:
    match = _TIME.match(text)
    if not match:
        raise SourceError(f"{where}: the time “{text[:30]}” could not be read (expected 20:30 or 8:30 pm).")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise SourceError(f"{where}: “{text[:30]}” is not a real 12-hour time.")
        hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise SourceError(f"{where}: “{text[:30]}” is not a real time of day.")
    return time(hour, minute, second)


def _older_date(year: str, text: str, where: str) -> date:
    for pattern in ("%Y %d %B", "%Y %B %d", "%Y %d %b", "%Y %b %d"):
        try:
            return datetime.strptime(f"{year.strip()} {text.strip()}", pattern).date()
        except ValueError:
            continue
    shown = f"{year.strip()} {text.strip()}"[:40]
    raise SourceError(f"{where}: the date “{shown}” is not a real date (expected e.g. 2018 and 18 May).")


def _date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SourceError(
            f"{where}: “{text.strip()[:30]}” is not a real date (expected 2023-05-14)."
        ) from None


def _note(text: str) -> str:
    """Daylio notes may carry a little HTML (<br>, <b>); keep the words and line breaks."""
    if "<" not in text and "&" not in text:
        return text
    return html.unescape(_MARKUP.sub("", _BREAKS.sub("\n", text))).strip()


def read_items(text: str, options: ImportOptions) -> list[ImportItem]:
    table = rows(text)
    try:
        _, header = next(table)
    except StopIteration:
        raise SourceError("The file is empty.") from None
    names = [name.strip().lower() for name in header]
    if names not in (CURRENT, OLDER):
        raise SourceError(
            "line 1: this is not a Daylio export header (expected "
            f"“{','.join(CURRENT)}” or the older “{','.join(OLDER)}”)."
        )
    current = names == CURRENT
    moods = {**DEFAULT_MOODS, **options.mood_map}
    unknown: dict[str, int] = {}
    seen: Counter[str] = Counter()
    items: list[ImportItem] = []
    for line, values in table:
        where = f"line {line}"
        if len(values) != len(names):
            raise SourceError(f"{where}: expected {len(names)} fields but found {len(values)}.")
        cells = dict(zip(names, values, strict=True))
        day = (
            _date(cells["full_date"], where) if current else _older_date(cells["year"], cells["date"], where)
        )
        moment = localise(datetime.combine(day, _time(cells["time"], where)), options.zone)
        label = " ".join(cells["mood"].split())
        mood = moods.get(label.casefold())
        if mood is None:
            unknown.setdefault(label, line)
            continue
        title, body = fit_title(_note(cells.get("note_title", "")), _note(cells["note"]))
        tags = [tag.strip() for tag in cells["activities"].split("|") if tag.strip()]
        entry = Entry(
            kind=EntryKind.CHECK_IN,
            occurred_at=moment,
            mood=mood,
            title=title,
            body=body,
            tags=tags,
            uuid=stable_uuid("daylio", *values, seen=seen),
        )
        items.append(ImportItem(entry, where))
    if unknown:
        listed = ", ".join(f"“{label}” (line {line})" for label, line in unknown.items())
        example = ",".join(f"{label}=5" for label in list(unknown)[:2])
        raise UnknownMoodsError(
            f"These moods are not Daylio's usual ones (rad, good, meh, bad, awful): {listed}. "
            f"Say what each means from 1 (worst) to 10 (best) with --mood-map {example}.",
            list(unknown),
        )
    if not items:
        raise SourceError("The file has a header but no entries.")
    return items
