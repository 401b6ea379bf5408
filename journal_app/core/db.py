"""The one place that opens a journal database.

Every connection comes from :func:`connect`: it refuses files that are not
journals (without writing a byte to them), applies the pragmas every
connection needs, and hands back a :class:`Database`. Everything else
receives that database; nothing opens its own.

:class:`Database` is our own thin wrapper over the connection (``execute``,
``query``, ``atomic``): the short commands' path runs only that. sqlite-utils,
the storage library for schema and bulk work (migrations, the full archive,
backups' checks), is ``Database.utils``: built over the same connection the
first time it is asked for, because its import alone (click, dateutil, pluggy,
tabulate) is about half of a short command's start-up (docs/performance.md).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from . import causes, files
from .errors import DamagedJournalError, JournalError, NotAJournalError
from .messages import _

if TYPE_CHECKING:  # the standard library's sqlite3 is only the cursors' type (sqlcipher3 runs them)
    import importlib.machinery
    import sqlite3
    import types

    import sqlite_utils

APPLICATION_ID = 0x524A4E4C  # "RJNL": marks a SQLite file as a Recovery Journal
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
OperationalError = sqlcipher3.OperationalError


Parameters = Sequence[Any] | Mapping[str, Any]
_SAVEPOINT_NUMBERS = itertools.count(1)  # each savepoint's own name


@contextlib.contextmanager
def _transaction(con: sqlcipher3.Connection, begin: str) -> Iterator[None]:
    """``begin`` … ``COMMIT``, or ``ROLLBACK`` when anything in between (or the commit) fails."""
    con.execute(begin)
    try:
        yield
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    try:
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise


class _WithoutNumpy:
    """While sqlite-utils is imported on one thread, ``import numpy`` and ``import pandas`` fail there.

    sqlite-utils imports both, when installed, only to map their number types to column types
    for values we never give it; numpy alone would double its import time. Only the importing
    thread is refused, so a chart loading numpy at the same moment on another thread gets it.
    """

    def __init__(self) -> None:
        import threading  # (here: a short command loads none of this)

        self.get_ident = threading.get_ident
        self.thread = threading.get_ident()

    def find_spec(
        self, name: str, path: object = None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name in ("numpy", "pandas") and self.get_ident() == self.thread:
            raise ModuleNotFoundError(f"{name} is left out of sqlite-utils", name=name)
        return None


def _sqlite_utils_database() -> type[sqlite_utils.Database]:
    """sqlite-utils' ``Database`` class, imported on first use (never on the short commands' path).

    sqlite-utils takes ``pysqlite3`` as its driver when there is one: during its import that name
    is sqlcipher3, the driver of every journal connection, so the errors it catches itself (a
    missing column with ``alter=True``, ``drop(ignore=True)``, too many variables) are the ones
    our connections raise. The name is taken back at once; nothing else is told it exists.
    """
    first = "sqlite_utils" not in sys.modules
    finder = _WithoutNumpy() if first else None
    driver = (
        {"pysqlite3": sqlcipher3, "pysqlite3.dbapi2": sqlcipher3.dbapi2}
        if first and "pysqlite3" not in sys.modules
        else {}
    )
    if finder is not None:
        sys.meta_path.insert(0, finder)
    sys.modules.update(driver)
    try:
        import sqlite_utils
    finally:
        if finder is not None:
            sys.meta_path.remove(finder)
        for name, module in driver.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return sqlite_utils.Database


class Database:
    """One open journal connection, in autocommit mode: every write goes through :func:`write`."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        # as the journal has always been opened: a REPLACE's deletions fire delete triggers too
        conn.execute("PRAGMA recursive_triggers = ON")

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over this same connection, built the first time it is asked for.

        For schema and bulk work (``table_names``, ``table(name).rows_where``, ``insert_all``,
        ``columns_dict``, ``executescript``). Its writes belong inside :func:`write` (or
        :meth:`atomic`): in a transaction sqlite-utils nests each write in a savepoint and commits
        nothing; outside one, each of its calls would be a transaction of its own. It runs on
        sqlcipher3, as the connection does: its errors are this module's ``DatabaseError``.
        """
        if self._utils is None:
            self._utils = _sqlite_utils_database()(
                self.conn,
                recursive_triggers=False,  # already on (above)
                execute_plugins=False,  # no entry-point scan, no third-party code on the journal
            )
        return self._utils

    def execute(self, sql: str, parameters: Parameters = ()) -> sqlite3.Cursor:
        """Run one statement; its cursor (rows to read, ``lastrowid``, ``rowcount``)."""
        cursor: sqlite3.Cursor = self.conn.execute(sql, parameters)
        return cursor

    def query(self, sql: str, parameters: Parameters = ()) -> Iterator[dict[str, Any]]:
        """The rows of a ``SELECT`` as dictionaries keyed by column name."""
        cursor = self.execute(sql, parameters)
        keys = [column[0] for column in cursor.description or ()]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction (``BEGIN``), or a savepoint inside one: all of it is kept, or none."""
        con = self.conn
        if not con.in_transaction:
            with _transaction(con, "BEGIN"):
                yield self
            return
        savepoint = f"journal_{next(_SAVEPOINT_NUMBERS)}"
        con.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            # a failure such as RAISE(ROLLBACK) may have ended the whole transaction already
            if con.in_transaction:
                con.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                con.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        con.execute(f"RELEASE SAVEPOINT {savepoint}")

    def close(self) -> None:
        self.conn.close()


def _looks_like_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _check_existing_file(path: Path, key: bytes | None) -> None:
    """Refuse, before any write, a file that cannot be a journal."""
    if path.is_dir():
        raise NotAJournalError(_("{file} is a folder, not a journal file.").format(file=path))
    size = path.stat().st_size
    if size == 0:
        raise NotAJournalError(
            _(
                "{file} is an empty file, not a journal. It was left untouched; "
                "move it away to start a new journal there."
            ).format(file=path)
        )
    if key is None and not _looks_like_plain_sqlite(path):
        raise NotAJournalError(
            _(
                "{file} is not a Recovery Journal database (or it is encrypted and "
                "needs its passphrase). It was left untouched."
            ).format(file=path)
        )


def _apply_key(con: sqlcipher3.Connection, key: bytes) -> None:
    if len(key) != 32:
        raise ValueError("a journal key is 32 bytes")
    con.execute("PRAGMA cipher_log_level = NONE")  # our own message says it; no log lines on stderr
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def _verify_is_journal(con: sqlcipher3.Connection, path: Path, existed: bool, key: bytes | None) -> None:
    try:
        tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
    except DatabaseError as exc:
        problem = causes.storage_error(exc, f"Opening {path.name}", path.parent)
        if problem is not None:  # a full disk or a read-only folder is never "not a journal"
            raise problem from exc
        if key is not None:
            raise NotAJournalError(
                _("{file} could not be opened with that passphrase or key. Nothing was changed.").format(
                    file=path
                )
            ) from exc
        raise NotAJournalError(
            _("{file} is not a Recovery Journal database. It was left untouched.").format(file=path)
        ) from exc
    if existed and tables and app_id != APPLICATION_ID:
        raise NotAJournalError(
            _(
                "{file} is a database made by another program, not a Recovery Journal. It was left untouched."
            ).format(file=path)
        )


def connect(
    path: Path | str, key: bytes | None = None, *, create: bool = True, check: bool = False
) -> Database:
    """Open (or, with ``create``, start) the journal at ``path``.

    ``key`` is the raw 32-byte SQLCipher key of an encrypted journal. A file
    that is not a journal raises :class:`NotAJournalError` and is not written.
    With ``check``, an existing journal that fails ``quick_check`` raises
    :class:`DamagedJournalError`, also before anything is written.
    """
    path = Path(path)
    existed = path.exists()
    if existed:
        _check_existing_file(path, key)
    elif not create:
        raise JournalError(_("There is no journal at {file}.").format(file=path))
    else:
        files.private_dir(path.parent)
        _create_private(path)
    try:
        con = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except DatabaseError as exc:  # e.g. a folder we may not write into
        problem = causes.storage_error(exc, _("Opening {file}").format(file=path.name), path.parent)
        raise problem or JournalError(
            _("The journal at {file} could not be opened: {problem}.").format(file=path, problem=exc)
        ) from exc
    try:
        if key is not None:
            _apply_key(con, key)
        _verify_is_journal(con, path, existed, key)
        if check and existed:
            problems = check_problems(con)
            if problems:
                raise DamagedJournalError(
                    _("{file} is damaged ({problem}).").format(file=path.name, problem=problems[0]),
                    problems=problems,
                )
        apply_pragmas(con)
    except DatabaseError as exc:
        con.close()
        problem = causes.storage_error(exc, f"Opening {path.name}", path.parent)
        if problem is None:
            raise
        raise problem from exc
    except BaseException:
        con.close()
        raise
    return Database(con)


def _create_private(path: Path) -> None:
    """Create the (empty) database file owner-only, so SQLite's -wal and -shm copy that mode."""
    try:
        fd = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), files.PRIVATE_FILE
        )
    except FileExistsError:
        return
    os.close(fd)


def apply_pragmas(con: sqlcipher3.Connection) -> None:
    con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA secure_delete = ON")
    con.execute("PRAGMA temp_store = MEMORY")


@contextlib.contextmanager
def write(db: Database) -> Iterator[Database]:
    """One write transaction: all of it is saved, or none of it.

    The outermost level takes the write lock at once (``BEGIN IMMEDIATE``) so
    two processes never deadlock upgrading a read; nested levels are savepoints.
    """
    con = db.conn
    if con.in_transaction:
        with db.atomic():
            yield db
        return
    with _transaction(con, "BEGIN IMMEDIATE"):
        yield db


def backup_to(db: Database, dest: Path | str, key: bytes | None = None) -> Path:
    """Copy the whole journal into ``dest`` through SQLite's backup API.

    The copy is written to a temporary name and renamed into place, so a
    half-written backup never carries the real name.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    _create_private(partial)
    target = sqlcipher3.connect(str(partial), isolation_level=None)
    try:
        if key is not None:
            _apply_key(target, key)
        db.conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        target.close()
        partial.unlink(missing_ok=True)
        raise
    target.close()
    partial.replace(dest)
    return dest


def new_row_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an ``INSERT`` just added."""
    row_id = cursor.lastrowid
    if row_id is None:  # pragma: no cover - an INSERT that ran always has one
        raise JournalError("The journal did not say which row it added; nothing more was changed.")
    return row_id


def save_row(database: Database, table: str, row: dict[str, Any], row_id: int | None) -> int:
    """Insert ``row`` into ``table`` (``row_id`` None) or update the row with that id, in one
    transaction; return the row's id. ``table`` and the keys of ``row`` are the caller's own
    names, never a person's words."""
    with write(database):
        if row_id is None:
            cursor = database.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            return new_row_id(cursor)
        sets = ", ".join(f"{column} = ?" for column in row)
        database.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), row_id])
        return row_id


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _key_sql(key: bytes | None) -> str:
    return f"x'{key.hex()}'" if key is not None else ""


def export_to(db: Database, dest: Path | str, key: bytes | None) -> Path:
    """Copy the journal into ``dest`` with another key (or none) through ``sqlcipher_export``.

    This is how a journal changes between plain and encrypted: SQLCipher
    writes every page anew under the target's key. Like :func:`backup_to`
    it writes a temporary name first.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    _create_private(partial)
    con = db.conn
    version = user_version(db)
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    con.execute("ATTACH DATABASE ? AS export_target KEY ?", [str(partial), _key_sql(key)])
    try:
        con.execute("SELECT sqlcipher_export('export_target')")
        # sqlcipher_export copies tables and rows, not these two header fields.
        con.execute(f"PRAGMA export_target.user_version = {int(version)}")
        con.execute(f"PRAGMA export_target.application_id = {int(app_id)}")
    except BaseException:
        con.execute("DETACH DATABASE export_target")
        partial.unlink(missing_ok=True)
        raise
    con.execute("DETACH DATABASE export_target")
    partial.replace(dest)
    return dest


def open_readonly(path: Path | str, key: bytes | None = None) -> Database:
    """Open a journal or backup to read it, without writing a byte (no WAL switch, no pragmas)."""
    path = Path(path)
    if not path.exists():
        raise JournalError(_("There is no file at {file}.").format(file=path))
    _check_existing_file(path, key)
    con = sqlcipher3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        if key is not None:
            _apply_key(con, key)
        _verify_is_journal(con, path, True, key)
    except BaseException:
        con.close()
        raise
    return Database(con)


def check_problems(db: Database | sqlcipher3.Connection, *, thorough: bool = False) -> list[str]:
    """What SQLite's ``quick_check`` (or the slower ``integrity_check``) finds wrong; empty means ok."""
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        found = [row[0] for row in db.execute(f"PRAGMA {pragma}").fetchall()]
    except DatabaseError as exc:
        problem = causes.storage_error(exc, _("Checking the journal"))
        if problem is not None:  # the disk, not damage: nothing may be moved aside for it
            raise problem from exc
        return [str(exc)]
    return [] if found == ["ok"] else found
