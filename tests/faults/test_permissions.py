"""Owner-only files: the data folder and backups/ 0700; the journal, its -wal/-shm, backups, the key
file, the lock file and backups saved elsewhere 0600, whatever the umask; old journals tightened."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from journal_app.cli import main
from journal_app.core import encryption, paths
from journal_app.core.instance_lock import InstanceLock
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _assert_owner_only(data_dir) -> None:
    assert _mode(data_dir) == 0o700
    assert _mode(paths.backups_dir(data_dir)) == 0o700
    found = [p for folder in (data_dir, paths.backups_dir(data_dir)) for p in folder.iterdir() if p.is_file()]
    assert found
    assert {p.name: oct(_mode(p)) for p in found} == {p.name: oct(0o600) for p in found}


def test_a_new_journal_and_everything_beside_it_is_owner_only(data_dir, loose_umask):
    lock = InstanceLock(paths.lock_file(data_dir))
    lock.acquire()
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="mine alone"))
    journal.backup()
    assert paths.sidecars(paths.journal_file(data_dir))[0].exists()  # the -wal is there while open
    _assert_owner_only(data_dir)
    journal.close()
    encryption.encrypt_journal(data_dir, "a long passphrase")
    _assert_owner_only(data_dir)
    assert _mode(paths.key_file(data_dir)) == 0o600
    lock.release()


def test_an_existing_journal_is_tightened_when_it_opens(data_dir, loose_umask):
    journal = Journal.open(data_dir)
    journal.backup()
    journal.close()
    for path in [data_dir, paths.backups_dir(data_dir)]:
        path.chmod(0o755)
    for path in [*data_dir.glob("*"), *paths.backups_dir(data_dir).glob("*")]:
        if path.is_file():
            path.chmod(0o644)
    Journal.open(data_dir).close()
    _assert_owner_only(data_dir)


def test_a_backup_saved_elsewhere_and_its_key_are_owner_only(data_dir, tmp_path, loose_umask, monkeypatch):
    Journal.open(data_dir).close()
    encryption.encrypt_journal(data_dir, "a long passphrase")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("a long passphrase\n"))
    out = tmp_path / "somewhere" / "copy.db"
    out.parent.mkdir()
    assert main(["--data-dir", str(data_dir), "--passphrase-stdin", "backup", "--out", str(out)]) == 0
    assert _mode(out) == 0o600 and _mode(out.with_name("copy.db.key.json")) == 0o600
    assert _mode(out.parent) == 0o755  # the person's own folder is theirs to set
