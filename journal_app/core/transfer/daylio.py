"""Daylio's CSV export, in every layout it has had.

Current: ``full_date,date,weekday,time,mood,activities,scales,note_title,note``
Before scales: ``full_date,date,weekday,time,mood,activities,note_title,note``
Older:   ``year,date,weekday,time,mood,activities,note``

Columns are found by name, so their order does not matter; a column this
importer does not know is named in the dry run, never a reason to refuse.
Rows come newest first; times are 12-hour ("8:30 pm") or 24-hour ("20:30").
Activities (separated by `` | ``) become tags; scales ("Sleep Quality: 8/10
points | Sleep Time: 8:00") become a line at the end of the note; the little
HTML Daylio writes in notes becomes plain text with line breaks. Daylio's
five default moods map to this app's 1–10 mood; other labels need
``--mood-map label=N`` (or a Daylio backup, which carries them).

A row is known by its date and time (the n-th row at the same minute by its
place), so a newer export of the same journal updates rows edited in Daylio
rather than adding them again. Daylio backups use the same ids.
"""

from __future__ import annotations

import csv
import html
import io
import re
import shlex
from collections import Counter
from datetime import date, datetime, time

from ..messages import N_, _
from ..models import MOOD_MAX, MOOD_MIN, Entry, EntryKind
from .csvcells import rows
from .reading import Content, ImportFormat, Reading
from .source import (
    ImportItem,
    ImportOptions,
    SourceError,
    UnknownMoodsError,
    fit_title,
    localise,
    stable_key,
    stable_uuid,
)

CURRENT = ["full_date", "date", "weekday", "time", "mood", "activities", "scales", "note_title", "note"]
BEFORE_SCALES = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
OLDER = ["year", "date", "weekday", "time", "mood", "activities", "note"]
KNOWN_COLUMNS = frozenset(CURRENT + OLDER)
FIELDS = ("occurred_at", "mood", "title", "body", "tags")
DEFAULT_MOODS = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(m)?\.?\s*$", re.IGNORECASE)
_BREAKS = re.compile(r"<br\s*/?>|</p>|</li>|</div>", re.IGNORECASE)
# Only the simple formatting Daylio writes; a "<" in a person's words (I <3 this, a < b) stays.
_MARKUP = re.compile(
    r"</?(?:b|i|u|s|em|strong|strike|p|li|ul|ol|div|span|h[1-6])(?:\s[^<>]{0,200})?/?>", re.IGNORECASE
)


def _names(header: list[str]) -> list[str]:
    return [name.strip().lower() for name in header]


def looks_like(header: list[str]) -> bool:
    names = set(_names(header))
    return {"time", "mood", "activities"} <= names and ("full_date" in names or {"year", "date"} <= names)


def entry_uuid(day: date, clock: time, seen: Counter[str]) -> str:
    """A Daylio entry's id: its date and minute (and its place among entries at the same minute)."""
    return stable_uuid("daylio-entry", day.isoformat(), f"{clock.hour:02d}:{clock.minute:02d}", seen=seen)


def parse_mood_map(text: str) -> dict[str, int]:
    """``great=8,tired=4`` -> {"great": 8, "tired": 4}; a label with a comma is quoted: ``"so, so"=5``."""
    mapping: dict[str, int] = {}
    try:
        parts = next(csv.reader(io.StringIO(text.replace("\n", " ")), skipinitialspace=True), [])
    except csv.Error:
        raise SourceError(
            _("“{text}” is not a mood mapping; a quote is not closed.").format(text=text[:60])
        ) from None
    for part in filter(None, (p.strip() for p in parts)):
        label, sep, value = part.rpartition("=")
        try:
            number = int(value)
        except ValueError:
            number = None
        if not sep or not label.strip() or number is None or not MOOD_MIN <= number <= MOOD_MAX:
            raise SourceError(
                _(
                    "“{text}” is not a mood mapping; write label=N with N from {low} to {high}, "
                    "e.g. --mood-map great=8,tired=4."
                ).format(text=part, low=MOOD_MIN, high=MOOD_MAX)
            )
        mapping[" ".join(label.split()).casefold()] = number
    return mapping


def mood_map_text(mapping: dict[str, int]) -> str:
    """The ``--mood-map`` value for these labels, ready to paste into a shell (quoted as needed)."""
    parts = []
    for label, number in mapping.items():
        if any(ch in label for ch in ',"') or label != label.strip():
            label = '"' + label.replace('"', '""') + '"'
        parts.append(f"{label}={number}")
    return shlex.quote(",".join(parts))


def unknown_moods(unknown: dict[str, int], known: str) -> UnknownMoodsError:
    """Every label the file uses that has no meaning yet, and a --mood-map that can be pasted."""
    listed = ", ".join(
        _("“{label}” (line {line})").format(label=label, line=line) for label, line in unknown.items()
    )
    example = mood_map_text(dict.fromkeys(unknown, 5))
    return UnknownMoodsError(
        _(
            "These moods are not Daylio's usual ones ({known}): {listed}. "
            "Say what each means from 1 (worst) to 10 (best), e.g. --mood-map {example}"
        ).format(known=known, listed=listed, example=example),
        list(unknown),
    )


def _time(text: str, where: str) -> time:
    match = _TIME.match(text)
    if not match:
        raise SourceError(
            _("{where}: the time “{text}” could not be read (expected 20:30 or 8:30 pm).").format(
                where=where, text=text[:30]
            )
        )
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise SourceError(
                _("{where}: “{text}” is not a real 12-hour time.").format(where=where, text=text[:30])
            )
        hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise SourceError(
            _("{where}: “{text}” is not a real time of day.").format(where=where, text=text[:30])
        )
    return time(hour, minute, second)


def _older_date(year: str, text: str, where: str) -> date:
    for pattern in ("%Y %d %B", "%Y %B %d", "%Y %d %b", "%Y %b %d"):
        try:
            return datetime.strptime(f"{year.strip()} {text.strip()}", pattern).date()
        except ValueError:
            continue
    shown = f"{year.strip()} {text.strip()}"[:40]
    raise SourceError(
        _("{where}: the date “{text}” is not a real date (expected e.g. 2018 and 18 May).").format(
            where=where, text=shown
        )
    )


def _date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise SourceError(
            _("{where}: “{text}” is not a real date (expected 2023-05-14).").format(
                where=where, text=text.strip()[:30]
            )
        ) from None


def note_text(text: str) -> str:
    """Daylio notes may carry a little HTML (<br>, <b>); keep the words and line breaks."""
    if "<" not in text and "&" not in text:
        return text
    return html.unescape(_MARKUP.sub("", _BREAKS.sub("\n", text))).replace("\xa0", " ").strip()


def scales_line(text: str) -> str:
    """``Sleep Quality: 8/10 points | Sleep Time: 8:00`` as one readable line (empty if none)."""
    parts = [" ".join(part.split()) for part in text.replace("\xa0", " ").split("|")]
    parts = [part for part in parts if part]
    return "Scales: " + "; ".join(parts) if parts else ""


def _columns(header: list[str]) -> tuple[dict[str, int], list[str]]:
    """Where each known column is, and the names of columns not brought in."""
    names = _names(header)
    twice = sorted({name for name in names if names.count(name) > 1 and name in KNOWN_COLUMNS})
    if twice:
        raise SourceError(
            _("line 1: the column “{name}” appears twice, so I cannot tell which one to read.").format(
                name=twice[0]
            )
        )
    where = {name: index for index, name in enumerate(names) if name in KNOWN_COLUMNS}
    needed = ["time", "mood"] + (["full_date"] if "full_date" in where else ["year", "date"])
    missing = [name for name in needed if name not in where]
    if missing or not looks_like(header):
        raise SourceError(
            _(
                "line 1: this is not a Daylio export header (expected “{current}” or an older layout such as “{older}”)."
            ).format(current=",".join(CURRENT), older=",".join(OLDER))
        )
    unknown = [
        header[i].strip() or _("column {n}").format(n=i + 1)
        for i, n in enumerate(names)
        if n not in KNOWN_COLUMNS
    ]
    return where, unknown


def read_items(text: str, options: ImportOptions) -> Reading:
    table = rows(text)
    try:
        _first_line, header = next(table)
    except StopIteration:
        raise SourceError(_("The file is empty.")) from None
    where_is, unknown_columns = _columns(header)
    current = "full_date" in where_is
    moods = {**DEFAULT_MOODS, **options.mood_map}
    unknown: dict[str, int] = {}
    seen: Counter[str] = Counter()
    seen_before: Counter[str] = Counter()  # for the ids earlier versions gave (all of a row's cells)
    items: list[ImportItem] = []
    for line, values in table:
        where = _("line {n}").format(n=line)
        if len(values) != len(header):
            raise SourceError(
                _("{where}: expected {n} fields but found {found}.").format(
                    where=where, n=len(header), found=len(values)
                )
            )

        def cell(name: str, values: list[str] = values) -> str:
            index = where_is.get(name)
            return values[index] if index is not None else ""

        day = _date(cell("full_date"), where) if current else _older_date(cell("year"), cell("date"), where)
        clock = _time(cell("time"), where)
        moment = localise(datetime.combine(day, clock), options.zone)
        label = " ".join(cell("mood").split())
        mood = moods.get(label.casefold())
        if mood is None:
            unknown.setdefault(label, line)
            continue
        body = note_text(cell("note"))
        scales = scales_line(cell("scales"))
        if scales:
            body = f"{body}\n\n{scales}" if body else scales
        title, body = fit_title(note_text(cell("note_title")), body)
        tags = [tag.strip() for tag in cell("activities").split("|") if tag.strip()]
        entry = Entry(
            kind=EntryKind.CHECK_IN,
            occurred_at=moment,
            mood=mood,
            title=title,
            body=body,
            tags=tags,
            uuid=entry_uuid(day, clock, seen),
        )
        before = stable_key("daylio", *values, seen=seen_before)
        items.append(ImportItem(entry, where, earlier=(before,)))
    if unknown:
        raise unknown_moods(unknown, "rad, good, meh, bad, awful")
    if not items:
        raise SourceError(_("The file has a header but no entries."))
    notes = []
    if unknown_columns:
        notes.append(_("Columns not brought in: {names}.").format(names=", ".join(unknown_columns)))
    return Reading(items, notes=notes)


def _sniff(content: Content) -> bool:
    return not content.looks_json() and looks_like(content.header())


def _read(content: Content, options: ImportOptions) -> Reading:
    return read_items(content.text, options)


FORMAT = ImportFormat(
    "daylio", N_("Daylio CSV"), _sniff, _read, fields=FIELDS, match_by_time=True, source="Daylio"
)
