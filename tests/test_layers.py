"""The core stays free of Qt, so it can be tested and scripted without a display."""

import ast
import subprocess
import sys
from pathlib import Path

import journal_app

PACKAGE = Path(journal_app.__file__).parent


def test_no_core_module_imports_qt():
    offenders = []
    for path in (PACKAGE / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "pyqtgraph", "shiboken6"} for n in names):
                offenders.append(path.relative_to(PACKAGE))
    assert offenders == []


def test_importing_all_of_core_loads_no_qt():
    modules = sorted(
        "journal_app." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in (PACKAGE / "core").rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_gui_runs_no_sql():
    for path in (PACKAGE / "gui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert ".execute(" not in text and ".query(" not in text, path


# --- the GUI's wings (docs/architecture.md, "GUI") ---------------------------------------------

GUI = PACKAGE / "gui"
WINGS = ("views", "dialogs", "security", "widgets", "charts")
TOP_ONLY = {"journal_app.gui.main_window", "journal_app.gui.app", "journal_app.gui.screenshots"}
# a main view and the parts it is made of; one view never imports another view's parts
VIEW_GROUPS = {
    "journal": {
        "journal_view",
        "entry_editor",
        "timeline_model",
        "timeline_table",
        "filter_bar",
        "undo_commands",
    },
    "insights": {"insights_view"},
    "plan": {"plan_view", "plan_parts"},
    "learn": {"learn_view"},
    "today": {"today_view", "today_checkin"},
}


def _gui_imports(path: Path) -> set[str]:
    """Absolute names of the journal_app modules one GUI file imports (relative imports resolved)."""
    found = set()
    for _line, target, names in _imports(path):
        found.add(target)
        found.update(f"{target}.{name}" for name in names)
    return found


def _wing_files():
    for wing in WINGS:
        for path in (GUI / wing).rglob("*.py"):
            yield wing, path


def test_every_wing_says_what_lives_there():
    for wing in WINGS:
        doc = ast.get_docstring(ast.parse((GUI / wing / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"gui/{wing}/__init__.py has no one-line docstring"


def test_wings_never_import_the_main_window_or_the_app():
    offenders = [
        (str(path.relative_to(PACKAGE)), name)
        for _wing, path in _wing_files()
        for name in _gui_imports(path)
        if any(name == top or name.startswith(top + ".") for top in TOP_ONLY)
    ]
    assert offenders == []


def test_a_view_never_imports_another_view():
    group_of = {part: group for group, parts in VIEW_GROUPS.items() for part in parts}
    offenders = []
    for path in (GUI / "views").glob("*.py"):
        mine = group_of.get(path.stem)
        for name in _gui_imports(path):
            if name.startswith("journal_app.gui.views."):
                other = group_of.get(name.split(".")[3])
                if mine and other and other != mine:
                    offenders.append((path.name, name))
    assert offenders == []


def test_widgets_and_dialogs_import_no_view():
    offenders = [
        (str(path.relative_to(PACKAGE)), name)
        for wing, path in _wing_files()
        if wing in ("widgets", "dialogs")
        for name in _gui_imports(path)
        if name.startswith("journal_app.gui.views")
    ]
    assert offenders == []


def test_gui_files_live_in_a_wing_or_are_the_few_at_the_top():
    top = sorted(p.name for p in GUI.glob("*.py"))
    assert top == [
        "__init__.py",
        "app.py",
        "context.py",
        "i18n.py",
        "main_window.py",
        "screenshots.py",
        "tasks.py",
        "theme.py",  # the one theme module every wing uses
        "tray.py",
    ]


# --- the whole package: who may import whom, private names, circles ----------------------------


def _module_name(path: Path) -> str:
    parts = ("journal_app", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    rel = Path(*name.split(".")[1:]) if "." in name else Path()
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def _imports(path: Path, text: str | None = None) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) for each journal_app import in one file, relative imports resolved.

    Imports inside functions count (a late import is still a dependency); those under
    ``if TYPE_CHECKING:`` do not (they never run).
    """
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8") if text is None else text)
    skipped = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for stmt in node.body
        for inner in ast.walk(stmt)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] == "journal_app":
                found.append((node.lineno, target, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found.extend(
                (node.lineno, alias.name, [])
                for alias in node.names
                if alias.name.split(".")[0] == "journal_app"
            )
    return found


def _all_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _edges() -> dict[str, dict[str, tuple[Path, int]]]:
    """module → {module it imports: (file, line)}; ``from pkg import mod`` points at ``pkg.mod``."""
    graph: dict[str, dict[str, tuple[Path, int]]] = {}
    for path in _all_files():
        out = graph.setdefault(_module_name(path), {})
        for line, target, names in _imports(path):
            targets = [f"{target}.{n}" for n in names if _is_module(f"{target}.{n}")]
            if len(targets) < len(names) or not names:
                targets.append(target)
            for t in targets:
                out.setdefault(t, (path, line))
    return graph


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{line}"


def test_report_and_commands_never_import_the_gui():
    offenders = [
        f"{_where(path, line)} imports {target}"
        for folder in ("report", "commands")
        for path in (PACKAGE / folder).rglob("*.py")
        for line, target, names in _imports(path)
        if target.startswith("journal_app.gui")
        or any(f"{target}.{n}".startswith("journal_app.gui") for n in names)
    ]
    assert offenders == [], "\n".join(offenders)


def _private_reach_ins(files: dict[Path, str]) -> list[str]:
    offenders = []
    for path, text in files.items():
        tree = ast.parse(text)
        for line, target, names in _imports(path, text):
            offenders.extend(
                f"{_where(path, line)} imports {target}.{name}, a private name of another module"
                for name in names
                # a lone "_" is gettext's translate-this (core/messages.py), not a private name
                if name.startswith("_") and not name.startswith("__") and name != "_"
            )
        # another module's or object's _name: only self, cls and super() may reach a private attribute
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
                and not (isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "super")
            ):
                offenders.append(f"{_where(path, node.lineno)} uses {ast.unparse(node)}, a private name")
    return offenders


def test_no_module_uses_another_modules_private_names():
    offenders = _private_reach_ins({path: path.read_text(encoding="utf-8") for path in _all_files()})
    assert offenders == [], "\n".join(offenders)


def _circles(graph: dict[str, dict[str, tuple[Path, int]]]) -> list[list[str]]:
    """Every import circle, found as the strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, {}):
            if nxt not in graph:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circles():
    graph = _edges()
    messages = []
    for group in _circles(graph):
        members = set(group)
        lines = [
            f"  {_where(*graph[a][b])} ({a} imports {b})"
            for a in group
            for b in sorted(graph[a])
            if b in members
        ]
        messages.append("import circle between " + ", ".join(group) + ":\n" + "\n".join(lines))
    assert messages == [], "\n".join(messages)


def test_the_checks_themselves_catch_a_circle_and_a_private_import():
    graph = {
        "a": {"b": (PACKAGE / "cli.py", 1)},
        "b": {"c": (PACKAGE / "cli.py", 2)},
        "c": {"a": (PACKAGE / "cli.py", 3)},
    }
    assert _circles(graph) == [["a", "b", "c"]]
    assert _circles({"a": {"b": (PACKAGE, 1)}, "b": {}}) == []
    probe = PACKAGE / "core" / "zz_reach_in_probe.py"  # never written: only its text is checked
    text = "from .query import _private\nfrom . import entries\nentries._hidden()\nview.editor._set_dirty(True)\n"
    found = _private_reach_ins({probe: text})
    assert found == [
        "journal_app/core/zz_reach_in_probe.py:1 imports journal_app.core.query._private, a private name of another module",
        "journal_app/core/zz_reach_in_probe.py:3 uses entries._hidden, a private name",
        "journal_app/core/zz_reach_in_probe.py:4 uses view.editor._set_dirty, a private name",
    ]


def test_outside_the_core_nothing_reaches_for_the_database():
    """The GUI, the CLI and the report reach the journal through ``Journal`` and its parts
    (``journal.transfer``, ``journal.annotations``, ``journal.plan``, ``journal.chart_data()``)."""
    offenders = [
        f"{_where(path, node.lineno)} uses {ast.unparse(node)}"
        for path in _all_files()
        if "core" not in path.relative_to(PACKAGE).parts
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "db"
    ]
    assert offenders == [], "\n".join(offenders)


def _imports_sqlite_utils(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Import) and any(a.name.split(".")[0] == "sqlite_utils" for a in node.names)
    ) or (isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlite_utils")


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")


def test_sqlite_utils_is_imported_only_when_first_used():
    """sqlite-utils (with click, dateutil, pluggy, tabulate: about 57 ms) stays off the short
    commands' path: it is imported in one place, inside ``core.db._sqlite_utils_database`` (what
    ``Database.utils`` calls the first time), and elsewhere only for type checking. Whether the
    short commands load it is checked by running them (tests/cli/test_cli_daily.py)."""
    allowed = ("journal_app/core/db.py", "_sqlite_utils_database")
    offenders = []
    for path in _all_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
        for node in ast.walk(tree):
            if not _imports_sqlite_utils(node):
                continue
            enclosing, inside = [], parents.get(node)
            while inside is not None:
                enclosing.append(inside)
                inside = parents.get(inside)
            if any(_is_type_checking(n) for n in enclosing):
                continue
            functions = [n.name for n in enclosing if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
            where = str(path.relative_to(PACKAGE.parent))
            if (where, functions[:1]) != (allowed[0], [allowed[1]]):
                offenders.append(
                    f"{_where(path, node.lineno)} imports sqlite_utils "
                    f"({'in ' + functions[0] if functions else 'at the top'}; use Database.utils)"
                )
    assert offenders == [], "\n".join(offenders)


# --- one job a module ---------------------------------------------------------------------------

MAX_LINES = 500
# modules allowed over MAX_LINES, each with its reason; none today. A module that grows past it is
# split along a seam of its own (journal_view.py gave the timeline's keys to timeline_table.py)
LONG_MODULES: dict[str, str] = {}


def test_no_module_is_over_500_lines():
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = str(path.relative_to(PACKAGE.parent))
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and name not in LONG_MODULES:
            too_long.append(f"{name}: {lines} lines (split it along a seam; the guide says ~{MAX_LINES})")
    assert too_long == []
