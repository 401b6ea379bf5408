"""`--json` is for scripts: its keys are the documented English names in every language; only
the words a person reads (a streak's name, a milestone) follow the language."""

from __future__ import annotations

import json

import pytest

from journal_app import cli
from journal_app.core import messages


def _keys(value: object, path: str = "") -> set[str]:
    """Every key of a JSON document, with where it sits ("warning_signs[].title")."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            found |= {f"{path}.{key}"} | _keys(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for inner in value:
            found |= _keys(inner, f"{path}[]")
    return found


@pytest.fixture
def run(monkeypatch, tmp_path, capsys):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "data"

    def run(lang: str, *argv: str) -> str:
        monkeypatch.setenv("LANG", lang)
        assert cli.main(["--data-dir", str(data), *argv]) == 0
        return capsys.readouterr().out

    yield run
    messages.set_language(messages.ENGLISH)


def test_json_keys_are_the_same_english_names_in_spanish(run, tmp_path):
    run("C.UTF-8", "demo", "--days", "40")
    exported = tmp_path / "all.json"
    commands = {
        "search": ["search", "a", "--json"],
        "stats": ["stats", "--json"],
        "today": ["today", "--json"],
        "insights": ["insights", "--json"],
        "export": ["export", "--format", "json", "--out", str(exported), "--overwrite", "--json"],
        "import": ["import", str(exported), "--dry-run", "--json"],
    }
    for name, argv in commands.items():
        english = json.loads(run("C.UTF-8", *argv))
        spanish = json.loads(run("es_ES.UTF-8", *argv))
        assert _keys(english), name
        assert _keys(spanish) == _keys(english), (name, _keys(spanish) ^ _keys(english))
    today = json.loads(run("es_ES.UTF-8", "today", "--json"))
    assert "days_without_use" in today and "checkin" in today  # documented names (docs/export-format.md)
    (streak,) = today["days_without_use"]
    assert streak["name"] == "Opioides" and streak["next_milestone"].endswith("días")  # words: Spanish
