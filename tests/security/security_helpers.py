"""Shared bits of the security tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from journal_app.core import keyfile

REAL_KDF = keyfile.DEFAULT_KDF  # before the tests swap in a cheap one
FAST_KDF = keyfile.KdfParams(memory_kib=256, iterations=1, lanes=1)
PASSPHRASE = "blue kettle morning walk"
NEW_PASSPHRASE = "quiet river stones"


def digests(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and a hash of its bytes: to show nothing changed.

    The empty instance-lock file is left out: it holds no journal data.
    """
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def files_containing(folder: Path, marker: str) -> list[Path]:
    """Files under ``folder`` whose bytes contain ``marker`` (as UTF-8 or UTF-16)."""
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                found.append(path)
    return found
