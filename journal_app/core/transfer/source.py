"""What every importer shares: the file's text, where each entry came from, stable ids.

Importers turn a file into :class:`ImportItem` s (an entry and where it is in
the file, e.g. "line 12"), or raise :class:`SourceError` with one sentence
that names the line or entry.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import io
import json
import struct
import uuid as uuid_mod
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from ..errors import JournalError
from ..messages import _
from ..models import TITLE_MAX, Entry

MAX_FILE_BYTES = 1 << 30  # 1 GiB: far more than years of writing
# Ids for entries from other apps: the same source text always gives the same id,
# so importing a file twice adds nothing the second time.
IMPORT_NAMESPACE = uuid_mod.UUID("6b7c2f4e-5d3a-4b8e-9a41-2c0d7e9f1a35")
_NAMESPACE_BYTES = IMPORT_NAMESPACE.bytes


MAX_MESSAGE = 400
ZIP_MAGIC = b"PK\x03\x04"


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    """A message safe to print: one line, no control characters from the file, not too long."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SourceError(JournalError):
    """The file cannot be imported as it is; nothing was changed. The message is always one line."""

    def __init__(self, message: str, *, limit: int = MAX_MESSAGE):
        super().__init__(one_line(message, limit))


class UnknownMoodsError(SourceError):
    """Mood labels the importer does not know; the person maps them to 1–10.

    The message names every label (so it may be longer than other messages).
    """

    def __init__(self, message: str, labels: list[str]):
        super().__init__(message, limit=8 * MAX_MESSAGE)
        self.labels = labels


@dataclasses.dataclass(slots=True)
class ImportItem:
    entry: Entry
    where: str  # "line 12", "entry 3": how a person finds it in the file
    # the keys (``stable_key``) of the ids earlier versions of the importer gave this
    # same source entry: an entry imported then is recognised, not added twice
    earlier: tuple[str, ...] = ()

    @property
    def aliases(self) -> tuple[str, ...]:
        """The ids earlier versions gave this entry (worked out only when a journal needs them)."""
        return tuple(uuid_from_key(key) for key in self.earlier)


@dataclasses.dataclass(frozen=True, slots=True)
class ImportOptions:
    format: str = "auto"
    mood_map: dict[str, int] = dataclasses.field(default_factory=dict)
    passphrase: str | None = None
    zone: tzinfo | None = None  # for files with times but no zone (Daylio, jrnl); None: this computer's
    keep_mine: bool = False  # entries that differ from the file keep the journal's version


def parse_json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip())
        why = _("it ends too soon; the file may be cut short") if cut else exc.msg.lower()
        raise SourceError(
            _("line {line}: the JSON cannot be read ({problem}).").format(line=exc.lineno, problem=why)
        ) from None
    except RecursionError:
        raise SourceError(_("The JSON is nested too deeply to be an export.")) from None


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    if path.is_dir():
        raise SourceError(_("{file} is a folder, not a file.").format(file=path.name))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SourceError(
            _("{file} is larger than 1 GB; that is too big to be a journal export.").format(file=path.name)
        )
    return path.read_bytes()


def unzip_export(data: bytes) -> bytes:
    """The one JSON file inside a zip (Day One exports come as a .zip holding Journal.json)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [
                m
                for m in archive.infolist()
                if m.filename.lower().endswith(".json") and not m.filename.startswith("__MACOSX")
            ]
            if not members:
                raise SourceError(
                    _(
                        "The zip file holds no export I can read (a Day One export holds one .json file, "
                        "a Daylio backup holds backup.daylio)."
                    )
                )
            if len(members) != 1:
                names = ", ".join(m.filename for m in members[:5])
                raise SourceError(
                    _("The zip file should hold exactly one .json export; it holds: {names}.").format(
                        names=names
                    )
                )
            if members[0].file_size > MAX_FILE_BYTES:
                raise SourceError(_("The export inside the zip file is larger than 1 GB."))
            with archive.open(members[0]) as inner:
                content = inner.read(MAX_FILE_BYTES + 1)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        OSError,
        ValueError,
        RuntimeError,
        struct.error,
    ):  # RuntimeError: a password-protected zip
        raise SourceError(_("The zip file is damaged or uses a kind of compression I cannot read.")) from None
    if len(content) > MAX_FILE_BYTES:
        raise SourceError(_("The export inside the zip file is larger than 1 GB."))
    return content


def decode_text(data: bytes) -> str:
    """The file's text: UTF-8 (with or without BOM) or UTF-16 with a BOM, else a clear error."""
    if not data.strip():
        raise SourceError(_("The file is empty."))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(_("The file says it is UTF-16 text but it cannot be read as such.")) from None
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if b"\x00" in data[:65536]:
            raise SourceError(
                _("The file looks like a binary file, not text; pick the exported CSV or JSON file.")
            ) from None
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            _(
                "line {line}: the file is not UTF-8 text (it may be in an older encoding). "
                "Save it as UTF-8 and try again."
            ).format(line=line)
        ) from None


def consume(items: list[Any]) -> Iterator[tuple[int, object]]:
    """(1-based number, item) for each item, letting go of each one once read.

    The parsed file and the entries made from it are then never both whole in
    memory: a 100,000-entry import peaks far lower.
    """
    for index in range(len(items)):
        item, items[index] = items[index], None
        yield index + 1, item


def stable_key(source: str, *parts: str, seen: Counter[str] | None = None) -> str:
    """The text a stable id is made from; the n-th identical item gets its own."""
    key = "\x1f".join((source, *parts))
    if seen is not None:
        seen[key] += 1
        key += f"\x1f{seen[key]}"
    return key


def uuid_from_key(key: str) -> str:
    """uuid.uuid5(IMPORT_NAMESPACE, key), written out: it runs 100,000 times in a big import."""
    raw = bytearray(hashlib.sha1(_NAMESPACE_BYTES + key.encode("utf-8", "surrogatepass")).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x50
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def system_zone() -> tzinfo | None:
    """This computer's zone as a tz database zone (``TZ``, else /etc/localtime); None if neither says.

    With it a wall time is placed exactly as ``--timezone`` would place it, also inside a DST gap
    (the C library would move 02:30 to 03:30; the tz database keeps 02:30 at the offset before)."""
    import os
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name:
            return ZoneInfo(name)
        with open("/etc/localtime", "rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def stable_uuid(source: str, *parts: str, seen: Counter[str] | None = None) -> str:
    """A uuid5 from the source text; the n-th identical item gets its own id."""
    return uuid_from_key(stable_key(source, *parts, seen=seen))


def localise(naive: datetime, zone: tzinfo | None) -> datetime:
    """A wall time without zone, in ``zone`` (or this computer's zone on that date)."""
    zone = zone if zone is not None else system_zone()
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


def fit_title(title: str, body: str) -> tuple[str, str]:
    """Keep a long first line as text rather than cutting it (titles stay under the limit)."""
    title = " ".join(title.split())
    if len(title) <= TITLE_MAX:
        return title, body
    return "", f"{title}\n\n{body}" if body else title
