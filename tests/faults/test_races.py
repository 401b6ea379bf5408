"""Two commands racing: every pair of operations that write (import, backup, restore, encrypt), run at
the same moment in two processes. Each ends with a sentence (no traceback), and afterwards the journal
opens and holds everything it held, plus at most what the import brought."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys

import pytest
from fault_helpers import ROOT

from journal_app.core import encryption, keyfile
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind
from journal_app.core.transfer import exporting
from journal_app.core.transfer.options import ExportOptions

PASSPHRASE = "a long passphrase"
OPERATIONS = ("import", "backup", "restore", "encrypt")
# every pair in `make soak` (about a minute); three of the riskiest in `make test`
PAIRS = (
    list(itertools.combinations_with_replacement(OPERATIONS, 2))
    if os.environ.get("RECOVERY_JOURNAL_SOAK")
    else [("import", "encrypt"), ("restore", "import"), ("restore", "encrypt")]
)


def _command(op: str, data_dir, extra) -> list[str]:
    args = {
        "import": ["import", str(extra["import"])],
        "backup": ["backup"],
        "restore": ["restore", str(extra["backup"])],
        "encrypt": ["encrypt"],
    }[op]
    return [sys.executable, "-m", "journal_app", "--data-dir", str(data_dir), "--passphrase-stdin", *args]


@pytest.mark.slow
@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_two_commands_racing_leave_a_whole_journal(data_dir, tmp_path, first, second):
    journal = Journal.open(data_dir)
    originals = {f"original {n}" for n in range(20)}
    journal.insert_many(Entry(kind=EntryKind.NOTE, title=t, body="words " * 30) for t in originals)
    backup = journal.backup()
    other = Journal.open(tmp_path / "other")
    imported = {f"imported {n}" for n in range(20)}
    other.insert_many(Entry(kind=EntryKind.NOTE, title=t) for t in imported)
    source = tmp_path / "imported.json"
    exporting.export_file(other.db, source, "json", ExportOptions(date_from=None))
    other.close()
    journal.close()
    extra = {"import": source, "backup": backup}
    running = [
        subprocess.Popen(
            _command(op, data_dir, extra),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for op in (first, second)
    ]
    for process in running:
        _out, err = process.communicate(PASSPHRASE + "\n" + PASSPHRASE + "\n", timeout=120)
        assert "Traceback" not in err, err
        assert process.returncode in (0, 1), (process.returncode, err)
        if process.returncode:
            assert "error:" in err
    key = (
        encryption.unlock(data_dir, passphrase=PASSPHRASE) if keyfile.journal_is_encrypted(data_dir) else None
    )
    journal = Journal.open(data_dir, key)
    try:
        titles = {row.title for row in journal.rows(limit=1000)}
    finally:
        journal.close()
    assert originals <= titles <= originals | imported
