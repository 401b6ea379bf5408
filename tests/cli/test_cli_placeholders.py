"""The placeholders of the command line's help (argparse's metavars: ``--out FILE``, ``COMMAND``)
are words of the language chosen, like the help around them: ``--out ARCHIVO`` in Spanish.

The help is the real one, printed by ``cli.main(["…", "--help"])``, with the language chosen the way
the other command-line tests choose it (the system's ``LANG``). The placeholders checked are the
ones argparse itself writes for each argument of the parser ``main`` builds, so a new option
without a translated ``metavar`` (argparse then shows its name in capitals, ``--limit LIMIT``) fails.
"""

from __future__ import annotations

import argparse
import re

import pytest

from journal_app import cli
from journal_app.commands import COMMAND_MODULE_NAMES
from journal_app.core import messages

# The English placeholders, and what argparse would show for an argument with no metavar.
ENGLISH_WORDS = ("COMMAND", "DIR", "FILE", "LIST", "NAME", "LABEL", "QUERY", "TEXT", "ZONE", "YYYY")
SAME_IN_EVERY_LANGUAGE = {"N"}  # a number: the one placeholder Spanish writes as English does
COMMANDS = sorted(COMMAND_MODULE_NAMES)


@pytest.fixture
def help_of(monkeypatch, tmp_path, capsys):
    """``recovery-journal [COMMAND] --help`` in a process language (``LANG``); English again afterwards."""
    monkeypatch.setenv("COLUMNS", "200")  # one line per option: a placeholder is never wrapped away
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)

    def run(lang: str, command: str) -> str:
        monkeypatch.setenv("LANG", lang)
        with pytest.raises(SystemExit) as done:
            cli.main(["--data-dir", str(tmp_path / "data"), *([command] if command else []), "--help"])
        assert done.value.code == 0
        return capsys.readouterr().out

    yield run
    messages.set_language(messages.ENGLISH)


def _parsers() -> dict[str, argparse.ArgumentParser]:
    """The parser ``main`` builds for the language now in use, and each command's own, by name."""
    top = cli.build_parser()
    (commands,) = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    return {"": top, **commands.choices}


def _placeholders(parser: argparse.ArgumentParser) -> dict[str, tuple[str, str]]:
    """What argparse writes for each argument's value, and what it would write with no metavar
    (``LIMIT``, ``file``), by the argument's first name. Choices are left out: ``{passed,used}``
    are the values to type, the same in every language."""
    formatter = parser._get_formatter()
    found = {}
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or action.nargs == 0 or action.choices is not None:
            continue
        if action.option_strings:
            default = formatter._get_default_metavar_for_optional(action)
        else:
            default = formatter._get_default_metavar_for_positional(action)
        (shown,) = formatter._metavar_formatter(action, default)(1)
        assert action.metavar is not None, (parser.prog, action.dest, shown)  # not argparse's own guess
        found[(action.option_strings or [action.dest])[0]] = (shown, default)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found["command"] = (action.metavar, action.dest)
    return found


def _shown_in(text: str, name: str, placeholder: str) -> bool:
    if name.startswith("-"):
        return re.search(rf"{re.escape(name)} {re.escape(placeholder)}(?![\w.,=-])", text) is not None
    return re.search(rf"(?<![\w-]){re.escape(placeholder)}(?![\w=-])", text) is not None


def test_every_placeholder_of_every_command_is_spanish(help_of):
    """``recovery-journal --help`` and every command's ``--help`` in Spanish: no placeholder is an
    English word or argparse's capitalised option name, and the help sentences name the Spanish one."""
    texts = {command: help_of("es_ES.UTF-8", command) for command in ["", *COMMANDS]}
    parsers = _parsers()  # built in Spanish: the language main chose is still in use
    assert set(parsers) == {"", *COMMANDS}
    seen = set()
    for command, text in texts.items():
        assert text.startswith("uso: recovery-journal"), text
        for name, (placeholder, default) in _placeholders(parsers[command]).items():
            assert _shown_in(text, name, placeholder), (command, name, placeholder, text)
            assert placeholder == placeholder.upper() and " " not in placeholder, (command, name, placeholder)
            words = set(re.findall(r"[A-Z]+", placeholder)) - SAME_IN_EVERY_LANGUAGE
            assert not words & {*ENGLISH_WORDS, *re.findall(r"[A-Z]+", default.upper())}, (
                command,
                name,
                placeholder,
            )
            seen.add(placeholder)
        for word in ENGLISH_WORDS:  # nor in a help sentence ("replace FILE if it exists")
            assert re.search(rf"(?<![\w-]){word}(?![\w-])", text) is None, (command, word, text)
    assert {"ORDEN", "CARPETA", "ARCHIVO", "NOMBRE", "LISTA", "N", "TEXTO", "AAAA-MM-DD"} <= seen, seen
    assert "[--data-dir CARPETA]" in texts[""] and "\n  ORDEN\n" in texts[""]
    assert "muestra el número de versión del programa y sale" in texts[""]  # --version's own help too
    assert "--out ARCHIVO" in texts["backup"] and "guárdala como ARCHIVO en lugar de" in texts["backup"]
    assert "--out ARCHIVO" in texts["export"] and "reemplaza ARCHIVO si ya existe" in texts["export"]
    assert "--mood-map ETIQUETA=N,..." in texts["import"] and "--timezone ZONA" in texts["import"]
    assert "--limit N" in texts["search"] and "\n  PALABRAS " in texts["search"]


def test_the_english_help_keeps_its_english_placeholders(help_of):
    texts = {command: help_of("C.UTF-8", command) for command in ["", *COMMANDS]}
    parsers = _parsers()
    for command, text in texts.items():
        assert text.startswith("usage: recovery-journal"), text
        for name, (placeholder, _default) in _placeholders(parsers[command]).items():
            assert _shown_in(text, name, placeholder), (command, name, placeholder, text)
    assert "[--data-dir DIR]" in texts[""] and "\n  COMMAND\n" in texts[""]
    assert "show program's version number and exit" in texts[""]
    assert "--out FILE" in texts["backup"] and "save it as FILE instead of" in texts["backup"]
    assert "--out FILE" in texts["export"] and "replace FILE if it exists" in texts["export"]
    assert "[--from YYYY-MM-DD]" in texts["export"] and "[--kinds LIST] [--tag NAME]" in texts["export"]
    assert "--mood-map LABEL=N,..." in texts["import"] and "\n  FILE " in texts["restore"]
    assert (
        "--mood N" in texts["checkin"]
        and "[--halt LIST]" in texts["checkin"]
        and "[TEXT ...]" in texts["checkin"]
    )
    assert "[--trigger NAME]" in texts["urge"] and "\n  QUERY " in texts["search"]
