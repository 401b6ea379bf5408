"""`encrypt`, `decrypt`, `change-passphrase`, `backup` and `restore`."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from ..core import backups, encryption, files, keyfile, paths
from ..core.errors import JournalError
from ..core.instance_lock import InstanceLock
from ..core.messages import _, n_, p_


def recovery_note() -> str:
    return _(
        "Keep this recovery key somewhere safe, away from this computer (on paper, or in a password manager).\n"
        "It opens the journal if the passphrase is forgotten. It is shown only this once."
    )


def register(sub, common) -> None:
    p = sub.add_parser("encrypt", parents=[common], help=_("protect the journal with a passphrase"))
    p.add_argument(
        "--save-recovery-key",
        metavar=p_("command-line placeholder", "FILE"),
        help=_("also save the recovery key in this file (keep it away from this computer)"),
    )
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser("decrypt", parents=[common], help=_("store the journal without encryption again"))
    p.set_defaults(handler=cmd_decrypt)

    p = sub.add_parser(
        "change-passphrase",
        parents=[common],
        help=_("choose a new passphrase (with --recover-with-key if the old one is forgotten)"),
    )
    p.set_defaults(handler=cmd_change_passphrase)

    p = sub.add_parser("backup", parents=[common], help=_("save a backup now, encrypted like the journal"))
    file = p_("command-line placeholder", "FILE")
    p.add_argument(
        "--out", metavar=file, help=_("save it as {file} instead of in the backups folder").format(file=file)
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "backups", parents=[common], help=_("list the backups, newest first, with their entries")
    )
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help=_("make a backup the journal again (the journal as it is now is kept as a backup)"),
    )
    p.add_argument("file", metavar=p_("command-line placeholder", "FILE"), help=_("the backup to restore"))
    p.set_defaults(handler=cmd_restore)


@contextlib.contextmanager
def _only_user(ctx):
    """Hold the journal's instance lock: the app must not have it open while its file is swapped."""
    with InstanceLock(paths.lock_file(ctx.data_dir_path())):
        yield


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _save_recovery_key(path: Path, recovery_key: str) -> None:
    text = _("Recovery Journal recovery key") + f"\n\n{recovery_key}\n\n{recovery_note()}\n"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def cmd_encrypt(args, ctx) -> int:
    with _only_user(ctx):
        data_dir = ctx.data_dir_path()
        if keyfile.journal_is_encrypted(data_dir):
            raise JournalError(
                _("This journal is already encrypted; use change-passphrase for a new passphrase.")
            )
        ctx.open_journal()  # checked and up to date before it is copied
        ctx.close()
        passphrase = ctx.secrets.ask(_("New passphrase: "), confirm=True, what=_("the new passphrase"))
        keyfile.check_passphrase(passphrase)
        result = encryption.encrypt_journal(data_dir, passphrase)
    _say(_("The journal is now encrypted.") + " " + result.backups_message(encrypted=True))
    print("\n" + _("Recovery key:  {key}").format(key=result.recovery_key) + "\n")
    _say(recovery_note())
    if args.save_recovery_key and result.recovery_key:
        try:
            _save_recovery_key(Path(args.save_recovery_key), result.recovery_key)
            _say(_("The recovery key was also saved in {file}.").format(file=args.save_recovery_key))
        except OSError as exc:
            _say(
                _(
                    "The recovery key could not be saved in {file} ({problem}); please write down the key above."
                ).format(file=args.save_recovery_key, problem=exc.strerror)
            )
    return 0


def cmd_decrypt(args, ctx) -> int:
    with _only_user(ctx):
        data_dir = ctx.data_dir_path()
        if encryption.unfinished_decryption(data_dir):  # backups still encrypted: finish them
            key = ctx.unlock(paths.key_file(data_dir))
        else:
            key = ctx.journal_key()
            if key is None:
                raise JournalError(_("This journal is not encrypted."))
            ctx.open_journal()
            ctx.close()
        result = encryption.decrypt_journal(data_dir, key)
    _say(
        _("The journal is no longer encrypted: anyone who can use this computer account can read it.")
        + " "
        + result.backups_message(encrypted=False)
    )
    return 0


def cmd_change_passphrase(args, ctx) -> int:
    data_dir = ctx.data_dir_path()
    if not keyfile.journal_is_encrypted(data_dir):
        raise JournalError(
            _("This journal is not encrypted; use `recovery-journal encrypt` to add a passphrase.")
        )
    key = ctx.journal_key()
    new = ctx.secrets.ask(_("New passphrase: "), confirm=True, what=_("the new passphrase"))
    encryption.change_passphrase(data_dir, key, new)
    _say(_("The passphrase was changed. The recovery key you saved still works."))
    return 0


def cmd_backup(args, ctx) -> int:
    journal = ctx.open_journal()
    if not args.out:
        path = journal.backup()
        _say(_backup_saved(journal.count(), str(path), ":"))
        return 0
    dest = Path(args.out).expanduser()
    key_copy = keyfile.key_file_for_copy(dest)
    if dest.exists() or (journal.encrypted and key_copy.exists()):
        raise JournalError(
            _("{file} already exists; choose another name. Nothing was written.").format(file=dest)
        )
    journal.copy_to(dest)
    note = ""
    if journal.encrypted:
        files.write_atomic(key_copy, paths.key_file(journal.data_dir).read_bytes())
        note = " " + _(
            "It is encrypted; its key is in {key_file} beside it and opens with the same passphrase."
        ).format(key_file=key_copy.name)
    _say(_backup_saved(journal.count(), str(dest), "to") + note)
    return 0


def cmd_backups(args, ctx) -> int:
    data_dir = ctx.data_dir_path()
    found = backups.list_backups(data_dir, ctx.journal_key())
    if not found:
        _say(
            _(
                "There are no backups yet. The app makes one each day and each time it closes; "
                "`recovery-journal backup` makes one now."
            )
        )
    for info in found:
        count = info.entries or 0
        entries = n_("{n} entry", "{n} entries", count).format(n=count) if info.ok else info.problem
        print(f"{info.taken_at:%Y-%m-%d %H:%M}  {info.label:<18} {entries:<12}  {info.path}")
    return 0


def _source_key(ctx, source: Path, key: bytes | None) -> bytes | None:
    """The key that opens the backup: none, the journal's own, or the one in FILE.key.json."""
    beside = backups.key_file_needed(source, key)
    if beside is None:
        return backups.key_for(source, key)
    return ctx.unlock(beside, for_backup=True)


def cmd_restore(args, ctx) -> int:
    source = Path(args.file).expanduser().resolve()
    if not source.is_file():
        raise JournalError(_("There is no backup at {file}.").format(file=source))
    with _only_user(ctx):
        data_dir = ctx.data_dir_path()
        key = ctx.journal_key()
        source_key = _source_key(ctx, source, key)
        fresh = not paths.journal_file(data_dir).exists() and not paths.key_file(data_dir).exists()
        if fresh and source_key is not None:  # a new computer: the journal stays encrypted like the backup
            files.write_atomic(paths.key_file(data_dir), keyfile.key_file_for_copy(source).read_bytes())
            key = source_key
        result = backups.restore(data_dir, source, key=key, source_key=source_key)
    kept = " " + _("The journal as it was is kept as {file}.").format(file=result.kept) if result.kept else ""
    plain = (
        " "
        + _(
            "It is stored without encryption, like the journal it replaced; `recovery-journal encrypt` "
            "encrypts it."
        )
        if source_key is not None and key is None
        else ""
    )
    restored = n_(
        "Restored the journal from {file}: {n} entry.",
        "Restored the journal from {file}: {n} entries.",
        result.entries,
    ).format(file=source.name, n=result.entries)
    _say(restored + kept + plain)
    return 0


def _backup_saved(count: int, where: str, how: str) -> str:
    if how == ":":
        return n_(
            "Saved a backup of {n} entry: {file}", "Saved a backup of {n} entries: {file}", count
        ).format(n=count, file=where)
    return n_(
        "Saved a backup of {n} entry to {file}.", "Saved a backup of {n} entries to {file}.", count
    ).format(n=count, file=where)
