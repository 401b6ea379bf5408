"""The security wing's GUI tests share the security tests' cheap key derivation and auto-lock reset."""

from security_conftest import default_auto_lock, fast_kdf  # noqa: F401  (fixtures)
