"""Turning encryption on and off, changing the passphrase, and unlocking.

Each switch writes a new file beside the journal, checks it (integrity and
the same rows in every table), and swaps it in with one rename; the old file
is then overwritten and deleted with its ``-wal``/``-shm``. Backups in the
backups folder are converted the same way, so no plaintext copy stays behind
(the result lists them, so the person can be told). The journal must be
closed while this runs: the app closes its own, and the instance lock keeps
other windows away.

Order, so a crash at any moment leaves a journal that opens:
encrypt — key file written, then the journal swapped (the file's own header
says whether it is encrypted, so a key file beside a plain journal is just
unused), then backups; decrypt — journal swapped, backups, then the key file
removed (only once nothing encrypted needs it).
"""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path
from typing import Any

from . import backups, causes, files, keyfile, paths
from . import db as dbmod
from .db import Database
from .errors import JournalError, StorageError
from .keyfile import KdfParams, KeyFile
from .messages import _, n_


@dataclasses.dataclass(frozen=True, slots=True)
class SwitchResult:
    recovery_key: str | None  # shown once, after encrypting
    backups_converted: list[Path]
    left_as_they_were: list[Path]  # files that could not be converted (damaged copies, unreadable backups)
    key: bytes | None = dataclasses.field(default=None, repr=False)  # the journal's key now (None: plain)

    def backups_message(self, encrypted: bool) -> str:
        lines = []
        if self.backups_converted:
            n = len(self.backups_converted)
            if encrypted:
                lines.append(
                    n_("{n} backup was encrypted too.", "{n} backups were encrypted too.", n).format(n=n)
                )
            else:
                lines.append(
                    n_("{n} backup was decrypted too.", "{n} backups were decrypted too.", n).format(n=n)
                )
        for path in self.left_as_they_were:
            if encrypted and not path.exists():
                lines.append(
                    _("{file} could not be encrypted, so it was deleted: no plain copy stays.").format(
                        file=path.name
                    )
                )
                continue
            if encrypted:
                left = _(
                    "{file} could not be encrypted and was left as it was; delete it when you no longer need it."
                )
            else:
                left = _(
                    "{file} could not be decrypted and was left as it was; delete it when you no longer need it."
                )
            lines.append(left.format(file=path.name))
        return " ".join(lines)


def unlock(data_dir: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
    """The database key of the encrypted journal in ``data_dir``; raises WrongPassphraseError."""
    return unlock_key_file(paths.key_file(data_dir), passphrase=passphrase, recovery_key=recovery_key)


def unlock_key_file(path: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
    kf = KeyFile.load(path)
    if recovery_key is not None:
        return kf.unlock_with_recovery_key(recovery_key)
    return kf.unlock(passphrase or "")


def _close(db: Database) -> None:
    with contextlib.suppress(dbmod.DatabaseError):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _rewrite(
    db_file: Path, old_key: bytes | None, new_key: bytes | None, suffix: str, *, readonly: bool = False
) -> None:
    """Rewrite one database under ``new_key``: new file written, checked, swapped in, old one shredded."""
    if readonly:
        source = dbmod.open_readonly(db_file, old_key)
    else:
        source = dbmod.connect(db_file, old_key, create=False)
    new_file = db_file.with_name(db_file.name + suffix)
    try:
        backups.copy_verified(source, new_file, old_key, new_key)
    finally:
        _close(source)
    files.swap_in(new_file, db_file)


def _shred_quietly(path: Path) -> None:
    """Shred ``path``; if even overwriting fails (a file size limit), delete it all the same."""
    try:
        files.shred(path)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()


def _convert_backups(
    data_dir: Path, old_key: bytes | None, new_key: bytes | None
) -> tuple[list[Any], list[Any]]:
    """Convert every backup to the journal's new key (or none).

    When encrypting, a plain backup that cannot be encrypted because of the disk (full, read-only)
    is shredded: no unencrypted copy outlives the switch (the journal itself holds all of it). It
    is listed with those left as they were; a damaged backup is left as it was, for the person."""
    converted, left = [], []
    for path in backups.backup_files(data_dir):
        if keyfile.is_encrypted_file(path) == (new_key is not None):
            continue  # already as it should be
        try:
            _rewrite(path, old_key, new_key, ".converting", readonly=True)
            converted.append(path)
        except StorageError:  # the disk, not the backup
            _shred_quietly(path.with_name(path.name + ".converting"))
            if new_key is not None:
                _shred_quietly(path)
            left.append(path)
        except (dbmod.DatabaseError, OSError) as exc:
            _shred_quietly(path.with_name(path.name + ".converting"))
            if new_key is not None and causes.cause_of(exc, data_dir) is not None:
                _shred_quietly(path)
            left.append(path)
        except JournalError:  # damaged or unreadable: left as it was, for the person to decide
            left.append(path)
    return converted, left


def encrypt_journal(data_dir: Path, passphrase: str, *, kdf: KdfParams | None = None) -> SwitchResult:
    """Encrypt the (closed) plain journal in ``data_dir``; the result carries the recovery key."""
    db_file = paths.journal_file(data_dir)
    if not db_file.exists():
        raise JournalError(_("There is no journal at {file} to encrypt.").format(file=db_file))
    if keyfile.is_encrypted_file(db_file):
        raise JournalError(
            _("This journal is already encrypted; use change-passphrase to choose a new passphrase.")
        )
    keyfile.check_passphrase(passphrase)
    files.check_closed(db_file)
    keep_old_key_for_backups(data_dir)
    key, recovery_key = keyfile.new_database_key(), keyfile.new_recovery_key()
    KeyFile.create(key, passphrase, recovery_key, kdf).save(paths.key_file(data_dir))
    try:
        _rewrite(db_file, None, key, ".encrypting")
    except Exception:
        if not keyfile.is_encrypted_file(db_file):
            raise  # still plain, exactly as before (the new key file beside it is unused)
        # swapped in, and only the tidying after failed: the recovery key must still be shown
    converted, left = _convert_backups(data_dir, None, key)
    return SwitchResult(recovery_key, converted, left + files.damaged_copies(data_dir), key)


def keep_old_key_for_backups(data_dir: Path) -> list[Path]:
    """Before a new key file replaces the old one: every backup still encrypted under the old key
    gets a copy of the old key file beside it (``<backup>.key.json``), so it stays readable with
    the passphrase or recovery key it was made with (an interrupted decryption leaves such backups).
    The copy goes when the backup goes (``backups.remove``)."""
    old = paths.key_file(data_dir)
    if not old.exists():
        return []
    kept = []
    data = old.read_bytes()
    for path in backups.backup_files(data_dir):
        beside = keyfile.key_file_for_copy(path)
        if keyfile.is_encrypted_file(path) and not beside.exists():
            files.write_atomic(beside, data)
            kept.append(beside)
    return kept


def decrypt_journal(data_dir: Path, key: bytes) -> SwitchResult:
    """Store the (closed) encrypted journal in ``data_dir`` without encryption again."""
    db_file = paths.journal_file(data_dir)
    if not keyfile.is_encrypted_file(db_file) and not unfinished_decryption(data_dir):
        raise JournalError(_("This journal is not encrypted."))
    if keyfile.is_encrypted_file(db_file):
        files.check_closed(db_file)
        _rewrite(db_file, key, None, ".decrypting")
    converted, left = _convert_backups(data_dir, key, None)
    if not any(keyfile.is_encrypted_file(p) for p in backups.backup_files(data_dir)):
        files.shred(paths.key_file(data_dir))
    return SwitchResult(None, converted, left)


def unfinished_decryption(data_dir: Path) -> bool:
    """A plain journal whose key file stayed because some backups are still encrypted
    (turning encryption off was interrupted): ``decrypt_journal`` finishes it."""
    return (
        paths.key_file(data_dir).exists()
        and not keyfile.journal_is_encrypted(data_dir)
        and any(keyfile.is_encrypted_file(p) for p in backups.backup_files(data_dir))
    )


def change_passphrase(
    data_dir: Path, key: bytes, new_passphrase: str, *, kdf: KdfParams | None = None
) -> None:
    """Wrap the same database key under a new passphrase. The journal file is not touched."""
    keyfile.check_passphrase(new_passphrase)
    db_file = paths.journal_file(data_dir)
    if db_file.exists():  # never wrap a key that does not open this journal
        dbmod.open_readonly(db_file, key).close()
    path = paths.key_file(data_dir)
    KeyFile.load(path).rewrapped(key, new_passphrase, kdf).save(path)


def finish_interrupted_switch(data_dir: Path, key: bytes | None) -> list[Path]:
    """After a crash mid-encryption some backups may still be plain: encrypt them now."""
    if key is None:
        return []
    return _convert_backups(data_dir, None, key)[0]
