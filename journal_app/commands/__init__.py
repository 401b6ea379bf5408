"""Command-line commands, one module per group; each adds its sub-parsers in ``register``."""

from __future__ import annotations

from pathlib import Path

from ..core import encryption, keyfile, paths
from ..core.journal import Journal
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
        if self._key is None and keyfile.journal_is_encrypted(data_dir):
            self._key = self.unlock(paths.key_file(data_dir))
        return self._key

    def unlock(self, key_file: Path, whose: str = "") -> bytes:
        """Ask for a passphrase (or, with --recover-with-key, the recovery key) and unwrap the key."""
        if self.recover_with_key:
            secret = self.secrets.ask(f"Recovery key{whose}: ")
            return encryption.unlock_key_file(key_file, recovery_key=secret)
        return encryption.unlock_key_file(key_file, passphrase=self.secrets.ask(f"Passphrase{whose}: "))

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


from . import basics, daily, security, transfer  # noqa: E402  (imported after CommandContext, which they use)

COMMAND_MODULES = [basics, daily, security, transfer]
