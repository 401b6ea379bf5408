"""Short commands as whole processes on a 10,000-entry journal: fast enough for a shell prompt?

`search`, `stats`, `today` and `checkin` each against the 120 ms goal, printed
beside a bare `python -c pass` (the floor no Python command goes below) and
jrnl's search over the same 10,000 entries (when jrnl is installed: `make bench`
installs it for bench_jrnl). Each figure is the median of several runs after a
warm-up, process start included, as a person at a terminal meets it.
"""

from __future__ import annotations

import shutil
import sys

from bench_journal import ROOT, big_journal_dir
from harness import Measure

SMALL_DIR = ROOT / "journal-10k"
RUNS = 7
GOAL_MS = 120


def _small() -> str:
    return str(big_journal_dir(SMALL_DIR, days=1000, entries=10_000))


def _time(command: list[str], runs: int = RUNS) -> list[float]:
    """Seconds per whole command; the first run (warming the file cache) is left out."""
    from bench_jrnl import _run

    return [_run(command)[0] for _ in range(runs + 1)][1:]


def _ours(*args: str, data_dir: str | None = None) -> list[str]:
    return [sys.executable, "-m", "journal_app", "--data-dir", data_dir or _small(), *args]


def _checkin_dir() -> str:
    target = ROOT / "journal-10k-checkins"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(_small(), target)
    return str(target)


def python_pass() -> list[float]:
    return _time([sys.executable, "-c", "pass"])


def jrnl_search() -> list[float]:
    from bench_jrnl import JRNL_VENV, WORD, _jrnl_files

    exe = JRNL_VENV / "bin" / "jrnl"
    if not exe.exists():
        raise RuntimeError("jrnl is not installed yet (make bench installs it)")
    config = _jrnl_files(SMALL_DIR if (SMALL_DIR / "complete").exists() else None, ROOT / "jrnl-10k")
    return _time([str(exe), "--config-file", str(config), "-contains", WORD, "-n", "50"], runs=3)


def _command(*args: str):
    return lambda: _time(_ours(*args))


def checkin() -> list[float]:
    folder = _checkin_dir()
    return _time(_ours("checkin", "--mood", "6", "--craving", "2", "benchmark", data_dir=folder))


MEASURES = [
    Measure("cli: python -c pass (the floor)", None, python_pass, note="a bare interpreter start"),
    Measure("cli: search sister, 10k entries", GOAL_MS, _command("search", "sister", "--limit", "20")),
    Measure("cli: stats, 10k entries", GOAL_MS, _command("stats")),
    Measure(
        "cli: today, 10k entries", GOAL_MS, _command("today"), note="warning sign kept from the last run"
    ),
    Measure("cli: checkin, 10k entries", GOAL_MS, checkin),
    Measure("cli: jrnl -contains sister, 10k entries", None, jrnl_search, note="jrnl 4.6 for comparison"),
]
