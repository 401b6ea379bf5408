"""The command line, run as a person would run it: a real process, real exit codes."""

import json
import os
import subprocess
import sys

import pytest

from journal_app.core.instance_lock import InstanceLock


def run(*args, data_dir=None, env_extra=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(env_extra or {})
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run(
        [sys.executable, "-m", "journal_app", *prefix, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    done = run("demo", "--days", "90", data_dir=folder)
    assert done.returncode == 0, done.stderr
    assert "Wrote a demo journal" in done.stdout
    return folder


def test_stats_json_counts_entries_by_kind(demo_dir):
    out = run("stats", "--json", data_dir=demo_dir)
    assert out.returncode == 0
    stats = json.loads(out.stdout)
    assert stats["entries"] == sum(stats["by_kind"].values()) > 100
    assert set(stats["by_kind"]) == {"check_in", "craving", "use", "note"}
    assert stats["first_date"] < stats["last_date"]


def test_search_json_newest_first_with_limit(demo_dir):
    out = run("search", "crav", "--limit", "5", "--json", data_dir=demo_dir)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert 1 <= len(rows) <= 5
    assert all("crav" in (r["title"] + r["snippet"]).lower() for r in rows)
    times = [r["occurred_utc"] for r in rows]
    assert times == sorted(times, reverse=True)
    assert not any(r["private"] for r in rows)  # private entries only on purpose


def test_search_lines_for_a_terminal(demo_dir):
    out = run("search", "sister", data_dir=demo_dir)
    assert (out.returncode == 0 and "Note" in out.stdout) or "Check-in" in out.stdout


def test_data_dir_from_the_environment(demo_dir):
    out = run("stats", "--json", env_extra={"RECOVERY_JOURNAL_DATA_DIR": str(demo_dir)})
    assert json.loads(out.stdout)["entries"] > 100


def test_demo_refuses_a_journal_with_entries(demo_dir):
    out = run("demo", data_dir=demo_dir)
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "already holds a journal" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["search", "x", "--limit", "zero"], "not a whole number"),
        (["frobnicate"], "invalid choice"),
        (["stats"], "There is no journal"),
    ],
)
def test_mistakes_get_one_line_and_exit_1(tmp_path, args, says):
    out = run(*args, data_dir=tmp_path / "nothing-here")
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and says in out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "nothing-here" / "journal.db").exists()


def test_a_garbage_journal_file_is_reported_not_replaced(tmp_path):
    (tmp_path / "journal.db").write_bytes(b"not a database at all\n" * 100)
    before = (tmp_path / "journal.db").read_bytes()
    for args in (["stats"], ["search", "x"], []):
        out = run(*args, data_dir=tmp_path)
        assert out.returncode == 1, args
        assert "not a Recovery Journal" in out.stderr and "Traceback" not in out.stderr
    assert (tmp_path / "journal.db").read_bytes() == before


def test_a_second_window_on_the_same_journal_is_refused(tmp_path):
    with InstanceLock(tmp_path / "journal.db.lock"):
        out = run(data_dir=tmp_path)  # no command: the desktop app
    assert out.returncode == 2
    assert "already open on this journal" in out.stderr
    assert "Traceback" not in out.stderr


def test_console_script_and_module_both_start(tmp_path):
    script = os.path.join(os.path.dirname(sys.executable), "recovery-journal")
    out = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("recovery-journal ")
    assert run("--version").stdout == out.stdout


def test_search_on_a_damaged_journal_says_so_in_one_line(tmp_path):
    assert run("demo", "--days", "60", data_dir=tmp_path).returncode == 0
    path = tmp_path / "journal.db"
    data = bytearray(path.read_bytes())
    data[4096 * 2 :] = b"\x5a" * (len(data) - 4096 * 2)  # every page after the first two
    path.write_bytes(bytes(data))
    out = run("search", "sister", data_dir=tmp_path)
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "could not be read" in out.stderr or "damaged" in out.stderr
