"""A process that writes journal entries and reports each commit, to be killed at random moments.

Run as a script: ``python crash_writer.py DATA_DIR FIRST_SEQ COUNT KEYHEX|-``. It prints
``committed <seq>`` after each entry's transaction has committed, so whatever it
reported must survive a SIGKILL. :func:`kill_rounds` drives it (used by the
tests and by benchmarks/crash_stress.py).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve()


def expected(seq: int) -> dict:
    """The entry with number ``seq``, known in advance so a half-written one shows."""
    return {
        "title": f"Entry {seq}",
        "body": f"seq {seq}: " + " ".join(f"word{seq}-{i}" for i in range((seq * 37) % 400)),
        "craving": seq % 11,
        "tags": [f"tag{seq % 7}", f"tag{seq % 5 + 10}"],
    }


def write(data_dir: Path, first: int, count: int, key: bytes | None) -> None:
    from journal_app.core.journal import Journal
    from journal_app.core.models import Entry, EntryKind

    journal = Journal.open(data_dir, key)
    print("ready", flush=True)
    for seq in range(first, first + count):
        e = expected(seq)
        journal.save(
            Entry(
                kind=EntryKind.CRAVING, title=e["title"], body=e["body"], craving=e["craving"], tags=e["tags"]
            )
        )
        print(f"committed {seq}", flush=True)
    journal.close()


def start(data_dir: Path, first: int, count: int, key: bytes | None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), str(data_dir), str(first), str(count), key.hex() if key else "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def check_journal(data_dir: Path, key: bytes | None, reported: set[int]) -> int:
    """Integrity ok, every reported entry there, every entry whole; returns the highest seq found."""
    from journal_app.core import db as dbmod
    from journal_app.core import paths
    from journal_app.core.journal import Journal

    db = dbmod.connect(paths.journal_file(data_dir), key, create=False)
    try:
        problems = dbmod.check_problems(db, thorough=True)
        assert not problems, problems
        journal = Journal(db, data_dir, key)
        found = {}
        for (entry_id,) in db.execute("SELECT id FROM entries").fetchall():
            entry = journal.get(entry_id)
            seq = int(entry.title.split()[1])
            e = expected(seq)
            assert (entry.title, entry.body, entry.craving, sorted(entry.tags)) == (
                e["title"],
                e["body"],
                e["craving"],
                sorted(e["tags"]),
            ), f"entry {seq} is not whole"
            assert seq not in found, f"entry {seq} was saved twice"
            found[seq] = entry_id
        lost = reported - set(found)
        assert not lost, f"reported commits lost: {sorted(lost)}"
        fts = db.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'seq'").fetchone()[0]
        assert fts == len(found), "the search index does not match the entries"
    finally:
        db.close()
    return max(found, default=0)


def kill_rounds(data_dir: Path, rounds: int, key: bytes | None, rng: random.Random) -> dict:
    """Start a writer, SIGKILL it at a random moment, check the journal; ``rounds`` times."""
    reported: set[int] = set()
    next_seq = 1
    killed_mid_run = 0
    for _ in range(rounds):
        child = start(data_dir, next_seq, 10_000, key)
        with child:
            try:
                assert child.stdout.readline().strip() == "ready", child.stderr.read()
                wanted = rng.randint(0, 12)
                for _ in range(wanted):
                    line = child.stdout.readline()
                    if line.startswith("committed "):
                        reported.add(int(line.split()[1]))
                time.sleep(rng.uniform(0, 0.02))
            finally:
                os.kill(child.pid, signal.SIGKILL)
                rest, _err = child.communicate()
        assert child.returncode == -signal.SIGKILL
        killed_mid_run += 1
        for line in rest.splitlines(keepends=True):
            if line.startswith("committed ") and line.endswith("\n"):
                reported.add(int(line.split()[1]))
        next_seq = check_journal(data_dir, key, reported) + 1
    return {"kills": killed_mid_run, "reported": len(reported), "entries": next_seq - 1}


if __name__ == "__main__":
    folder, first_seq, how_many, key_hex = sys.argv[1:5]
    write(Path(folder), int(first_seq), int(how_many), None if key_hex == "-" else bytes.fromhex(key_hex))
