"""Security tests: a cheap Argon2id so each unlock takes milliseconds, not half a second."""

from security_conftest import default_auto_lock, fast_kdf  # noqa: F401  (fixtures)
