"""Run journal work in a child process under a file size limit, or kill it part-way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRELUDE = """
import json, sys
from pathlib import Path
sys.path.insert(0, {security!r})
from security_helpers import FAST_KDF
from journal_app.core import keyfile
keyfile.DEFAULT_KDF = FAST_KDF
"""


def _limit(size: int | None):
    def apply() -> None:
        import resource

        signal.signal(
            signal.SIGXFSZ, signal.SIG_IGN
        )  # a write past the limit fails (EFBIG), as on a full disk
        if size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return apply


def child(
    code: str, *, file_size_limit: int | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh Python, every file it writes limited to ``file_size_limit`` bytes."""
    source = PRELUDE.format(security=str(ROOT / "tests" / "security")) + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", source],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limit(file_size_limit),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def cli(*args: str, file_size_limit: int | None = None, stdin: str | None = None, timeout: float = 60):
    """The real command line in a child process, under a file size limit."""
    return subprocess.run(
        [sys.executable, "-m", "journal_app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        input=stdin,
        preexec_fn=_limit(file_size_limit),
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def result_of(done: subprocess.CompletedProcess) -> dict:
    """The JSON the child printed last, or its error."""
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"child printed nothing (exit {done.returncode}): {done.stderr[-2000:]}"
    return json.loads(lines[-1])
