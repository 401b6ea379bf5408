"""Command-line commands, one module per group; each adds its sub-parsers in ``register``."""

from __future__ import annotations

from pathlib import Path

from ..core import paths
from ..core.journal import Journal


class CommandContext:
    """What every command shares: where the journal is, and opening it once."""

    def __init__(self, data_dir: str | None = None, passphrase_stdin: bool = False):
        self.data_dir = data_dir
        self.passphrase_stdin = passphrase_stdin
        self._journal: Journal | None = None

    def data_dir_path(self) -> Path:
        return paths.resolve_data_dir(self.data_dir)

    def open_journal(self, *, create: bool = False) -> Journal:
        if self._journal is None:
            self._journal = Journal.open(self.data_dir_path(), create=create)
        return self._journal

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


from . import basics, transfer  # noqa: E402  (imported after CommandContext, which they use)

COMMAND_MODULES = [basics, transfer]
