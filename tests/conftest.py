"""Shared test set-up: headless Qt, a fresh journal per test, and no network at all."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything can start Qt
os.environ.setdefault("TZ", "UTC")

import pytest  # noqa: E402

from journal_app.core.journal import Journal  # noqa: E402


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
