"""The command line: the same core calls as the app, for scripts and terminals.

With no command it opens the desktop app. Every failure is one line on
standard error and exit code 1; there is never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .commands import CommandContext, argparse_words, command_modules
from .core import causes, paths
from .core.db import DatabaseError
from .core.errors import JournalError
from .core.language_choice import use_device_language
from .core.messages import _, p_

PROG = "recovery-journal"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line and exits 1 like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(
            1, _("{prog}: error: {problem} (see --help)").format(prog=self.prog, problem=message) + "\n"
        )


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given ``argv``, only the module of the command it names is imported
    (so `today` or `search` start quickly); without it, every command is there."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=p_("command-line placeholder", "DIR"),
        default=argparse.SUPPRESS,
        help=_(
            "the folder that holds the journal (default: the platform's user data folder, "
            "or $RECOVERY_JOURNAL_DATA_DIR)"
        ),
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_("read passphrases as lines from standard input instead of asking on the terminal"),
    )
    common.add_argument(
        "--recover-with-key",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_("where the passphrase is asked, give the recovery key instead (a forgotten passphrase)"),
    )
    parser = _Parser(
        prog=PROG,
        parents=[common],
        description=_("A private, offline journal for recovery. With no command, opens the app."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show program's version number and exit"),  # Python 3.11 does not translate its own
    )
    # start at login, waiting in the tray (written into the autostart entry; not for people to type)
    parser.add_argument("--minimised", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(
        dest="command", metavar=p_("command-line placeholder", "COMMAND"), parser_class=_Parser
    )
    for module in command_modules(None if argv is None else list(argv)):
        module.register(sub, common)
    return parser


def _folder_of(filename) -> Path | None:
    return Path(os.fsdecode(filename)).parent if filename else None


def _language_first(argv: list[str]) -> None:
    """Choose the language before the parser is built (its help is in the language): the device
    setting of the data folder named by ``--data-dir`` (or the default), else the system's."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir", default=None)
    try:
        known, _rest = early.parse_known_args(argv)
    except SystemExit:  # `--data-dir` with no folder: the real parser says so
        known = argparse.Namespace(data_dir=None)
    use_device_language(paths.resolve_data_dir(known.data_dir))
    argparse_words.install()  # argparse's own words ("usage:", its errors) in the language too


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _language_first(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    ctx = CommandContext(
        data_dir=getattr(args, "data_dir", None),
        passphrase_stdin=getattr(args, "passphrase_stdin", False),
        recover_with_key=getattr(args, "recover_with_key", False),
    )
    if args.command is None:
        from .gui.app import run_app

        return run_app(ctx.data_dir_path(), argv=[sys.argv[0]], minimised=args.minimised)
    try:
        return args.handler(args, ctx)
    except JournalError as exc:
        print(_("{prog}: error: {problem}").format(prog=PROG, problem=exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("{prog}: stopped; nothing more was changed.").format(prog=PROG), file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `recovery-journal search … | head`: the reader stopped
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        cause = causes.cause_of(exc, _folder_of(exc.filename))
        print(
            _("{prog}: error: {problem} ({file})").format(
                prog=PROG,
                problem=causes.cause_text(cause) if cause else exc.strerror or exc,
                file=exc.filename or _("file"),
            ),
            file=sys.stderr,
        )
        return 1
    except DatabaseError as exc:  # e.g. damage met by a command that skips the whole-file check
        problem = causes.storage_error(exc, _("Reading or writing the journal"), ctx.data_dir_path())
        if problem is not None:
            print(_("{prog}: error: {problem}").format(prog=PROG, problem=problem), file=sys.stderr)
            return 1
        print(
            _(
                "{prog}: error: the journal could not be read ({problem}). Nothing was changed; "
                "`{prog} stats` checks the whole file and offers a backup."
            ).format(prog=PROG, problem=exc),
            file=sys.stderr,
        )
        return 1
    finally:
        ctx.close()


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `recovery-journal-gui` script: the same options, the app by default.

    ``recovery-journal-gui --data-dir X`` opens the app on the journal in X, as
    ``recovery-journal --data-dir X`` does.
    """
    return main(argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
