"""The journal's schema, as ordered migrations.

``PRAGMA user_version`` holds the schema version. Opening an older journal
first copies it through the backup API into ``backups/``, then runs each
missing step in its own transaction, so a failed step leaves the journal as
it was before that step (and the copy as it was before all of them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from . import db as dbmod
from .db import Database
from .errors import NewerJournalError

V1_SCHEMA = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('check_in', 'craving', 'use', 'note')),
    occurred_at TEXT NOT NULL,
    occurred_utc TEXT NOT NULL,
    local_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    mood INTEGER CHECK (mood BETWEEN 1 AND 10),
    craving INTEGER CHECK (craving BETWEEN 0 AND 10),
    sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    supportive_contact INTEGER CHECK (supportive_contact IN (0, 1)),
    halt_hungry INTEGER NOT NULL DEFAULT 0 CHECK (halt_hungry IN (0, 1)),
    halt_angry INTEGER NOT NULL DEFAULT 0 CHECK (halt_angry IN (0, 1)),
    halt_lonely INTEGER NOT NULL DEFAULT 0 CHECK (halt_lonely IN (0, 1)),
    halt_tired INTEGER NOT NULL DEFAULT 0 CHECK (halt_tired IN (0, 1)),
    medication TEXT CHECK (medication IN ('taken', 'missed')),
    meeting INTEGER CHECK (meeting IN (0, 1)),
    situation TEXT NOT NULL DEFAULT '',
    thought TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER CHECK (duration_minutes BETWEEN 0 AND 1440),
    outcome TEXT CHECK (outcome IN ('passed', 'used')),
    substance TEXT NOT NULL DEFAULT '',
    lead_up TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entries_by_time ON entries (occurred_utc, id);
CREATE INDEX entries_by_date ON entries (local_date);
CREATE INDEX entries_by_kind ON entries (kind, occurred_utc);

CREATE TABLE triggers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    category TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0,
    seed_key TEXT UNIQUE
);
CREATE TABLE coping_strategies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    category TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0,
    seed_key TEXT UNIQUE
);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_triggers (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    trigger_id INTEGER NOT NULL REFERENCES triggers (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, trigger_id)
) WITHOUT ROWID;
CREATE INDEX entry_triggers_by_trigger ON entry_triggers (trigger_id);
CREATE TABLE entry_coping (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    coping_id INTEGER NOT NULL REFERENCES coping_strategies (id) ON DELETE CASCADE,
    helped INTEGER CHECK (helped IN (0, 1)),
    PRIMARY KEY (entry_id, coping_id)
) WITHOUT ROWID;
CREATE INDEX entry_coping_by_coping ON entry_coping (coping_id);
CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id);
"""

V2_SCHEMA = """
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body,
    content = 'entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');

CREATE TABLE entry_warning_signs (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    sign_key TEXT NOT NULL,
    PRIMARY KEY (entry_id, sign_key)
) WITHOUT ROWID;
CREATE INDEX entry_warning_signs_by_sign ON entry_warning_signs (sign_key);

CREATE TABLE recovery_starts (
    id INTEGER PRIMARY KEY,
    substance TEXT NOT NULL,
    started_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE life_events (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    occurred_on TEXT NOT NULL,
    label TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE therapy_sessions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    held_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE plan_responses (
    id INTEGER PRIMARY KEY,
    trigger_id INTEGER NOT NULL UNIQUE REFERENCES triggers (id) ON DELETE CASCADE,
    response TEXT NOT NULL
);
CREATE TABLE support_contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE plan_items (
    id INTEGER PRIMARY KEY,
    section TEXT NOT NULL CHECK (section IN ('reason', 'past_sign')),
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE crisis_numbers (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    number TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE safety_notices (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    shown_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


# v3: search returns the newest matches without ranking them all. Each entry gets
# a time_key that sorts like (occurred_utc, id); the full-text index is keyed by
# it, so "newest 50 matches" is a walk down the index that stops after 50.
# Inserts get their key from a trigger; an edit sets it with the other columns
# (core.entries.time_key), so the index sees one change with the old values.
TIME_KEY_SQL = "(CAST(strftime('%s', {row}.occurred_utc) AS INTEGER) * 1000000 + ({row}.id % 1000000))"

V3_SCHEMA = f"""
DROP TRIGGER entries_fts_insert;
DROP TRIGGER entries_fts_delete;
DROP TRIGGER entries_fts_update;
DROP TABLE entries_fts;
ALTER TABLE entries ADD COLUMN time_key INTEGER;
UPDATE entries SET time_key = {TIME_KEY_SQL.format(row="entries")};
CREATE UNIQUE INDEX entries_by_time_key ON entries (time_key);
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body,
    content = 'entries', content_rowid = 'time_key',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TRIGGER entries_time_key_insert AFTER INSERT ON entries BEGIN
    UPDATE entries SET time_key = {TIME_KEY_SQL.format(row="new")} WHERE id = new.id;
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF time_key, title, body ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body)
    SELECT 'delete', old.time_key, old.title, old.body WHERE old.time_key IS NOT NULL;
    INSERT INTO entries_fts (rowid, title, body) VALUES (new.time_key, new.title, new.body);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body)
    VALUES ('delete', old.time_key, old.title, old.body);
END;
INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
"""


def _run_script(db: Database, script: str) -> None:
    """Run a schema script inside the migration's transaction.

    sqlite-utils splits it where SQLite itself says a statement is complete (trigger bodies stay
    whole) and, inside a transaction, runs it statement by statement: the standard
    ``executescript()`` would COMMIT first, and a failed step would leave half a schema.
    """
    if not db.conn.in_transaction:  # outside one, each statement would commit on its own
        raise RuntimeError("a migration's script runs inside its transaction (db.write)")
    db.utils.executescript(script)


CHART_INDEXES = """
CREATE INDEX entries_day_measures ON entries (local_date, private, kind, mood, craving, sleep_hours);
CREATE INDEX entries_urge_hours ON entries (kind, local_date, private, occurred_at, craving, outcome);
CREATE INDEX entries_id_measures ON entries (id, local_date, private, craving);
CREATE INDEX entry_coping_helped ON entry_coping (coping_id, helped);
"""


def _v1(db: Database) -> None:
    _run_script(db, V1_SCHEMA)
    db.execute(f"PRAGMA application_id = {dbmod.APPLICATION_ID}")


def _v2(db: Database) -> None:
    _run_script(db, V2_SCHEMA)


def _v3(db: Database) -> None:
    _run_script(db, V3_SCHEMA)


def _chart_indexes(db: Database) -> None:
    """v4: covering indexes so the charts read ten years of entries without touching the rows."""
    _run_script(db, CHART_INDEXES)


QUESTIONNAIRES = """
CREATE TABLE questionnaire_results (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    instrument TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    local_date TEXT NOT NULL,
    answers TEXT NOT NULL,
    scores TEXT NOT NULL,
    needs_help INTEGER NOT NULL DEFAULT 0,
    private INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX questionnaire_results_by_date ON questionnaire_results (instrument, local_date);
"""


def _questionnaires(db: Database) -> None:
    """v5: completed questionnaires (PHQ-9, GAD-7, BAM) with their answers and scores."""
    _run_script(db, QUESTIONNAIRES)


MEDICATIONS = """
CREATE TABLE medications (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    prescriber TEXT NOT NULL DEFAULT '',
    schedule TEXT NOT NULL DEFAULT '',
    dose TEXT NOT NULL DEFAULT '',
    dose_private INTEGER NOT NULL DEFAULT 1,
    next_dose TEXT,
    next_injection TEXT,
    next_clinic TEXT,
    updated_at TEXT NOT NULL
);
"""


def _medications(db: Database) -> None:
    """v6: the person's medications for opioid use disorder (name, prescriber, schedule, optional
    dose private by default, next dose / injection / clinic dates)."""
    _run_script(db, MEDICATIONS)


IMPORTED = """
CREATE TABLE imported (
    source_id TEXT PRIMARY KEY,
    entry_uuid TEXT NOT NULL,
    source TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX imported_by_source ON imported (source, entry_uuid);
"""


def _imported(db: Database) -> None:
    """v7: which entries came from another app (Daylio, jrnl, Day One) and their id there, so a newer
    export updates them and the dry run names the ones it no longer has. Ids only, never text."""
    _run_script(db, IMPORTED)


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1,
    _v2,
    _v3,
    _chart_indexes,
    _questionnaires,
    _medications,
    _imported,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(
    db: Database,
    backup_dir: Path | None = None,
    key: bytes | None = None,
    *,
    target: int = SCHEMA_VERSION,
) -> Path | None:
    """Bring the journal up to ``target``; return the pre-migration backup, if one was made."""
    current = dbmod.user_version(db)
    if current > SCHEMA_VERSION:
        raise NewerJournalError(
            f"This journal was saved by a newer version of Recovery Journal (schema {current}, "
            f"this version knows {SCHEMA_VERSION}). Please update the app; the journal was not changed."
        )
    if current >= target:
        return None
    backup = None
    if current > 0 and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = dbmod.backup_to(db, backup_dir / f"before-migration-v{current}-{stamp}.db", key)
    for version in range(current + 1, target + 1):
        with dbmod.write(db):
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
    return backup
