"""Where a journal lives on disk."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "RecoveryJournal"
DATA_DIR_ENV = "RECOVERY_JOURNAL_DATA_DIR"
JOURNAL_FILE = "journal.db"


def default_data_dir() -> Path:
    """The platform's user data folder, e.g. ``~/.local/share/RecoveryJournal`` on Linux."""
    import platformdirs  # (and tempfile, shutil: only when no folder was named)

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``RECOVERY_JOURNAL_DATA_DIR``, then the platform default."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def journal_file(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FILE


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def lock_file(data_dir: Path) -> Path:
    return data_dir / (JOURNAL_FILE + ".lock")


KEY_FILE = "journal.key.json"


def key_file(data_dir: Path) -> Path:
    """The wrapped database key of an encrypted journal (no secret in clear; see docs/privacy.md)."""
    return data_dir / KEY_FILE


def sidecars(db_file: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it is open: ``-wal``, ``-shm``, ``-journal``."""
    return [db_file.with_name(db_file.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
