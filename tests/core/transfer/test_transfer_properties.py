"""Property tests: spreadsheet-safe cells for any text, and importers that never crash."""

import csv
import io
import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal
from journal_app.core.models import CopingUse, Entry, EntryKind
from journal_app.core.transfer import csvcells, exporting, importing
from journal_app.core.transfer.options import ExportOptions

# Any text a person might paste, including the characters spreadsheets and CSV care about.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",))
    | st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", '"', ",", ";", "\\", "'", "|"]),
    max_size=60,
)
names = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"))
        | st.sampled_from([";", "\\", "=", "'", " "]),
        min_size=1,
        max_size=20,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@given(texts)
def test_neutralised_cells_never_start_a_formula_and_read_back_exactly(text):
    cell = csvcells.neutralise(text)
    assert not cell.startswith(csvcells.FORMULA_STARTS)
    assert csvcells.restore(cell) == text


@given(st.lists(names, max_size=5))
def test_name_lists_read_back_exactly(items):
    assert csvcells.split_names(csvcells.join_names(items)) == items


@pytest.fixture(scope="module")
def scratch():
    journal = Journal.in_memory()
    with tempfile.TemporaryDirectory() as folder:
        yield journal, Path(folder)
    journal.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=texts.map(lambda s: " ".join(s.split())[:200]),
    body=texts,
    situation=texts,
    tags=st.lists(names, max_size=3, unique_by=str.casefold),
    triggers=st.lists(names, max_size=2, unique_by=str.casefold),
)
def test_any_text_survives_a_csv_round_trip(scratch, title, body, situation, tags, triggers):
    journal, folder = scratch
    journal.db.execute("DELETE FROM entries")
    entry = Entry(
        kind=EntryKind.CRAVING,
        craving=5,
        occurred_at=datetime(2024, 1, 1, 12, tzinfo=UTC),
        title=title,
        body=body,
        situation=situation,
        tags=tags,
        triggers=triggers,
        coping=[CopingUse(name, helped) for name, helped in zip(triggers, (True, None), strict=False)],
    )
    journal.insert_many([entry])
    path = folder / "round.csv"
    exporting.export_file(journal.db, path, "csv", ExportOptions(include_private=True), overwrite=True)
    for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")):
        assert not any(value.startswith(csvcells.FORMULA_STARTS) for value in row)  # craving 5: no signs
    journal.db.execute("DELETE FROM entries")
    plan = importing.prepare_import(journal.db, path)
    back = plan.items[0].entry
    assert (back.title, back.body, back.situation) == (title.strip(), body, situation)
    # names are one item whatever their case (an earlier "Stress" is the same as "stress")
    folded = lambda names: sorted(n.casefold() for n in names)  # noqa: E731
    assert folded(back.tags) == folded(tags)
    assert folded(back.triggers) == folded(triggers)
    assert sorted((c.name.casefold(), c.helped) for c in back.coping) == sorted(
        (name.casefold(), helped) for name, helped in zip(triggers, (True, None), strict=False)
    )


def _try_import(scratch, data: bytes, fmt: str = "auto"):
    journal, folder = scratch
    before = journal.count()
    path = folder / "fuzz.input"
    path.write_bytes(data)
    try:
        importing.prepare_import(journal.db, path, importing.ImportOptions(format=fmt))
    except JournalError as exc:
        assert str(exc) and "\n" not in str(exc)
    assert journal.count() == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from(importing.FORMATS))
def test_random_bytes_never_crash_an_importer(scratch, data, fmt):
    _try_import(scratch, data, fmt)
    _try_import(scratch, b"PK\x03\x04" + data, fmt)  # as if it were a zip


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
entry_like = st.fixed_dictionaries(
    {},
    optional={
        key: json_values | st.text(max_size=30)
        for key in (
            "uuid",
            "kind",
            "occurred_at",
            "title",
            "body",
            "mood",
            "tags",
            "coping",
            "date",
            "time",
            "creationDate",
            "timeZone",
            "text",
            "starred",
        )
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from([{"format": "recovery-journal", "version": 1}, {"metadata": {}}, {"tags": {}}]),
    st.lists(entry_like | json_values, max_size=4),
)
def test_odd_json_never_crashes_an_importer(scratch, head, entries):
    _try_import(scratch, json.dumps({**head, "entries": entries}).encode())


daylio_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=15) | st.sampled_from(
    ["2024-02-30", "2024-05-14", "8:30 PM", "13:61", "rad", "awful", "a | b", "", "99 Foo", "12:00 am"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.lists(daylio_cell, min_size=6, max_size=9), min_size=1, max_size=4),
    st.sampled_from(
        [
            "full_date,date,weekday,time,mood,activities,note_title,note",
            "year,date,weekday,time,mood,activities,note",
        ]
    ),
)
def test_odd_daylio_rows_never_crash_the_importer(scratch, rows, header):
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows([header.split(","), *rows])
    _try_import(scratch, out.getvalue().encode())


own_cell = st.text(max_size=12) | st.sampled_from(
    [
        "yes",
        "no",
        "",
        "7",
        "6.5",
        "-1",
        "99",
        "1e400",
        "nan",
        "check_in",
        "craving",
        "note",
        "use",
        "2024-01-01T10:00:00+00:00",
        "2024-02-30T10:00:00+00:00",
        "taken",
        "passed",
        "a; b",
        "'=x",
    ]
)


def _own_rows():
    from journal_app.core.transfer.own_csv import ALL_COLUMNS

    special = {
        "uuid": st.uuids().map(str),
        "kind": st.sampled_from(["check_in", "craving", "use", "note", "nap"]),
        "occurred_at": st.sampled_from(["2024-01-01T10:00:00+00:00", "2024-02-30T10:00:00+00:00", "soon"]),
    }
    row = st.fixed_dictionaries({name: special.get(name, own_cell) for name in ALL_COLUMNS})
    return st.lists(row.map(lambda cells: [cells[name] for name in ALL_COLUMNS]), min_size=1, max_size=3)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_own_rows())
def test_odd_rows_of_our_own_csv_never_crash_the_importer(scratch, rows):
    from journal_app.core.transfer.own_csv import ALL_COLUMNS

    out = io.StringIO()
    csv.writer(out).writerows([ALL_COLUMNS, *rows])
    _try_import(scratch, out.getvalue().encode())
