"""Careful file moves: write beside, sync, swap in one rename, and overwrite what is let go.

A journal file is only ever replaced by one ``os.replace``: before it, the old
file is whole; after it, the new one is. A file that held journal text is
overwritten with zeros before it is deleted, so its words do not stay on the
disk's free space (on SSDs and copy-on-write file systems the drive may still
keep old blocks; docs/privacy.md says so).
"""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from . import paths
from .errors import JournalInUseError
from .messages import _

_CHUNK = 1 << 20
PRIVATE_FILE = 0o600  # journal, -wal/-shm, backups, key file, lock file, backups saved elsewhere
PRIVATE_DIR = 0o700  # the data folder and backups/
_POSIX = os.name == "posix"


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Owner-only: ``path`` (a file, or with PRIVATE_DIR a folder) readable by this account alone.

    A symlink is left alone (its target may be anyone's); so is a file this account does not own.
    """
    if not _POSIX:  # pragma: no cover - Windows: the profile folder's ACLs already say who may read
        return
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if not path.is_symlink() and path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)


def private_dir(folder: Path) -> Path:
    """Make ``folder`` (and missing parents) and leave it owner-only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(folder, PRIVATE_DIR)
    return folder


def tighten(data_dir: Path) -> None:
    """Owner-only modes for the data folder, ``backups/`` and every file in them (existing journals
    made under a looser umask are tightened each time they open)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return
    make_private(data_dir, PRIVATE_DIR)
    for folder in (data_dir, paths.backups_dir(data_dir)):
        if folder is not data_dir:
            make_private(folder, PRIVATE_DIR)
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.is_file() and not path.is_symlink():
                make_private(path)


CORRUPT_MARK = ".corrupt-"


def move_aside(db_file: Path, now: datetime | None = None) -> Path:
    """Rename a damaged journal (and its -wal/-shm) out of the way; return its new name."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = db_file.with_name(f"{db_file.name}{CORRUPT_MARK}{stamp}")
    n = 1
    while target.exists():
        target, n = db_file.with_name(f"{db_file.name}{CORRUPT_MARK}{stamp}-{n}"), n + 1
    for side, moved in zip(paths.sidecars(db_file), paths.sidecars(target), strict=True):
        if side.exists():
            os.replace(side, moved)
    os.replace(db_file, target)
    fsync_dir(db_file.parent)
    return target


def damaged_copies(data_dir: Path) -> list[Path]:
    name = paths.JOURNAL_FILE + CORRUPT_MARK
    return sorted(p for p in data_dir.glob(name + "*") if not p.name.endswith(("-wal", "-shm", "-journal")))


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (a no-op where folders cannot be synced)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a crash leaves either the old file or the new one."""
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    make_private(partial)
    with open(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    fsync_dir(path.parent)


def _overwrite(handle: BinaryIO) -> None:
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    zeros = bytes(min(size, _CHUNK))
    left = size
    while left > 0:
        step = min(left, _CHUNK)
        handle.write(zeros[:step])
        left -= step
    handle.flush()
    os.fsync(handle.fileno())


def shred(path: Path) -> bool:
    """Overwrite ``path`` with zeros, then delete it. Returns whether there was a file."""
    try:
        handle = open(path, "r+b")  # noqa: SIM115
    except FileNotFoundError:
        return False
    with handle:
        _overwrite(handle)
    path.unlink()
    return True


def check_closed(db_file: Path) -> None:
    """Refuse to swap a database that some connection still has open (its WAL is still there)."""
    wal = paths.sidecars(db_file)[0]
    if wal.exists():
        raise JournalInUseError(
            _(
                "{file} is still open in another window or command; close it and try again. Nothing was changed."
            ).format(file=db_file.name)
        )


def swap_in(new_file: Path, target: Path) -> None:
    """Put ``new_file`` in the place of ``target`` in one rename, then shred the old ``target``.

    The old file is held open across the rename, so its bytes can be
    overwritten after the new file has taken its name: at every moment the
    journal's name points at a whole journal.
    """
    check_closed(target)
    old = None
    if target.exists():
        if sys.platform == "win32":  # pragma: no cover - Windows cannot rename over an open file
            aside = target.with_name(target.name + ".old")
            os.replace(target, aside)
            os.replace(new_file, target)
            fsync_dir(target.parent)
            shred(aside)
            return
        old = open(target, "r+b")  # noqa: SIM115
    try:
        os.replace(new_file, target)
        fsync_dir(target.parent)
        if old is not None:
            _overwrite(old)
    finally:
        if old is not None:
            old.close()
    for side in paths.sidecars(target):
        with contextlib.suppress(FileNotFoundError):
            shred(side)


def shred_partials(data_dir: Path) -> None:
    """Remove half-written copies a crash may have left (they never carry a real name)."""
    for folder in (data_dir, paths.backups_dir(data_dir)):
        for pattern in (
            "*.partial",
            "*.partial-*",
            "*.restoring",
            "*.encrypting",
            "*.decrypting",
            "*.converting",
        ):
            for path in folder.glob(pattern):
                if path.is_file():
                    shred(path)
