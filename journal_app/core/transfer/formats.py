"""Every format the app imports, in one registry.

Format detection (``detect``), the CLI's ``--format`` choices
(``format_names``) and the import dialog's list (``format_labels``) all come
from :data:`IMPORT_FORMATS`. Adding a format is one module that defines an
:class:`~.source.ImportFormat` and one line here; order matters for
detection only: formats that sniff the file's bytes (``binary``) are asked
first, then the others in this order; the first that says yes reads the file.
"""

from __future__ import annotations

from ..messages import N_, _, join_and
from . import daylio, daylio_backup, dayone, jrnl, own_csv, own_json
from .reading import Content, ImportFormat, Reading, json_object
from .source import ImportOptions, SourceError

AUTO = "auto"


def _own_json_sniff(content: Content) -> bool:
    return content.looks_json() and own_json.looks_like(content.json())


def _own_json_read(content: Content, options: ImportOptions) -> Reading:
    data = json_object(content, OWN_JSON.label)
    if not own_json.looks_like(data):
        raise SourceError(_("This JSON file is not a Recovery Journal export."))
    return Reading(own_json.read_items(data), archive=own_json.archive_in(data))


def _own_csv_sniff(content: Content) -> bool:
    return not content.looks_json() and own_csv.looks_like(content.header())


def _own_csv_read(content: Content, options: ImportOptions) -> Reading:
    return Reading(own_csv.read_items(content.text))


OWN_JSON = ImportFormat("json", N_("Recovery Journal JSON"), _own_json_sniff, _own_json_read, sealable=True)
OWN_CSV = ImportFormat("csv", N_("Recovery Journal CSV"), _own_csv_sniff, _own_csv_read, sealable=True)

IMPORT_FORMATS: tuple[ImportFormat, ...] = (
    OWN_JSON,
    OWN_CSV,
    daylio.FORMAT,
    daylio_backup.FORMAT,
    jrnl.FORMAT,
    dayone.FORMAT,
)


def format_names() -> tuple[str, ...]:
    """The CLI's ``--format`` choices: "auto" and every format's name."""
    return (AUTO, *(fmt.name for fmt in IMPORT_FORMATS))


def format_labels() -> dict[str, str]:
    """Name → what a person calls it in the language in use, in the registry's order (the import dialog's list)."""
    return {fmt.name: fmt.shown_label for fmt in IMPORT_FORMATS}


def by_name(name: str) -> ImportFormat:
    for fmt in IMPORT_FORMATS:
        if fmt.name == name:
            return fmt
    raise SourceError(
        _("“{name}” is not a format I can import; choose from {names}.").format(
            name=name, names=", ".join(format_names())
        )
    )


def _known() -> str:
    return join_and([fmt.shown_label for fmt in IMPORT_FORMATS])


def detect(content: Content) -> ImportFormat:
    """The format of a file's content, or one clear line saying what the app can read."""
    for fmt in sorted(IMPORT_FORMATS, key=lambda fmt: not fmt.binary):  # a stable sort keeps the order
        if fmt.sniff(content):
            return fmt
    if content.looks_json():
        raise SourceError(
            _("This JSON file is not an export I know. I can read {formats} files.").format(formats=_known())
        )
    raise SourceError(
        _("line 1: this is not a file I can import. I can read {formats} files.").format(formats=_known())
    )
