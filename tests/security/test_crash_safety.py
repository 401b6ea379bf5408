"""A writer killed with SIGKILL at random moments never loses a reported save or leaves half an entry.

30 kills here (18 plain, 12 encrypted); benchmarks/crash_stress.py runs 200.
"""

import os
import random
import sys

import crash_writer
import pytest

from journal_app.core.journal import Journal

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal"),
]


@pytest.mark.parametrize(("rounds", "encrypted"), [(18, False), (12, True)])
def test_killed_writers_lose_no_reported_entry(tmp_path, rounds, encrypted):
    key = os.urandom(32) if encrypted else None
    stats = crash_writer.kill_rounds(tmp_path / "data", rounds, key, random.Random(rounds))
    assert stats["kills"] == rounds
    assert stats["entries"] >= stats["reported"] > 0


def test_two_processes_writing_at_once_end_with_every_entry(tmp_path):
    data_dir = tmp_path / "data"
    Journal.open(data_dir).close()
    writers = [crash_writer.start(data_dir, 1, 500, None), crash_writer.start(data_dir, 100_001, 500, None)]
    outputs = []
    for writer in writers:
        with writer:
            outputs.append(writer.communicate(timeout=300))
    assert [w.returncode for w in writers] == [0, 0], [err for _, err in outputs]
    reported = {
        int(line.split()[1])
        for out, _ in outputs
        for line in out.splitlines()
        if line.startswith("committed ")
    }
    assert len(reported) == 1000
    crash_writer.check_journal(data_dir, None, reported)
    journal = Journal.open(data_dir)
    assert journal.count() == 1000
    journal.close()
