"""Export and import speed on a big journal (figures, not a pass/fail test).

    .venv/bin/python benchmarks/transfer_bench.py [--entries 100000] [--days 3650] [--keep DIR]

Builds a demo journal of about 100,000 entries over ten years (once, in a
temporary folder unless --keep names one), then times: JSON export, CSV
export, and importing a 100,000-entry jrnl JSON file into an empty journal.
Targets: exports ≤ 2 s each, the jrnl import ≤ 10 s.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from journal_app.core import demo
from journal_app.core.journal import Journal
from journal_app.core.transfer import exporting, importing
from journal_app.core.transfer.options import ExportOptions


def _timed(label: str, target: float, work) -> object:
    start = time.perf_counter()
    result = work()
    took = time.perf_counter() - start
    print(f"{label:<38} {took:6.2f} s   (target ≤ {target:g} s){'' if took <= target else '  SLOWER THAN TARGET'}")
    return result


def _jrnl_file(path: Path, count: int) -> None:
    rng = random.Random(3)
    words = "calm craving walk sponsor meeting tired grateful work family rain sleep".split()
    start = date(2015, 1, 1)
    entries = [{
        "title": f"Day {n}: {' '.join(rng.sample(words, 3))}.",
        "body": " ".join(rng.choice(words) for _ in range(rng.randint(10, 60))),
        "date": (start + timedelta(days=n * 3650 // count)).isoformat(),
        "time": f"{rng.randrange(24):02}:{rng.randrange(60):02}",
        "tags": [f"@{tag}" for tag in rng.sample(words, rng.randint(0, 2))],
        "starred": rng.random() < 0.05,
    } for n in range(count)]
    path.write_text(json.dumps({"tags": {}, "entries": entries}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--keep", type=Path, help="a folder to keep (and reuse) the big journal in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        journal = Journal.open(folder / "big")
        if journal.count() == 0:
            _timed(f"make a demo journal ({args.entries:,})", 120,
                   lambda: demo.write_demo(journal.db, args.days, entries=args.entries))
        everything = ExportOptions(include_private=True)
        print(f"journal: {journal.count():,} entries")
        for fmt in ("json", "csv"):
            out = Path(scratch) / f"export.{fmt}"
            count = _timed(f"export {fmt.upper()}", 2, lambda fmt=fmt, out=out: exporting.export_file(
                journal.db, out, fmt, everything, overwrite=True))
            print(f"{'':<38} {count:,} entries, {out.stat().st_size / 1e6:.1f} MB")
        journal.close()
        source = Path(scratch) / "jrnl.json"
        _jrnl_file(source, args.entries)
        target = Journal.open(Path(scratch) / "empty")

        def run_import() -> int:
            plan = importing.prepare_import(target.db, source)
            return importing.apply_import(target.db, plan)

        added = _timed(f"import jrnl JSON ({args.entries:,})", 10, run_import)
        print(f"{'':<38} {added:,} entries added")
        target.close()


if __name__ == "__main__":
    main()
