"""A bad or hostile file gets one clear sentence, and the journal stays exactly as it was."""

import codecs
import json

import pytest

from journal_app.core.transfer import exporting, importing, sealed
from journal_app.core.transfer.options import ExportOptions, TransferCancelled
from journal_app.core.transfer.source import ImportOptions, SourceError

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note"
GOOD_ROW = "2024-05-14,May 14,Tuesday,20:30,good,,,fine"


def snapshot(journal):
    return [tuple(row) for row in journal.db.execute("SELECT uuid, title, body FROM entries ORDER BY id")]


@pytest.fixture
def before(filled):
    return snapshot(filled)


BAD_FILES = {
    "empty": (b"", "The file is empty"),
    "only whitespace": (b"  \r\n\n", "The file is empty"),
    "header only": (HEADER.encode() + b"\r\n", "header but no entries"),
    "wrong header": (b"date,mood,notes\n2024-01-01,good,x\n", "line 1: this is not a file I can import"),
    "impossible date": (
        f"{HEADER}\n{GOOD_ROW}\n2023-02-30,Feb 30,Thursday,10:00,good,,,x\n".encode(),
        "line 3: “2023-02-30” is not a real date",
    ),
    "impossible time": (
        f"{HEADER}\n2024-05-14,May 14,Tuesday,25:10,good,,,x\n".encode(),
        "line 2: “25:10” is not a real time",
    ),
    "short row": (f"{HEADER}\n{GOOD_ROW}\n2024-05-13,May 13,Monday\n".encode(), "line 3: expected 8 fields"),
    "latin-1": (
        f"{HEADER}\n{GOOD_ROW}\n2024-05-13,May 13,Monday,10:00,good,,,caf\xe9\n".encode("latin-1"),
        "line 3: the file is not UTF-8 text",
    ),
    "binary garbage": (bytes(range(256)) * 40, "binary file"),
    "truncated JSON": (
        json.dumps(
            {"format": "recovery-journal", "version": 1, "entries": [{"uuid": "x" * 36, "kind": "note"}]}
        )[:-10].encode(),
        "the JSON cannot be read (it ends too soon",
    ),
    "other JSON": (
        b'{"hello": "world"}',
        "This JSON file is not an export I know. I can read Recovery Journal JSON",
    ),
    "JSON list": (b"[1, 2, 3]", "This JSON file is not an export I know. I can read Recovery Journal JSON"),
    "future export version": (
        b'{"format": "recovery-journal", "version": 99, "entries": []}',
        "newer version",
    ),
    "bad entry in JSON": (
        json.dumps(
            {
                "format": "recovery-journal",
                "version": 1,
                "entries": [
                    {
                        "uuid": "1" * 36,
                        "kind": "note",
                        "occurred_at": "2024-01-01T10:00:00+00:00",
                        "title": "ok",
                    },
                    {
                        "uuid": "2" * 36,
                        "kind": "check_in",
                        "occurred_at": "2024-01-02T10:00:00+00:00",
                        "mood": 42,
                    },
                ],
            }
        ).encode(),
        "entry 2: Mood goes from 1 to 10.",
    ),
    "jrnl impossible date": (
        json.dumps(
            {
                "tags": {},
                "entries": [{"title": "t", "body": "", "date": "2024-13-01", "time": "10:00", "tags": []}],
            }
        ).encode(),
        "entry 1: “2024-13-01” is not a real date",
    ),
    "dayone bad zone": (
        json.dumps(
            {
                "metadata": {},
                "entries": [
                    {
                        "uuid": "u",
                        "creationDate": "2024-01-01T10:00:00Z",
                        "timeZone": "Mars/Base",
                        "text": "hi",
                    }
                ],
            }
        ).encode(),
        "entry 1: the time zone “Mars/Base”",
    ),
    "broken character": (
        b'{"tags": {}, "entries": [{"title": "a\\ud800b", "body": "", "date": "2024-01-01", '
        b'"time": "10:00", "tags": []}]}',
        "entry 1: the text has a broken character",
    ),
    "control characters quoted back": (
        f'{HEADER}\n2024-05-14,May 14,Tuesday,"2\n5:\x1b[31m",good,,,x\n'.encode(),
        "line 2: the time “2 5: [31m” could not be read",
    ),
    "several megabytes in a field": (
        f'{HEADER}\n2024-05-14,May 14,Tuesday,20:30,good,,,"{"x" * 3_000_000}"\n'.encode(),
        "line 2: The text is longer than 1,000,000 characters.",
    ),
    "broken quotes": (
        f'{HEADER}\n2024-05-14,May 14,Tuesday,20:30,good,,,"unfinished\n'.encode(),
        "the CSV is broken",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_get_one_clear_line_and_change_nothing(filled, before, tmp_path, case):
    content, says = BAD_FILES[case]
    path = tmp_path / "bad.file"
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        importing.prepare_import(filled.db, path)
    message = str(caught.value)
    assert says in message
    assert "\n" not in message and "Traceback" not in message
    assert snapshot(filled) == before


@pytest.mark.parametrize("variant", ["bom", "crlf", "bom+crlf", "utf-16"])
def test_bom_crlf_and_utf16_are_read(journal, tmp_path, variant):
    text = f'{HEADER}\n{GOOD_ROW}\n2024-05-13,May 13,Monday,9:00 am,meh,"a | b",,"two\nlines"\n'
    if "crlf" in variant:
        text = text.replace("\n", "\r\n")
    data = codecs.BOM_UTF8 + text.encode() if "bom" in variant else text.encode()
    if variant == "utf-16":
        data = text.encode("utf-16")
    path = tmp_path / "daylio.csv"
    path.write_bytes(data)
    plan = importing.prepare_import(journal.db, path)
    assert plan.format == "daylio" and len(plan.items) == 2
    assert plan.items[0].entry.tags == ["a", "b"]


def test_an_error_late_in_the_file_adds_nothing_at_all(journal, tmp_path):
    rows = [f"2024-05-{day:02},May {day},Day,20:30,good,,,entry {day}" for day in range(1, 29)]
    rows.append('2024-05-29,May 29,Day,20:30,good,,,"' + "y" * 1_000_001 + '"')
    path = tmp_path / "daylio.csv"
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n")
    with pytest.raises(SourceError, match="line 30"):
        importing.prepare_import(journal.db, path)
    assert journal.count() == 0


def test_cancelling_an_import_adds_nothing(journal, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(
        HEADER
        + "\n"
        + "\n".join(f"2024-05-{day:02},May {day},Day,20:30,good,,,entry {day}" for day in range(1, 29))
        + "\n"
    )
    plan = importing.prepare_import(journal.db, path)

    def cancel(done, total):
        if done > 10:
            raise TransferCancelled()

    with pytest.raises(TransferCancelled):
        importing.apply_import(journal.db, plan, progress=lambda d, t: cancel(d, t) if d else None)
    assert journal.count() == 0
    assert importing.apply_import(journal.db, plan) == 28


def test_unknown_format_name_is_refused(journal, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a\n")
    with pytest.raises(SourceError, match="not a format I can import"):
        importing.prepare_import(journal.db, path, ImportOptions(format="excel"))


# -- encrypted exports -------------------------------------------------------------------------


def test_encrypted_export_imports_back_with_its_passphrase(filled, other_journal, tmp_path):
    path = tmp_path / "sealed.json"
    exporting.export_file(
        filled.db, path, "json", ExportOptions(include_private=True), passphrase="correct horse battery"
    )
    raw = path.read_bytes()
    assert raw.startswith(sealed.MAGIC) and b"Opioids" not in raw and b"Morning" not in raw
    with pytest.raises(sealed.PassphraseNeededError):
        importing.prepare_import(other_journal.db, path)
    with pytest.raises(sealed.WrongPassphraseError, match="does not open this file"):
        importing.prepare_import(other_journal.db, path, ImportOptions(passphrase="wrong horse"))
    plan = importing.prepare_import(other_journal.db, path, ImportOptions(passphrase="correct horse battery"))
    assert plan.encrypted and plan.format == "json" and len(plan.items) == 4


def test_a_changed_byte_is_refused(tmp_path):
    box = bytearray(sealed.seal(b"my words", "long enough passphrase"))
    box[-3] ^= 1
    with pytest.raises(sealed.WrongPassphraseError):
        sealed.unseal(bytes(box), "long enough passphrase")
    assert (
        sealed.unseal(sealed.seal(b"my words", "long enough passphrase"), "long enough passphrase")
        == b"my words"
    )


def test_short_passphrases_and_cut_files_are_refused(filled, tmp_path):
    with pytest.raises(Exception, match="at least 8 characters"):
        exporting.export_file(filled.db, tmp_path / "x.json", "json", passphrase="short")
    assert not (tmp_path / "x.json").exists()
    with pytest.raises(Exception, match="cut short"):
        sealed.unseal(sealed.MAGIC + b"\x01", "whatever123")
