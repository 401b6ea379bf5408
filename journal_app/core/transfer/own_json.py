"""The app's own JSON: lossless, versioned, one entry per line (see docs/export-format.md).

Exporting, importing into an empty journal and exporting again gives the same
file apart from ``exported_at``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ... import __version__
from ..db import Database
from ..messages import _
from ..models import local_text, now_local
from . import archive, bulk_sql
from .options import ExportOptions, Progress, report
from .records import RecordError, count_records, record_to_entry
from .source import ImportItem, SourceError, consume

FORMAT_NAME = "recovery-journal"
VERSION = 1


def export_chunks(
    db: Database,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Iterator[str]:
    """The file as text pieces, written one after another (never one giant string)."""
    total = count_records(db, options)
    head = {
        "format": FORMAT_NAME,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": local_text(now or now_local()),
        "selection": options.as_dict(),
        "count": total,
    }
    if options.everything:  # the whole journal: the plan, recovery starts, own triggers' kinds, settings…
        head["archive"] = archive.archive_of(db, include_private=options.include_private)
    yield "{\n"
    for key, value in head.items():
        yield f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n"
    yield '  "entries": ['
    sql, params = bulk_sql.json_records(options)
    cursor = db.execute(sql, params)
    done = 0
    while rows := cursor.fetchmany(2000):
        piece = ",\n    ".join(row[0] for row in rows)
        yield ("\n    " if done == 0 else ",\n    ") + piece
        done += len(rows)
        report(progress, done, total, every=1)
    yield "\n  ]\n}\n" if done else "]\n}\n"


def looks_like(data: object) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT_NAME


def archive_in(data: object) -> dict[str, Any] | None:
    """The ``archive`` of a full export (everything besides the entries), checked; None if there is none."""
    if not isinstance(data, dict) or data.get("archive") is None:
        return None
    return archive.check_archive(data["archive"])


def read_items(data: dict[str, Any]) -> list[ImportItem]:
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise SourceError(_("The file says it is a Recovery Journal export but has no format version."))
    if version > VERSION:
        raise SourceError(
            _(
                "This export was made by a newer version of Recovery Journal (format {version}); "
                "please update the app to import it."
            ).format(version=version)
        )
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise SourceError(_("The file has no list of entries."))
    items = []
    for number, record in consume(entries):
        where = _("entry {n}").format(n=number)
        try:
            items.append(ImportItem(record_to_entry(record), where))
        except RecordError as exc:
            raise SourceError(_("{where}: {problem}.").format(where=where, problem=exc)) from None
    return items


def restore_archive(db: Database, found: dict[str, Any]) -> None:
    """Add a full export's archive (inside the import's transaction); a value the journal refuses
    stops the whole import with a plain message."""
    from .. import db as dbmod

    try:
        archive.restore_archive(db, found)
    except dbmod.IntegrityError as exc:
        raise SourceError(
            _(
                "The file's archive holds a value the journal cannot take ({problem}); nothing was added."
            ).format(problem=exc)
        ) from exc
