"""Daylio's own backup (``.daylio``): a zip holding ``backup.daylio``, which is base64 of one JSON object.

The structure (as Daylio 1.x for Android writes it, e.g. backup version 15)::

    {"version": 15,
     "customMoods": [{"id", "custom_name", "mood_group_id" 1 (best)–5 (worst), "predefined_name_id", ...}],
     "tags": [{"id", "name", ...}],                       # activities
     "dayEntries": [{"id", "year", "month" (0-based), "day", "hour", "minute",
                     "datetime" (ms, UTC), "timeZoneOffset" (ms), "mood" (a customMoods id),
                     "note", "note_title", "tags" (tag ids), "assets" (photo ids)}],
     ... settings, goals, achievements (not journal entries) ...}

A backup carries the person's own moods and their levels, so no mood mapping
is needed: Daylio's five mood groups become 9, 7, 5, 3 and 1 on this app's
scale. Entries get the same ids as rows of Daylio's CSV export (date and
minute), so importing a backup after a CSV (or the other way round) updates
rather than duplicates. Photos are not brought in, and fields a newer Daylio
writes that this importer does not know are named in the dry run.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from ..messages import N_, _, format_number, n_
from ..models import Entry, EntryKind
from ..words import counted
from .daylio import FIELDS, entry_uuid, note_text
from .reading import Content, ImportFormat, Reading
from .source import MAX_FILE_BYTES, ImportItem, ImportOptions, SourceError, consume, fit_title, parse_json

MEMBER = "backup.daylio"
GROUP_MOODS = {1: 9, 2: 7, 3: 5, 4: 3, 5: 1}  # Daylio's mood groups, best first, on this app's 1–10
PREDEFINED = {1: "rad", 2: "good", 3: "meh", 4: "bad", 5: "awful"}
KNOWN_ENTRY_FIELDS = frozenset(
    {
        "id",
        "minute",
        "hour",
        "day",
        "month",
        "year",
        "datetime",
        "timeZoneOffset",
        "mood",
        "note",
        "note_title",
        "tags",
        "assets",
        "isInDraft",
    }
)


def _member_names(data: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return []


def sniff(content: Content) -> bool:
    """A zip holding backup.daylio, or any file named *.daylio (so a damaged one gets a clear message)."""
    if content.name.lower().endswith(".daylio"):
        return True
    return content.is_zip and MEMBER in _member_names(content.data)


def _backup_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if MEMBER not in archive.namelist():
                raise SourceError(
                    _(
                        "This Daylio backup has no backup.daylio inside; it may be damaged. "
                        "Make a new backup in Daylio and try again."
                    )
                )
            info = archive.getinfo(MEMBER)
            if info.file_size > MAX_FILE_BYTES:
                raise SourceError(_("The Daylio backup is larger than 1 GB."))
            with archive.open(info) as inner:
                encoded = inner.read(MAX_FILE_BYTES + 1)
    except SourceError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError):
        raise SourceError(_("The Daylio backup is damaged: its backup.daylio part cannot be read.")) from None
    except RuntimeError:  # a password-protected zip
        raise SourceError(_("The Daylio backup is locked with a password I do not have.")) from None
    try:
        raw = base64.b64decode(b"".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        raise SourceError(
            _("The Daylio backup is damaged: backup.daylio is not in the form Daylio writes (base64).")
        ) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(_("The Daylio backup is damaged: its data is not text.")) from None


def _layout_error(version: object, what: str) -> SourceError:
    if isinstance(version, int) and not isinstance(version, bool):
        return SourceError(
            _("This Daylio backup (version {version}) is laid out in a way I do not know: {what}.").format(
                version=version, what=what
            )
        )
    return SourceError(_("This Daylio backup is laid out in a way I do not know: {what}.").format(what=what))


def _int(raw: dict[str, Any], name: str, where: str, version: object) -> int:
    value = raw.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _layout_error(version, _("{where} has no whole-number “{name}”").format(where=where, name=name))
    return value


def _list(data: dict[str, Any], name: str, version: object) -> list[Any]:
    value = data.get(name)
    if not isinstance(value, list):
        raise _layout_error(version, _("it has no list of “{name}”").format(name=name))
    return value


def _moods(data: dict[str, Any], version: object) -> dict[int, int]:
    """customMoods id → this app's mood."""
    moods: dict[int, int] = {}
    for number, raw in enumerate(_list(data, "customMoods", version), start=1):
        if not isinstance(raw, dict):
            raise _layout_error(version, _("mood {n} is not a mood").format(n=number))
        group = _int(raw, "mood_group_id", _("mood {n}").format(n=number), version)
        if group not in GROUP_MOODS:
            predefined = raw.get("predefined_name_id")
            name = raw.get("custom_name") or (
                PREDEFINED.get(predefined, "") if isinstance(predefined, int) else ""
            )
            raise _layout_error(
                version,
                _("the mood “{name}” is in a group ({group}) I do not know").format(
                    name=str(name)[:40], group=group
                ),
            )
        moods[_int(raw, "id", _("mood {n}").format(n=number), version)] = GROUP_MOODS[group]
    return moods


def _tags(data: dict[str, Any], version: object) -> dict[int, str]:
    names: dict[int, str] = {}
    for raw in data.get("tags") or []:
        if isinstance(raw, dict) and isinstance(raw.get("id"), int) and isinstance(raw.get("name"), str):
            names[raw["id"]] = " ".join(raw["name"].split())
    return names


def _moment(raw: dict[str, Any], where: str, version: object) -> tuple[date, time, datetime]:
    parts = [_int(raw, name, where, version) for name in ("year", "month", "day", "hour", "minute")]
    year, month, day, hour, minute = parts
    offset = raw.get("timeZoneOffset", 0)
    if not isinstance(offset, int) or isinstance(offset, bool) or abs(offset) >= 86_400_000:
        raise SourceError(
            _("{where}: its time zone offset ({offset}) is not a real one.").format(
                where=where, offset=str(offset)[:20]
            )
        )
    try:
        day_ = date(year, month + 1, day)  # Daylio counts months from 0
        clock = time(hour, minute)
    except (ValueError, OverflowError):
        raise SourceError(
            _("{where}: {moment} is not a real date and time.").format(
                where=where, moment=f"{year}-{month + 1:02d}-{day:02d} {hour:02d}:{minute:02d}"
            )
        ) from None
    zone = timezone(timedelta(milliseconds=offset))
    return day_, clock, datetime.combine(day_, clock, tzinfo=zone)


def read_backup(data: dict[str, Any], options: ImportOptions) -> Reading:
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _layout_error(None, _("it has no backup version"))
    moods = _moods(data, version)
    tag_names = _tags(data, version)
    entries = _list(data, "dayEntries", version)
    seen: Counter[str] = Counter()
    unknown_fields: Counter[str] = Counter()
    photos = 0
    items: list[ImportItem] = []
    for number, raw in consume(entries):
        where = _("entry {n}").format(n=number)
        if not isinstance(raw, dict):
            raise _layout_error(version, _("{where} is not an entry").format(where=where))
        day, clock, moment = _moment(raw, where, version)
        mood_id = _int(raw, "mood", where, version)
        if mood_id not in moods:
            raise SourceError(
                _("{where}: its mood (number {n}) is not among the backup's moods.").format(
                    where=where, n=mood_id
                )
            )
        note, title = raw.get("note") or "", raw.get("note_title") or ""
        if not isinstance(note, str) or not isinstance(title, str):
            raise _layout_error(version, _("{where} has a note that is not text").format(where=where))
        tag_ids = raw.get("tags") or []
        if not isinstance(tag_ids, list):
            raise _layout_error(version, _("{where} has activities that are not a list").format(where=where))
        assets = raw.get("assets") or []
        photos += len(assets) if isinstance(assets, list) else 0
        unknown_fields.update(
            k for k, v in raw.items() if k not in KNOWN_ENTRY_FIELDS and v not in (None, "", [], {})
        )
        title, body = fit_title(note_text(title), note_text(note))
        entry = Entry(
            kind=EntryKind.CHECK_IN,
            occurred_at=moment,
            mood=moods[mood_id],
            title=title,
            body=body,
            tags=[tag_names[t] for t in tag_ids if isinstance(t, int) and tag_names.get(t)],
            uuid=entry_uuid(day, clock, seen),
        )
        items.append(ImportItem(entry, where))
    if not items:
        raise SourceError(_("The Daylio backup has no entries."))
    notes = []
    if photos:
        notes.append(
            n_(
                "{n} photo in the backup is not brought in.",
                "{n} photos in the backup are not brought in.",
                photos,
            ).format(n=format_number(photos, 0))
        )
    if unknown_fields:
        named = ", ".join(
            _("{name} ({entries})").format(name=name, entries=counted(count, "entry"))
            for name, count in sorted(unknown_fields.items())[:8]
        )
        notes.append(_("Fields from a newer Daylio not brought in: {names}.").format(names=named))
    return Reading(items, notes=notes)


def _read(content: Content, options: ImportOptions) -> Reading:
    try:
        data = parse_json(_backup_text(content.data))
    except SourceError as exc:
        if "Daylio" in str(exc):
            raise
        raise SourceError(_("The Daylio backup is damaged: its data is not JSON.")) from None
    if not isinstance(data, dict):
        raise _layout_error(None, _("it is not one object"))
    return read_backup(data, options)


FORMAT = ImportFormat(
    "daylio_backup",
    N_("Daylio backup"),
    sniff,
    _read,
    fields=FIELDS,
    binary=True,
    match_by_time=True,
    source="Daylio",
)
