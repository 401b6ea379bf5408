"""The key of an encrypted journal, wrapped twice, in ``journal.key.json`` beside it.

The journal is encrypted by SQLCipher with a random 256-bit raw key. That key
is never stored in clear: the key file holds it twice, each time encrypted
with AES-256-GCM —

* under a key derived from the passphrase by Argon2id (memory-hard, tuned to
  about half a second on the 2-core test machine: see :data:`DEFAULT_KDF`);
* under a key derived by HKDF-SHA256 from the recovery key, 160 random bits
  the person writes down or saves once (:func:`new_recovery_key`).

Changing the passphrase rewraps the same database key; the journal itself is
not re-encrypted. docs/privacy.md describes the file field by field.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import secrets
import unicodedata
from pathlib import Path

from . import files, paths
from .db import SQLITE_HEADER
from .errors import JournalError, WrongPassphraseError

# `cryptography` is imported inside the functions that use it: opening a plain
# journal (most starts of the app) never needs it.
from .messages import _

FORMAT = "recovery-journal-key"
VERSION = 1
DB_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_SECRET_BYTES = 20  # 160 bits: 32 base32 characters
MIN_PASSPHRASE_CHARS = 8
_B32_FIX = str.maketrans({"0": "O", "1": "I", "8": "B"})  # letters people misread when copying


@dataclasses.dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int


# 128 MiB, 9 passes, 4 lanes: 0.50 s (0.48-0.54 s) on the 2-core test machine
# (benchmarks/kdf_timing.py prints the figure for any machine). The memory stays
# well under the app's 300 MB peak; an attacker pays the same 128 MiB per guess.
DEFAULT_KDF = KdfParams(memory_kib=128 * 1024, iterations=9, lanes=4)


# A key file asking for more than this is damaged (or made to stall the app): refused as
# encrypted exports refuse theirs, before any Argon2 work. The default is well inside.
KDF_LIMITS = KdfParams(memory_kib=1024 * 1024, iterations=32, lanes=64)
MAX_KEY_FILE_CHARS = 64 * 1024  # a key file is under 1 KB; a 10 MB one is not a key file


def _check_bounds(found: KeyFile) -> None:
    kdf = found.kdf
    if not (
        8 * kdf.lanes <= kdf.memory_kib <= KDF_LIMITS.memory_kib
        and 1 <= kdf.iterations <= KDF_LIMITS.iterations
        and 1 <= kdf.lanes <= KDF_LIMITS.lanes
    ):
        raise ValueError("Argon2 settings out of bounds")
    for salt, nonce, wrapped in (
        (found.salt, found.nonce, found.wrapped),
        (found.recovery_salt, found.recovery_nonce, found.recovery_wrapped),
    ):
        if len(salt) < 8 or len(nonce) != NONCE_BYTES or len(wrapped) != DB_KEY_BYTES + 16:
            raise ValueError("wrapped key of the wrong size")


def new_database_key() -> bytes:
    return secrets.token_bytes(DB_KEY_BYTES)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise JournalError(
            _(
                "Please choose a passphrase of at least {n} characters; a few words you will remember work well."
            ).format(n=MIN_PASSPHRASE_CHARS)
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _passphrase_bytes(passphrase: str) -> bytes:
    # The same passphrase typed on another computer may arrive in another Unicode form.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _argon2(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes, memory_cost=kdf.memory_kib
    ).derive(_passphrase_bytes(passphrase))


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"recovery-journal recovery key")
    return hkdf.derive(secret)


# recovery keys ---------------------------------------------------------------


def _checksum(secret: bytes) -> str:
    digest = hashlib.sha256(b"recovery-journal recovery key check" + secret).digest()
    return base64.b32encode(digest[:5]).decode("ascii")[:4]


def format_recovery_key(secret: bytes) -> str:
    body = base64.b32encode(secret).decode("ascii")
    groups = [body[i : i + 4] for i in range(0, len(body), 4)]
    return "-".join([*groups, _checksum(secret)])


def new_recovery_key() -> str:
    """Nine groups of four letters and digits; the last group checks the other eight."""
    return format_recovery_key(secrets.token_bytes(RECOVERY_SECRET_BYTES))


def parse_recovery_key(text: str) -> bytes:
    """The secret in a recovery key as written down: case, spaces and dashes do not matter."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_B32_FIX)
    body_len = RECOVERY_SECRET_BYTES * 8 // 5
    if len(cleaned) != body_len + 4:
        raise WrongPassphraseError(
            _(
                "That recovery key is not complete: it has nine groups of four letters and digits. "
                "Nothing was changed."
            )
        )
    body, check = cleaned[:body_len], cleaned[body_len:]
    try:
        secret = base64.b32decode(body)
    except ValueError:
        secret = b""
    if not secret or _checksum(secret) != check:
        raise WrongPassphraseError(
            _(
                "That recovery key has a mistake in it (its groups do not match its last group); "
                "please check each group. Nothing was changed."
            )
        )
    return secret


# the key file ----------------------------------------------------------------


def _seal(wrapping_key: bytes, db_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, db_key, aad)


def _open(wrapping_key: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(nonce, sealed, aad)
    except InvalidTag:
        return None


_PASS_AAD = b"recovery-journal key v1: passphrase"
_RECOVERY_AAD = b"recovery-journal key v1: recovery key"


@dataclasses.dataclass(slots=True)
class KeyFile:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    recovery_salt: bytes
    recovery_nonce: bytes
    recovery_wrapped: bytes

    @classmethod
    def create(
        cls, db_key: bytes, passphrase: str, recovery_key: str, kdf: KdfParams | None = None
    ) -> KeyFile:
        kdf = kdf or DEFAULT_KDF
        salt, recovery_salt = os.urandom(SALT_BYTES), os.urandom(SALT_BYTES)
        nonce, wrapped = _seal(_argon2(passphrase, salt, kdf), db_key, _PASS_AAD)
        recovery_wrapping = _hkdf(parse_recovery_key(recovery_key), recovery_salt)
        r_nonce, r_wrapped = _seal(recovery_wrapping, db_key, _RECOVERY_AAD)
        return cls(kdf, salt, nonce, wrapped, recovery_salt, r_nonce, r_wrapped)

    def unlock(self, passphrase: str) -> bytes:
        key = _open(_argon2(passphrase, self.salt, self.kdf), self.nonce, self.wrapped, _PASS_AAD)
        if key is None:
            raise WrongPassphraseError(_("That passphrase does not open this journal. Nothing was changed."))
        return key

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        wrapping = _hkdf(parse_recovery_key(recovery_key), self.recovery_salt)
        key = _open(wrapping, self.recovery_nonce, self.recovery_wrapped, _RECOVERY_AAD)
        if key is None:
            raise WrongPassphraseError(
                _("That recovery key belongs to another journal, not this one. Nothing was changed.")
            )
        return key

    def rewrapped(self, db_key: bytes, new_passphrase: str, kdf: KdfParams | None = None) -> KeyFile:
        """The same database key under a new passphrase; the recovery key still works."""
        kdf = kdf or DEFAULT_KDF
        salt = os.urandom(SALT_BYTES)
        nonce, wrapped = _seal(_argon2(new_passphrase, salt, kdf), db_key, _PASS_AAD)
        return dataclasses.replace(self, kdf=kdf, salt=salt, nonce=nonce, wrapped=wrapped)

    def to_json(self) -> str:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "database": "SQLCipher 4 with a random 256-bit raw key, stored below only in wrapped form",
            "passphrase": {
                "kdf": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
                "salt": _b64(self.salt),
                "cipher": "AES-256-GCM",
                "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.wrapped),
            },
            "recovery_key": {
                "kdf": "hkdf-sha256",
                "salt": _b64(self.recovery_salt),
                "cipher": "AES-256-GCM",
                "nonce": _b64(self.recovery_nonce),
                "wrapped_key": _b64(self.recovery_wrapped),
            },
        }
        return json.dumps(doc, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, where: Path | str = "") -> KeyFile:
        where = where or _("the key file")
        try:
            doc = json.loads(text)
            if doc.get("format") != FORMAT:
                raise ValueError("not a key file")
            if doc.get("version") != VERSION:
                raise JournalError(
                    _(
                        "{file} was written by a newer version of Recovery Journal; please update the app."
                    ).format(file=where)
                )
            p, r = doc["passphrase"], doc["recovery_key"]
            found = cls(
                KdfParams(int(p["memory_kib"]), int(p["iterations"]), int(p["lanes"])),
                _unb64(p["salt"]),
                _unb64(p["nonce"]),
                _unb64(p["wrapped_key"]),
                _unb64(r["salt"]),
                _unb64(r["nonce"]),
                _unb64(r["wrapped_key"]),
            )
            _check_bounds(found)
            return found
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
            raise JournalError(
                _("{file} is not a Recovery Journal key file, or it is damaged.").format(file=where)
            ) from exc

    # on disk ---------------------------------------------------------------
    def save(self, path: Path) -> None:
        files.write_atomic(path, self.to_json().encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise JournalError(
                _(
                    "The key file {file} is missing from {folder}; without it the encrypted journal cannot be "
                    "opened. Put it back beside the journal (docs/privacy.md)."
                ).format(file=path.name, folder=path.parent)
            ) from None
        except UnicodeDecodeError:
            text = ""
        return cls.from_json(text[:MAX_KEY_FILE_CHARS] if len(text) <= MAX_KEY_FILE_CHARS else "", path.name)


def key_file_for_copy(db_file: Path) -> Path:
    """Where the key of a backup saved outside the data folder lives: ``FILE.key.json``."""
    return db_file.with_name(db_file.name + ".key.json")


def is_encrypted_file(db_file: Path) -> bool:
    """Whether a database file is encrypted (it does not start with SQLite's plain header)."""
    try:
        with db_file.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return len(head) == len(SQLITE_HEADER) and head != SQLITE_HEADER


def journal_is_encrypted(data_dir: Path) -> bool:
    """Whether the journal in ``data_dir`` is encrypted: it has a key file, and its file (if it
    is there) is not plain SQLite. A key file beside a plain journal is left over and unused."""
    if not paths.key_file(data_dir).exists():
        return False
    db_file = paths.journal_file(data_dir)
    return not db_file.exists() or is_encrypted_file(db_file)
