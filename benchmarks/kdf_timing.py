"""How long one passphrase check (Argon2id at the app's cost) takes on this machine.

    .venv/bin/python benchmarks/kdf_timing.py

The cost is chosen for about 0.5 s on the 2-core test machine (docs/privacy.md);
this prints the figure here, and what nearby costs would take.
"""

from __future__ import annotations

import statistics
import time

from journal_app.core import keyfile


def _time(kdf: keyfile.KdfParams, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        keyfile._argon2("a passphrase to time", b"\x00" * keyfile.SALT_BYTES, kdf)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    d = keyfile.DEFAULT_KDF
    print(
        f"default: Argon2id {d.memory_kib // 1024} MiB, {d.iterations} passes, {d.lanes} lanes: "
        f"{_time(d):.3f} s (median of 5)"
    )
    for iterations in (d.iterations - 3, d.iterations + 3):
        kdf = keyfile.KdfParams(d.memory_kib, iterations, d.lanes)
        print(f"         {iterations} passes instead: {_time(kdf, 3):.3f} s")


if __name__ == "__main__":
    main()
