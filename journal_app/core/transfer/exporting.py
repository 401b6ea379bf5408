"""Writing an export file: read the chosen entries in bulk, write them, then move the file into place.

The file is written under a temporary name beside the target and renamed
only when complete, so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import sqlite_utils

from ..errors import JournalError
from . import markdown, own_csv, own_json, sealed
from .options import ExportOptions, Progress, report
from .records import read_records

FORMATS = ("json", "csv", "markdown")  # "pdf" is drawn by journal_app.report (it needs Qt)
SUFFIXES = {"json": ".json", "csv": ".csv", "markdown": ".md", "pdf": ".pdf"}


class _Counted(Sequence):
    """The records, reporting progress (the second half of the work) as a writer goes through them."""

    def __init__(self, records: list[dict], progress: Progress | None):
        self.records, self.progress = records, progress

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, index):
        return self.records[index]

    def __iter__(self) -> Iterator[dict]:
        total = len(self.records)
        for done, record in enumerate(self.records, start=1):
            yield record
            report(self.progress, total + done, 2 * total)


def check_target(db: sqlite_utils.Database, path: Path, *, overwrite: bool) -> None:
    """Refuse to write over the journal itself, or over a file unless asked to."""
    target = Path(path).resolve()
    for row in db.execute("PRAGMA database_list"):
        if row[2] and target in (Path(row[2]).resolve(), Path(row[2] + "-wal").resolve()):
            raise JournalError("That is the journal's own file; pick another name for the export.")
    if target.is_dir():
        raise JournalError(f"{path} is a folder; give a file name for the export.")
    if target.exists() and not overwrite:
        raise JournalError(f"{path} already exists; pick another name or add --overwrite.")
    if not target.parent.is_dir():
        raise JournalError(f"The folder {target.parent} does not exist.")


def write_atomically(path: Path, chunks: Iterator[bytes | str]) -> None:
    path = Path(path)
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def text_chunks(fmt: str, records: Sequence[dict], options: ExportOptions, *, bom: bool = False,
                now: datetime | None = None) -> Iterator[str]:
    if fmt == "json":
        return own_json.export_chunks(records, options, now=now)
    if fmt == "csv":
        return own_csv.export_chunks(records, options, bom=bom)
    if fmt == "markdown":
        return markdown.export_chunks(records, options, now=now)
    raise JournalError(f"“{fmt}” is not an export format; choose from json, csv, markdown or pdf.")


def export_file(
    db: sqlite_utils.Database, path: Path | str, fmt: str, options: ExportOptions = ExportOptions(),
    *, progress: Progress | None = None, passphrase: str | None = None, bom: bool = False,
    overwrite: bool = False, now: datetime | None = None,
) -> int:
    """Write the chosen entries to ``path`` as ``fmt``; return how many were written."""
    path = Path(path)
    if fmt not in FORMATS:
        text_chunks(fmt, [], options)  # raises the one-line error
    check_target(db, path, overwrite=overwrite)
    if passphrase is not None and len(passphrase) < sealed.MIN_PASSPHRASE:
        sealed.seal(b"", passphrase)  # raises the one-line error before any work
    records = read_records(db, options, _half(progress))
    counted = _Counted(records, progress)
    chunks = text_chunks(fmt, counted, options, bom=bom, now=now)
    if passphrase is not None:
        plain = "".join(chunks).encode("utf-8")
        chunks = iter([sealed.seal(plain, passphrase)])
    write_atomically(path, chunks)
    if progress is not None:
        progress(1, 1)
    return len(records)


def _half(progress: Progress | None) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(done, 2 * total)
