"""Security tests: a cheap Argon2id so each unlock takes milliseconds, not half a second."""

from __future__ import annotations

import pytest
from security_helpers import FAST_KDF

from journal_app.core import keyfile


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keyfile, "DEFAULT_KDF", FAST_KDF)
    return FAST_KDF
