"""jrnl's JSON export: ``{"tags": {...}, "entries": [{title, body, date, time, tags, starred}]}``.

Each entry becomes a note. jrnl's ``@tags`` lose their ``@``; a starred entry
gets the tag ``starred``. Times have no zone: they are read as this
computer's local time on that date (or ``ImportOptions.zone``).

An entry is known by its date, time and title, so a later export of the same
journal updates the entries whose text changed instead of adding them again.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time
from typing import Any

from ..messages import N_, _
from ..models import Entry, EntryKind
from .reading import Content, ImportFormat, Reading, json_object
from .source import (
    ImportItem,
    ImportOptions,
    SourceError,
    consume,
    fit_title,
    localise,
    stable_key,
    stable_uuid,
)


def looks_like(data: object) -> bool:
    if not (isinstance(data, dict) and isinstance(data.get("entries"), list) and "tags" in data):
        return False
    first = data["entries"][0] if data["entries"] else {}
    return isinstance(first, dict) and "date" in first and "creationDate" not in first


def _text(raw: dict[str, Any], name: str, where: str) -> str:
    value = raw.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SourceError(_("{where}: the {name} should be text.").format(where=where, name=name))
    return value


def _moment(raw: dict[str, Any], where: str, options: ImportOptions) -> datetime:
    day_text, time_text = _text(raw, "date", where).strip(), _text(raw, "time", where).strip() or "00:00"
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise SourceError(
            _("{where}: “{text}” is not a real date (expected 2023-05-14).").format(
                where=where, text=day_text[:30]
            )
        ) from None
    try:
        clock = time.fromisoformat(time_text)
    except ValueError:
        raise SourceError(
            _("{where}: “{text}” is not a real time (expected 20:30).").format(
                where=where, text=time_text[:30]
            )
        ) from None
    return localise(datetime.combine(day, clock.replace(tzinfo=None)), options.zone)


def _tags(raw: dict[str, Any], where: str) -> list[str]:
    tags = raw.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise SourceError(_("{where}: the tags should be a list of words.").format(where=where))
    cleaned = [tag.lstrip("@#").strip() for tag in tags]
    if raw.get("starred") is True:
        cleaned.append("starred")
    return [tag for tag in cleaned if tag]


def read_items(data: dict[str, Any], options: ImportOptions) -> list[ImportItem]:
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise SourceError(_("The file has no list of entries."))
    seen: Counter[str] = Counter()
    seen_before: Counter[str] = Counter()
    items = []
    for number, raw in consume(entries):
        where = _("entry {n}").format(n=number)
        if not isinstance(raw, dict):
            raise SourceError(
                _("{where}: it is not an entry (expected an object with title, body and date).").format(
                    where=where
                )
            )
        moment = _moment(raw, where, options)
        title, body = fit_title(_text(raw, "title", where), _text(raw, "body", where).strip("\n"))
        tags = _tags(raw, where)
        key = [str(raw.get("date")), str(raw.get("time")), _text(raw, "title", where)]
        entry = Entry(
            kind=EntryKind.NOTE,
            occurred_at=moment,
            title=title,
            body=body,
            tags=tags,
            uuid=stable_uuid("jrnl-entry", *key, seen=seen),
        )
        # the id earlier versions gave it (date, time and the whole text): found, not added again
        before = stable_key("jrnl", str(raw.get("date")), str(raw.get("time")), title, body, seen=seen_before)
        items.append(ImportItem(entry, where, earlier=(before,)))
    if not items:
        raise SourceError(_("The file has no entries."))
    return items


def _sniff(content: Content) -> bool:
    return content.looks_json() and looks_like(content.json())


def _read(content: Content, options: ImportOptions) -> Reading:
    return Reading(read_items(json_object(content, FORMAT.label), options))


FORMAT = ImportFormat(
    "jrnl",
    N_("jrnl JSON"),
    _sniff,
    _read,
    fields=("occurred_at", "title", "body", "tags"),
    match_by_time=True,
    match_by_title=True,
    source="jrnl",
)
