"""Fault tests: real ENOSPC-like failures (RLIMIT_FSIZE in a child process), kills, permissions."""

from security_conftest import fast_kdf  # noqa: F401  (fixture: a cheap Argon2id)
