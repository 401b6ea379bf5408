"""The command line: encrypt, decrypt, change-passphrase, backup, restore, and passphrases on stdin."""

import io
import re
import sys

import pytest
from security_helpers import NEW_PASSPHRASE, PASSPHRASE, digests

from journal_app.cli import main
from journal_app.core import keyfile, paths
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

RECOVERY = re.compile(r"Recovery key:\s+((?:[A-Z2-7]{4}-){8}[A-Z2-7]{4})")


class _Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.fixture
def run(monkeypatch, capsys):
    """Run the CLI in this process with ``lines`` on standard input; return (code, stdout, stderr)."""

    def _run(*argv, lines=(), tty=False):
        stdin = (_Terminal if tty else io.StringIO)("".join(f"{line}\n" for line in lines))
        monkeypatch.setattr(sys, "stdin", stdin)
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def plain(data_dir):
    journal = Journal.open(data_dir)
    journal.save(Entry(kind=EntryKind.NOTE, title="First", body="A calm morning walk."))
    journal.save(Entry(kind=EntryKind.CHECK_IN, mood=7))
    journal.close()
    return data_dir


@pytest.fixture
def encrypted(plain, run):
    code, out, err = run("encrypt", "--passphrase-stdin", lines=[PASSPHRASE])
    assert code == 0, err
    return RECOVERY.search(out).group(1)


def test_encrypt_prints_the_recovery_key_once_and_every_command_then_asks(plain, run):
    code, out, err = run("--passphrase-stdin", "encrypt", lines=[PASSPHRASE])
    assert code == 0
    assert RECOVERY.search(out) and "shown only this once" in err
    assert keyfile.journal_is_encrypted(plain)
    code, out, _ = run("stats", "--passphrase-stdin", lines=[PASSPHRASE])  # after the command name too
    assert code == 0 and "Entries: 2" in out
    code, out, _ = run("--passphrase-stdin", "search", "walk", lines=[PASSPHRASE])
    assert code == 0 and "First" in out


def test_a_wrong_passphrase_says_so_exits_1_and_changes_nothing(encrypted, plain, run):
    before = digests(plain)
    for command in (["stats"], ["decrypt"], ["backup"], ["change-passphrase"]):
        code, out, err = run(*command, "--passphrase-stdin", lines=["wrong passphrase", NEW_PASSPHRASE])
        assert code == 1
        assert "That passphrase does not open this journal. Nothing was changed." in err
        assert "Traceback" not in err and out == ""
        assert digests(plain) == before


def test_no_passphrase_on_stdin_is_explained(encrypted, run):
    code, _, err = run("stats", "--passphrase-stdin", lines=[])
    assert code == 1 and "Standard input ended before the passphrase was given" in err


def test_without_a_terminal_the_flag_is_suggested(encrypted, run):
    code, _, err = run("stats")  # StringIO is not a terminal
    assert code == 1 and "--passphrase-stdin" in err


def test_a_terminal_prompts_without_echo_and_confirms_a_new_passphrase(plain, run, monkeypatch):
    answers = iter([PASSPHRASE, PASSPHRASE])
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or next(answers))
    code, out, _ = run("encrypt", tty=True)
    assert code == 0 and RECOVERY.search(out)
    assert asked == ["New passphrase: ", "The same again, to be sure: "]
    answers = iter([PASSPHRASE, "one thing", "another thing"])
    code, _, err = run("change-passphrase", tty=True)
    assert code == 1 and "not the same" in err


def test_change_passphrase_reads_old_then_new(encrypted, plain, run):
    journal_bytes = paths.journal_file(plain).read_bytes()
    code, _, err = run("change-passphrase", "--passphrase-stdin", lines=[PASSPHRASE, NEW_PASSPHRASE])
    assert code == 0 and "recovery key you saved still works" in err
    assert paths.journal_file(plain).read_bytes() == journal_bytes
    assert run("stats", "--passphrase-stdin", lines=[NEW_PASSPHRASE])[0] == 0
    assert run("stats", "--passphrase-stdin", lines=[PASSPHRASE])[0] == 1


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(encrypted, run):
    code, _, err = run(
        "--recover-with-key",
        "change-passphrase",
        "--passphrase-stdin",
        lines=[encrypted.lower(), NEW_PASSPHRASE],
    )
    assert code == 0, err
    assert run("stats", "--passphrase-stdin", lines=[NEW_PASSPHRASE])[0] == 0
    code, out, _ = run("stats", "--recover-with-key", "--passphrase-stdin", lines=[encrypted])
    assert code == 0 and "Entries: 2" in out
    typo = encrypted[:-1] + ("Q" if encrypted[-1] != "Q" else "R")
    code, _, err = run("stats", "--recover-with-key", "--passphrase-stdin", lines=[typo])
    assert code == 1 and "mistake" in err


def test_decrypt_then_no_passphrase_is_needed(encrypted, plain, run):
    code, _, err = run("decrypt", "--passphrase-stdin", lines=[PASSPHRASE])
    assert code == 0 and "no longer encrypted" in err
    code, out, _ = run("stats")
    assert code == 0 and "Entries: 2" in out


def test_the_recovery_key_can_be_saved_to_a_file(plain, run, tmp_path):
    target = tmp_path / "recovery-key.txt"
    code, out, err = run(
        "encrypt", "--save-recovery-key", str(target), "--passphrase-stdin", lines=[PASSPHRASE]
    )
    assert code == 0 and "also saved" in err
    assert RECOVERY.search(out).group(1) in target.read_text()
    assert target.stat().st_mode & 0o077 == 0


def test_backup_and_restore_keep_the_current_journal_as_a_backup_first(encrypted, plain, run):
    code, _, err = run("backup", "--passphrase-stdin", lines=[PASSPHRASE])
    assert code == 0 and "Saved a backup of 2 entries" in err
    backup = next((plain / "backups").glob("manual-*.db"))
    assert keyfile.is_encrypted_file(backup)
    key = keyfile.KeyFile.load(paths.key_file(plain)).unlock(PASSPHRASE)
    journal = Journal.open(plain, key)
    journal.save(Entry(kind=EntryKind.NOTE, title="Later"))
    journal.close()
    code, out, _ = run("backups", "--passphrase-stdin", lines=[PASSPHRASE])
    assert code == 0 and "Made by you" in out and "2 entries" in out and str(backup) in out
    code, _, err = run("restore", str(backup), "--passphrase-stdin", lines=[PASSPHRASE])
    assert code == 0 and "2 entries" in err and "before-restore" in err
    journal = Journal.open(plain, key)
    assert journal.count() == 2
    journal.close()
    kept = next((plain / "backups").glob("before-restore-*.db"))
    assert keyfile.is_encrypted_file(kept)


def test_moving_to_a_new_computer_with_backup_out_and_restore(encrypted, run, tmp_path, monkeypatch):
    out_file = tmp_path / "usb" / "journal-copy.db"
    out_file.parent.mkdir()
    code, _, err = run("backup", "--out", str(out_file), "--passphrase-stdin", lines=[PASSPHRASE])
    assert code == 0 and "journal-copy.db.key.json" in err
    assert run("backup", "--out", str(out_file), "--passphrase-stdin", lines=[PASSPHRASE])[0] == 1
    new_home = tmp_path / "new-computer"
    code, _, err = run(
        "--data-dir", str(new_home), "restore", str(out_file), "--passphrase-stdin", lines=[PASSPHRASE]
    )
    assert code == 0, err
    assert keyfile.journal_is_encrypted(new_home)
    code, out, _ = run("--data-dir", str(new_home), "stats", "--passphrase-stdin", lines=[PASSPHRASE])
    assert code == 0 and "Entries: 2" in out


def test_restoring_something_that_is_not_a_backup_changes_nothing(plain, run, tmp_path):
    before = digests(plain)
    bogus = tmp_path / "notes.db"
    bogus.write_text("shopping list")
    code, _, err = run("restore", str(bogus))
    assert code == 1 and "untouched" in err
    assert run("restore", str(tmp_path / "missing.db"))[0] == 1
    assert digests(plain) == before


def test_the_quick_daily_commands_open_an_encrypted_journal_with_its_passphrase(encrypted, plain, run):
    code, out, err = run(
        "--passphrase-stdin", "checkin", "--mood", "6", "kept under lock", lines=[PASSPHRASE]
    )
    assert code == 0 and "Check-in saved: mood 6" in out, err
    code, out, _ = run("--passphrase-stdin", "today", lines=[PASSPHRASE])
    assert code == 0 and "checked in at" in out and "(mood 6)" in out
    code, out, _ = run("--passphrase-stdin", "search", "lock", lines=[PASSPHRASE])
    assert code == 0 and "kept under lock" in out
    assert keyfile.is_encrypted_file(paths.journal_file(plain))  # still encrypted on disk
    code, out, err = run("--passphrase-stdin", "today", lines=["wrong passphrase"])
    assert code == 1 and "does not open this journal" in err and out == ""
