"""`checkin`, `urge`, `today` and `insights` from a terminal: one line each, saved where the app sees it."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from journal_app.core.journal import Journal
from journal_app.core.models import EntryKind
from tests.cli.test_cli import run


def test_checkin_from_the_terminal_lands_in_the_journal_and_today(data_dir):
    out = run(
        "checkin",
        "--mood",
        "7",
        "--craving",
        "3",
        "--halt",
        "tired, Lonely",
        "long",
        "day",
        data_dir=data_dir,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Check-in saved: mood 7, craving 3."
    j = Journal.open(data_dir)
    (row,) = j.rows()
    entry = j.get(row.id)
    assert entry.kind is EntryKind.CHECK_IN and entry.body == "long day"
    assert entry.halt_tired and entry.halt_lonely and not entry.halt_hungry
    j.close()
    today = run("today", data_dir=data_dir)
    assert today.returncode == 0 and "checked in at" in today.stdout and "(mood 7)" in today.stdout
    assert len(today.stdout.strip().splitlines()) == 1


def test_urge_with_triggers(data_dir):
    out = run("urge", "--intensity", "6", "--trigger", "Stress", "--trigger", "Payday", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    j = Journal.open(data_dir)
    entry = j.get(j.rows()[0].id)
    assert (
        entry.kind is EntryKind.CRAVING
        and entry.craving == 6
        and sorted(entry.triggers) == ["Payday", "Stress"]
    )
    j.close()


def test_bad_values_are_one_line_errors_and_save_nothing(data_dir):
    for args in (
        ["checkin", "--mood", "11"],
        ["checkin", "--mood", "5", "--halt", "sleepy"],
        ["urge", "--intensity", "x"],
    ):
        out = run(*args, data_dir=data_dir)
        assert (
            out.returncode == 1
            and len(out.stderr.strip().splitlines()) == 1
            and "Traceback" not in out.stderr
        )
    assert not (data_dir / "journal.db").exists()


def test_today_json_has_days_without_use_and_next_milestone(data_dir):
    j = Journal.open(data_dir)
    j.add_recovery_start("Opioids", date.today() - timedelta(days=29))
    j.close()
    out = run("today", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    (streak,) = data["days_without_use"]
    assert (
        streak["days"] == 29
        and streak["next_milestone"] == "30 days"
        and streak["days_to_next_milestone"] == 1
    )
    assert data["checkin"] is None and "warning_sign" in data
    line = run("today", data_dir=data_dir).stdout
    assert line.startswith("Opioids: 29 days without use (next: 30 days in 1 day)")


def test_insights_lines_and_json(data_dir):
    Journal.open(data_dir).close()
    out = run("insights", data_dir=data_dir)
    assert out.returncode == 0 and "No warning signs noticed lately." in out.stdout
    data = json.loads(run("insights", "--json", data_dir=data_dir).stdout)
    assert data == {"days_without_use": [], "warning_signs": []}


def test_an_urge_that_ended_in_use_after_a_break_prints_the_safety_facts(data_dir):
    j = Journal.open(data_dir)
    j.add_recovery_start("Opioids", date.today() - timedelta(days=40))
    j.close()
    calm = run("urge", "--intensity", "4", "--outcome", "passed", data_dir=data_dir)
    assert "tolerance" not in calm.stdout  # an urge that passed is not a use
    out = run("urge", "--intensity", "9", "--outcome", "used", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "After 40 days without use, your body's tolerance is lower" in out.stdout
    assert "112 reaches emergency services" in out.stdout  # no country chosen yet: what works in most places


def test_the_safety_facts_carry_the_countrys_crisis_numbers(data_dir):
    from journal_app.core.settings import DeviceSettings

    DeviceSettings.load(data_dir).set("crisis.country", "US")
    j = Journal.open(data_dir)
    j.add_recovery_start("Opioids", date.today() - timedelta(days=40))
    j.close()
    out = run("urge", "--intensity", "9", "--outcome", "used", data_dir=data_dir)
    assert "tolerance is lower" in out.stdout and "988" in out.stdout


def test_each_command_imports_only_its_own_module_and_the_table_matches_the_parsers():
    import argparse
    import importlib

    from journal_app import commands
    from journal_app.cli import build_parser

    for name in commands.MODULE_NAMES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"journal_app.commands.{name}").register(
            sub, argparse.ArgumentParser(add_help=False)
        )
        registered = set(sub.choices)
        assert registered == {c for c, m in commands.COMMAND_MODULE_NAMES.items() if m == name}, name
    assert commands.command_in(["--data-dir", "today", "today", "--json"]) == "today"
    assert commands.command_in(["--passphrase-stdin"]) is None
    assert [m.__name__ for m in commands.command_modules(["--data-dir", "x", "today"])] == [
        "journal_app.commands.daily"
    ]
    full = build_parser()._subparsers._group_actions[0].choices  # every command for --help
    assert set(full) == set(commands.COMMAND_MODULE_NAMES)


def test_a_short_command_imports_no_export_or_import_code_and_no_numpy(data_dir):
    import subprocess
    import sys

    Journal.open(data_dir).close()
    assert run("today", data_dir=data_dir).returncode == 0  # works the warning signs out once, and keeps them
    code = (
        "import sys; from journal_app.cli import main; main(['--data-dir', sys.argv[1], 'today']); "
        "print(sorted(m for m in sys.modules if m.startswith(('journal_app.core.transfer', 'numpy'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    "command",
    [["search", "walk"], ["stats"], ["today"], ["checkin", "--mood", "6", "a few words"]],
    ids=["search", "stats", "today", "checkin"],
)
def test_a_quick_command_on_a_plain_journal_loads_no_encryption_backup_or_export_code(data_dir, command):
    """What keeps `search`, `stats`, `today` and `checkin` quick enough for a shell prompt (the
    times themselves are in benchmarks/bench_cli.py): none of this is imported for them."""
    import subprocess
    import sys

    Journal.open(data_dir).close()
    assert run("today", data_dir=data_dir).returncode == 0  # the warning signs worked out once, and kept
    heavy = (
        "journal_app.core.encryption",
        "journal_app.core.keyfile",
        "journal_app.core.backups",
        "journal_app.core.integrity",
        "journal_app.core.transfer",
        "journal_app.core.insights.warning_signs",
        "cryptography",
        "numpy",
        "sqlite_utils",  # Database.utils: migrations, full exports, backups' checks only
        "click",  # … and what sqlite-utils itself imports
        "dateutil",
        "pluggy",
        "tabulate",
        "sqlite_fts4",
        "platformdirs",
        "importlib.resources",
        "sqlite3",
    )
    code = (
        "import sys; from journal_app.cli import main; "
        "status = main(['--data-dir', sys.argv[1], *sys.argv[2:]]); "
        f"print(status, sorted(m for m in sys.modules if m.startswith({heavy!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(data_dir), *command], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "0 []"
