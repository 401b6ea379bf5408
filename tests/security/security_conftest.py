"""Fixtures shared by the security tests and the GUI security wing: a cheap Argon2id so each unlock
takes milliseconds, not half a second, and the auto-lock setting reset around a test."""

from __future__ import annotations

import pytest
from security_helpers import FAST_KDF

from journal_app.core import keyfile


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keyfile, "DEFAULT_KDF", FAST_KDF)
    return FAST_KDF


@pytest.fixture
def default_auto_lock():
    """The auto-lock setting as a new install has it: none left behind by an older version in
    QSettings (which outlives a single test); the device setting lives in each test's own folder."""
    from PySide6.QtCore import QSettings

    from journal_app.gui.security.controller import OLD_AUTO_LOCK_KEY

    QSettings().remove(OLD_AUTO_LOCK_KEY)
    yield
    QSettings().remove(OLD_AUTO_LOCK_KEY)
