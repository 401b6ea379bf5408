"""Passphrase-encrypted exports: Argon2id derives a key, AES-256-GCM seals the file.

Layout (all integers big-endian)::

    MAGIC (12 bytes) | version (1) | memory KiB (4) | iterations (4) | lanes (4)
    | salt (16) | nonce (12) | ciphertext + GCM tag

The header is authenticated as associated data, so a changed parameter or
a changed byte anywhere makes the file refuse to open instead of giving
garbled text. This is for exports only; the journal's own encryption lives
elsewhere.
"""

from __future__ import annotations

import dataclasses
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..errors import JournalError
from ..messages import _

MAGIC = b"RJNL-SEALED\n"
VERSION = 1
_HEADER = struct.Struct(">BIII16s12s")
MIN_PASSPHRASE = 8


@dataclasses.dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int = 64 * 1024  # 64 MiB
    iterations: int = 3
    lanes: int = 4


DEFAULT_PARAMS = KdfParams()
_LIMITS = KdfParams(memory_kib=1024 * 1024, iterations=20, lanes=64)  # refuse files asking for more


class PassphraseNeededError(JournalError):
    """The file is encrypted; ask the person for its passphrase and try again."""


class WrongPassphraseError(JournalError):
    """The passphrase does not open this file (or the file was changed)."""


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def seal(plaintext: bytes, passphrase: str, params: KdfParams | None = None) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise JournalError(
            _("Choose a passphrase of at least {n} characters for the export.").format(n=MIN_PASSPHRASE)
        )
    params = params or DEFAULT_PARAMS
    salt, nonce = os.urandom(16), os.urandom(12)
    header = MAGIC + _HEADER.pack(VERSION, params.memory_kib, params.iterations, params.lanes, salt, nonce)
    return header + AESGCM(_key(passphrase, salt, params)).encrypt(nonce, plaintext, header)


def unseal(data: bytes, passphrase: str | None) -> bytes:
    if not is_sealed(data):
        raise JournalError(_("This file is not an encrypted Recovery Journal export."))
    size = len(MAGIC) + _HEADER.size
    if len(data) < size + 16:
        raise JournalError(_("The encrypted file is cut short; it cannot be opened."))
    version, memory, iterations, lanes, salt, nonce = _HEADER.unpack(data[len(MAGIC) : size])
    if version != VERSION:
        raise JournalError(_("This encrypted export was made by a newer version of Recovery Journal."))
    params = KdfParams(memory, iterations, lanes)
    if not (
        8 * lanes <= memory <= _LIMITS.memory_kib
        and 1 <= iterations <= _LIMITS.iterations
        and 1 <= lanes <= _LIMITS.lanes
    ):
        raise JournalError(_("The encrypted file's settings are damaged; it cannot be opened."))
    if passphrase is None:
        raise PassphraseNeededError(_("This export is encrypted; it needs its passphrase."))
    try:
        return AESGCM(_key(passphrase, salt, params)).decrypt(nonce, data[size:], data[:size])
    except InvalidTag:
        raise WrongPassphraseError(
            _("That passphrase does not open this file (or the file was changed). Nothing was imported.")
        ) from None
