"""The import-format registry: detection, the CLI's --format choices and the dialog's list all come from it."""

import dataclasses

import pytest

from journal_app.cli import build_parser
from journal_app.core.transfer import formats, importing
from journal_app.core.transfer.reading import Content, ImportFormat, Reading
from journal_app.core.transfer.source import SourceError


def _choices(parser, command: str, option: str) -> list[str]:
    sub = next(a for a in parser._actions if a.dest == "command")
    action = next(a for a in sub.choices[command]._actions if option in a.option_strings)
    return list(action.choices)


def _plain_text_format() -> ImportFormat:
    """A made-up format: a text file whose first line is "PLAIN" (the one module a new format needs)."""
    return ImportFormat(
        "plain",
        "Plain text notes",
        lambda content: not content.looks_json() and content.text.startswith("PLAIN"),
        lambda content, options: Reading([]),
    )


def test_every_registered_format_is_a_cli_choice_and_a_dialog_entry(qapp):
    from journal_app.gui.dialogs.import_dialog import format_choices

    names = [fmt.name for fmt in formats.IMPORT_FORMATS]
    assert _choices(build_parser(), "import", "--format") == ["auto", *names]
    assert [key for key, _ in format_choices()] == ["auto", *names]
    assert "Daylio backup" in dict(format_choices()).values()


def test_one_line_in_the_registry_adds_a_format_everywhere(qapp, monkeypatch, tmp_path, journal):
    from journal_app.gui.dialogs.import_dialog import format_choices

    monkeypatch.setattr(formats, "IMPORT_FORMATS", (*formats.IMPORT_FORMATS, _plain_text_format()))
    assert _choices(build_parser(), "import", "--format")[-1] == "plain"
    assert format_choices()[-1] == ("plain", "Plain text notes")
    path = tmp_path / "notes.txt"
    path.write_text("PLAIN\nhello\n", encoding="utf-8")
    assert formats.detect(Content(path.read_bytes(), path.name)).name == "plain"
    with pytest.raises(SourceError, match="Plain text notes"):  # the error lists what can be read
        formats.detect(Content(b"something else entirely\n"))


def test_detection_asks_binary_formats_first(monkeypatch):
    seen = []

    def sniffing(name: str, binary: bool) -> ImportFormat:
        def sniff(content):
            seen.append(name)
            return False

        return dataclasses.replace(_plain_text_format(), name=name, sniff=sniff, binary=binary)

    monkeypatch.setattr(formats, "IMPORT_FORMATS", (sniffing("text", False), sniffing("bytes", True)))
    with pytest.raises(SourceError):
        formats.detect(Content(b"a,b\n1,2\n"))
    assert seen == ["bytes", "text"]


def test_an_unknown_format_name_is_one_clear_line(journal, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a\n", encoding="utf-8")
    with pytest.raises(SourceError, match="“excel” is not a format I can import; choose from auto, json"):
        importing.prepare_import(journal.db, path, importing.ImportOptions(format="excel"))
