"""argparse's own words ("usage:", "options", "show this help message and exit", its errors) in
the language of the command line.

argparse looks its words up through gettext's default domain (``gettext.gettext`` and
``ngettext``, bound in its module), which reads only compiled ``.mo`` files installed for the
system and knows nothing of the app's ``.po`` catalogues, so they stayed English. :func:`install`
points those two names at the message layer (``core/messages``); the catalogue holds argparse's
words under their exact English ``msgid`` (listed in :func:`_words`, from CPython 3.11–3.14's
``Lib/argparse.py``: the extractor reads them there), so a translator meets them in
``resources/i18n/core/<lang>.po`` like any other sentence. A word a later Python adds stays
English until it is listed here. The ``%(name)s`` / ``%s`` placeholders are argparse's and must
stay in the translation (``tests/core/test_messages.py`` checks).
"""

from __future__ import annotations

import argparse

from ..core.messages import _, n_


def _words() -> None:  # pragma: no cover - never called: it lists argparse's words for the extractor
    _("usage: ")
    _("%(heading)s:")
    _("positional arguments")
    _("options")
    _("subcommands")
    _("show this help message and exit")
    _("show program's version number and exit")
    _(" (default: %(default)s)")
    _("argument %(argument_name)s: %(message)s")
    _("unrecognized arguments: %s")
    _("ambiguous option: %(option)s could match %(matches)s")
    _("invalid choice: %(value)r (choose from %(choices)s)")
    _("invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)")
    _("invalid %(type)s value: %(value)r")
    _("expected one argument")
    _("expected at most one argument")
    _("expected at least one argument")
    n_("expected %s argument", "expected %s arguments", 2)
    _("the following arguments are required: %s")
    _("one of the arguments %s is required")
    _("not allowed with argument %s")
    _("ignored explicit argument %r")
    _("unexpected option string: %s")
    _("unknown parser %(parser_name)r (choices: %(choices)s)")
    _("can't open '%(filename)s': %(error)s")
    _("%(prog)s: error: %(message)s\n")
    _("%(prog)s: warning: %(message)s\n")
    _("option '%(option)s' is deprecated")
    _("argument '%(argument_name)s' is deprecated")
    _("command '%(parser_name)s' is deprecated")


def _gettext(message: str) -> str:
    return _(message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return n_(singular, plural, n)


def install() -> None:
    """Let argparse find its words in the app's catalogue for the language in use (once it is chosen)."""
    setattr(argparse, "_", _gettext)  # noqa: B010 - argparse's private names, set on purpose
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010
