"""No traceback anywhere: calendar-edge dates in every import format and zone, absurd key files,
any search limit; a refused import starts no journal; a DST-gap time is stored one way."""

from __future__ import annotations

import json
import time
from zoneinfo import ZoneInfo

import pytest

from journal_app.cli import main
from journal_app.core import keyfile
from journal_app.core.errors import JournalError
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind
from journal_app.core.transfer import importing
from journal_app.core.transfer.source import ImportOptions, SourceError

EDGES = {"year 1": ("0001-01-01", "00:00", "+14:00"), "year 9999": ("9999-12-31", "23:59", "-12:00")}
ZONES = ("UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/Los_Angeles")


def _files(day: str, clock: str, offset: str) -> dict[str, str]:
    return {
        "daylio.csv": f"full_date,date,weekday,time,mood,activities,note_title,note\n{day},x,x,{clock},good,,,hi\n",
        "jrnl.json": json.dumps(
            {"tags": {}, "entries": [{"title": "t", "body": "", "date": day, "time": clock, "tags": []}]}
        ),
        "dayone.json": json.dumps(
            {
                "metadata": {"version": "1.0"},
                "entries": [
                    {
                        "uuid": "A1B2C3D4E5F60718293A4B5C6D7E8F90",
                        "creationDate": f"{day}T{clock}:00Z",
                        "text": "x",
                    }
                ],
            }
        ),
        "own.json": json.dumps(
            {
                "format": "recovery-journal",
                "version": 1,
                "entries": [
                    {
                        "uuid": "3f1c1b1e-1111-4111-8111-111111111111",
                        "kind": "note",
                        "occurred_at": f"{day}T{clock}:00{offset}",
                    }
                ],
            }
        ),
        "own.csv": f"uuid,kind,occurred_at,title\n3f1c1b1e-1111-4111-8111-111111111112,note,{day}T{clock}:00{offset},x\n",
    }


@pytest.fixture
def zone(monkeypatch):
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("edge", EDGES)
def test_calendar_edge_dates_in_every_format_and_zone_are_explained(tmp_path, zone, edge):
    journal = Journal.in_memory()
    for name, text in _files(*EDGES[edge]).items():
        path = tmp_path / name
        path.write_text(text)
        for tz in ZONES:
            zone(tz)
            for given in (None, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Etc/GMT+12")):
                try:
                    plan = importing.prepare_import(journal.db, path, ImportOptions(zone=given))
                except SourceError:
                    continue  # said in words
                importing.apply_import(journal.db, plan)  # and what was accepted can be stored


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 2**40),
        ("memory_kib", 0),
        ("iterations", 10**9),
        ("lanes", 2**24),
        ("lanes", 0),
        ("salt", ""),
    ],
)
def test_a_key_file_with_absurd_settings_is_refused_before_any_work(field, value):
    good = keyfile.KeyFile.create(keyfile.new_database_key(), "a long passphrase", keyfile.new_recovery_key())
    doc = json.loads(good.to_json())
    doc["passphrase"][field] = value
    started = time.monotonic()
    with pytest.raises(JournalError, match="damaged"):
        keyfile.KeyFile.from_json(json.dumps(doc))
    assert time.monotonic() - started < 5  # no Argon2 run at all


@pytest.mark.parametrize("content", [b"", b"x" * 10_000_000], ids=["0 bytes", "10 MB"])
def test_a_key_file_of_0_bytes_or_10_mb_is_called_damaged(tmp_path, content):
    path = tmp_path / "journal.key.json"
    path.write_bytes(content)
    with pytest.raises(JournalError, match="damaged"):
        keyfile.KeyFile.load(path)


def test_search_takes_a_limit_of_any_size(data_dir, capsys):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="a walk"))
    assert [row.title for row in journal.search("walk", limit=10**30)] == ["a walk"]
    journal.close()
    assert main(["--data-dir", str(data_dir), "search", "walk", "--limit", str(10**30)]) == 0
    assert "a walk" in capsys.readouterr().out


def test_a_refused_import_into_an_empty_folder_starts_no_journal(data_dir, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("not, a, journal\n1, 2, 3\n")
    assert main(["--data-dir", str(data_dir), "import", str(bad)]) == 1
    assert "error" in capsys.readouterr().err
    assert not data_dir.exists()


def test_a_time_in_a_dst_gap_is_stored_the_same_from_tz_or_timezone(data_dir, tmp_path, zone):
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n2024-03-10,x,x,02:30,good,,,in the gap\n"
    )
    zone("America/Los_Angeles")
    journal = Journal.in_memory()
    from_tz = importing.prepare_import(journal.db, path).items[0].entry.occurred_at
    zone("UTC")
    given = ImportOptions(zone=ZoneInfo("America/Los_Angeles"))
    from_option = importing.prepare_import(journal.db, path, given).items[0].entry.occurred_at
    assert from_tz.isoformat() == from_option.isoformat()
    assert from_tz.utcoffset() == from_option.utcoffset()
