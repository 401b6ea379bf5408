"""Starting the app the way `make run` does."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journal_app.gui.app import run_app
from journal_app.gui.main_window import MainWindow


def test_app_opens_a_new_journal_in_the_data_folder_and_closes_cleanly(qapp, data_dir):
    seen = []

    def close_window():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        for window in windows:
            window.close()

    QTimer.singleShot(50, close_window)
    assert run_app(data_dir) == 0
    assert seen and seen[0].windowTitle() == "Recovery Journal"
    assert (data_dir / "journal.db").exists()
    # the lock is released: a second start works
    QTimer.singleShot(50, close_window)
    assert run_app(data_dir) == 0


def test_the_gui_script_opens_the_journal_in_the_folder_it_is_given(qapp, tmp_path, monkeypatch):
    import tomllib
    from pathlib import Path

    from journal_app import cli

    chosen = tmp_path / "elsewhere"
    monkeypatch.delenv("RECOVERY_JOURNAL_DATA_DIR", raising=False)

    def close_window():
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                window.close()

    QTimer.singleShot(50, close_window)
    assert cli.gui_main(["--data-dir", str(chosen)]) == 0
    assert (chosen / "journal.db").exists()
    # the installed `recovery-journal-gui` is this function
    pyproject = Path(__file__).parents[2] / "pyproject.toml"
    scripts = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert scripts["recovery-journal-gui"] == "journal_app.cli:gui_main"


def test_first_run_opens_the_welcome_and_minimised_without_a_tray_still_shows_the_window(qapp, data_dir):
    from journal_app.gui.dialogs.welcome import WelcomeDialog

    seen = []

    def look_and_close():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        welcome = [d for w in windows for d in w.findChildren(WelcomeDialog) if d.isVisible()]
        seen.append((bool(windows), bool(welcome)))
        for window in windows:
            window.close()

    QTimer.singleShot(50, look_and_close)
    assert run_app(data_dir, minimised=True) == 0  # offscreen has no tray: the window shows anyway
    QTimer.singleShot(50, look_and_close)
    assert run_app(data_dir) == 0
    assert seen == [(True, True), (True, False)]  # the welcome opens on the first run only


def test_every_registered_view_meets_the_view_contract_and_a_non_view_is_refused(window, qtbot):
    from PySide6.QtWidgets import QWidget

    from journal_app.gui.context import View
    from journal_app.gui.views.registry import VIEW_FACTORIES

    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [factory.view_title for factory in VIEW_FACTORIES]
    for view, factory in zip(window.views, VIEW_FACTORIES, strict=True):
        assert isinstance(view, View) and view.view_title == factory.view_title
    window.set_journal(None)  # locking reaches every view through the contract
    window.set_journal(window.ctx.journal)

    class NotAView(QWidget):  # no set_journal: locking could not clear it
        view_title = "Not a view"

        def __init__(self, ctx):
            super().__init__()

    window._factories.append(NotAView)
    window.stack.addWidget(QWidget())
    with pytest.raises(TypeError, match="not a view"):
        window._view_at(len(window._factories) - 1)
