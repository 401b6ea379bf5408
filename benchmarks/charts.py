"""How long each chart takes to draw, on a 10-year, 100,000-entry demo journal.

    python benchmarks/charts.py [--data-dir DIR] [--days 3650] [--entries 100000] [--runs 7]

The journal is the benchmarks' 100k demo journal (bench_journal.py), made once and
reused, or the one in DIR (made there with --days and --entries if DIR is empty).
``make bench`` runs the same figures through bench_charts.py. For
every chart it prints the first draw (build the widget, read the figures,
lay out the items, paint until the event queue is empty) and the redraw after each range change (read,
lay out, paint), as the median of several runs after a warm-up, against the
50 ms target. Before each timed range change the shared answers are
forgotten, so every range is read from the journal again; charts that ask the
same question (mood and sleep, the two trigger charts) share one read, as
they do in the app, and the first of them pays for it.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyqtgraph as pg
import PySide6
from PySide6.QtWidgets import QApplication

from journal_app.core import demo
from journal_app.core.charts_data import ChartData, RangePreset
from journal_app.core.journal import Journal
from journal_app.gui.charts.registry import CHART_TYPES

TARGET_MS = 50.0
SIZE = (1000, 420)
FIRST_RANGE = RangePreset.MONTH  # the dashboard opens on the last 30 days
RANGES = (
    RangePreset.WEEK,
    RangePreset.MONTH,
    RangePreset.QUARTER,
    RangePreset.YEAR,
    RangePreset.ALL,
    RangePreset.SINCE_SESSION,
)


def ensure_journal(folder: Path, days: int, entries: int) -> Journal:
    journal = Journal.open(folder)
    if journal.count() == 0:
        print(f"Writing a demo journal of {entries:,} entries over {days:,} days into {folder} …", flush=True)
        started = time.perf_counter()
        demo.write_demo(journal.db, days, entries=entries)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return journal


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def draw(app: QApplication, chart, data: ChartData, rng) -> float:
    started = time.perf_counter()
    chart.show_data(data, rng)
    app.processEvents()  # lays out and paints, as the event loop does in the app …
    app.processEvents()  # … and whatever that first paint asked for (an axis made wider, say)
    return (time.perf_counter() - started) * 1000


def forget(data: ChartData) -> None:
    data._memo.clear()
    data._version = None


def first_draws(app, journal, runs: int) -> dict[str, float]:
    """Build a fresh chart and draw it for the first range, ``runs`` times; the median."""
    times: dict[str, list[float]] = {kind.__name__: [] for kind in CHART_TYPES}
    for _ in range(runs + 1):  # the first round warms up
        data = ChartData(journal.db)
        rng = data.resolve(FIRST_RANGE)
        for kind in CHART_TYPES:
            started = time.perf_counter()
            chart = kind()
            chart.resize(*SIZE)
            chart.show()
            settle(app)
            draw(app, chart, data, rng)
            times[kind.__name__].append((time.perf_counter() - started) * 1000)
            chart.close()
            chart.deleteLater()
    return {name: statistics.median(values[1:]) for name, values in times.items()}


def range_changes(app, journal, runs: int) -> dict[str, dict[str, float]]:
    data = ChartData(journal.db)
    charts = [kind() for kind in CHART_TYPES]
    for chart in charts:
        chart.resize(*SIZE)
        chart.show()
    settle(app)
    results: dict[str, dict[str, float]] = {}
    for preset in RANGES:
        rng = data.resolve(preset)
        times: dict[str, list[float]] = {type(c).__name__: [] for c in charts}
        for run in range(runs + 1):
            forget(data)
            for chart in charts:
                elapsed = draw(app, chart, data, rng)
                if run:  # the first round warms up
                    times[type(chart).__name__].append(elapsed)
        results[preset.label] = {name: statistics.median(values) for name, values in times.items()}
    for chart in charts:
        chart.close()
        chart.deleteLater()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="a journal to use (default: the benchmarks' 100k journal, made once)",
    )
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    if args.data_dir is None:
        from bench_journal import big_journal_dir

        args.data_dir = big_journal_dir()
    journal = ensure_journal(args.data_dir, args.days, args.entries)
    print(
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, pyqtgraph {pg.__version__}; "
        f"journal: {journal.count():,} entries; median of {args.runs} runs; target ≤ {TARGET_MS:g} ms"
    )
    first = first_draws(app, journal, args.runs)
    changes = range_changes(app, journal, args.runs)
    columns = ["first draw", *changes]
    width = max(len(kind.__name__) for kind in CHART_TYPES) + 2
    print("\n" + "chart".ljust(width) + "".join(c.rjust(20) for c in columns) + "   holds")
    worst = 0.0
    for kind in CHART_TYPES:
        name = kind.__name__
        figures = [first[name], *(changes[label][name] for label in changes)]
        worst = max(worst, *figures)
        holds = "yes" if max(figures) <= TARGET_MS else "NO"
        print(name.ljust(width) + "".join(f"{value:17.1f} ms" for value in figures) + f"   {holds}")
    print(
        f"\nSlowest chart draw: {worst:.1f} ms (target ≤ {TARGET_MS:g} ms): "
        f"{'holds' if worst <= TARGET_MS else 'does not hold'}."
    )
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
