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

_CHUNK = 1 << 20
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
    with open(partial, "wb") as handle:
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
            f"{db_file.name} is still open in another window or command; close it and try again. "
            "Nothing was changed."
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
