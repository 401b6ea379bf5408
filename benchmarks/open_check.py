"""What the integrity check on open costs: open a journal with and without ``quick_check``.

    .venv/bin/recovery-journal --data-dir build/bench demo --days 3650 --entries 100000
    .venv/bin/python benchmarks/open_check.py build/bench

Prints the median of 5 opens each way, plain, and encrypted (a temporary
encrypted copy is made), so the cost of checking every page stays visible.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from journal_app.core import db as dbmod
from journal_app.core import paths


def _median_open(path: Path, key: bytes | None, check: bool) -> float:
    times = []
    for _ in range(5):
        started = time.perf_counter()
        db = dbmod.connect(path, key, create=False, check=check)
        times.append(time.perf_counter() - started)
        db.close()
    return statistics.median(times)


def main() -> None:
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "build/bench")
    journal = paths.journal_file(data_dir)
    size = journal.stat().st_size / 1e6
    print(f"{journal} ({size:.0f} MB)")
    print(
        f"  plain:     open {_median_open(journal, None, False) * 1000:7.1f} ms, "
        f"open + quick_check {_median_open(journal, None, True) * 1000:7.1f} ms"
    )
    key = os.urandom(32)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "journal.db"
        source = dbmod.connect(journal, None, create=False)
        dbmod.export_to(source, copy, key)
        source.close()
        print(
            f"  encrypted: open {_median_open(copy, key, False) * 1000:7.1f} ms, "
            f"open + quick_check {_median_open(copy, key, True) * 1000:7.1f} ms"
        )


if __name__ == "__main__":
    main()
