"""The real cause of a failed read or write, in plain words.

A full disk is a full disk, a read-only folder is a read-only folder: neither
may ever read as "not a Recovery Journal database" or "could not be opened
with that passphrase", which could make a person think they forgot their
passphrase. :func:`cause_of` names what the storage did; :func:`storage_error`
turns it into the :class:`StorageError` the app shows.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .errors import StorageError
from .messages import _, format_number

LOW_SPACE = 1 << 20  # under 1 MB free, an input/output error is taken to be a full disk

# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_AUTH = 10, 13, 14, 23

DISK_FULL = "the disk is full"
FILE_SIZE_LIMIT = (
    "the file reached the size this account may write (a file size limit), as if the disk were full"
)
READ_ONLY = "the folder is read-only"
NOT_ALLOWED = "this account is not allowed to write there"
IN_USE = "another window or command is using the journal"
DISK_READ_ONLY = "the disk is read-only"
IO_ERROR = "the disk could not be read or written (an input/output error)"
CANT_OPEN = "the file or its folder could not be opened (missing, or not this account's)"


def cause_text(cause: str) -> str:
    """A cause (one of the English constants above, which stay stable for code) in the language in use."""
    words = {
        DISK_FULL: _("the disk is full"),
        FILE_SIZE_LIMIT: _(
            "the file reached the size this account may write (a file size limit), as if the disk were full"
        ),
        READ_ONLY: _("the folder is read-only"),
        NOT_ALLOWED: _("this account is not allowed to write there"),
        IN_USE: _("another window or command is using the journal"),
        DISK_READ_ONLY: _("the disk is read-only"),
        IO_ERROR: _("the disk could not be read or written (an input/output error)"),
        CANT_OPEN: _("the file or its folder could not be opened (missing, or not this account's)"),
    }
    return words.get(cause, cause)


# Some SQLite calls (the backup API, sqlcipher_export) raise without the real result code;
# their messages are SQLite's own.
_CODE_OF_MESSAGE = {
    "database or disk is full": _SQLITE_FULL,
    "disk i/o error": _SQLITE_IOERR,
    "attempt to write a readonly database": _SQLITE_READONLY,
    "unable to open database file": _SQLITE_CANTOPEN,
    "database is locked": _SQLITE_BUSY,
}


def _size_limited() -> bool:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


def _free(folder: Path | None) -> int | None:
    while folder is not None and not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        import shutil  # (with zlib, bz2 and lzma: only when a disk's free space is asked)

        return shutil.disk_usage(folder or Path.cwd()).free
    except OSError:
        return None


def _writable(folder: Path | None) -> bool:
    return folder is None or not folder.exists() or os.access(folder, os.W_OK)


def _read_only_or_not_allowed(folder: Path | None) -> str:
    if folder is not None and folder.exists():
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return DISK_READ_ONLY
        except (OSError, AttributeError):  # pragma: no cover - no statvfs
            pass
    return READ_ONLY if not _writable(folder) else NOT_ALLOWED


def _full_or_failing(folder: Path | None) -> str:
    free = _free(folder)
    if free is not None and free < LOW_SPACE:
        return DISK_FULL
    if _size_limited():
        return FILE_SIZE_LIMIT
    return IO_ERROR


def cause_of(exc: BaseException, folder: Path | None = None) -> str | None:
    """What the storage did, in words ("the disk is full"), or None when ``exc`` is not the storage's doing.

    ``folder`` is where the file is (or was to be) written: it tells a full disk
    from a failing one and a read-only folder from a forbidden one.
    """
    if isinstance(exc, OSError) and exc.errno is not None:
        code = exc.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DISK_FULL
        if code == errno.EFBIG:
            return FILE_SIZE_LIMIT
        if code == errno.EROFS:
            return DISK_READ_ONLY
        if code in (errno.EACCES, errno.EPERM):
            return _read_only_or_not_allowed(folder)
        if code == errno.EIO:
            return _full_or_failing(folder)
        return None
    sqlite_code: int | None = getattr(exc, "sqlite_errorcode", None)
    if sqlite_code in (None, 1) and type(exc).__module__.startswith(
        "sqlcipher3"
    ):  # 1: passed on by an SQL function
        sqlite_code = _CODE_OF_MESSAGE.get(str(exc).strip().casefold(), sqlite_code)
    if sqlite_code is None:
        return None
    primary = sqlite_code & 0xFF
    if primary == _SQLITE_FULL:
        return DISK_FULL
    if primary == _SQLITE_IOERR:
        return _full_or_failing(folder)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_AUTH):
        return _read_only_or_not_allowed(folder)
    if primary == _SQLITE_CANTOPEN:
        if not _writable(folder):
            return _read_only_or_not_allowed(folder)
        free = _free(folder)
        if free is not None and free < LOW_SPACE:
            return DISK_FULL
        return CANT_OPEN
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return IN_USE
    return None


def storage_error(
    exc: BaseException, doing: str, folder: Path | None = None, *, changed: bool = False
) -> StorageError | None:
    """``StorageError("<doing> failed: the disk is full. Nothing was changed.")``, or None if not the storage's doing."""
    cause = cause_of(exc, folder)
    if cause is None:
        return None
    if changed:
        text = _("{doing} failed: {cause}.").format(doing=doing, cause=cause_text(cause))
    else:
        text = _("{doing} failed: {cause}. Nothing was changed.").format(doing=doing, cause=cause_text(cause))
    return StorageError(text, cause=cause)


def check_room(folder: Path, needed: int, doing: str) -> None:
    """Raise StorageError (before anything is written) when ``folder``'s disk has less than ``needed`` bytes free."""
    free = _free(folder)
    if free is not None and free < needed:
        raise StorageError(
            _(
                "{doing} needs about {needed} of free space and the disk has {free}: {cause}. Nothing was changed."
            ).format(doing=doing, needed=_mb(needed), free=_mb(free), cause=cause_text(DISK_FULL)),
            cause=DISK_FULL,
        )


def _mb(size: int) -> str:
    if size >= 100_000:
        return _("{n} MB").format(n=format_number(size / 1e6, 1))
    return _("{n} KB").format(n=format_number(max(size, 0) // 1000, 0))
