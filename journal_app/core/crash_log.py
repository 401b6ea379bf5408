"""The crash log: what a developer needs to fix a fault, and nothing a person wrote.

When something unexpected fails, the app appends one report to
``<data folder>/logs/crash.log`` (owner-only; the platform's log folder when
the data folder cannot be written). A report holds the time, the versions,
the exception's *type* and where it was raised (file, line, function) — never
the exception's message, the source lines or any variable, because those can
carry journal text, a passphrase or the words of a search. An ``OSError``
adds its error name (``ENOSPC``: a full disk), which names a cause and no words.
"""

from __future__ import annotations

import errno
import os
import platform
import sys
import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs

from .. import __version__
from . import paths

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "crash.log"
MAX_LOG_BYTES = 256 * 1024  # older reports are dropped past this; the newest always stay
_MAX_CHAIN = 5


def log_path(data_dir: Path) -> Path:
    """Where the crash log of the journal in ``data_dir`` lives."""
    return Path(data_dir) / LOG_DIR_NAME / LOG_FILE_NAME


def fallback_log_path() -> Path:
    """The platform's user log folder, for when the data folder cannot be written."""
    return Path(platformdirs.user_log_dir(paths.APP_DIR_NAME, appauthor=False)) / LOG_FILE_NAME


def _where(tb: TracebackType | None) -> list[str]:
    """``file:line in function`` for each frame, file names relative to the package when inside it."""
    lines = []
    for frame in traceback.extract_tb(tb):
        name = frame.filename.replace("\\", "/")
        marker = name.rfind("/journal_app/")
        short = name[marker + 1 :] if marker >= 0 else Path(name).name
        lines.append(f"  at {short}:{frame.lineno} in {frame.name}")
    return lines


def _describe(exc: BaseException) -> str:
    kind = f"{type(exc).__module__}.{type(exc).__qualname__}".removeprefix("builtins.")
    code = getattr(exc, "errno", None) if isinstance(exc, OSError) else None
    if isinstance(code, int) and code in errno.errorcode:
        kind += f" [{errno.errorcode[code]}]"
    return kind


def _chain(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < _MAX_CHAIN:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def format_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    where: str = "",
    extra: dict[str, str] | None = None,
) -> str:
    """One report as text. Only types, locations and versions: no message, no source, no values."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [
        f"=== {now} Recovery Journal {__version__}",
        f"python {platform.python_version()} on {platform.system()} {platform.release()} "
        f"({platform.machine()}){' (bundle)' if getattr(sys, 'frozen', False) else ''}",
    ]
    for key, value in (extra or {}).items():
        lines.append(f"{key}: {value}")
    if where:
        lines.append(f"thread: {where}")
    if exc is None:
        lines.append(f"error: {exc_type.__qualname__}")
        lines.extend(_where(tb))
    else:
        for number, item in enumerate(_chain(exc)):
            lines.append(("error: " if number == 0 else "while handling: ") + _describe(item))
            lines.extend(_where(item.__traceback__ if number else tb))
    return "\n".join(lines) + "\n"


def _open_owner_only(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    if sys.platform != "win32":
        os.fchmod(fd, 0o600)
    return fd


def _trim(path: Path) -> None:
    """Keep the log under MAX_LOG_BYTES by dropping the oldest whole reports."""
    if path.stat().st_size <= MAX_LOG_BYTES:
        return
    text = path.read_text(encoding="utf-8", errors="replace")
    keep = text[-MAX_LOG_BYTES // 2 :]
    start = keep.find("=== ")
    trimmed = keep[start:] if start >= 0 else keep
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(trimmed)
    os.replace(partial, path)


def write_report(data_dir: Path | None, report: str) -> Path | None:
    """Append ``report`` to the crash log; return the file written, or ``None`` if none could be."""
    candidates = ([log_path(data_dir)] if data_dir is not None else []) + [fallback_log_path()]
    for path in candidates:
        try:
            fd = _open_owner_only(path)
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                handle.write(report)
                handle.flush()
            _trim(path)
            return path
        except OSError:
            continue
    return None
