"""Background work runs on a connection of its own, and the window knows what is running."""

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.core.journal import Journal
from journal_app.core.models import EntryKind
from journal_app.gui.dialogs import import_dialog as import_module

ROWS = 2_500  # more than one progress report, so the import pauses with its transaction open
DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def _daylio(path, rows: int) -> None:
    lines = [
        f"2024-0{1 + n % 9}-{1 + n % 28:02d},x,x,{n % 12 + 1}:{n % 60:02d} AM,good,,,line {n}"
        for n in range(rows)
    ]
    path.write_text(DAYLIO_HEADER + "\n".join(lines) + "\n")


def _slowed_import(monkeypatch, started: threading.Event):
    """The real import on its real connection, pausing a second each time it reports (every 2,000 entries)."""
    real = import_module.add_in_background

    def slowed(journal, plan, *, progress):
        def slow(done, total):
            started.set()  # the import's transaction is open from here on
            time.sleep(1)
            progress(done, total)

        return real(journal, plan, progress=slow)

    monkeypatch.setattr(import_module, "add_in_background", slowed)


@pytest.fixture
def busy_import(qtbot, window, tmp_path, monkeypatch):
    """File ▸ Import entries… of a Daylio file, Import pressed: the import is adding, its transaction open."""
    path = tmp_path / "daylio.csv"
    _daylio(path, ROWS)
    window.import_action.trigger()
    dialog = window.import_dialog
    dialog.open_file(str(path))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    started = threading.Event()
    _slowed_import(monkeypatch, started)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    return dialog


def test_a_save_during_an_import_stays_when_the_import_is_cancelled(
    qtbot, window, journal, data_dir, busy_import
):
    dialog = busy_import
    task = dialog.progress.task
    assert window.ctx.tasks.running() == ["the import"]

    # the person writes a note and saves it while the import is adding; then the import is cancelled
    threading.Timer(0.3, task.cancel).start()
    view = window.journal_view
    view.new_actions[EntryKind.NOTE].trigger()
    view.editor.title.setText("Written during the import")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text() == "Stopped; nothing was added.", timeout=10_000)

    assert [row.title for row in journal.rows()] == [
        "Written during the import"
    ]  # the save, none of the import
    dialog.reject()
    again = Journal.open(data_dir, check=False, tidy=False)  # what is really on disk
    try:
        assert [row.title for row in again.rows()] == ["Written during the import"]
    finally:
        again.close()


def test_backup_and_restore_wait_for_running_work_and_say_why(window, monkeypatch, busy_import):
    said = []
    monkeypatch.setattr(
        "journal_app.gui.security.controller.QMessageBox.information",
        lambda _parent, title, text: said.append((title, text)) or QMessageBox.StandardButton.Ok,
    )
    backups_before = list((window.ctx.data_dir / "backups").glob("*.db"))

    window.security.backup_action.trigger()
    assert window.security.show_restore_dialog() is None
    assert said == [
        ("No backup made", "The import is still running. Back up when it has finished, or cancel it first."),
        (
            "Restore from a backup",
            "The import is still running. Restore a backup when it has finished, or cancel it first.",
        ),
    ]
    assert list((window.ctx.data_dir / "backups").glob("*.db")) == backups_before
    busy_import.reject()  # cancels and waits
    assert window.ctx.tasks.running() == []


def test_closing_the_window_stops_running_work_first(window, journal, busy_import):
    task = busy_import.progress.task
    window.close()
    assert task.done.is_set() and task.is_cancelled
    assert not journal.is_open
