"""Other processes' work files are theirs: opening a journal removes a stale ``*.encrypting`` or
``*.partial`` only when no process holds the instance lock."""

from __future__ import annotations

import subprocess
import sys

from fault_helpers import ROOT

from journal_app.core import paths
from journal_app.core.instance_lock import InstanceLock
from journal_app.core.journal import Journal

HOLD = """
import sys
from journal_app.core.instance_lock import InstanceLock
lock = InstanceLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def _work_files(data_dir):
    journal_file = paths.journal_file(data_dir)
    made = [
        journal_file.with_name("journal.db.encrypting"),
        journal_file.with_name("journal.db.partial"),
        paths.backups_dir(data_dir) / "auto-20250101-000000.db.converting",
    ]
    paths.backups_dir(data_dir).mkdir(exist_ok=True)
    for path in made:
        path.write_bytes(b"work in progress")
    return made


def test_a_running_commands_work_files_are_left_alone(data_dir):
    Journal.open(data_dir).close()
    made = _work_files(data_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(paths.lock_file(data_dir))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "held"  # e.g. an encrypt running in another process
        Journal.open(data_dir).close()  # e.g. `stats`
        assert all(path.exists() for path in made)
    finally:
        holder.communicate("\n", timeout=30)
    Journal.open(data_dir).close()  # nobody holds the lock now: they are stale
    assert not any(path.exists() for path in made)


def test_this_process_holding_the_lock_still_tidies(data_dir):
    Journal.open(data_dir).close()
    made = _work_files(data_dir)
    with InstanceLock(paths.lock_file(data_dir)):  # the app holds it, then opens its journal
        Journal.open(data_dir).close()
    assert not any(path.exists() for path in made)
