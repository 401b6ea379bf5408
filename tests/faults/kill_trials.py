"""Kill -9 at random points: writes, restores and encryption in a child process, killed part-way;
afterwards the journal opens, nothing committed is lost, and it is either as before or as intended.

The quick version runs in ``make test`` (tests/faults/test_kills.py); ``make soak`` runs many trials:

    python tests/faults/kill_trials.py --trials 300
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "security")]

from security_helpers import FAST_KDF  # noqa: E402

from journal_app.core import backups, encryption, keyfile  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from journal_app.core.models import Entry, EntryKind  # noqa: E402

PASSPHRASE = "a long passphrase"
PRELUDE = f"""
import sys
sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests" / "security")!r}]
from pathlib import Path
from security_helpers import FAST_KDF
from journal_app.core import keyfile
keyfile.DEFAULT_KDF = FAST_KDF
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind
data = Path(sys.argv[1])
"""
WRITER = """
journal = Journal.open(data)
n = 0
while True:
    n += 1
    journal.save(Entry(kind=EntryKind.NOTE, title=f"saved {n}", body="words " * 40))
    print(f"saved {n}", flush=True)
"""
RESTORER = """
from journal_app.core import backups
print("start", flush=True)
while True:
    backups.restore(data, Path(sys.argv[2]), key=None, source_key=None)
"""
ENCRYPTER = """
from journal_app.core import encryption
print("start", flush=True)
encryption.encrypt_journal(data, "a long passphrase")
print("done", flush=True)
"""


class Outcome:
    def __init__(self) -> None:
        self.trials = 0
        self.survivors = 0
        self.lost: list[str] = []

    def add(self, name: str, problems: list[str]) -> None:
        self.trials += 1
        if problems:
            self.lost += [f"{name}: {p}" for p in problems]
        else:
            self.survivors += 1


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", PRELUDE + code, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )


def _kill_after(child: subprocess.Popen[str], seconds: float) -> list[str]:
    """Let the child run ``seconds`` after its first line, kill -9 it, and return what it printed."""
    first = child.stdout.readline() if child.stdout else ""
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    return [line for line in (first + rest).splitlines() if line]


def _open(data: Path) -> Journal:
    key = None
    if keyfile.journal_is_encrypted(data):
        key = encryption.unlock(data, passphrase=PASSPHRASE)
    return Journal.open(data, key)


def _titles(data: Path) -> set[str]:
    journal = _open(data)
    try:
        return {row.title for row in journal.rows(limit=100_000)}
    finally:
        journal.close()


def trial_writes(folder: Path, rng: random.Random) -> list[str]:
    """Saving entries, killed at a random moment: every save that returned is there."""
    data = folder / "writes"
    said = _kill_after(_child(WRITER, data), rng.uniform(0.05, 0.6))
    saved = {line for line in said if line.startswith("saved ")}
    try:
        present = _titles(data)
    except Exception as exc:
        return [f"the journal did not open after the kill: {exc}"]
    return [f"lost “{title}”" for title in sorted(saved - present)]


def _journal_with(data: Path, count: int) -> set[str]:
    journal = Journal.open(data)
    titles = {f"entry {n}" for n in range(count)}
    journal.insert_many(Entry(kind=EntryKind.NOTE, title=t, body="words " * 40) for t in titles)
    journal.close()
    return titles


def trial_restore(folder: Path, rng: random.Random) -> list[str]:
    """Restoring again and again, killed at a random moment: the journal opens, whole, as one of the two."""
    data = folder / "restore"
    backup_titles = _journal_with(data, 30)
    journal = Journal.open(data)
    backup = journal.backup()
    more = {f"later {n}" for n in range(40)}
    journal.insert_many(Entry(kind=EntryKind.NOTE, title=t) for t in more)
    journal.close()
    _kill_after(_child(RESTORER, data, backup), rng.uniform(0.0, 0.5))
    try:
        present = _titles(data)
    except Exception as exc:
        return [f"the journal did not open after the kill: {exc}"]
    if present not in (backup_titles, backup_titles | more):
        return [f"the journal is neither as before nor as restored ({len(present)} entries)"]
    return []


def trial_encrypt(folder: Path, rng: random.Random) -> list[str]:
    """Encrypting, killed at a random moment: the journal opens (plain, or with the passphrase), all there."""
    data = folder / "encrypt"
    titles = _journal_with(data, 60)
    Journal.open(data).backup()
    _kill_after(_child(ENCRYPTER, data), rng.uniform(0.0, 0.4))
    try:
        present = _titles(data)
    except Exception as exc:
        return [f"the journal did not open after the kill: {exc}"]
    problems = [f"lost “{t}”" for t in sorted(titles - present)]
    key = encryption.unlock(data, passphrase=PASSPHRASE) if keyfile.journal_is_encrypted(data) else None
    for info in backups.list_backups(data, key):
        if not info.ok:
            problems.append(f"a backup became unreadable: {info.path.name} ({info.problem})")
    return problems


TRIALS: tuple[Callable[[Path, random.Random], list[str]], ...] = (trial_writes, trial_restore, trial_encrypt)


def run(trials: int, seed: int, *, quiet: bool = False) -> Outcome:
    keyfile.DEFAULT_KDF = FAST_KDF
    rng = random.Random(seed)
    outcome = Outcome()
    for number in range(trials):
        trial = TRIALS[number % len(TRIALS)]
        folder = Path(tempfile.mkdtemp(prefix="rj-soak-"))
        try:
            outcome.add(trial.__name__, trial(folder, rng))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if not quiet and (number + 1) % 10 == 0:
            print(f"  {number + 1} trials, {outcome.survivors} survived", flush=True)
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("SOAK_SEED", "16")))
    args = parser.parse_args()
    outcome = run(args.trials, args.seed)
    print(f"trials: {outcome.trials}  survivors: {outcome.survivors}  lost: {len(outcome.lost)}")
    for line in outcome.lost:
        print(f"  LOST  {line}")
    return 1 if outcome.lost else 0


if __name__ == "__main__":
    sys.exit(main())
