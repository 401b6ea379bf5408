"""`recovery-journal import` and `export` as a person types them: clear output, exit codes, no tracebacks."""

import io
import json
from datetime import date

import pytest

from journal_app import cli
from journal_app.core import demo
from journal_app.core.journal import Journal

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-05-14,May 14,Tuesday,8:30 PM,great,walk,,Felt strong\n"
    "2024-05-13,May 13,Monday,07:05,awful,,,\n"
)


@pytest.fixture
def demo_dir(data_dir):
    journal = Journal.open(data_dir)
    demo.write_demo(journal.db, 40, end=date(2025, 6, 30))
    journal.close()
    return data_dir


def run(capsys, *argv):
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:  # argparse mistakes exit 1 with one line, like every other error
        code = exit_.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_export_then_import_into_a_new_journal(demo_dir, tmp_path, capsys):
    out_file = tmp_path / "share.json"
    code, out, _ = run(capsys, "export", "--format", "json", "--out", str(out_file))
    assert code == 0 and out.startswith("Exported ") and "Private entries were left out." in out
    exported = json.loads(out_file.read_text())
    assert exported["selection"]["include_private"] is False
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "new"), "import", str(out_file), "--dry-run")
    assert (
        code == 0
        and out.startswith(f"Dry run: {exported['count']} new entries")
        and "Nothing was changed" in out
    )
    assert not (tmp_path / "new").exists()  # a dry run does not even start a journal
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "new"), "import", str(out_file), "--json")
    report = json.loads(out)
    assert code == 0 and report["added"] == exported["count"] and report["format"] == "json"
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "new"), "import", str(out_file))
    assert code == 0 and out.startswith("Nothing to add.") and "already in the journal" in out


def test_export_choices_and_json_output(demo_dir, tmp_path, capsys):
    out_file = tmp_path / "urges.csv"
    code, out, _ = run(
        capsys,
        "export",
        "--format",
        "csv",
        "--out",
        str(out_file),
        "--from",
        "2025-06-01",
        "--to",
        "2025-06-30",
        "--kinds",
        "craving",
        "--no-text",
        "--bom",
        "--include-private",
        "--json",
    )
    info = json.loads(out)
    assert code == 0 and info["entries"] > 0 and info["selection"]["kinds"] == ["craving"]
    text = out_file.read_text(encoding="utf-8-sig")
    assert "situation" not in text.splitlines()[0]
    assert all(",craving," in line for line in text.splitlines()[1:])


def test_export_by_tag(demo_dir, tmp_path, capsys):
    out_file = tmp_path / "work.json"
    code, _, _ = run(capsys, "export", "--format", "json", "--tag", "work", "--out", str(out_file))
    entries = json.loads(out_file.read_text())["entries"]
    assert code == 0 and entries and all("work" in e["tags"] for e in entries)
    journal = Journal.open(demo_dir)
    from journal_app.core.query import EntryFilter

    assert len(entries) == journal.count(EntryFilter(tag="work", include_private=False))
    journal.close()


def test_markdown_export(demo_dir, tmp_path, capsys):
    code, _, _ = run(capsys, "export", "--format", "markdown", "--out", str(tmp_path / "j.md"))
    assert code == 0 and "\n## " in (tmp_path / "j.md").read_text()


def test_daylio_moods_need_a_map_then_import(data_dir, tmp_path, capsys):
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO)
    code, _, err = run(capsys, "import", str(path))
    assert code == 1 and err.count("\n") == 1 and "“great” (line 2)" in err and "--mood-map" in err
    code, out, _ = run(capsys, "import", str(path), "--mood-map", "great=8", "--timezone", "UTC")
    assert code == 0 and out.startswith(
        "Added 2 entries from daylio_export.csv (Daylio CSV), from 2024-05-13 to 2024-05-14."
    )


def test_a_newer_daylio_export_updates_and_the_person_can_keep_their_versions(data_dir, tmp_path, capsys):
    import shlex
    import subprocess

    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO)
    _, _, err = run(capsys, "import", str(path), "--timezone", "UTC")
    suggested = shlex.split(err.split("--mood-map ", 1)[1])  # exactly as a shell would pass it on
    code, _, _ = run(capsys, "import", str(path), "--timezone", "UTC", "--mood-map", *suggested)
    assert code == 0
    # the same line through a real shell: the suggestion is one quoted word
    echoed = subprocess.run(
        ["sh", "-c", "printf '%s' " + err.split("--mood-map ", 1)[1].strip()], capture_output=True, text=True
    )
    assert echoed.stdout == suggested[0]
    path.write_text(
        DAYLIO.replace("Felt strong", "Felt strong; called Sam") + "2024-05-15,May 15,x,09:00,great,,,\n"
    )
    code, out, _ = run(capsys, "import", str(path), "--timezone", "UTC", "--mood-map", "great=8", "--dry-run")
    assert code == 0 and out.startswith(
        "Dry run: 1 new, 1 changed, 1 unchanged entries in this Daylio CSV file"
    )
    code, out, _ = run(
        capsys, "import", str(path), "--timezone", "UTC", "--mood-map", "great=8", "--keep-mine", "--json"
    )
    report = json.loads(out)
    assert (report["added"], report["updated"], report["changed"], report["keep_mine"]) == (1, 0, 1, True)
    code, out, _ = run(capsys, "import", str(path), "--timezone", "UTC", "--mood-map", "great=8")
    assert code == 0 and out.startswith("Updated 1 entry from daylio_export.csv (Daylio CSV)")
    journal = Journal.open(data_dir)
    assert journal.count() == 3
    assert "Felt strong; called Sam" in [journal.get(r.id).body for r in journal.rows()]
    journal.close()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["import", "missing.csv"], "missing.csv"),
        (["import", "{bad}", "--mood-map", "great"], "label=N"),
        (["export", "--format", "csv", "--out", "x.csv", "--fields", "shoe_size"], "not a field"),
        (["export", "--format", "csv", "--out", "x.csv", "--from", "yesterday"], "not a date"),
        (["export", "--format", "json", "--out", "x.json", "--bom"], "only for CSV"),
        (["export", "--format", "json", "--out", "x.json", "--kinds", ","], "at least one kind"),
        (["export", "--format", "markdown", "--out", "x.md", "--encrypt"], "Only JSON and CSV"),
    ],
)
def test_mistakes_are_one_line_and_exit_1(demo_dir, tmp_path, capsys, argv, says):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\xff" * 50)
    argv = [arg.replace("{bad}", str(bad)).replace("x.", str(tmp_path / "x.")) for arg in argv]
    code, _, err = run(capsys, *argv)
    assert code == 1 and says in err and err.count("\n") == 1


def test_a_bad_file_leaves_the_journal_unchanged(demo_dir, tmp_path, capsys):
    before = Journal.open(demo_dir)
    count = before.count()
    before.close()
    bad = tmp_path / "garbage.json"
    bad.write_bytes(b'{"format": "recovery-journal", "version": 1, "entries": [{"uuid": ')
    code, _, err = run(capsys, "import", str(bad))
    assert code == 1 and "cut short" in err and err.startswith("recovery-journal: error: line 1")
    after = Journal.open(demo_dir)
    assert after.count() == count
    after.close()


def test_encrypted_export_round_trip_with_passphrase_on_stdin(demo_dir, tmp_path, capsys, monkeypatch):
    from journal_app.core.transfer import sealed

    monkeypatch.setattr(sealed, "DEFAULT_PARAMS", sealed.KdfParams(memory_kib=1024, iterations=1, lanes=1))
    path = tmp_path / "sealed.json"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long passphrase\n"))
    code, _, _ = run(
        capsys, "--passphrase-stdin", "export", "--format", "json", "--out", str(path), "--encrypt"
    )
    assert code == 0 and path.read_bytes().startswith(sealed.MAGIC)
    monkeypatch.setattr("sys.stdin", io.StringIO("not it at all\n"))
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "n"), "--passphrase-stdin", "import", str(path))
    assert code == 1 and "does not open this file" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("a long passphrase\n"))
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "n"), "--passphrase-stdin", "import", str(path))
    assert code == 0 and out.startswith("Added ")


def test_progress_goes_to_stderr_for_long_work(tmp_path):
    from journal_app.commands.transfer import StderrProgress

    stream = io.StringIO()
    progress = StderrProgress("Importing", stream, min_total=100)
    for done in range(0, 1001, 100):
        progress(done, 1000)
    assert stream.getvalue().splitlines() == [
        "Importing: 0%",
        "Importing: 25%",
        "Importing: 50%",
        "Importing: 75%",
        "Importing: 100%",
    ]
    quiet = io.StringIO()
    StderrProgress("Importing", quiet, min_total=100)(5, 10)
    assert quiet.getvalue() == ""


def test_pdf_export_from_the_command_line(qapp, demo_dir, tmp_path, capsys):
    # qapp: the test process shares one QApplication; the CLI reuses it (alone it makes an offscreen one)
    path = tmp_path / "report.pdf"
    code, out, _ = run(capsys, "export", "--format", "pdf", "--out", str(path), "--from", "2025-06-01")
    assert code == 0 and out.startswith("Exported ")
    assert path.read_bytes().startswith(b"%PDF")


def test_in_a_real_process_only_pdf_starts_qt(demo_dir, tmp_path):
    """`export --format json` never loads Qt; `--format pdf` makes its own offscreen QGuiApplication."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from journal_app import cli\n"
        f"status = cli.main(['--data-dir', {str(demo_dir)!r}, 'export', '--format', 'json', "
        f"'--out', {str(tmp_path / 'a.json')!r}])\n"
        "print(status, any(m.startswith('PySide6') for m in sys.modules))\n"
        f"status = cli.main(['--data-dir', {str(demo_dir)!r}, 'export', '--format', 'pdf', "
        f"'--out', {str(tmp_path / 'a.pdf')!r}])\n"
        "print(status, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stdout.splitlines() if line.startswith("0 ")] == ["0 False", "0 True"]
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_an_encrypted_journal_asks_its_own_passphrase_first(demo_dir, tmp_path, capsys, monkeypatch):
    from journal_app.core.transfer import sealed

    monkeypatch.setattr(sealed, "DEFAULT_PARAMS", sealed.KdfParams(memory_kib=1024, iterations=1, lanes=1))
    monkeypatch.setattr("sys.stdin", io.StringIO("journal passphrase\n"))
    assert run(capsys, "--passphrase-stdin", "encrypt")[0] == 0
    path = tmp_path / "sealed.csv"
    monkeypatch.setattr("sys.stdin", io.StringIO("journal passphrase\nexport passphrase\n"))
    code, out, err = run(
        capsys, "--passphrase-stdin", "export", "--format", "csv", "--out", str(path), "--encrypt"
    )
    assert code == 0, err
    assert path.read_bytes().startswith(sealed.MAGIC)
    monkeypatch.setattr("sys.stdin", io.StringIO("export passphrase\n"))
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "n"), "--passphrase-stdin", "import", str(path))
    assert code == 0 and "(Recovery Journal CSV)" in out


def test_a_newer_day_one_export_without_an_entry_says_so_and_keeps_it(data_dir, tmp_path, capsys):
    """A real Day One export, then the same journal exported again after an entry was deleted in Day One."""
    from pathlib import Path

    real = Path(__file__).parents[1] / "fixtures" / "imports" / "dayone_jrnl_dayone2.json"
    code, out, _ = run(capsys, "import", str(real))
    assert code == 0 and out.startswith("Added 2 entries from dayone_jrnl_dayone2.json (Day One JSON)")
    data = json.loads(real.read_text(encoding="utf-8"))
    del data["entries"][0]
    newer = tmp_path / "Journal.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "import", str(newer), "--dry-run")
    assert code == 0 and (
        "1 entry from your earlier Day One import is not in this file; it stays in your journal." in out
    )
    code, out, _ = run(capsys, "import", str(newer), "--json")
    assert code == 0 and json.loads(out)["not_in_file"] == 1
    journal = Journal.open(data_dir)
    assert journal.count() == 2
    journal.close()
