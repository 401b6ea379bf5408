"""Export and import on the 100k journal: JSON and CSV exports (≤ 2 s each), a 100,000-entry jrnl import (≤ 10 s).

python benchmarks/run.py --only export     # or --only import, or make bench
"""

from __future__ import annotations

import json
import random
import shutil
import time
from datetime import date, timedelta
from pathlib import Path

from bench_journal import ROOT, big_journal_dir
from harness import Measure, log, timed

from journal_app.core.journal import Journal
from journal_app.core.transfer import exporting, importing
from journal_app.core.transfer.options import ExportOptions

OUT = ROOT / "transfer"
JRNL_ENTRIES = 100_000
WORDS = [
    "calm",
    "craving",
    "walk",
    "sponsor",
    "meeting",
    "tired",
    "grateful",
    "work",
    "family",
    "rain",
    "sleep",
    "sister",
    "evening",
    "morning",
    "group",
    "breathing",
]


def _export(fmt: str) -> list[float]:
    OUT.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(big_journal_dir())
    everything = ExportOptions(include_private=True)
    try:
        return timed(
            lambda: exporting.export_file(journal.db, OUT / f"export.{fmt}", fmt, everything, overwrite=True),
            repeat=3,
        )
    finally:
        journal.close()


def jrnl_file() -> Path:
    """A jrnl JSON export (``jrnl --export json``) of 100,000 entries over ten years."""
    path = OUT / "jrnl-100k.json"
    if path.exists():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(3)
    start = date(2015, 1, 1)
    entries = [
        {
            "title": f"Day {n}: {' '.join(rng.sample(WORDS, 3))}.",
            "body": " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 60))),
            "date": (start + timedelta(days=n * 3650 // JRNL_ENTRIES)).isoformat(),
            "time": f"{rng.randrange(24):02}:{rng.randrange(60):02}",
            "tags": [f"@{tag}" for tag in rng.sample(WORDS, rng.randint(0, 2))],
            "starred": rng.random() < 0.05,
        }
        for n in range(JRNL_ENTRIES)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}))
    return path


def import_jrnl() -> list[float]:
    source = jrnl_file()
    samples = []
    for attempt in range(2):
        folder = OUT / f"import-{attempt}"
        shutil.rmtree(folder, ignore_errors=True)
        journal = Journal.open(folder)
        try:
            start = time.perf_counter()
            plan = importing.prepare_import(journal.db, source)
            added = importing.apply_import(journal.db, plan)
            samples.append(time.perf_counter() - start)
            log(f"  imported {added:,} jrnl entries in {samples[-1]:.2f} s")
        finally:
            journal.close()
        shutil.rmtree(folder, ignore_errors=True)
    return samples


def pdf_90_days() -> list[float]:
    """A 90-day report as the app writes it: the dashboard's charts drawn, then the PDF."""
    from PySide6.QtWidgets import QApplication

    from journal_app.core.charts_data import DateRange
    from journal_app.gui.charts.report_images import chart_images
    from journal_app.report import pdf

    app = QApplication.instance() or QApplication([])  # noqa: F841 - charts need widgets
    OUT.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(big_journal_dir(), check=False)
    last = date.fromisoformat(journal.stats()["last_date"])
    first = last - timedelta(days=89)
    options = ExportOptions(date_from=first, date_to=last)

    def one() -> None:
        pictures = chart_images(journal, DateRange(first, last), include_private=False)
        pdf.write_report(journal.db, OUT / "report-90-days.pdf", options, overwrite=True, pictures=pictures)

    try:
        return timed(one, repeat=3)
    finally:
        journal.close()


MEASURES = [
    Measure("export 100k entries as JSON", 2, lambda: _export("json"), unit="s"),
    Measure("export 100k entries as CSV", 2, lambda: _export("csv"), unit="s"),
    Measure("export a 90-day PDF report with charts", None, pdf_90_days, unit="s"),
    Measure("import 100k jrnl entries (read, check, add)", 10, import_jrnl, unit="s", quick=False),
]
