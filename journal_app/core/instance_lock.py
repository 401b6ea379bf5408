"""One app per journal: an operating-system file lock beside the journal.

The lock is held on an open file, so the operating system lets go of it the
moment the process ends, however it ends: a lock left by a killed process
never blocks the next start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

from . import files
from .errors import JournalInUseError
from .messages import _

_HELD: set[Path] = set()  # the lock files this process holds


def nobody_else_holds(path: Path) -> bool:
    """Whether no other process holds the instance lock at ``path`` (this one may): only then are
    the work files beside the journal (``*.encrypting``, ``*.partial``…) stale and safe to remove."""
    path = Path(path)
    if path.resolve() in _HELD:
        return True
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        _lock(handle)
    except OSError:
        return False
    else:
        _unlock(handle)
        return True
    finally:
        handle.close()


class InstanceLock:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._handle: BinaryIO | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        files.private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), files.PRIVATE_FILE)
        files.make_private(self.path)
        handle = open(fd, "a+b")  # noqa: SIM115 - kept open while the lock is held
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise JournalInUseError(
                _(
                    "Recovery Journal is already open on this journal ({folder}). Switch to that window, "
                    "or close it first."
                ).format(folder=self.path.parent)
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._handle = handle
        _HELD.add(self.path.resolve())

    def release(self) -> None:
        if self._handle is None:
            return
        _HELD.discard(self.path.resolve())
        try:
            self._handle.seek(0)
            self._handle.truncate()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: BinaryIO) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: BinaryIO) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: BinaryIO) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: BinaryIO) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
