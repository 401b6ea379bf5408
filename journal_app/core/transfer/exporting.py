"""Writing an export file: read the chosen entries in bulk, write them, then move the file into place.

The file is written under a temporary name beside the target and renamed
only when complete, so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from .. import causes
from ..db import Database
from ..errors import JournalError, StorageError
from ..messages import _
from . import markdown, own_csv, own_json, sealed
from .options import ExportOptions, Progress
from .records import count_records, read_records

FORMATS = ("json", "csv", "markdown")  # "pdf" is drawn by journal_app.report (it needs Qt)
SUFFIXES = {"json": ".json", "csv": ".csv", "markdown": ".md", "pdf": ".pdf"}


def check_target(db: Database, path: Path, *, overwrite: bool) -> None:
    """Refuse to write over the journal itself, or over a file unless asked to."""
    target = Path(path).resolve()
    for row in db.execute("PRAGMA database_list"):
        if row[2] and target in (Path(row[2]).resolve(), Path(row[2] + "-wal").resolve()):
            raise JournalError(_("That is the journal's own file; pick another name for the export."))
    if target.is_dir():
        raise JournalError(_("{file} is a folder; give a file name for the export.").format(file=path))
    if target.exists() and not overwrite:
        raise JournalError(
            _("{file} already exists; pick another name or add --overwrite.").format(file=path)
        )
    if not target.parent.is_dir():
        raise JournalError(_("The folder {folder} does not exist.").format(folder=target.parent))


def write_atomically(path: Path, chunks: Iterator[bytes | str]) -> None:
    """Write under a temporary name, every write checked and synced, then rename: a full disk
    leaves no file (and says the disk is full), never an empty or cut one."""
    path = Path(path)
    try:
        handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise _write_failed(exc, path) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError as exc:
        Path(partial).unlink(missing_ok=True)
        raise _write_failed(exc, path) from exc
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _write_failed(exc: OSError, path: Path) -> Exception:
    cause = causes.cause_of(exc, path.parent)
    if cause is None:
        return exc
    return StorageError(
        _("{file} could not be written: {cause}. No file was left behind.").format(
            file=path.name, cause=causes.cause_text(cause)
        ),
        cause=cause,
    )


def text_chunks(
    db: Database,
    fmt: str,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    bom: bool = False,
    now: datetime | None = None,
) -> Iterator[str]:
    if fmt == "json":
        return own_json.export_chunks(db, options, progress=progress, now=now)
    if fmt == "csv":
        return own_csv.export_chunks(db, options, progress=progress, bom=bom)
    if fmt == "markdown":
        return markdown.export_chunks(read_records(db, options, progress), options, now=now)
    raise JournalError(
        _("“{format}” is not an export format; choose from json, csv, markdown or pdf.").format(format=fmt)
    )


def export_file(
    db: Database,
    path: Path | str,
    fmt: str,
    options: ExportOptions = ExportOptions(),
    *,
    progress: Progress | None = None,
    passphrase: str | None = None,
    bom: bool = False,
    overwrite: bool = False,
    now: datetime | None = None,
) -> int:
    """Write the chosen entries to ``path`` as ``fmt``; return how many were written."""
    path = Path(path)
    if fmt not in FORMATS:
        text_chunks(db, fmt, options)  # raises the one-line error
    check_target(db, path, overwrite=overwrite)
    if passphrase is not None and fmt not in ("json", "csv"):
        raise JournalError(_("Only JSON and CSV exports can be encrypted (the app can import those back)."))
    if passphrase is not None and len(passphrase) < sealed.MIN_PASSPHRASE:
        sealed.seal(b"", passphrase)  # raises the one-line error before any work
    count = count_records(db, options)
    text = text_chunks(db, fmt, options, progress=progress, bom=bom, now=now)
    chunks: Iterator[bytes | str] = text
    if passphrase is not None:
        plain = "".join(text).encode("utf-8")
        chunks = iter([sealed.seal(plain, passphrase)])
    write_atomically(path, chunks)
    if progress is not None:
        progress(1, 1)
    return count
