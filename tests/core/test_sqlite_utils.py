"""sqlite-utils (``Database.utils``) over the journal's own connection: one transaction per write,
nothing committed early, encrypted journals too, and the schema the migrations make unchanged."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core import db as dbmod
from journal_app.core import migrations
from journal_app.core.journal import Journal
from journal_app.core.transfer import archive

FIXTURES = Path(__file__).parents[1] / "fixtures"
SCHEMA = FIXTURES / f"schema_v{migrations.SCHEMA_VERSION}.sql"


def _tags(database: dbmod.Database) -> set[str]:
    return {row[0] for row in database.execute("SELECT name FROM tags")}


def test_utils_works_on_the_journals_own_connection(journal: Journal):
    utils = journal.db.utils
    assert utils.conn is journal.db.conn and journal.db.utils is utils
    assert {"entries", "triggers", "settings", "imported"} <= set(utils.table_names())


def test_a_failure_after_insert_all_inside_a_write_takes_everything_back(journal: Journal):
    database = journal.db
    with pytest.raises(RuntimeError), dbmod.write(database):
        database.execute("INSERT INTO tags (name) VALUES ('ours')")
        database.utils.table("tags").insert_all({"name": f"bulk {n}"} for n in range(250))
        assert database.conn.in_transaction  # still the one transaction, nothing committed
        raise RuntimeError("the disk went away")
    assert not database.conn.in_transaction
    assert not {"ours", "bulk 0", "bulk 249"} & _tags(database)


def test_a_failure_after_add_column_inside_atomic_takes_the_column_back(journal: Journal):
    database = journal.db
    with pytest.raises(RuntimeError), database.atomic():
        database.utils.table("tags").add_column("colour", str)
        database.utils.table("tags").insert({"name": "painted", "colour": "green"})
        assert "colour" in database.utils.table("tags").columns_dict
        raise RuntimeError("stopped")
    assert "colour" not in database.utils.table("tags").columns_dict
    assert "painted" not in _tags(database)


def test_a_row_sqlite_utils_cannot_add_undoes_the_whole_write(journal: Journal):
    """The failure inside sqlite-utils' own savepoint ends our transaction too: nothing is kept."""
    database = journal.db
    rows = [{"label": "fine", "number": "111"}, {"label": "no number", "number": None}]
    with pytest.raises(dbmod.IntegrityError), dbmod.write(database):
        database.execute("INSERT INTO tags (name) VALUES ('before')")
        database.utils.table("crisis_numbers").insert_all(rows)
    assert "before" not in _tags(database)
    assert database.execute("SELECT count(*) FROM crisis_numbers WHERE label = 'fine'").fetchone()[0] == 0


def test_nothing_sqlite_utils_writes_is_committed_before_the_write_ends(journal: Journal, data_dir):
    database = journal.db
    path = data_dir / "journal.db"
    with dbmod.write(database):
        database.utils.table("tags").insert_all([{"name": "one"}, {"name": "two"}])
        database.utils.table("tags").add_column("colour", str)
        database.utils.executescript("CREATE TABLE scratch (x);\nINSERT INTO scratch VALUES (1);")
        assert list(database.utils.query("SELECT count(*) AS n FROM tags WHERE name = 'one'")) == [{"n": 1}]
        assert database.conn.in_transaction
        other = dbmod.open_readonly(path)
        try:  # another reader sees the journal as it was before the write
            assert not {"one", "two"} & _tags(other)
            assert "scratch" not in other.utils.table_names()
            assert "colour" not in other.utils.table("tags").columns_dict
        finally:
            other.close()
    other = dbmod.open_readonly(path)
    try:
        assert {"one", "two"} <= _tags(other) and "scratch" in other.utils.table_names()
    finally:
        other.close()


def test_an_encrypted_journal_works_through_sqlite_utils(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "journal.db"
    database = dbmod.connect(path, key)
    try:
        migrations.migrate(database)
        assert "entries" in database.utils.table_names()
        with pytest.raises(RuntimeError), dbmod.write(database):
            database.utils.table("tags").insert({"name": "rolled back"})
            raise RuntimeError("stopped")
        with dbmod.write(database):
            database.utils.table("tags").insert_all([{"name": "marigold-sunrise"}])
        assert _tags(database) == {"marigold-sunrise"}
    finally:
        database.close()
    assert b"marigold-sunrise" not in path.read_bytes()  # written under the key, not as plain text
    again = dbmod.open_readonly(path, key)
    try:
        assert [row["name"] for row in again.utils.table("tags").rows] == ["marigold-sunrise"]
    finally:
        again.close()


def test_a_migration_failing_half_way_through_its_script_leaves_the_journal_as_it_was(tmp_path, monkeypatch):
    database = dbmod.connect(tmp_path / "journal.db")
    try:
        migrations.migrate(database, target=1)

        def half(db: dbmod.Database) -> None:
            migrations._run_script(db, "CREATE TABLE half_done (x);\nCREATE TABLE entries (y);")

        monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], half])
        with pytest.raises(dbmod.OperationalError):
            migrations.migrate(database, target=2)
        assert dbmod.user_version(database) == 1
        assert "half_done" not in database.utils.table_names()
    finally:
        database.close()


def _schema(journal: Journal) -> str:
    rows = journal.db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
    return "".join(
        f"-- {kind} {name} on {table}\n{sql or '(made by SQLite)'};\n\n" for kind, name, table, sql in rows
    )


def test_a_new_journal_has_exactly_the_pinned_schema(journal: Journal):
    """The text SQLite keeps for every table, index and trigger: a change to a migration (say a
    sqlite-utils call quoting names) that would make new journals differ from older ones shows here.
    A new migration updates the file: `python tests/core/test_sqlite_utils.py`."""
    assert _schema(journal) == SCHEMA.read_text(encoding="utf-8")


@pytest.mark.parametrize("fixture", ["journal_v1.db", "journal_0.1.0.db"])
def test_an_older_journal_migrates_to_exactly_the_pinned_schema(tmp_path, fixture):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "journal.db").write_bytes((FIXTURES / fixture).read_bytes())
    journal = Journal.open(folder)
    try:
        assert _schema(journal) == SCHEMA.read_text(encoding="utf-8")
    finally:
        journal.close()


# tables a full export carries with the entries themselves; the search index is rebuilt from them
ENTRY_TABLES = {"entries", "entry_triggers", "entry_coping", "entry_tags", "entry_warning_signs"}


def test_every_table_is_in_a_full_export(journal: Journal):
    """A table a new migration adds must be carried by "Everything" (``archive.TABLES``) or be one
    of the entries' own, so a full export never leaves a person's things behind unnoticed."""
    names = {name for name in journal.db.utils.table_names() if not name.startswith("entries_fts")}
    assert names - ENTRY_TABLES - set(archive.TABLES) == set()


def test_utils_loads_neither_numpy_nor_plugins_and_runs_on_sqlcipher3(tmp_path):
    """Its import stays light, no third-party plugin touches the journal, and sqlite-utils runs on
    the journal's own driver, so the errors it handles itself are the ones our connection raises."""
    code = (
        "import sys; from journal_app.core import db; "
        "d = db.connect(sys.argv[1]); d.utils.table_names(); "
        "import sqlite_utils.plugins as p, sqlite_utils.utils as u; "
        "print(sorted(m for m in ('numpy', 'pandas', 'pysqlite3') if m in sys.modules), p._plugins_loaded, "
        "u.OperationalError is db.OperationalError)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "j.db")], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[] False True"


def test_what_sqlite_utils_handles_itself_works_on_a_journal_and_is_taken_back_with_the_write(
    journal: Journal,
):
    database = journal.db
    database.utils.table("not_there").drop(ignore=True)  # a sqlcipher3 error it catches
    with pytest.raises(RuntimeError), dbmod.write(database):
        database.utils.table("tags").insert({"name": "shaded", "shade": "blue"}, alter=True)
        assert database.utils.table("tags").columns_dict["shade"] is str
        raise RuntimeError("stopped")
    assert "shade" not in database.utils.table("tags").columns_dict
    assert "shaded" not in _tags(database)


if __name__ == "__main__":  # rewrite the pinned schema after adding a migration
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        made = Journal.open(Path(folder))
        SCHEMA.write_text(_schema(made), encoding="utf-8")
        made.close()
    print(f"wrote {SCHEMA}")
