"""Property tests for the import paths added for issue 19: Daylio CSVs in any column order, re-imports,
Daylio backups of any shape, pasteable mood maps and Day One text."""

import base64
import csv
import io
import json
import re
import shlex
import tempfile
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal
from journal_app.core.transfer import importing
from journal_app.core.transfer.daylio import CURRENT, DEFAULT_MOODS, mood_map_text, parse_mood_map
from journal_app.core.transfer.dayone import clean_text
from journal_app.core.transfer.source import ImportOptions

SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

words = st.text(alphabet="abcdefgh ijkl&<>;éü", min_size=0, max_size=25)
names = (
    st.text(alphabet="abcdefgh ijklé-", min_size=1, max_size=12)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
rows = st.lists(
    st.tuples(
        st.dates(date(2001, 1, 1), date(2025, 12, 31)),
        st.integers(0, 23),
        st.integers(0, 59),
        st.sampled_from(sorted(DEFAULT_MOODS)),
        st.lists(names, max_size=3),
        st.lists(words | st.just("<br>") | st.just("<b>x</b>"), max_size=4).map("".join),
    ),
    min_size=1,
    max_size=12,
)


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def daylio_csv(data, order) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([CURRENT[i] for i in order])
    for day, hour, minute, mood, tags, note in data:
        cells = {
            "full_date": day.isoformat(),
            "date": day.strftime("%B %d"),
            "weekday": day.strftime("%A"),
            "time": f"{hour:02d}:{minute:02d}",
            "mood": mood,
            "activities": " | ".join(tags),
            "scales": "",
            "note_title": "",
            "note": note,
        }
        writer.writerow([cells[CURRENT[i]] for i in order])
    return out.getvalue()


@SLOW
@given(rows, st.permutations(range(len(CURRENT))))
def test_any_daylio_csv_in_any_column_order_comes_in_once_and_again_changes_nothing(scratch, data, order):
    journal = Journal.in_memory()
    try:
        path = scratch / "daylio.csv"
        path.write_text(daylio_csv(data, order), encoding="utf-8")
        options = ImportOptions(zone=UTC)
        plan = importing.prepare_import(journal.db, path, options)
        assert importing.apply_import(journal.db, plan) == len(data) == journal.count()
        moods = sorted(DEFAULT_MOODS[row[3]] for row in data)
        assert sorted(journal.get(r.id).mood for r in journal.rows(limit=100)) == moods
        again = importing.prepare_import(journal.db, path, options)
        assert (again.items, again.changed, again.already_present) == ([], [], len(data))
        # edit one row in the source: exactly that entry changes, nothing is added
        edited = [*data[:-1], (*data[-1][:3], "rad" if data[-1][3] != "rad" else "awful", *data[-1][4:])]
        path.write_text(daylio_csv(edited, order), encoding="utf-8")
        later = importing.prepare_import(journal.db, path, options)
        assert (len(later.items), len(later.changed)) == (0, 1)
        importing.apply_import(journal.db, later)
        assert journal.count() == len(data)
    finally:
        journal.close()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 40) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=12,
)
day_entries = st.fixed_dictionaries(
    {},
    optional={
        key: json_values | st.integers(0, 2030)
        for key in (
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "mood",
            "note",
            "note_title",
            "tags",
            "timeZoneOffset",
        )
    },
)
backups = st.fixed_dictionaries(
    {},
    optional={
        "version": st.integers(-1, 30) | json_values,
        "customMoods": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "id": st.integers(0, 6),
                    "mood_group_id": st.integers(0, 7),
                    "custom_name": json_values,
                },
            ),
            max_size=6,
        )
        | json_values,
        "tags": st.lists(st.fixed_dictionaries({"id": st.integers(0, 4), "name": json_values}), max_size=3),
        "dayEntries": st.lists(day_entries, max_size=4) | json_values,
    },
)


@SLOW
@given(backups)
def test_a_backup_of_any_shape_is_read_or_refused_in_one_line(scratch, data):
    journal = Journal.in_memory()
    try:
        path = scratch / "any.daylio"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("backup.daylio", base64.b64encode(json.dumps(data).encode()))
        added = 0
        try:
            plan = importing.prepare_import(journal.db, path)
        except JournalError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            added = importing.apply_import(journal.db, plan)
            assert added == len(plan.items) == len(data["dayEntries"])  # every entry, or none at all
        assert journal.count() == added
    finally:
        journal.close()


labels = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=15)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@given(st.dictionaries(labels, st.integers(1, 10), min_size=1, max_size=7))
def test_a_suggested_mood_map_pasted_into_a_shell_gives_back_every_label(mapping):
    (pasted,) = shlex.split(mood_map_text(mapping))
    expected = {}
    for label, number in mapping.items():
        expected[label.casefold()] = number
    assert parse_mood_map(pasted) == expected


escapable = st.text(alphabet="ab .!-/()#*_[]\\", max_size=30)


@given(escapable, st.lists(st.sampled_from(["", "video/", "audio/", "pdfAttachment/"]), max_size=3))
def test_day_one_text_comes_back_as_written(text, links):
    escaped = re.sub(r"([\\.!\-/()#*_\[\]])", r"\\\1", text)
    moments = "".join(
        f"\n![](dayone-moment:/{'/' if not kind else ''}{kind}ABC{i})" for i, kind in enumerate(links)
    )
    cleaned, found = clean_text(escaped + moments)
    assert cleaned.startswith(text)
    assert "dayone-moment" not in cleaned and sum(found.values()) == len(links)


def jrnl_entries(first: date, last: date) -> st.SearchStrategy[list[tuple[date, int, str, str]]]:
    return st.lists(
        st.tuples(
            st.dates(first, last),
            st.integers(0, 23),
            st.sampled_from(["Walk.", "Called mum.", "Meeting", "A hard day"]),
            st.text(alphabet="abc @.é", max_size=12),
        ),
        min_size=1,
        max_size=10,
        unique_by=lambda row: (row[0], row[1], row[2]),  # jrnl's identity: date, time and title
    )


def jrnl_json(rows) -> str:
    entries = [
        {"title": title, "body": body, "date": day.isoformat(), "time": f"{hour:02d}:00", "tags": []}
        for day, hour, title, body in rows
    ]
    return json.dumps({"tags": {}, "entries": entries})


@SLOW
@given(jrnl_entries(date(2015, 1, 1), date(2025, 12, 31)), st.data())
def test_an_older_then_a_newer_jrnl_export_duplicate_nothing_and_name_what_is_gone(scratch, older, data):
    """Any older export, then a newer one that keeps some entries (some edited), drops others and adds
    new ones: every entry once, the edited ones updated, the dropped ones kept and counted."""
    kept = data.draw(st.lists(st.booleans(), min_size=len(older), max_size=len(older)))
    edited = data.draw(st.lists(st.booleans(), min_size=len(older), max_size=len(older)))
    added = data.draw(jrnl_entries(date(2030, 1, 1), date(2030, 12, 31)))  # written since: after all of them
    newer = [
        (day, hour, title, body + " (later)" if edit else body)
        for (day, hour, title, body), keep, edit in zip(older, kept, edited, strict=True)
        if keep
    ] + added
    journal = Journal.in_memory()
    try:
        path = scratch / "jrnl.json"
        path.write_text(jrnl_json(older), encoding="utf-8")
        options = ImportOptions(zone=UTC)
        importing.apply_import(journal.db, importing.prepare_import(journal.db, path, options))
        path.write_text(jrnl_json(newer), encoding="utf-8")
        plan = importing.prepare_import(journal.db, path, options, now=datetime(2031, 1, 1, tzinfo=UTC))
        kept_edited = sum(k and e for k, e in zip(kept, edited, strict=True))
        assert len(plan.items) == len(added) and len(plan.changed) == kept_edited
        assert plan.not_in_file == kept.count(False)
        importing.apply_import(journal.db, plan, now=datetime(2031, 1, 1, tzinfo=UTC))
        assert journal.count() == len(older) + len(added)  # nothing twice, nothing deleted
        bodies = sorted(journal.get(r.id).body for r in journal.rows(limit=100))
        dropped = [body for (_d, _h, _t, body), keep in zip(older, kept, strict=True) if not keep]
        assert bodies == sorted([body for *_rest, body in newer] + dropped)
    finally:
        journal.close()
