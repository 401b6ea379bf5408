"""Turning encryption on is atomic: killed at any moment, the journal still opens, whole, either
as it was (plain) or encrypted — never half of each, never empty."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from security_helpers import PASSPHRASE, files_containing

from journal_app.core import encryption, keyfile
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]

ENCRYPT = (
    "import sys; from journal_app.core import keyfile;"
    "keyfile.DEFAULT_KDF = keyfile.KdfParams(256, 1, 1);"
    "from journal_app.cli import main; print('go', flush=True);"
    "sys.exit(main(['encrypt', '--passphrase-stdin']))"
)
MARKER = "marker-switch-4d7"


def _state(data_dir) -> tuple[bool, int]:
    """(encrypted?, entries) of the journal as the app would open it now."""
    encrypted = keyfile.journal_is_encrypted(data_dir)
    key = encryption.unlock(data_dir, passphrase=PASSPHRASE) if encrypted else None
    journal = Journal.open(data_dir, key)
    try:
        return key is not None, journal.count()
    finally:
        journal.close()


def test_killing_an_encrypt_at_random_moments_never_breaks_the_journal(data_dir):
    journal = Journal.open(data_dir)
    journal.insert_many(
        Entry(kind=EntryKind.NOTE, title=f"Day {i}", body=f"{MARKER} " * 50) for i in range(400)
    )
    journal.backup()
    journal.close()
    rng = random.Random(11)
    env = dict(os.environ)
    outcomes = set()
    for _ in range(8):
        with subprocess.Popen(
            [sys.executable, "-c", ENCRYPT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        ) as child:
            child.stdin.write(PASSPHRASE + "\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "go"
            time.sleep(rng.uniform(0.0, 0.25))
            child.send_signal(signal.SIGKILL)
            child.communicate()
        encrypted, count = _state(data_dir)
        assert count == 400
        outcomes.add(encrypted)
        if encrypted:
            assert files_containing(data_dir, MARKER) == []  # backups finished on this open if needed
            encryption.decrypt_journal(data_dir, encryption.unlock(data_dir, passphrase=PASSPHRASE))
    assert _state(data_dir) == (False, 400)
