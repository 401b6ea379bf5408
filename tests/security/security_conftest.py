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
    """The auto-lock setting as a new install has it (QSettings outlives a single test)."""
    from PySide6.QtCore import QSettings

    from journal_app.gui.security.controller import AUTO_LOCK_SETTING

    QSettings().remove(AUTO_LOCK_SETTING)
    yield
    QSettings().remove(AUTO_LOCK_SETTING)
