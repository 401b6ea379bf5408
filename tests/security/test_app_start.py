"""The real app, started as a person starts it (in a child process): locked when encrypted, a backup
offered when the journal is damaged, and never a network module or socket."""

import json
import os
import subprocess
import sys

import pytest
from security_helpers import PASSPHRASE

from journal_app.core import encryption, paths
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

START_AND_LOOK = r"""
import json, socket, sys
from pathlib import Path

sockets = []
sys.addaudithook(lambda event, args: sockets.append(event) if event.startswith(("socket.connect",
                 "socket.bind", "socket.getaddrinfo", "socket.gethostbyname")) and not (
                 event in ("socket.connect", "socket.bind") and args[0].family == socket.AF_UNIX) else None)

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from journal_app.gui.app import run_app
from journal_app.gui.main_window import MainWindow

state = {}
wait_for = sys.argv[2] if len(sys.argv) > 2 else None  # a dialog the background check will open
tries = [0]

def look():
    app = QApplication.instance()
    # the shown window: a window whose building failed on the damaged file may linger, hidden
    win = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
    shown = [w.windowTitle() for w in app.topLevelWidgets() if w.isVisible() and w is not win]
    waiting = win is None or (wait_for and wait_for not in shown)
    if waiting and tries[0] < 600:  # the check runs beside the window
        tries[0] += 1
        QTimer.singleShot(100, look)
        return
    state["locked"] = win.security.locked
    state["journal_open"] = win.ctx.journal is not None
    state["dialogs"] = sorted(w.windowTitle() for w in app.topLevelWidgets()
                              if w.isVisible() and w is not win)
    for w in app.topLevelWidgets():
        if w.isVisible():  # the hidden, half-built window cannot close itself (no journal view)
            w.close()
    app.quit()

QTimer.singleShot(0, look)
state["exit"] = run_app(Path(sys.argv[1]))
state["network_modules"] = sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "ssl",
                                  "http.client", "urllib.request")))
state["sockets"] = sockets
print(json.dumps(state))
"""


def _start(data_dir, wait_for: str | None = None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", START_AND_LOOK, str(data_dir), *([wait_for] if wait_for else [])],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]) | {"stderr": done.stderr}


@pytest.fixture
def written(data_dir):
    journal = Journal.open(data_dir)
    for i in range(150):
        journal.save(Entry(kind=EntryKind.NOTE, title=f"Day {i}", body="A long quiet evening. " * 40))
    journal.close()
    return data_dir


def test_a_plain_journal_opens_without_any_network_module(written):
    state = _start(written)
    assert state["exit"] == 0 and state["journal_open"] and not state["locked"]
    assert state["network_modules"] == [] and state["sockets"] == []


def test_an_encrypted_journal_starts_at_the_lock_screen(written):
    encryption.encrypt_journal(written, PASSPHRASE)
    state = _start(written)
    assert state["locked"] and not state["journal_open"]
    assert state["network_modules"] == [] and state["sockets"] == []


def test_a_damaged_journal_is_moved_aside_and_a_backup_offered(written):
    journal = Journal.open(written)
    journal.backup()
    journal.close()
    path = paths.journal_file(written)
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 : (middle + 3) * 4096] = b"\xab" * (3 * 4096)
    path.write_bytes(bytes(data))
    state = _start(written, wait_for="Restore from a backup")
    assert state["dialogs"] == ["Restore from a backup"]
    assert "moved aside" in state["stderr"] and "150 entries" in state["stderr"]
    assert not path.exists() and list(written.glob("journal.db.corrupt-*"))
