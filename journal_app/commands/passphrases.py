"""Asking for passphrases: on the terminal (never echoed), or as lines from standard input."""

from __future__ import annotations

import sys

from ..core.errors import JournalError
from ..core.messages import _


class SecretReader:
    """``--passphrase-stdin`` reads one line per question, in order (old, then new); a terminal prompts."""

    def __init__(self, from_stdin: bool = False):
        self.from_stdin = from_stdin

    def ask(self, prompt: str, *, confirm: bool = False, what: str = "") -> str:
        """``prompt`` on a terminal; ``what`` names the answer in an error ("the new passphrase")."""
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise JournalError(
                    _("Standard input ended before {what} was given; nothing was changed.").format(
                        what=what or _("the passphrase")
                    )
                )
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise JournalError(
                _(
                    "This needs a passphrase: run it in a terminal, or give it on standard input with "
                    "--passphrase-stdin."
                )
            )
        import getpass

        value = getpass.getpass(prompt)
        if confirm and getpass.getpass(_("The same again, to be sure: ")) != value:
            raise JournalError(_("The two passphrases were not the same; nothing was changed."))
        return value
