"""Day One's JSON export: ``{"metadata": {...}, "entries": [{uuid, creationDate, timeZone, text, ...}]}``.

``creationDate`` is UTC; it becomes the entry's local wall time in its own
``timeZone`` (through zoneinfo), so a trip abroad stays on the days it
happened there. A first line starting with ``#`` becomes the title.

The text is Day One's Markdown: its backslash escapes (a backslash before "." or "/") are
removed, and each photo, video, audio or PDF link (``![](dayone-moment://…)``)
becomes a short note in brackets; attachments themselves are not brought in,
and the dry run counts them. Entries with no text are left out and listed.
An entry is known by its uuid, so a later export updates it.
"""

from __future__ import annotations

import re
import uuid as uuid_mod
from collections import Counter
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..messages import N_, _, format_number, join_and, n_
from ..models import Entry, EntryKind
from .reading import Content, ImportFormat, Reading, json_object
from .source import ImportItem, ImportOptions, SourceError, consume, fit_title, stable_uuid

# Markdown's escapable characters, as Day One writes them: "\." for ".", "\/" for "/"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~/<=\"'&:;,?@$%^])")
_MOMENT = re.compile(
    r"!\[[^\]\n]{0,200}\]\(dayone-moment:/{1,2}(?:(video|audio|pdfAttachment|photo)/)?[A-Za-z0-9\-]{1,64}\)"
)
# the lists of attachments in an entry, and the mark left in the text where one was: kept in the
# journal as the entry's words, so in English whatever the language (a later import of the same
# file must find the same text, or every entry with a photo would read as changed)
ATTACHMENTS = {
    "photos": "[photo not brought in]",
    "videos": "[video not brought in]",
    "audios": "[audio recording not brought in]",
    "pdfAttachments": "[PDF not brought in]",
}
_MOMENT_KIND = {
    None: "photos",
    "photo": "photos",
    "video": "videos",
    "audio": "audios",
    "pdfAttachment": "pdfAttachments",
}


def looks_like(data: object) -> bool:
    return isinstance(data, dict) and "metadata" in data and isinstance(data.get("entries"), list)


def _utc(value: object, where: str, name: str) -> datetime:
    if not isinstance(value, str):
        raise SourceError(_("{where}: the {name} is missing.").format(where=where, name=name))
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SourceError(
            _("{where}: “{value}” is not a real date and time.").format(where=where, value=value[:40])
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _zone(name: object, fallback: tzinfo | None, where: str) -> tzinfo | None:
    if not name:
        return fallback
    try:
        if not isinstance(name, str) or len(name) > 64:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise SourceError(
            _("{where}: the time zone “{zone}” is not one this computer knows.").format(
                where=where, zone=str(name)[:40]
            )
        ) from None


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return (moment.astimezone(zone) if zone is not None else moment.astimezone()).replace(microsecond=0)


def clean_text(text: str) -> tuple[str, Counter[str]]:
    """The text as written (escapes removed, attachment links noted) and the links found, by kind."""
    found: Counter[str] = Counter()

    def note(match: re.Match[str]) -> str:
        kind = _MOMENT_KIND[match[1]]
        found[kind] += 1
        return ATTACHMENTS[kind]

    return _ESCAPE.sub(r"\1", _MOMENT.sub(note, text)), found


def _attachments(raw: dict[str, Any], linked: Counter[str]) -> Counter[str]:
    """How many of each kind of attachment the entry has (its lists, else the links in its text)."""
    listed = Counter({kind: len(raw[kind]) for kind in ATTACHMENTS if isinstance(raw.get(kind), list)})
    return Counter(
        {kind: max(listed[kind], linked[kind]) for kind in ATTACHMENTS if listed[kind] or linked[kind]}
    )


def _counted(kind: str, n: int) -> str:
    """ "1 photo", "2 audio recordings" in the language in use."""
    if kind == "photos":
        text = n_("{n} photo", "{n} photos", n)
    elif kind == "videos":
        text = n_("{n} video", "{n} videos", n)
    elif kind == "audios":
        text = n_("{n} audio recording", "{n} audio recordings", n)
    else:
        text = n_("{n} PDF", "{n} PDFs", n)
    return text.format(n=format_number(n, 0))


def describe_attachments(counts: Counter[str]) -> str:
    """ "2 photos and 1 audio recording" (kinds in a fixed order), in the language in use."""
    return join_and([_counted(kind, counts[kind]) for kind in ATTACHMENTS if counts[kind]])


def attachments_note(attached: Counter[str], entries: list[str]) -> str:
    """What the dry run says about attachments: both counts with their own plural forms."""
    places = ", ".join(entries[:5]) + ("…" if len(entries) > 5 else "")
    where = n_("{n} entry ({places})", "{n} entries ({places})", len(entries)).format(
        n=format_number(len(entries), 0), places=places
    )
    return n_(
        "{attachments} in {entries} is not brought in; the text says where it was.",
        "{attachments} in {entries} are not brought in; the text says where each one was.",
        sum(attached.values()),
    ).format(attachments=describe_attachments(attached), entries=where)


def _split_title(text: str) -> tuple[str, str]:
    first, _, rest = text.strip().partition("\n")
    if first.startswith("#"):
        return fit_title(first.lstrip("#").strip(), rest.strip("\n"))
    return "", text.strip()


def _uuid(raw: dict[str, Any], text: str, created: str) -> str:
    value = raw.get("uuid")
    if isinstance(value, str):
        try:
            return str(uuid_mod.UUID(value))
        except ValueError:
            pass
    return stable_uuid("dayone", str(value), created, text)


def read_items(data: dict[str, Any], options: ImportOptions) -> Reading:
    """The entries, a line for each entry left out (and why), and the attachments not brought in."""
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise SourceError(_("The file has no list of entries."))
    items, left_out = [], []
    attached: Counter[str] = Counter()
    attached_in: list[str] = []
    for number, raw in consume(entries):
        where = _("entry {n}").format(n=number)
        if not isinstance(raw, dict):
            raise SourceError(
                _(
                    "{where}: it is not an entry (expected an object with uuid, creationDate and text)."
                ).format(where=where)
            )
        text = raw.get("text") or ""
        if not isinstance(text, str):
            raise SourceError(_("{where}: the {name} should be text.").format(where=where, name="text"))
        zone = _zone(raw.get("timeZone"), options.zone, where)
        created = _utc(raw.get("creationDate"), where, "creationDate")
        modified = _utc(raw["modifiedDate"], where, "modifiedDate") if raw.get("modifiedDate") else created
        words = _MOMENT.sub("", text).strip()  # what is written, apart from attachment links
        text, linked = clean_text(text)
        counts = _attachments(raw, linked)
        if not words:
            day = _local(created, zone).date().isoformat()  # as the file writes it: easy to find there
            if counts:
                found = _("{where} ({day}) has only {attachments}").format(
                    where=where, day=day, attachments=describe_attachments(counts)
                )
            else:
                found = _("{where} ({day}) has no text").format(where=where, day=day)
            left_out.append(found)
            continue
        if counts:
            attached.update(counts)
            attached_in.append(where)
        title, body = _split_title(text)
        tags = raw.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise SourceError(_("{where}: the tags should be a list of words.").format(where=where))
        if raw.get("starred") is True:
            tags = [*tags, "starred"]
        local = _local(created, zone)
        entry = Entry(
            kind=EntryKind.NOTE,
            occurred_at=local,
            title=title,
            body=body,
            tags=tags,
            created_at=local,
            updated_at=max(_local(modified, zone), local),
            uuid=_uuid(raw, raw.get("text") or "", str(raw.get("creationDate"))),
        )
        items.append(ImportItem(entry, where))
    if not items and not left_out:
        raise SourceError(_("The file has no entries."))
    notes = [attachments_note(attached, attached_in)] if attached else []
    return Reading(items, left_out, notes)


def _sniff(content: Content) -> bool:
    return content.looks_json() and looks_like(content.json())


def _read(content: Content, options: ImportOptions) -> Reading:
    return read_items(json_object(content, FORMAT.label), options)


FORMAT = ImportFormat(
    "dayone",
    N_("Day One JSON"),
    _sniff,
    _read,
    fields=("occurred_at", "title", "body", "tags"),
    source="Day One",
)
