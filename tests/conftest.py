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
