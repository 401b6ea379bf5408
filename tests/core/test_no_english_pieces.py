"""No English sentence is assembled in the modules the message layer covers.

Every string literal that reads as words for a person (two words or more) must be the
first argument of ``_``, ``n_`` or ``p_`` (or a docstring, a help-suppressed internal text,
SQL, a date pattern, markup): an English sentence written any other way — an f-string, a
concatenation, ``"s" if n != 1`` — could not be translated. A test that can fail: it finds
the literal and names its file and line.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COVERED = [
    "journal_app/cli.py",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "journal_app" / "commands").glob("*.py")),
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "journal_app" / "report").glob("*.py")),
    "journal_app/core/today.py",
    "journal_app/core/models.py",
    "journal_app/core/words.py",
    "journal_app/core/messages.py",
    "journal_app/core/insights/streaks.py",
    "journal_app/core/transfer/importing.py",
    "journal_app/core/transfer/source.py",
    "journal_app/core/transfer/reading.py",
    "journal_app/core/transfer/formats.py",
    "journal_app/core/transfer/markdown.py",
    "journal_app/core/transfer/report_data.py",
    "journal_app/core/transfer/own_csv.py",
    "journal_app/core/transfer/own_json.py",
    "journal_app/core/transfer/records.py",
    "journal_app/core/transfer/daylio.py",
    "journal_app/core/transfer/daylio_backup.py",
    "journal_app/core/transfer/jrnl.py",
    "journal_app/core/transfer/dayone.py",
    "journal_app/core/transfer/csvcells.py",
    "journal_app/core/crisis.py",
    "journal_app/core/transfer/archive.py",
    "journal_app/core/transfer/exporting.py",
    "journal_app/core/transfer/options.py",
    "journal_app/core/transfer/sealed.py",
    "journal_app/core/encryption.py",
    "journal_app/core/files.py",
    "journal_app/core/instance_lock.py",
    "journal_app/core/journal.py",
    "journal_app/core/integrity.py",
    "journal_app/core/plan.py",
    "journal_app/core/annotations.py",
    "journal_app/core/language_choice.py",
    "journal_app/core/charts_data/daily.py",
]
WRAPPERS = {"_", "n_", "p_", "N_"}
NOT_WORDS = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA|FROM|WHERE|AND|ORDER|GROUP|UNION|CASE)\b"  # SQL
    r"|%[A-Za-z]"  # strftime / argparse patterns
    r"|[<{]\w"  # markup, CSS, placeholders only
)
# Literals that read as words but are not a sentence for a person, each with why (the
# start of the literal; f-strings as "f-string" plus their literal pieces).
ALLOWED_BY_FILE = {
    "journal_app/report/pdf.py": {
        "'\\nh1 { font-size",  # the report's style sheet
    },
    "journal_app/core/messages.py": {
        "f-string 'The   translation could not be read",  # the catalogue itself failed: said in English
        "f-string 'The   translation is damaged",
        "f-string 'a continued string without a field",  # the .po parser's ValueError, never shown
        "f-string 'not a .po line",
    },
    "journal_app/core/transfer/reading.py": {
        "\"the file's bytes were let go",  # a programming error (RuntimeError), never shown
    },
    "journal_app/core/transfer/daylio.py": {
        "'rad, good, meh, bad, awful'",  # Daylio's own mood labels, as its files write them
    },
    "journal_app/core/transfer/dayone.py": {
        "'[photo not brought in]'",  # the marks left in an entry's text: the journal keeps them
        "'[video not brought in]'",  # (a re-import must find the same words), never translated
        "'[audio recording not brought in]'",
        "'[PDF not brought in]'",
        "'Day One'",  # the app's name: the key the journal records imported ids under
    },
    "journal_app/core/transfer/csvcells.py": {
        "'field larger than field limit'",  # Python's csv error, matched to name the real cause
    },
    "journal_app/core/crisis.py": {
        "f-string ' is not a country in the emergency-number table",  # a ValueError for code, never shown
    },
    "journal_app/core/transfer/markdown.py": {
        "'# Recovery Journal'",  # the app's name as the Markdown file's title
    },
}


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _is_docstring(node: ast.Constant, parent: ast.AST | None) -> bool:
    return isinstance(parent, ast.Expr)


def _wrapped(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    return isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id in WRAPPERS


def _reads_as_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}[,.;:]?\s+[A-Za-z]{2,}", text)) and not NOT_WORDS.search(text)


def english_literals(path: str, root: Path = ROOT) -> list[str]:
    tree = ast.parse((root / path).read_text("utf-8"))
    parents = _parents(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            parent = parents.get(node)
            if _is_docstring(node, parent) or _wrapped(node, parents):
                continue
            if isinstance(parent, ast.JoinedStr):  # a piece of an f-string: judged with its f-string
                continue
            text = node.value
            if _reads_as_words(text):
                found.append(f"{path}:{node.lineno}: {text[:60]!r}")
        elif isinstance(node, ast.JoinedStr):
            pieces = " ".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if _reads_as_words(pieces):
                found.append(f"{path}:{node.lineno}: f-string {pieces[:60]!r}")
        elif isinstance(node, ast.IfExp):  # "s" if n != 1 else "": a hand-made plural
            ends = [n.value for n in (node.body, node.orelse) if isinstance(n, ast.Constant)]
            if set(ends) in ({"s", ""}, {"y", "ies"}, {"entry", "entries"}, {"day", "days"}, {"is", "are"}):
                found.append(f"{path}:{node.lineno}: a hand-made plural")
    return found


def _allowed(path: str, finding: str) -> bool:
    said = finding.split(": ", 1)[1]
    return said.startswith(tuple(ALLOWED_BY_FILE.get(path, ())))


@pytest.mark.parametrize("path", COVERED)
def test_no_english_sentence_is_built_outside_the_message_layer(path):
    assert [f for f in english_literals(path) if not _allowed(path, f)] == []


def test_the_check_finds_a_sentence_built_from_pieces(tmp_path):
    code = tmp_path / "journal_app" / "x.py"
    code.parent.mkdir()
    code.write_text(
        "from .messages import _\n"
        "def f(n, name):\n"
        '    ok = _("Saved {n} entries.").format(n=n)\n'
        '    bad = f"Saved {n} entr" + ("y" if n == 1 else "ies")\n'
        '    worse = "Hello " + name + ", welcome back"\n'
        "    return ok, bad, worse\n"
    )
    found = english_literals("journal_app/x.py", tmp_path)
    assert len(found) == 3 and not any("Saved {n} entries" in f for f in found)
