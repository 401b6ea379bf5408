"""Starting the app the way `make run` does."""

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
