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
    "journal": {"journal_view", "entry_editor", "timeline_model", "filter_bar", "undo_commands"},
    "insights": {"insights_view"},
    "plan": {"plan_view"},
    "learn": {"learn_view"},
    "today": {"today_view", "today_checkin"},
}


def _gui_imports(path: Path) -> set[str]:
    """Absolute names of the journal_app modules one GUI file imports (relative imports resolved)."""
    module = "journal_app." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("journal_app.")}


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
        "main_window.py",
        "screenshots.py",
        "tasks.py",
        "tray.py",
    ]
