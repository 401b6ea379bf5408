"""`make translations` (core half): the sentences of the core and the CLI into resources/i18n/core/.

Finds every ``_("…")``, ``n_("…", "…", n)`` and ``p_("context", "…")`` call in
journal_app/core, journal_app/cli.py and journal_app/commands (Python's ``ast``, no
other tool), and the names the crisis table shows from ``seeds/emergency_numbers.toml``
(each country's name, context "country", and the table's source, context "emergency numbers
source": ``crisis.Country.label``, ``crisis.table_source``), writes ``messages.pot`` and brings
each ``<lang>.po`` up to date:
translations kept, new sentences added empty (so the completeness test fails
until a translator fills them), sentences no longer in the code dropped.

    python tools/i18n/extract_core.py          # update the files
    python tools/i18n/extract_core.py --check  # exit 1 when a catalogue is out of date
"""

from __future__ import annotations

import ast
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("journal_app/core", "journal_app/cli.py", "journal_app/commands", "journal_app/report")
EMERGENCY_TABLE = "seeds/emergency_numbers.toml"  # shown through p_("country", name) in core/crisis.py
CATALOGUES = ROOT / "resources" / "i18n" / "core"
sys.path.insert(0, str(ROOT))

from journal_app.core.messages import parse_po  # noqa: E402

PLURAL_FORMS = {"es": "nplurals=2; plural=(n != 1);"}


@dataclass
class Message:
    msgid: str
    plural: str | None = None
    context: str | None = None
    places: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract(root: Path = ROOT) -> dict[tuple[str | None, str], Message]:
    found: dict[tuple[str | None, str], Message] = {}
    files: list[Path] = []
    for name in SOURCES:
        path = root / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = [_text(arg) for arg in node.args]
            message: Message | None = None
            if node.func.id in ("_", "N_") and args and args[0] is not None:
                message = Message(args[0])
            elif node.func.id == "n_" and len(args) >= 2 and args[0] is not None and args[1] is not None:
                message = Message(args[0], plural=args[1])
            elif node.func.id == "p_" and len(args) >= 2 and args[0] is not None and args[1] is not None:
                message = Message(args[1], context=args[0])
            if message is None:
                continue
            place = path.relative_to(root).as_posix()  # no line numbers: an edit elsewhere changes nothing
            places = found.setdefault(message.key, message).places
            if place not in places:
                places.append(place)
    for message in _table_messages(root):
        found.setdefault(message.key, message)
    return found


def _table_messages(root: Path) -> list[Message]:
    """The emergency-number table's words a person sees: every country's name and the table's source."""
    path = root / EMERGENCY_TABLE
    if not path.exists():
        return []
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    found = [Message(str(table["source"]), context="emergency numbers source", places=[EMERGENCY_TABLE])]
    found += [
        Message(str(value["name"]), context="country", places=[EMERGENCY_TABLE])
        for value in table.values()
        if isinstance(value, dict) and value.get("name")
    ]
    return found


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def render(messages: dict[tuple[str | None, str], Message], lang: str | None, old: dict[object, dict]) -> str:
    header = "Content-Type: text/plain; charset=UTF-8\\n"
    if lang:
        header = f"Language: {lang}\\n{header}Plural-Forms: {PLURAL_FORMS.get(lang, 'nplurals=2; plural=(n != 1);')}\\n"
    lines = ['msgid ""', f'msgstr "{header}"', ""]
    for key in sorted(messages, key=lambda k: (k[0] or "", k[1])):
        message = messages[key]
        before = old.get(key, {}) if lang else {}
        lines += [f"#: {place}" for place in message.places]
        if before.get("fuzzy"):
            lines.append("#, fuzzy")
        if message.context is not None:
            lines.append(f"msgctxt {_quote(message.context)}")
        lines.append(f"msgid {_quote(message.msgid)}")
        if message.plural is not None:
            lines.append(f"msgid_plural {_quote(message.plural)}")
            forms = before.get("msgstr_plural", {}) if before.get("msgid_plural") == message.plural else {}
            count = 2
            for index in range(max(count, len(forms))):
                lines.append(f"msgstr[{index}] {_quote(forms.get(index, ''))}")
        else:
            lines.append(f"msgstr {_quote(before.get('msgstr', '') if 'msgid_plural' not in before else '')}")
        lines.append("")
    return "\n".join(lines)


def read_po(path: Path) -> dict[object, dict]:
    entries = parse_po(path.read_text(encoding="utf-8")) if path.exists() else []
    return {(entry.get("msgctxt"), entry["msgid"]): entry for entry in entries if entry["msgid"]}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    messages = extract()
    outputs = {CATALOGUES / "messages.pot": render(messages, None, {})}
    for po in sorted(CATALOGUES.glob("*.po")):
        outputs[po] = render(messages, po.stem, read_po(po))
    stale = [path for path, text in outputs.items() if not path.exists() or path.read_text("utf-8") != text]
    if check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run `make translations`", file=sys.stderr)
        return 1 if stale else 0
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for path in stale:
        path.write_text(outputs[path], encoding="utf-8")
        print(f"updated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
