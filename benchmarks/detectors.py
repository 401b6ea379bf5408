"""How long the warning-sign detectors take on a big journal (target: 50 ms or less).

    python benchmarks/detectors.py --data-dir DIR      # a journal made by:
    recovery-journal --data-dir DIR demo --days 3650 --entries 100000

Without --data-dir it uses (and on first use makes) the shared 10-year,
100,000-entry benchmark journal in build/bench/. Prints the median and the
slowest of several runs of every detector together
(``warning_signs.detect_all``), and of the streaks. ``make bench`` shows the
same figures in its table (bench_insights.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_journal import big_journal_dir
from harness import timed

from journal_app.core.insights import streaks, warning_signs
from journal_app.core.journal import Journal

TARGET_MS = 50.0


def as_of(journal: Journal) -> date:
    """The day after the journal's last entry: the view a person opening it would get."""
    last = journal.db.execute("SELECT max(local_date) FROM entries").fetchone()[0]
    return date.fromisoformat(last) + timedelta(days=1) if last else date.today()


def detector_samples(data_dir: Path, runs: int = 20) -> list[float]:
    journal = Journal.open(data_dir, create=False)
    try:
        today = as_of(journal)
        return timed(lambda: warning_signs.detect_all(journal.db, today), repeat=runs)
    finally:
        journal.close()


def streak_samples(data_dir: Path, runs: int = 20) -> list[float]:
    journal = Journal.open(data_dir, create=False)
    try:
        today = as_of(journal)
        return timed(lambda: streaks.streaks(journal.db, today), repeat=runs)
    finally:
        journal.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="a journal folder (default: the benchmark journal)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    data_dir = args.data_dir or big_journal_dir()
    journal = Journal.open(data_dir, create=False)
    entries, today = journal.count(), as_of(journal)
    journal.close()
    signs = [s * 1000 for s in detector_samples(data_dir, args.runs)]
    streak = [s * 1000 for s in streak_samples(data_dir, args.runs)]
    median = statistics.median(signs)
    print(f"journal: {entries:,} entries in {data_dir}, detectors as of {today}")
    print(
        f"warning-sign detectors: median {median:.1f} ms, slowest {max(signs):.1f} ms "
        f"over {args.runs} runs (target ≤ {TARGET_MS:.0f} ms: {'met' if median <= TARGET_MS else 'MISSED'})"
    )
    print(f"streaks: median {statistics.median(streak):.1f} ms, slowest {max(streak):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
