"""Short commands as whole processes on a 10,000-entry journal: fast enough for a shell prompt?

`search`, `stats`, `today` and `checkin` each against the 120 ms goal, each printed
beside jrnl's nearest command over the same 10,000 entries (jrnl is installed into
build/bench/jrnl-venv on first use, as for bench_jrnl) and a bare `python -c pass` (the
floor no Python command goes below). Each figure is the median of several runs after
a warm-up, process start included, as a person at a terminal meets it.

The app is byte-compiled first, as an installed wheel or the bundle is: without it every
run would compile our modules anew (this machine sets PYTHONDONTWRITEBYTECODE).

    python benchmarks/bench_cli.py     # just this table
"""

from __future__ import annotations

import compileall
import functools
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench_journal import ROOT, big_journal_dir
from harness import Measure

import journal_app

SMALL_DIR = ROOT / "journal-10k"
JRNL_DIR = ROOT / "jrnl-10k"
RUNS = 9
JRNL_RUNS = 5
GOAL_MS = 120
RESULTS: dict[str, float] = {}  # wall seconds, by measure name (for the notes)
CPU: dict[str, float] = {}  # processor seconds, by measure name
FASTEST: dict[str, float] = {}  # the fastest run's wall seconds (the least disturbed by other work)


def _small() -> str:
    return str(big_journal_dir(SMALL_DIR, days=1000, entries=10_000))


@functools.cache
def _compiled() -> None:
    compileall.compile_dir(Path(journal_app.__file__).parent, quiet=1)


def _run(command: list[str]) -> tuple[float, float]:
    """Wall seconds of one whole command, and the processor seconds it used (user + system): on a
    busy shared machine the second says more about our own work than the first."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NO_COLOR="1")
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        last = (error.strip().splitlines() or ["no message"])[-1]
        raise RuntimeError(f"{Path(command[0]).name} failed: {last[:160]}")
    return elapsed, usage.ru_utime + usage.ru_stime


def _time(command: list[str], name: str, runs: int = RUNS) -> list[float]:
    """Seconds per whole command; the first run (warming the file cache) is left out."""
    _compiled()
    samples = [_run(command) for _ in range(runs + 1)][1:]
    CPU[name] = statistics.median(cpu for _wall, cpu in samples)
    FASTEST[name] = min(wall for wall, _cpu in samples)
    return [wall for wall, _cpu in samples]


def _ours(*args: str, data_dir: str | None = None) -> list[str]:
    return [sys.executable, "-m", "journal_app", "--data-dir", data_dir or _small(), *args]


def _scratch(source: Path, name: str) -> Path:
    """A copy to write into, so `checkin` and jrnl's new entry leave the shared journals alone."""
    target = ROOT / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return target


def _jrnl(*args: str, writing: bool = False) -> list[str]:
    """jrnl with its config for the same 10,000 entries (a copy of them when ``writing``)."""
    from bench_jrnl import _jrnl as jrnl_exe
    from bench_jrnl import _jrnl_files

    exe = jrnl_exe()
    config = _jrnl_files(Path(_small()), JRNL_DIR)
    if writing:
        copy = _scratch(JRNL_DIR, "jrnl-10k-writes")
        text = config.read_text().replace(str(JRNL_DIR / "journal.txt"), str(copy / "journal.txt"))
        config = copy / "jrnl.yaml"
        config.write_text(text)
    return [str(exe), "--config-file", str(config), *args]


def _measured(name: str, command: Callable[[], list[str]], runs: int = RUNS) -> Callable[[], list[float]]:
    def run() -> list[float]:
        samples = _time(command(), name, runs)
        RESULTS[name] = statistics.median(samples)
        return samples

    run.__name__ = name
    return run


# (our command, jrnl's nearest one, what jrnl's does)
COMMANDS: list[tuple[str, Callable[[], list[str]], Callable[[], list[str]], str]] = [
    (
        "search sister",
        lambda: _ours("search", "sister", "--limit", "20"),
        lambda: _jrnl("-contains", "sister", "-n", "20"),
        "jrnl -contains sister -n 20",
    ),
    ("stats", lambda: _ours("stats"), lambda: _jrnl("--tags"), "jrnl --tags (its counts)"),
    (
        "today",
        lambda: _ours("today"),
        lambda: _jrnl("-on", "today"),
        "jrnl -on today",
    ),
    (
        "checkin",
        lambda: _ours(
            "checkin",
            "--mood",
            "6",
            "--craving",
            "2",
            "benchmark",
            data_dir=str(_scratch(Path(_small()), "journal-10k-checkins")),
        ),
        lambda: _jrnl("mood 6, craving 2: benchmark", writing=True),
        "jrnl TEXT (a new entry)",
    ),
]

FLOOR = "cli: python -c pass (the floor)"


def _ms(table: dict[str, float], name: str) -> str:
    return f"{table[name] * 1000:.0f} ms" if name in table else "?"


def note_for(measure: Measure) -> str:
    """Processor time; for ours, jrnl's nearest command and the floor beside it."""
    parts = [f"fastest {_ms(FASTEST, measure.name)}, CPU {_ms(CPU, measure.name)}"]
    for ours, _command, _theirs, what in COMMANDS:
        if measure.name == f"cli: {ours}, 10k entries":
            parts.append(f"{what}: {_ms(RESULTS, f'cli: {what}')}")
            parts.append(f"python -c pass: {_ms(RESULTS, FLOOR)}")
            if ours == "today":
                parts.append("the warning sign kept from the last run")
    return "; ".join(parts)


MEASURES = [
    Measure(
        FLOOR,
        None,
        _measured(FLOOR, lambda: [sys.executable, "-c", "pass"]),
    ),
]
for _ours_words, _command, _theirs, _what in COMMANDS:
    MEASURES.append(Measure(f"cli: {_what}", None, _measured(f"cli: {_what}", _theirs, JRNL_RUNS)))
    MEASURES.append(
        Measure(
            f"cli: {_ours_words}, 10k entries",
            GOAL_MS,
            _measured(f"cli: {_ours_words}, 10k entries", _command),
        )
    )


if __name__ == "__main__":
    import run

    sys.exit(run.main(["--only", "cli:"]))
