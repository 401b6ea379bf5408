"""The benchmark journal: ten years, 100,000 entries, generated once and reused."""

from __future__ import annotations

import shutil
from pathlib import Path

from harness import log

from journal_app.core import demo
from journal_app.core.journal import Journal

ROOT = Path(__file__).resolve().parents[1] / "build" / "bench"
BIG_DIR = ROOT / "journal-100k"
DAYS, ENTRIES = 3650, 100_000


def big_journal_dir(folder: Path = BIG_DIR, days: int = DAYS, entries: int = ENTRIES) -> Path:
    """The folder of the 100k journal (or another size), made on first use (about ten seconds)."""
    marker = folder / "complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    log(f"making the {entries:,}-entry benchmark journal in {folder} …")
    journal = Journal.open(folder)
    demo.write_demo(journal.db, days, entries=entries)
    journal.close()
    marker.write_text("ok\n")
    return folder


def scratch_copy(name: str) -> Path:
    """A fresh copy of the big journal for measures that write."""
    target = ROOT / name
    shutil.rmtree(target, ignore_errors=True)
    journal = Journal.open(big_journal_dir())
    journal.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    from journal_app.core.db import backup_to

    target.mkdir(parents=True)
    backup_to(journal.db, target / "journal.db")
    journal.close()
    return target
