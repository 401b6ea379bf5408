"""The chart benchmark still runs and prints its table (no time is asserted here)."""

import runpy
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from journal_app.gui.charts.registry import CHART_TYPES

SCRIPT = Path(__file__).resolve().parents[3] / "benchmarks" / "charts.py"


def test_chart_benchmark_prints_a_row_per_chart(qtbot, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "path", list(sys.path))  # the script adds the project to it
    monkeypatch.setattr(
        sys,
        "argv",
        [
            str(SCRIPT),
            "--data-dir",
            str(tmp_path / "bench"),
            "--days",
            "20",
            "--entries",
            "60",
            "--runs",
            "1",
        ],
    )
    try:
        runpy.run_path(str(SCRIPT), run_name="__main__")
    except SystemExit as exit_:
        assert exit_.code == 0
    out = capsys.readouterr().out
    for kind in CHART_TYPES:
        assert kind.__name__ in out
    assert "Slowest chart draw:" in out and "target ≤ 50 ms" in out
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # it tidies up its windows
