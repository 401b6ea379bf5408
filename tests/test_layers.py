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
        for p in (PACKAGE / "core").rglob("*.py") if p.name != "__init__.py"
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
