"""What a format is given and what it gives back: :class:`Content` (a file read only as far as needed),
:class:`ImportFormat` (one line in the registry, ``formats.py``) and :class:`Reading` (its entries)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ..messages import _
from .csvcells import rows
from .source import ZIP_MAGIC, ImportItem, ImportOptions, SourceError, decode_text, parse_json, unzip_export


@dataclasses.dataclass(slots=True)
class Reading:
    """What a format made of a file: its entries, entries it left out, and what else a person should know."""

    items: list[ImportItem]
    left_out: list[str] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)  # e.g. "2 photos were not brought in"
    archive: dict[str, Any] | None = None  # a full JSON export's plan, settings… (``archive.py``)


_UNREAD = object()


class Content:
    """One file's content, read only as far as a format needs: bytes, text, parsed JSON or a CSV header.

    Each form is made once and the one before it let go, so a big file is
    never held as bytes, text and parsed JSON all at once. Binary formats
    (a Daylio backup) look at :attr:`data` before anything asks for the text.
    """

    def __init__(self, data: bytes, name: str = ""):
        self.name = name
        self.is_zip = data.startswith(ZIP_MAGIC)
        self._data: bytes | None = data
        self._text: str | None = None
        self._json: object = _UNREAD
        self._is_json: bool | None = None

    @property
    def data(self) -> bytes:
        if self._data is None:
            raise RuntimeError("the file's bytes were let go once its text was read")
        return self._data

    @property
    def text(self) -> str:
        if self._text is None:
            data, self._data = self.data, None
            self._text = decode_text(unzip_export(data) if data.startswith(ZIP_MAGIC) else data)
            self._is_json = self._text.lstrip().startswith(("{", "["))
        return self._text

    def looks_json(self) -> bool:
        if self._is_json is None:
            self.text  # noqa: B018 - reading the text settles it
        return bool(self._is_json)

    def json(self) -> object:
        if self._json is _UNREAD:
            self._json = parse_json(self.text)
            self._text = ""  # the parsed form is all that is needed from here on
        return self._json

    def header(self) -> list[str]:
        try:
            return next(rows(self.text))[1]
        except StopIteration:
            raise SourceError(_("The file is empty.")) from None


@dataclasses.dataclass(frozen=True, slots=True)
class ImportFormat:
    """One kind of file the app can import. Every format is one line in ``formats.IMPORT_FORMATS``.

    ``sniff`` says (cheaply, without raising for a file of another kind) whether
    the content is this format; ``read`` reads and checks every entry or raises
    :class:`SourceError`. ``fields`` are the entry fields the source owns: an
    entry imported before and changed in the source since is updated in those
    fields only (empty: entries already in the journal are left as they are).
    ``source`` names the app the entries come from (its formats share it): the journal records
    each imported entry's id there, so a newer export finds it even when its words changed,
    and the dry run says how many entries of earlier imports a file no longer has.
    """

    name: str
    label: str
    sniff: Callable[[Content], bool]
    read: Callable[[Content, ImportOptions], Reading]
    sealable: bool = False  # may come inside a passphrase-encrypted export
    fields: tuple[str, ...] = ()
    binary: bool = False  # sniffs the file's bytes (asked before any format reads the file as text)
    # entries imported by earlier versions under other ids are found by kind and minute (Daylio check-ins)
    match_by_time: bool = False
    match_by_title: bool = False  # ... and by title too (jrnl: a journal may hold many notes at one minute)
    source: str = ""  # the app: "Daylio", "jrnl", "Day One" (empty: the journal keeps no record)

    @property
    def shown_label(self) -> str:
        """What a person calls the format, in the language in use (``label`` is the English, ``N_``-marked)."""
        return _(self.label)


def json_object(content: Content, label: str) -> dict[str, Any]:
    """The file's JSON object; ``label`` is the format's English label (shown in the language in use)."""
    data = content.json()
    if not isinstance(data, dict):
        raise SourceError(
            _("This is not a {format} export (expected an object with entries).").format(format=_(label))
        )
    return data
