"""Every message names the real cause: a full disk (here a file size limit) or a read-only folder is
never "not a Recovery Journal database" or "could not be opened with that passphrase"."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from fault_helpers import ROOT, cli

from journal_app.core import encryption
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

MISLEADING = ("not a Recovery Journal", "passphrase or key", "Traceback", "damaged", "corrupt")
PASSPHRASE = "a long passphrase"


def _journal(data_dir: Path, *, encrypted: bool) -> None:
    journal = Journal.open(data_dir)
    for n in range(40):
        journal.save(Entry(kind=EntryKind.NOTE, title=f"note {n}", body="words " * 50))
    journal.close()
    if encrypted:
        encryption.encrypt_journal(data_dir, PASSPHRASE)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_full_disk_is_never_called_a_wrong_passphrase(data_dir, encrypted):
    _journal(data_dir, encrypted=encrypted)

    def names() -> list[str]:  # an open that failed may leave an empty -wal/-shm, nothing else
        return sorted(p.name for p in data_dir.iterdir() if not p.name.endswith(("-wal", "-shm")))

    before = names()
    refused = 0
    for limit in (4096, 16_384, 40_000):
        done = cli(
            "--data-dir",
            str(data_dir),
            "--passphrase-stdin",
            "stats",
            file_size_limit=limit,
            stdin=PASSPHRASE + "\n",
        )
        if done.returncode:
            refused += 1
            assert "file size limit" in done.stderr, done.stderr
            assert not [word for word in MISLEADING if word in done.stderr], done.stderr
        assert names() == before  # nothing moved aside
    assert refused  # the small limits did stop it
    ok = cli("--data-dir", str(data_dir), "--passphrase-stdin", "stats", stdin=PASSPHRASE + "\n")
    assert ok.returncode == 0 and "40" in ok.stdout


def _chattr(flag: str, *paths: Path) -> bool:
    """Set or clear the immutable flag (root cannot write into an immutable folder either)."""
    import subprocess

    if not shutil.which("chattr"):
        return False
    done = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True)
    return done.returncode == 0


def _make_read_only(data_dir: Path) -> list[Path]:
    """Make the journal's folder unwritable for this account: modes for a person, the immutable
    flag for root (who writes anywhere modes allow nothing). Returns what to make immutable again."""
    files = [path for path in data_dir.iterdir() if path.is_file()]  # closed cleanly: no -wal
    if os.geteuid() != 0:
        os.chmod(data_dir, 0o500)
        for path in files:
            os.chmod(path, 0o400)
        return []
    if not _chattr("+i", *files, data_dir):
        pytest.skip("root writes anywhere, and this file system has no immutable flag")
    return [*files, data_dir]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_read_only_folder_is_called_read_only(encrypted):
    import subprocess

    folder = Path(tempfile.mkdtemp(prefix="read only é "))  # a path with spaces and non-ASCII letters
    immutable: list[Path] = []
    try:
        os.chmod(folder, 0o755)
        data_dir = folder / "data"
        _journal(data_dir, encrypted=encrypted)
        immutable = _make_read_only(data_dir)
        done = subprocess.run(
            [sys.executable, "-m", "journal_app", "--data-dir", str(data_dir), "--passphrase-stdin", "stats"],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(folder)},
        )
        if done.returncode == 0:  # SQLite may read a cleanly closed journal without writing
            assert "40" in done.stdout
        else:
            assert "read-only" in done.stderr or "not allowed" in done.stderr, done.stderr
            assert not [word for word in MISLEADING if word in done.stderr], done.stderr
    finally:
        if immutable:
            _chattr("-i", *immutable)
        os.chmod(folder / "data", 0o700) if (folder / "data").exists() else None
        shutil.rmtree(folder, ignore_errors=True)
