"""The charts inside the app: a view in the navigation, click-through, and session mode."""

import subprocess
import sys
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from journal_app.gui.charts.dashboard import DashboardView


def dashboard_of(window) -> DashboardView:
    return next(v for v in window.views if isinstance(v, DashboardView))


def test_charts_are_a_view_of_the_main_window(qtbot, may_journal, window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Charts" in titles
    assert dashboard_of(window).charts == []  # made when first shown: the window opens quickly
    window.show_view(dashboard_of(window))
    assert window.current_view() is dashboard_of(window)
    assert all(chart.range is not None for chart in dashboard_of(window).charts)


def test_clicking_a_day_opens_that_day_in_the_journal(qtbot, may_journal, window):
    dashboard = dashboard_of(window)
    window.show_view(dashboard)
    dashboard.charts[0].open_day(date(2025, 5, 2))
    assert window.current_view() is window.journal_view
    model = window.journal_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)  # the check-in and the urge of 2 May
    assert model.filter.date_from == date(2025, 5, 2) == model.filter.date_to


def test_session_mode_takes_the_screen_and_leaving_restores_the_window(qtbot, may_journal, window):
    controller = window.session_mode
    assert QKeySequence("F11") in controller.action.shortcuts()
    assert controller.action in window.view_menu.actions()
    qtbot.mouseClick(dashboard_of(window).session_button, Qt.MouseButton.LeftButton)
    session = controller.session
    qtbot.waitUntil(session.isVisible)
    assert session.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.isVisible()
    qtbot.waitUntil(session.isActiveWindow)
    with qtbot.waitSignal(session.left_session):
        qtbot.keyClick(session, Qt.Key.Key_Escape)
    assert controller.session is None and window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_locking_ends_session_mode(qtbot, may_journal, window):
    session = window.session_mode.start()
    qtbot.waitUntil(session.isVisible)
    window.set_journal(None)
    assert window.session_mode.session is None and not session.isVisible()
    assert all(chart.range is None for chart in dashboard_of(window).charts)
    assert window.session_mode.start() is None  # nothing to show while locked
    window.set_journal(may_journal)


def test_the_main_window_opens_without_loading_the_charts(tmp_path):
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from journal_app.core.journal import Journal\n"
        "from journal_app.gui.context import AppContext, JournalEvents\n"
        "from journal_app.gui.main_window import MainWindow\n"
        f"journal = Journal.open({str(tmp_path / 'data')!r})\n"
        "window = MainWindow(AppContext(journal, JournalEvents(), journal.data_dir))\n"
        "print('pyqtgraph' in sys.modules, window.session_mode.action.text())\n"
        "window.close(); journal.close(); os._exit(0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[0] == "False"  # charts load when first shown (a quick start)
