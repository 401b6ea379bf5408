"""``journal.transfer``: export and import for one open journal, the door the GUI and CLI use.

Each method is one of the entry points in ``exporting`` and ``importing``
with the journal's database filled in; long work takes the same
``progress(done, total)`` callable (which may raise to cancel).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from ..db import Database
from . import exporting, importing
from .options import ExportOptions, Progress
from .records import count_records
from .source import ImportOptions


class ReportWriter(Protocol):
    def __call__(
        self,
        db: Database,
        path: Path | str,
        options: ExportOptions = ...,
        *,
        progress: Progress | None = ...,
        overwrite: bool = ...,
        pictures: object = ...,
    ) -> int: ...


class Transfer:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, options: ExportOptions = ExportOptions()) -> int:
        """How many entries an export with ``options`` would hold."""
        return count_records(self._db, options)

    def export(
        self,
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
        """Write an export (written under a temporary name, renamed when complete); return its entries."""
        return exporting.export_file(
            self._db,
            path,
            fmt,
            options,
            progress=progress,
            passphrase=passphrase,
            bom=bom,
            overwrite=overwrite,
            now=now,
        )

    def prepare_import(
        self, path: Path | str, options: ImportOptions = ImportOptions(), *, now: datetime | None = None
    ) -> importing.ImportPlan:
        """Read and check a file; changes nothing (dry run and preview)."""
        return importing.prepare_import(self._db, path, options, now=now)

    def apply_import(
        self, plan: importing.ImportPlan, *, progress: Progress | None = None, now: datetime | None = None
    ) -> int:
        """Add a prepared import's entries in one transaction; return how many."""
        return importing.apply_import(self._db, plan, progress=progress, now=now)

    def write_report(
        self,
        writer: ReportWriter,
        path: Path | str,
        options: ExportOptions = ExportOptions(),
        *,
        progress: Progress | None = None,
        overwrite: bool = False,
        pictures: object = None,
    ) -> int:
        """Write a report with ``writer`` (``report.pdf.write_report``: a layer above the core, so
        it is handed in); return how many entries it covers."""
        return writer(self._db, path, options, progress=progress, overwrite=overwrite, pictures=pictures)
