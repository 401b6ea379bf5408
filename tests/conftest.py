"""Shared test set-up: headless Qt, a fresh journal per test, and no network at all."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything can start Qt
os.environ.setdefault("TZ", "UTC")

import socket

import pytest

from journal_app.core.journal import Journal

# No network, for the whole session: an audit hook (it cannot be removed) refuses
# every socket connect, bind or name lookup that is not a local AF_UNIX socket,
# and remembers it so the test that caused it fails even if the error was caught.
NETWORK_ATTEMPTS: list[str] = []
_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}


class NetworkUseError(RuntimeError):
    pass


def _no_network(event: str, args: tuple) -> None:
    if event in _LOOKUPS or (
        event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg")
        and getattr(args[0], "family", None) != getattr(socket, "AF_UNIX", None)
    ):
        NETWORK_ATTEMPTS.append(f"{event}{args[1:]!r}")
        raise NetworkUseError(f"Recovery Journal must not use the network ({event}).")


sys.addaudithook(_no_network)


@pytest.fixture(autouse=True)
def _network_stays_off():
    """Fail any test during which something tried to reach the network."""
    NETWORK_ATTEMPTS.clear()
    yield NETWORK_ATTEMPTS
    attempts, NETWORK_ATTEMPTS[:] = list(NETWORK_ATTEMPTS), []
    assert not attempts, f"network use: {attempts}"


def _qt_app():
    """The QApplication, if a test has started Qt in this process (core tests never import it)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    return widgets.QApplication.instance() if widgets is not None else None


def _windows() -> dict[int, object]:
    """The app's top-level windows that have no parent, by their C++ address (a wrapper's id()
    is not stable)."""
    app = _qt_app()
    if app is None:
        return {}
    import shiboken6

    return {
        int(shiboken6.getCppPointer(w)[0]): w
        for w in app.topLevelWidgets()
        if w.parent() is None and shiboken6.isValid(w)
    }


@pytest.fixture(autouse=True)
def _no_leftover_windows():
    """Delete every window a test leaves behind, and whatever it deleteLater()'d.

    Qt deletes a deleteLater()'d object only when an event loop gets to it, and a test runs
    none, so without this every window of every earlier test stayed alive, hidden: each new
    palette, style sheet, font or translator then reached all of them, and each one's tray
    kept its application-wide event filter, so a test was slower the later it ran (3-20 s
    for a theme or language change late in the suite). Windows open before the test (a
    wider-scoped fixture's) are kept. Windows are deleted, not closed: a close may ask about
    unsaved text. Real windows go first, then the parentless menus and bare widgets left by
    what they held (pyqtgraph's plot menus): deleting those before their owner crashes Qt.
    """
    before = set(_windows())
    yield
    if _qt_app() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMenu, QWidget

    def helper(widget) -> bool:
        return isinstance(widget, QMenu) or type(widget) is QWidget

    for owners_first in (True, False):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for address, widget in _windows().items():
            if address not in before and (not owners_first or not helper(widget)):
                widget.hide()
                widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """An empty data folder, also set as RECOVERY_JOURNAL_DATA_DIR so nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("RECOVERY_JOURNAL_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def journal(data_dir):
    """A fresh journal on disk for one test."""
    j = Journal.open(data_dir)
    yield j
    j.close()


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path, monkeypatch):
    """Keep settings and data of the machine's user out of every test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    if sys.platform != "win32":
        monkeypatch.setenv("HOME", str(tmp_path / "home"))


# Property tests explore fresh examples on a developer's machine; in CI they are
# derandomised, so a run can be repeated exactly.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")
