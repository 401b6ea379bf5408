"""Backups: automatic and rotating, taken on close and once a day, and restoring one.

A backup is written through SQLite's backup API (or ``sqlcipher_export``
when the key changes), never by copying the file, so it is always a whole,
consistent journal, encrypted exactly like the journal it came from. The
automatic ones rotate: the newest of each of the last 7 days with a backup,
plus the newest of each of the last 4 weeks. Backups made before a restore,
a migration or on request are kept until the person deletes them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from . import causes, files, keyfile, paths
from . import db as dbmod
from .db import Database
from .errors import JournalError, NotAJournalError, StorageError
from .messages import _, p_
from .migrations import SCHEMA_VERSION
from .settings import DeviceSettings

KEEP_DAILY = 7
KEEP_WEEKLY = 4
AUTO = "auto"
CHOSEN = "chosen"  # a backup saved outside the backups folder (``backup --out FILE``), picked by the person
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<kind>[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")
KIND_LABELS = {  # English (stable); BackupInfo.label is in the language in use
    AUTO: "Automatic",
    "manual": "Made by you",
    "before-restore": "Before a restore",
    "before-migration-v1": "Before an update",
    CHOSEN: "A file you chose",
}


def _kind_label(kind: str) -> str:
    labels = {
        AUTO: p_("backup kind", "Automatic"),
        "manual": p_("backup kind", "Made by you"),
        "before-restore": p_("backup kind", "Before a restore"),
        CHOSEN: p_("backup kind", "A file you chose"),
    }
    if kind in labels:
        return labels[kind]
    if kind.startswith("before-migration"):
        return p_("backup kind", "Before an update")
    return kind.replace("-", " ").capitalize()


EARLIER_KEY = (  # English; earlier_key_note() in the language in use
    "It was made under an earlier key: its key file is beside it, and it opens with the passphrase "
    "or recovery key of that time (choose it with “Choose a backup file…”)."
)


def earlier_key_note() -> str:
    return _(
        "It was made under an earlier key: its key file is beside it, and it opens with the passphrase "
        "or recovery key of that time (choose it with “Choose a backup file…”)."
    )


@dataclasses.dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    kind: str
    entries: int | None  # None: it could not be read (see ``problem``)
    problem: str | None = None

    @property
    def label(self) -> str:
        """What kind of backup it is, in the language in use."""
        return _kind_label(self.kind)

    @property
    def ok(self) -> bool:
        return self.problem is None


def _stamp_of(path: Path) -> tuple[str, datetime]:
    match = _NAME.match(path.name)
    if match:
        try:
            return match["kind"], datetime.strptime(match["stamp"], _STAMP)
        except ValueError:
            pass
    return "other", datetime.fromtimestamp(path.stat().st_mtime)


def backup_files(data_dir: Path) -> list[Path]:
    folder = paths.backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.db") if p.is_file()]
    # by the time in the name; two in the same second by when the file was written
    return sorted(found, key=lambda p: (_stamp_of(p)[1], p.stat().st_mtime_ns), reverse=True)


def _new_name(folder: Path, kind: str, now: datetime) -> Path:
    base = f"{kind}-{now.strftime(_STAMP)}"
    path, n = folder / f"{base}.db", 1
    while path.exists():
        path, n = folder / f"{base}-{n}.db", n + 1
    return path


def take_backup(
    db: Database,
    data_dir: Path,
    key: bytes | None,
    *,
    kind: str = "manual",
    now: datetime | None = None,
) -> Path:
    """Write a backup of the open journal ``db`` into the backups folder; return its path."""
    dest = _new_name(files.private_dir(paths.backups_dir(data_dir)), kind, now or datetime.now())
    dbmod.backup_to(db, dest, key)
    return dest


def take_automatic(
    db: Database,
    data_dir: Path,
    key: bytes | None,
    *,
    on_close: bool = False,
    now: datetime | None = None,
) -> Path | None:
    """The automatic backup: always when the app closes, otherwise once a day. Then rotate."""
    now = now or datetime.now()
    if not on_close:
        today = now.date()
        for path in backup_files(data_dir):
            kind, taken = _stamp_of(path)
            if kind == AUTO and taken.date() == today:
                return None
    path = take_backup(db, data_dir, key, kind=AUTO, now=now)
    rotate(data_dir)
    return path


def rotate(data_dir: Path) -> list[Path]:
    """Keep the newest automatic backup of each of the last 7 days and of the last 4 weeks
    (or as many as the device settings ``backups.keep_daily`` / ``backups.keep_weekly`` say)."""
    device = DeviceSettings.load(data_dir)
    keep_daily, keep_weekly = device.get("backups.keep_daily"), device.get("backups.keep_weekly")
    autos = [(p, _stamp_of(p)[1]) for p in backup_files(data_dir) if _stamp_of(p)[0] == AUTO]
    keep: set[Path] = set()
    days: set[Any] = set()
    weeks: set[Any] = set()
    for path, taken in autos:  # newest first
        if taken.date() not in days and len(days) < keep_daily:
            days.add(taken.date())
            keep.add(path)
        week = taken.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(path)
    removed = [path for path, _ in autos if path not in keep]
    for path in removed:  # encrypted like the journal, or as plain as the journal: no need to overwrite
        remove(path)
    return removed


def remove(path: Path) -> None:
    """Delete a backup, and the earlier key file kept beside it (no other backup needs that copy)."""
    path.unlink(missing_ok=True)
    keyfile.key_file_for_copy(path).unlink(missing_ok=True)


def key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key to open a backup with when it is encrypted like the journal: ``key``, or None if plain."""
    return key if keyfile.is_encrypted_file(path) else None


def describe(path: Path, key: bytes | None, *, check: bool = False) -> BackupInfo:
    """A backup's date, kind and entry count (and, with ``check``, whether it passes quick_check)."""
    kind, taken = _stamp_of(path)
    earlier_key = keyfile.key_file_for_copy(path).exists()
    if keyfile.is_encrypted_file(path) and key is None and not earlier_key:
        return BackupInfo(path, taken, kind, None, _("It is encrypted and needs the journal's passphrase."))
    try:
        if keyfile.is_encrypted_file(path) and key is None:
            raise NotAJournalError("needs its own key")
        db = dbmod.open_readonly(path, key_for(path, key))
    except NotAJournalError as exc:
        if earlier_key:
            return BackupInfo(path, taken, kind, None, earlier_key_note())
        return BackupInfo(path, taken, kind, None, str(exc))
    except JournalError as exc:
        return BackupInfo(path, taken, kind, None, str(exc))
    try:
        problems = dbmod.check_problems(db) if check else []
        if problems:
            return BackupInfo(
                path,
                taken,
                kind,
                None,
                _("It is damaged: {problems}").format(problems="; ".join(problems[:3])),
            )
        entries = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    except dbmod.DatabaseError as exc:
        return BackupInfo(path, taken, kind, None, _("It could not be read ({problem}).").format(problem=exc))
    finally:
        db.close()
    return BackupInfo(path, taken, kind, entries)


def list_backups(data_dir: Path, key: bytes | None) -> list[BackupInfo]:
    """Every backup in the backups folder, newest first, with its date and number of entries."""
    return [describe(path, key) for path in backup_files(data_dir)]


def newest_good_backup(data_dir: Path, key: bytes | None) -> BackupInfo | None:
    for path in backup_files(data_dir):
        info = describe(path, key, check=True)
        if info.ok:
            return info
    return None


def key_file_needed(source: Path, key: bytes | None) -> Path | None:
    """For a backup saved anywhere (``backup --out FILE``): which key file has to be unlocked to read it.

    None when nothing more is needed: it is plain, or encrypted with the journal's own ``key``
    (open it with :func:`key_for`). Otherwise the key file beside it, ``FILE.key.json``, which
    opens with the passphrase (or recovery key) the backup was saved with. Raises JournalError,
    changing nothing, when the file cannot be a backup or its key file is not there.
    """
    if not source.is_file():
        raise JournalError(_("There is no backup at {file}.").format(file=source))
    size = source.stat().st_size
    if size == 0 or size % 512:  # SQLite and SQLCipher files are whole pages; this is something else
        raise NotAJournalError(
            _("{file} is not a journal backup. It was left untouched.").format(file=source.name)
        )
    if not keyfile.is_encrypted_file(source):
        return None
    if key is not None:
        with contextlib.suppress(NotAJournalError):
            dbmod.open_readonly(source, key).close()
            return None
    beside = keyfile.key_file_for_copy(source)
    if not beside.exists():
        raise JournalError(
            _(
                "{file} is encrypted with another key; put its key file {key_file} beside it. Nothing was changed."
            ).format(file=source.name, key_file=beside.name)
        )
    return beside


def chosen(source: Path, source_key: bytes | None) -> BackupInfo:
    """A backup the person picked outside the backups folder, checked like the listed ones."""
    return dataclasses.replace(describe(source, source_key), kind=CHOSEN)


# restoring ---------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class RestoreResult:
    entries: int
    kept: Path | None  # the journal as it was just before, now a backup (or moved aside if damaged)


def _signature(db: Database) -> tuple[Any, ...]:
    """Every table (the search index's own included) with its number of rows."""
    utils = db.utils
    tables = sorted(name for name in utils.table_names() if not name.startswith("sqlite_"))
    return tuple((name, utils.table(name).count) for name in tables)


def copy_verified(source: Database, dest: Path, source_key: bytes | None, key: bytes | None) -> None:
    """Copy ``source`` to ``dest`` under ``key`` and check the copy is whole and the same, or raise."""
    expected = _signature(source)
    if source_key == key:
        dbmod.backup_to(source, dest, key)
    else:
        dbmod.export_to(source, dest, key)
    try:
        copy = dbmod.open_readonly(dest, key)
        try:
            good = not dbmod.check_problems(copy, thorough=True) and _signature(copy) == expected
        finally:
            copy.close()
    except JournalError:
        good = False
    if not good:
        files.shred(dest)
        raise JournalError(_("The new copy of the journal did not check out, so nothing was changed."))


def restore(
    data_dir: Path, source: Path, *, key: bytes | None, source_key: bytes | None, now: datetime | None = None
) -> RestoreResult:
    """Make the backup ``source`` the journal, keeping the journal as it is now as a backup first.

    The journal must be closed. The restored journal is encrypted like the
    journal it replaces (with ``key``), whatever the backup was. The free space
    is checked before anything is written; the new copy is written and verified
    before the current journal is touched; only a journal that fails its
    integrity check is moved aside. Any failure leaves ``journal.db`` in place.
    """
    journal_path = paths.journal_file(data_dir)
    src = dbmod.open_readonly(source, source_key)
    new_file = journal_path.with_name(journal_path.name + ".restoring")
    try:
        problems = dbmod.check_problems(src)
        if problems:
            raise JournalError(
                _("{file} is damaged, so it was not restored. Nothing was changed.").format(file=source.name)
            )
        if dbmod.user_version(src) > SCHEMA_VERSION:
            raise JournalError(
                _(
                    "{file} was saved by a newer version of Recovery Journal; please update the app. "
                    "Nothing was changed."
                ).format(file=source.name)
            )
        entries = src.execute("SELECT count(*) FROM entries").fetchone()[0]
        causes.check_room(data_dir, room_for_restore(journal_path, source), _("Restoring a backup"))
        _storage_checked(lambda: copy_verified(src, new_file, source_key, key), new_file, data_dir)
    finally:
        src.close()
    try:
        kept = _keep_current(data_dir, key, now) if journal_path.exists() else None
    except BaseException:
        files.shred(new_file)
        raise
    files.swap_in(new_file, journal_path)
    return RestoreResult(entries, kept)


def room_for_restore(journal_path: Path, source: Path) -> int:
    """Bytes a restore writes at most: the new copy, the journal kept as a backup, and some slack."""
    current = sum(p.stat().st_size for p in (journal_path, *paths.sidecars(journal_path)) if p.exists())
    return source.stat().st_size + current + (1 << 20)


def _storage_checked(work: Callable[[], None], written: Path, data_dir: Path) -> None:
    """Run ``work``; a failed write removes ``written`` and says what the disk did."""
    try:
        work()
    except (dbmod.DatabaseError, OSError) as exc:
        with contextlib.suppress(OSError):
            files.shred(written)
        problem = causes.storage_error(exc, _("Restoring a backup"), data_dir)
        if problem is None:
            raise
        raise problem from exc


def _keep_current(data_dir: Path, key: bytes | None, now: datetime | None) -> Path:
    """The journal as it is now, as a ``before-restore`` backup; moved aside only if it is damaged.

    A journal that cannot be opened because of the disk (full, read-only) is
    not damaged: that raises StorageError and nothing moves.
    """
    journal_path = paths.journal_file(data_dir)
    try:
        current = dbmod.connect(journal_path, key, create=False)
    except StorageError:
        raise
    except NotAJournalError:  # it cannot be read as a journal at all: kept, untouched, under another name
        return files.move_aside(journal_path, now)
    try:
        if not dbmod.check_problems(current):
            try:
                return take_backup(current, data_dir, key, kind="before-restore", now=now)
            except (dbmod.DatabaseError, OSError) as exc:
                doing = _("Keeping the journal as a backup before the restore")
                problem = causes.storage_error(exc, doing, data_dir)
                if problem is None:
                    raise
                raise problem from exc
    finally:
        with contextlib.suppress(dbmod.DatabaseError):
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        current.close()
    # It fails its integrity check: keep it, untouched, under another name.
    return files.move_aside(journal_path, now)
