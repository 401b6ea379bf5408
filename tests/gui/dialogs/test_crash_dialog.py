"""The safe crash path: an error in a slot shows a calm dialog, logs no private words, and the app goes on."""

import stat
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from journal_app.core import crash_log
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind
from journal_app.gui.dialogs.crash_dialog import CrashDialog, CrashHandler

SECRET_BODY = "Wrote to Marisol about the lilac-coloured pills"
SEARCH_WORD = "quokkaberry"
PASSPHRASE = "correct-horse-violet-kettle"

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook is under test, not pytest-qt's


@pytest.fixture
def handler(qapp, data_dir):
    crash = CrashHandler(data_dir).install()
    yield crash
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.close()


def _failing_button(window, entry_id: int) -> QPushButton:
    """A button whose slot fails with the entry's words, a search word and a passphrase in the error."""
    button = QPushButton("Break", window)

    def broken_slot():
        body = window.ctx.journal.get(entry_id).body
        try:
            raise OSError(28, f"No space left for {body}", f"/tmp/{SEARCH_WORD}.txt")
        except OSError as inner:
            raise ValueError(
                f"could not handle {body!r} while searching {SEARCH_WORD} with {PASSPHRASE}"
            ) from inner

    button.clicked.connect(broken_slot)
    button.show()
    return button


def test_an_error_in_a_slot_shows_the_dialog_logs_no_words_and_the_journal_still_opens(
    qtbot, window, handler, data_dir
):
    entry = window.ctx.journal.save(Entry(kind=EntryKind.NOTE, title="Letter", body=SECRET_BODY))
    window.journal_view.filter_bar.search.setText(SEARCH_WORD)
    button = _failing_button(window, entry.id)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())

    log = crash_log.log_path(data_dir)
    assert handler.dialog.log == log
    shown = handler.dialog.text.text()
    assert "Your journal is safe" in shown and str(log) in shown
    assert "Traceback" not in shown and SECRET_BODY not in shown

    text = log.read_text(encoding="utf-8")
    assert "error: ValueError" in text and "while handling: OSError [ENOSPC]" in text
    assert "test_crash_dialog.py" in text and "broken_slot" in text  # where it happened
    for private in (SECRET_BODY, "Marisol", "lilac", SEARCH_WORD, PASSPHRASE, "No space left"):
        assert private not in text
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700

    # the app keeps running: the dialog closes and the window still saves
    qtbot.mouseClick(handler.dialog.keep_going, Qt.MouseButton.LeftButton)
    assert not handler.dialog.isVisible()
    window.ctx.journal.save(Entry(kind=EntryKind.NOTE, body="After the error"))
    assert window.ctx.journal.count() == 2
    # and the journal still opens, whole, in a new session
    journal = window.ctx.journal
    window.set_journal(None)
    journal.close()
    again = Journal.open(data_dir)
    try:
        assert again.get(entry.id).body == SECRET_BODY and again.count() == 2
    finally:
        again.close()


def test_errors_while_the_dialog_is_open_are_counted_not_stacked(qtbot, window, handler):
    entry = window.ctx.journal.save(Entry(kind=EntryKind.NOTE, body=SECRET_BODY))
    button = _failing_button(window, entry.id)
    for _ in range(3):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.repeats == 2)
    assert len([w for w in window.findChildren(CrashDialog) if w.isVisible()]) == 1
    assert "3 times" in handler.dialog.repeat_label.text()
    assert crash_log.log_path(handler.data_dir).read_text().count("=== ") == 3


def test_an_error_on_a_worker_thread_is_logged_and_shown_on_the_gui_thread(qtbot, qapp, handler, data_dir):
    def work():
        raise KeyError(SECRET_BODY)

    thread = threading.Thread(target=work, name="export-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    text = crash_log.log_path(data_dir).read_text()
    assert "thread: export-worker" in text and "error: KeyError" in text
    assert SECRET_BODY not in text


def test_a_data_folder_that_cannot_be_written_falls_back_to_the_log_folder(qtbot, qapp, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    crash = CrashHandler(blocked).install()
    try:
        try:
            raise RuntimeError(SECRET_BODY)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        assert crash.last_log == crash_log.fallback_log_path()
        assert crash.last_log.is_relative_to(tmp_path)  # XDG folders point into the test's tmp_path
        assert SECRET_BODY not in crash.last_log.read_text()
        qtbot.waitUntil(lambda: crash.dialog is not None and crash.dialog.isVisible())
    finally:
        crash.uninstall()
        crash.dialog.close()


def test_install_and_uninstall_give_back_the_previous_hooks(qapp, data_dir):
    before = (sys.excepthook, threading.excepthook)
    crash = CrashHandler(data_dir).install()
    assert sys.excepthook == crash.handle
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_log_keeps_only_the_newest_reports(data_dir, monkeypatch):
    monkeypatch.setattr(crash_log, "MAX_LOG_BYTES", 2000)
    for _ in range(40):
        try:
            raise RuntimeError("x")
        except RuntimeError as exc:
            crash_log.write_report(data_dir, crash_log.format_report(type(exc), exc, exc.__traceback__))
    text = crash_log.log_path(data_dir).read_text()
    assert len(text) <= 2000 and text.startswith("=== ")


def test_a_fault_while_the_window_is_built_is_one_calm_line_a_log_and_exit_1(
    qapp, data_dir, monkeypatch, capsys
):
    from journal_app.gui import app as app_module

    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, body=SECRET_BODY))
    journal.close()

    def broken_window(_ctx):
        raise RuntimeError(f"could not lay out {SECRET_BODY}")

    monkeypatch.setattr(app_module, "MainWindow", broken_window)
    before = sys.excepthook
    assert app_module.run_app(data_dir) == app_module.EXIT_CANNOT_OPEN
    assert sys.excepthook == before  # the hooks are given back
    err = capsys.readouterr().err
    assert "something went wrong (RuntimeError); the journal is safe" in err
    assert "Traceback" not in err and SECRET_BODY not in err
    text = crash_log.log_path(data_dir).read_text()
    assert "error: RuntimeError" in text and "broken_window" in text and SECRET_BODY not in text
    again = Journal.open(data_dir)
    try:
        assert again.count() == 1
    finally:
        again.close()
