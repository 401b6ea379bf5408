"""Each chart's slowest draw (first draw, or redraw after any range change) on the 100k journal.

The figures come from charts.py (which prints the whole table on its own); here each chart
is one measure in `make bench`: the slowest of its medians, against the 50 ms target.
"""

from __future__ import annotations

import functools

from bench_journal import big_journal_dir
from harness import Measure

RUNS = 5


@functools.cache
def _figures() -> dict[str, float]:
    """Chart name -> slowest median draw, in seconds (measured once for all charts)."""
    import charts
    from PySide6.QtWidgets import QApplication

    from journal_app.core.journal import Journal

    app = QApplication.instance() or QApplication(["bench"])
    journal = Journal.open(big_journal_dir())
    try:
        first = charts.first_draws(app, journal, RUNS)
        changes = charts.range_changes(app, journal, RUNS)
    finally:
        journal.close()
    return {
        name: max(first[name], *(by_chart[name] for by_chart in changes.values())) / 1000 for name in first
    }


def _measure(name: str):
    return lambda: [_figures()[name]]


def _measures() -> list[Measure]:
    from journal_app.gui.charts.registry import CHART_TYPES

    return [
        Measure(
            f"chart: {kind.title}, slowest draw (first or any range)",
            50,
            _measure(kind.__name__),
            quick=False,
            note="median of 5; ranges: 7/30/90 days, a year, all, since session",
        )
        for kind in CHART_TYPES
    ]


MEASURES = _measures()
