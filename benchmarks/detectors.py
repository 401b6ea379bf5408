"""How long the warning-sign detectors take on a big journal (target: 50 ms or less).

    python benchmarks/detectors.py --data-dir DIR      # a journal made by:
    recovery-journal --data-dir DIR demo --days 3650 --entries 100000

Without --data-dir it makes that journal in a temporary folder first (a minute
or two). Prints the median and the slowest of several runs of every detector
together (``warning_signs.detect_all``), and of the streaks.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from journal_app.core import demo
from journal_app.core.insights import streaks, warning_signs
from journal_app.core.journal import Journal

TARGET_MS = 50.0


def _timed(fn, runs: int) -> list[float]:
    fn()  # warm the page cache once, as a person's second look would
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="a journal folder (default: make a demo one)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(scratch) / "journal"
            print("Making a 10-year, 100,000-entry demo journal…", file=sys.stderr)
            journal = Journal.open(data_dir)
            demo.write_demo(journal.db, 3650, entries=100_000)
            journal.close()
        journal = Journal.open(data_dir, create=False)
        try:
            entries = journal.count()
            last = journal.db.execute("SELECT max(local_date) FROM entries").fetchone()[0]
            today = date.fromisoformat(last) + timedelta(days=1) if last else date.today()
            signs = _timed(lambda: warning_signs.detect_all(journal.db, today), args.runs)
            streak = _timed(lambda: streaks.streaks(journal.db, today), args.runs)
        finally:
            journal.close()
    median = statistics.median(signs)
    print(f"journal: {entries} entries, detectors as of {today}")
    print(f"warning-sign detectors: median {median:.1f} ms, slowest {max(signs):.1f} ms "
          f"over {args.runs} runs (target ≤ {TARGET_MS:.0f} ms: {'met' if median <= TARGET_MS else 'MISSED'})")
    print(f"streaks: median {statistics.median(streak):.1f} ms, slowest {max(streak):.1f} ms")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
