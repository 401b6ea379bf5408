"""``core.db.Database``: the thin wrapper every module gets the journal through."""

import pytest

from journal_app.core import db
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind


def test_query_gives_rows_as_dictionaries(journal: Journal):
    journal.save(Entry(EntryKind.NOTE, title="a walk by the river"))
    rows = list(journal.db.query("SELECT title, kind FROM entries WHERE title LIKE ?", ["%river%"]))
    assert rows == [{"title": "a walk by the river", "kind": "note"}]


def test_a_failed_inner_step_is_undone_and_the_outer_transaction_keeps_the_rest(journal: Journal):
    database = journal.db
    with db.write(database):
        database.execute("INSERT INTO tags (name) VALUES ('kept')")
        with pytest.raises(ValueError), database.atomic():
            database.execute("INSERT INTO tags (name) VALUES ('undone')")
            raise ValueError("the inner step failed")
    names = {row[0] for row in database.execute("SELECT name FROM tags")}
    assert "kept" in names and "undone" not in names
    assert not database.conn.in_transaction


def test_a_failed_outer_transaction_leaves_nothing(journal: Journal):
    database = journal.db
    with pytest.raises(ValueError), database.atomic():
        database.execute("INSERT INTO tags (name) VALUES ('never')")
        raise ValueError("stopped")
    assert database.execute("SELECT count(*) FROM tags WHERE name = 'never'").fetchone()[0] == 0
    assert not database.conn.in_transaction
