"""Every write checked: an export or report that runs out of room exits 1 and leaves no file;
encrypting that runs out of room after the swap still shows the recovery key and leaves no plain backup."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fault_helpers import child, cli, result_of

from journal_app.core import keyfile, paths
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind


def _fill(journal: Journal, count: int) -> None:
    when = datetime(2025, 3, 1, 9, tzinfo=UTC)
    journal.insert_many(
        Entry(kind=EntryKind.CHECK_IN, mood=5, body="a day " * 60, occurred_at=when + timedelta(hours=n))
        for n in range(count)
    )


@pytest.mark.parametrize("fmt", ["pdf", "json"])
def test_an_export_that_runs_out_of_room_exits_1_and_leaves_no_file(data_dir, tmp_path, fmt):
    journal = Journal.open(data_dir)
    _fill(journal, 120)
    journal.close()
    out = tmp_path / "out" / f"report.{fmt}"
    out.parent.mkdir()
    done = cli(
        "--data-dir", str(data_dir), "export", "--format", fmt, "--out", str(out), file_size_limit=20_000
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "file size limit" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert list(out.parent.iterdir()) == []  # no empty, cut or half-written file
    whole = cli("--data-dir", str(data_dir), "export", "--format", fmt, "--out", str(out))
    assert whole.returncode == 0 and out.stat().st_size > 20_000


ENCRYPT = """
from journal_app.core import encryption
result = encryption.encrypt_journal(Path({data!r}), "a long passphrase")
print(json.dumps({{"recovery_key": result.recovery_key, "message": result.backups_message(encrypted=True)}}))
"""


def test_encrypting_on_a_full_disk_still_shows_the_key_and_leaves_no_plain_backup(data_dir, tmp_path):
    Journal.open(data_dir).close()  # a small journal
    big_dir = tmp_path / "big"
    big = Journal.open(big_dir)
    _fill(big, 400)
    big_backup = big.backup()
    big.close()
    plain_backup = paths.backups_dir(data_dir) / big_backup.name
    plain_backup.parent.mkdir(parents=True, exist_ok=True)
    plain_backup.write_bytes(big_backup.read_bytes())  # a backup bigger than the journal itself
    limit = paths.journal_file(data_dir).stat().st_size + 65_536
    assert plain_backup.stat().st_size > limit

    result = result_of(child(ENCRYPT.format(data=str(data_dir)), file_size_limit=limit))
    assert result["recovery_key"]
    assert f"{plain_backup.name} could not be encrypted, so it was deleted" in result["message"]
    assert keyfile.is_encrypted_file(paths.journal_file(data_dir))
    assert not plain_backup.exists()
    assert not [p for p in data_dir.rglob("*") if p.name.endswith((".converting", ".partial", ".encrypting"))]
    from journal_app.core import encryption

    key = encryption.unlock(data_dir, recovery_key=result["recovery_key"])
    journal = Journal.open(data_dir, key)
    assert journal.count() == 0
    journal.close()
