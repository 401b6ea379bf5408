"""Time until the main window is shown, against a bare PySide6 + pyqtgraph window,
and the app's peak memory with the 100k journal open.

Each runs in a fresh process (as a person starting the app would), timed from
process start until the window has been shown and painted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from bench_journal import big_journal_dir
from harness import Measure

BARE = """
import json, resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
import pyqtgraph as pg
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(1200, 780)
window.show()
def done():
    app.processEvents()
    print(json.dumps({"shown": True}), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

APP = """
import json, resource, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import journal_app.gui.app as gui_app
VISIT = {visit}
def done():
    app = QApplication.instance()
    app.processEvents()
    print(json.dumps({{"shown": True}}), flush=True)
    if VISIT:
        window = next(w for w in app.topLevelWidgets() if w.isWindow() and w.isVisible())
        for view in window.views:
            window.show_view(view)
            app.processEvents()
        window.journal_view.table.scrollToBottom()
        app.processEvents()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({{"peak_mb": rss}}), flush=True)
    for w in app.topLevelWidgets():
        w.close()
    app.quit()
QTimer.singleShot(0, done)
sys.exit(gui_app.run_app(Path({data_dir!r})))
"""


def _time_to_shown(code: str) -> tuple[float, dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    first = child.stdout.readline()
    elapsed = time.perf_counter() - start
    extra = {}
    for line in child.stdout:
        extra.update(json.loads(line))
    child.wait(timeout=120)
    if not first.strip():
        raise RuntimeError("the window never reported being shown")
    return elapsed, extra


def window_ratio() -> list[float]:
    data_dir = str(big_journal_dir())
    app_code = APP.format(data_dir=data_dir, visit=False)
    _time_to_shown(BARE), _time_to_shown(app_code)  # warm the file cache
    bare, app = [], []
    for _ in range(5):
        bare.append(_time_to_shown(BARE)[0])
        app.append(_time_to_shown(app_code)[0])
    ratio = statistics.median(app) / statistics.median(bare)
    WINDOW_TIMES.update(app_ms=statistics.median(app) * 1000, bare_ms=statistics.median(bare) * 1000)
    return [ratio]


WINDOW_TIMES: dict[str, float] = {}


def peak_memory() -> list[float]:
    _elapsed, extra = _time_to_shown(APP.format(data_dir=str(big_journal_dir()), visit=True))
    return [extra["peak_mb"]]


def note_for(measure) -> str:
    if measure.run is window_ratio and WINDOW_TIMES:
        return f"app {WINDOW_TIMES['app_ms']:.0f} ms, bare window {WINDOW_TIMES['bare_ms']:.0f} ms"
    return ""


MEASURES = [
    Measure("main window shown, vs bare PySide6+pyqtgraph", 1.3, window_ratio, unit="ratio"),
    Measure("peak memory, 100k journal open, every view visited", 300, peak_memory, unit="MB"),
]
