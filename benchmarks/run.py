"""Run the benchmarks and print one table: measure, figure, target, holds.

python benchmarks/run.py            # everything (make bench)
python benchmarks/run.py --quick    # the quick subset (make bench-quick)
python benchmarks/run.py --only search
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Result, figure_of, format_table, log, machine  # noqa: E402

# one module per area; each has MEASURES
MODULES = [
    "bench_core",
    "bench_cli",
    "bench_insights",
    "bench_startup",
    "bench_jrnl",
    "bench_transfer",
    "bench_charts",
]


def collect():
    measures = []
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            log(f"skipping {name}: {exc}")
            continue
        measures.extend(module.MEASURES)
    return measures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="only the quick subset")
    parser.add_argument("--only", help="only measures whose name contains this text")
    args = parser.parse_args(argv)
    results = []
    for measure in collect():
        if args.quick and not measure.quick:
            continue
        if args.only and args.only.lower() not in measure.name.lower():
            continue
        log(f"measuring: {measure.name} …")
        try:
            samples = measure.run()
            results.append(Result(measure, figure_of(measure, samples)))
        except Exception as exc:
            traceback.print_exc()
            results.append(Result(measure, None, error=f"{type(exc).__name__}: {exc}"))
        if measure.note == "" and hasattr(measure.run, "__module__"):
            module = sys.modules.get(measure.run.__module__)
            note_fn = getattr(module, "note_for", None)
            if note_fn:
                measure.note = note_fn(measure) or ""
    info = machine()
    print("Machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    print("Figures are medians of several runs after a warm-up.\n")
    print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
