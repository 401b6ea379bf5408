"""Errors the app explains to a person: each message is one calm, complete sentence."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .backups import BackupInfo


class JournalError(Exception):
    """Something a person can understand and act on; shown without a traceback."""


class NotAJournalError(JournalError):
    """The file is not a Recovery Journal database; it is left exactly as it was."""


class JournalInUseError(JournalError):
    """Another Recovery Journal window or command already has this journal open."""


class NewerJournalError(JournalError):
    """The journal was written by a newer version of the app."""


class WrongPassphraseError(JournalError):
    """The passphrase or recovery key does not open this journal; nothing was changed."""


class PassphraseNeededError(JournalError):
    """The journal is encrypted and was asked to open without its key."""


class DamagedJournalError(JournalError):
    """The journal failed its integrity check and was moved aside, untouched."""

    def __init__(
        self,
        message: str,
        moved_to: Path | None = None,
        backup: BackupInfo | None = None,
        problems: Iterable[str] = (),
    ) -> None:
        super().__init__(message)
        self.problems = list(problems)
        self.moved_to = moved_to
        self.backup = backup


class MissingJournalError(JournalError):
    """The journal file is gone but signs of it remain (a key, a damaged copy, backups)."""


class StorageError(JournalError):
    """The disk, not the journal: full, read-only, not this account's, or failing (``cause`` says which)."""

    def __init__(self, message: str, cause: str = ""):
        super().__init__(message)
        self.cause = cause
