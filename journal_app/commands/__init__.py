"""Command-line commands, one module per group; each adds its sub-parsers in ``register``."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from ..core import paths
from ..core.journal import Journal
from ..core.messages import _
from .passphrases import SecretReader


class CommandContext:
    """What every command shares: where the journal is, and opening it once."""

    def __init__(
        self, data_dir: str | None = None, passphrase_stdin: bool = False, recover_with_key: bool = False
    ):
        self.data_dir = data_dir
        self.passphrase_stdin = passphrase_stdin
        self.recover_with_key = recover_with_key
        self.secrets = SecretReader(passphrase_stdin)
        self._journal: Journal | None = None
        self._key: bytes | None = None

    def data_dir_path(self) -> Path:
        return paths.resolve_data_dir(self.data_dir)

    def open_journal(self, *, create: bool = False, check: bool = True) -> Journal:
        """Open the journal once. ``check=False`` skips the whole-file quick_check
        (about 0.4 s at 100,000 entries) for commands that only read a little of it."""
        if self._journal is None:
            self._journal = Journal.open(self.data_dir_path(), self.journal_key(), create=create, check=check)
        return self._journal

    def journal_key(self) -> bytes | None:
        """None for a plain journal; for an encrypted one, asks its passphrase (or recovery key) once."""
        data_dir = self.data_dir_path()
        if self._key is None and paths.key_file(data_dir).exists():
            from ..core import keyfile  # (and hashlib, secrets: only for an encrypted journal)

            if keyfile.journal_is_encrypted(data_dir):
                self._key = self.unlock(paths.key_file(data_dir))
        return self._key

    def unlock(self, key_file: Path, for_backup: bool = False) -> bytes:
        """Ask for a passphrase (or, with --recover-with-key, the recovery key) and unwrap the key."""
        from ..core import encryption

        if self.recover_with_key:
            if for_backup:
                prompt, what = _("Recovery key for the backup: "), _("the recovery key for the backup")
            else:
                prompt, what = _("Recovery key: "), _("the recovery key")
            return encryption.unlock_key_file(key_file, recovery_key=self.secrets.ask(prompt, what=what))
        if for_backup:
            prompt, what = _("Passphrase for the backup: "), _("the passphrase for the backup")
        else:
            prompt, what = _("Passphrase: "), _("the passphrase")
        return encryption.unlock_key_file(key_file, passphrase=self.secrets.ask(prompt, what=what))

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


# Which module holds each command, so a short command imports only its own module (the
# import and export code alone is a large part of `today`'s start-up). A test checks this
# table against the parsers the modules really register.
COMMAND_MODULE_NAMES: dict[str, str] = {
    "search": "basics",
    "stats": "basics",
    "demo": "basics",
    "checkin": "daily",
    "urge": "daily",
    "today": "daily",
    "insights": "daily",
    "encrypt": "security",
    "decrypt": "security",
    "change-passphrase": "security",
    "backup": "security",
    "backups": "security",
    "restore": "security",
    "import": "transfer",
    "export": "transfer",
}
MODULE_NAMES = ("basics", "daily", "security", "transfer")
_VALUE_OPTIONS = {"--data-dir"}  # top-level options followed by a value


def command_in(argv: list[str]) -> str | None:
    """The command named in ``argv`` (the first word that is not an option or its value)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _VALUE_OPTIONS:
            skip = True
        elif word == "--":
            return None
        elif not word.startswith("-"):
            return word
    return None


def command_modules(argv: list[str] | None = None) -> list[ModuleType]:
    """The command modules to register: just the one holding the command in ``argv`` when it
    names a known command, else all of them (help, a mistake, or no command)."""
    wanted = COMMAND_MODULE_NAMES.get(command_in(argv or []) or "")
    names = [wanted] if wanted else MODULE_NAMES
    return [importlib.import_module(f"{__name__}.{name}") for name in names]
