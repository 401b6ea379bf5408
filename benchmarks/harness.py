"""Timing helpers shared by the benchmarks: warm-up, medians, a table, the machine.

Benchmarks print figures; they never fail a build. Each measure is a function
returning a list of samples in seconds (or a ratio / megabytes, see `unit`).
"""

from __future__ import annotations

import dataclasses
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable


@dataclasses.dataclass
class Measure:
    name: str
    target: float | None  # in `unit`; None: shown for comparison only
    run: Callable[[], list[float]]
    unit: str = "ms"  # ms, s, ratio, MB
    quick: bool = True  # part of `make bench-quick`
    note: str = ""


@dataclasses.dataclass
class Result:
    measure: Measure
    figure: float | None
    error: str = ""

    @property
    def holds(self) -> str:
        if self.figure is None:
            return "error"
        if self.measure.target is None:
            return "—"
        return "yes" if self.figure <= self.measure.target else "NO"


def timed(fn: Callable[[], object], *, repeat: int = 5, warmup: int = 1) -> list[float]:
    """Seconds per call: `warmup` calls thrown away, then `repeat` samples."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def figure_of(measure: Measure, samples: list[float]) -> float:
    middle = statistics.median(samples)
    return {"ms": middle * 1000, "s": middle}.get(measure.unit, middle)


def machine() -> dict[str, str]:
    info = {
        "cpus": str(os.cpu_count()),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }
    try:
        import PySide6
        from PySide6 import QtCore

        info["pyside6"] = PySide6.__version__
        info["qt"] = QtCore.qVersion()
    except ImportError:  # pragma: no cover
        pass
    try:
        import sqlcipher3

        info["sqlite"] = sqlcipher3.sqlite_version
    except ImportError:  # pragma: no cover
        pass
    return info


def format_table(results: list[Result]) -> str:
    rows = [("measure", "figure", "target", "holds", "note")]
    for result in results:
        unit = result.measure.unit
        figure = "—" if result.figure is None else f"{result.figure:,.2f} {unit}"
        target = "—" if result.measure.target is None else f"≤ {result.measure.target:,g} {unit}"
        rows.append((result.measure.name, figure, target, result.holds, result.error or result.measure.note))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for number, row in enumerate(rows):
        lines.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if number == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
