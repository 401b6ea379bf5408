"""The journal as the rest of the app sees it: one object per open journal.

The GUI and the CLI hold a :class:`Journal` and call its methods; neither
runs SQL. It is built around a database from :func:`db.connect`, so tests can
hand it any database they like.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlite_utils

from . import catalogue, entries, migrations, paths, query, stats
from . import db as dbmod
from .models import Entry


class Journal:
    def __init__(self, db: sqlite_utils.Database, data_dir: Path | None = None, key: bytes | None = None):
        self.db = db
        self.data_dir = data_dir
        self.key = key

    @classmethod
    def open(cls, data_dir: Path, key: bytes | None = None, *, create: bool = True) -> "Journal":
        """Open the journal in ``data_dir`` (starting one if there is none), migrated and ready."""
        data_dir = Path(data_dir)
        db = dbmod.connect(paths.journal_file(data_dir), key, create=create)
        try:
            migrations.migrate(db, paths.backups_dir(data_dir), key)
            catalogue.install_catalogue(db)
        except BaseException:
            db.close()
            raise
        return cls(db, data_dir, key)

    @classmethod
    def in_memory(cls) -> "Journal":
        """A throwaway journal for tests and previews."""
        import sqlcipher3

        con = sqlcipher3.connect(":memory:", isolation_level=None, check_same_thread=False)
        dbmod.apply_pragmas(con)
        db = sqlite_utils.Database(con, execute_plugins=False)
        migrations.migrate(db)
        catalogue.install_catalogue(db)
        return cls(db)

    @property
    def path(self) -> Path | None:
        return paths.journal_file(self.data_dir) if self.data_dir else None

    def close(self) -> None:
        if self.db is not None:
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except dbmod.DatabaseError:
                pass
            self.db.close()
            self.db = None

    def another_connection(self) -> "Journal":
        """A second connection to the same journal, for work on another thread.

        (An in-memory journal has only one connection and returns itself.)
        """
        if self.data_dir is None:
            return self
        return Journal.open(self.data_dir, self.key, create=False)

    @property
    def is_open(self) -> bool:
        return self.db is not None

    # entries -------------------------------------------------------------
    def save(self, entry: Entry, *, now: datetime | None = None) -> Entry:
        return entries.save_entry(self.db, entry, now=now)

    def get(self, entry_id: int) -> Entry | None:
        return entries.get_entry(self.db, entry_id)

    def delete(self, entry_id: int) -> Entry:
        return entries.delete_entry(self.db, entry_id)

    def restore(self, entry: Entry) -> Entry:
        return entries.restore_entry(self.db, entry)

    def insert_many(self, items, *, now: datetime | None = None) -> int:
        return entries.insert_many(self.db, items, now=now)

    # finding ---------------------------------------------------------------
    def rows(self, filt: query.EntryFilter = query.EntryFilter(), *, limit: int = 200,
             after: query.EntryRow | None = None) -> list[query.EntryRow]:
        return query.list_rows(self.db, filt, limit=limit, after=after)

    def count(self, filt: query.EntryFilter = query.EntryFilter()) -> int:
        return query.count_rows(self.db, filt)

    def search(self, text: str, *, limit: int = 50, include_private: bool = True) -> list[query.EntryRow]:
        return query.search(self.db, text, limit=limit, include_private=include_private)

    # catalogue -------------------------------------------------------------
    def trigger_names(self) -> list[str]:
        return catalogue.trigger_names(self.db)

    def coping_names(self) -> list[str]:
        return catalogue.coping_names(self.db)

    def tag_names(self) -> list[str]:
        return catalogue.tag_names(self.db)

    def substances(self) -> list[str]:
        return catalogue.substances(self.db)

    def stats(self, *, include_private: bool = True) -> dict:
        return stats.journal_stats(self.db, include_private=include_private)
