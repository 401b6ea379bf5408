"""The long crash test: 200 SIGKILLs at random moments (half plain, half encrypted); prints a summary.

    .venv/bin/python benchmarks/crash_stress.py [ROUNDS]

Each round starts a writer that saves entries and reports every commit, kills
it with SIGKILL after a random number of commits and a random pause, then
checks: integrity_check ok, every reported entry present, every entry whole,
the search index matching. Any failure stops with the assertion's message.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "security"))

import crash_writer


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = random.Random(int(os.environ.get("SEED", "2024")))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        plain = crash_writer.kill_rounds(Path(tmp) / "plain", rounds // 2, None, rng)
        encrypted = crash_writer.kill_rounds(
            Path(tmp) / "encrypted", rounds - rounds // 2, os.urandom(32), rng
        )
    took = time.perf_counter() - started
    for name, stats in (("plain", plain), ("encrypted", encrypted)):
        print(
            f"{name:>9}: {stats['kills']} kills, {stats['reported']} reported commits all present, "
            f"{stats['entries']} entries whole, integrity ok every time"
        )
    print(f"{rounds} kills in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
