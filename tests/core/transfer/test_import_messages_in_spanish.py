"""The import readers' own messages (a bad line, a bad entry, what is left out) in the chosen language,
through the core's API and through the command line; the Day One note with real plurals."""

import json
import os
import subprocess
import sys
from collections import Counter

import pytest
from english_left import english_left

from journal_app.core import messages
from journal_app.core.transfer import dayone, formats
from journal_app.core.transfer.source import SourceError


@pytest.fixture
def spanish():
    assert messages.set_language("es") == "es"
    yield
    messages.set_language("en")


def _write(tmp_path, name, content) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(content) if isinstance(content, dict) else content, encoding="utf-8")
    return str(path)


BAD_FILES = {
    # a reader, a file with one mistake, and the Spanish sentence that names it
    "jrnl_date": (
        "jrnl.json",
        {"tags": {}, "entries": [{"title": "x", "body": "", "date": "2024-13-45", "time": "09:30"}]},
        "entrada 1: «2024-13-45» no es una fecha real (se esperaba 2023-05-14).",
    ),
    "jrnl_time": (
        "jrnl.json",
        {"tags": {}, "entries": [{"title": "x", "body": "", "date": "2024-01-02", "time": "nine"}]},
        "entrada 1: «nine» no es una hora real (se esperaba 20:30).",
    ),
    "jrnl_tags": (
        "jrnl.json",
        {"tags": {}, "entries": [{"title": "x", "date": "2024-01-02", "tags": "work"}]},
        "entrada 1: las etiquetas deberían ser una lista de palabras.",
    ),
    "dayone_zone": (
        "Journal.json",
        {
            "metadata": {},
            "entries": [{"creationDate": "2024-03-01T18:00:00Z", "timeZone": "Mars/Base", "text": "a"}],
        },
        "entrada 1: la zona horaria «Mars/Base» no es una que este equipo conozca.",
    ),
    "dayone_date": (
        "Journal.json",
        {"metadata": {}, "entries": [{"text": "hello"}]},
        "entrada 1: falta el campo creationDate.",
    ),
    "dayone_entry": (
        "Journal.json",
        {"metadata": {}, "entries": ["just words"]},
        "entrada 1: no es una entrada (se esperaba un objeto con uuid, creationDate y text).",
    ),
    "daylio_time": (
        "daylio.csv",
        "full_date,date,weekday,time,mood,activities,note_title,note\n2024-05-14,May 14,Tuesday,25:99,rad,,,\n",
        "línea 2: «25:99» no es una hora del día real.",
    ),
    "own_json_record": (
        "export.json",
        {"format": "recovery-journal", "version": 1, "entries": [{"uuid": "1234567890", "kind": "check_in"}]},
        None,  # the record reader (records.py): checked below for no English left
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_in_spanish_through_the_core(journal, tmp_path, spanish, case):
    name, content, expected = BAD_FILES[case]
    path = _write(tmp_path, name, content)
    with pytest.raises(SourceError) as refused:
        journal.transfer.prepare_import(path)
    said = str(refused.value)
    if expected is not None:
        assert said == expected
    assert english_left(said) == [], said
    assert journal.count() == 0


def test_a_bad_file_is_refused_in_spanish_on_the_command_line(tmp_path):
    name, content, expected = BAD_FILES["jrnl_date"]
    path = _write(tmp_path, name, content)
    environ = dict(os.environ, LANGUAGE="", LC_ALL="", LC_MESSAGES="", LANG="es_ES.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "journal_app", "--data-dir", str(tmp_path / "data"), "import", path],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"recovery-journal: error: {expected}"


DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "81F0F3CA693F484792F76359E9E2ACE8",
            "creationDate": "2024-03-05T10:00:00Z",
            "timeZone": "UTC",
            "text": "Cafe\n\n![](dayone-moment://68D729369ED84A8B91B5D348E4592EFE)",
            "photos": [{"identifier": "68D729369ED84A8B91B5D348E4592EFE"}],
        },
        {"uuid": "FFEEDDCCBBAA99887766554433221100", "creationDate": "2024-03-07T10:00:00Z", "text": " "},
    ],
}


def test_one_photo_in_one_entry_is_singular_in_english_and_spanish(journal, tmp_path):
    path = _write(tmp_path, "Journal.json", DAYONE)
    plan = journal.transfer.prepare_import(path)
    assert "1 photo in 1 entry (entry 1) is not brought in; the text says where it was." in plan.describe()
    assert plan.left_out == ["entry 2 (2024-03-07) has no text"]
    messages.set_language("es")
    try:
        plan = journal.transfer.prepare_import(path)
        said = plan.describe()
    finally:
        messages.set_language("en")
    assert "1 foto de 1 entrada (entrada 1) no se trae; el texto indica dónde estaba." in said
    assert plan.left_out == ["entrada 2 (2024-03-07) no tiene texto"]
    assert "archivo (JSON de Day One)" in said and english_left(said) == [], said
    (entry,) = [item.entry for item in plan.items]
    assert entry.body == "Cafe\n\n[photo not brought in]"  # the journal's words: the same in any language


def test_many_attachments_in_many_entries_are_plural(spanish):
    attached = Counter({"photos": 3, "audios": 1})
    assert dayone.attachments_note(attached, ["entrada 1", "entrada 4"]) == (
        "3 fotos y 1 grabación de audio de 2 entradas (entrada 1, entrada 4) no se traen; "
        "el texto indica dónde estaba cada uno."
    )
    messages.set_language("en")
    assert dayone.attachments_note(Counter({"videos": 2}), ["entry 7"]) == (
        "2 videos in 1 entry (entry 7) are not brought in; the text says where each one was."
    )


def test_the_format_labels_are_in_the_language(journal, tmp_path, spanish):
    labels = formats.format_labels()
    assert labels["daylio_backup"] == "copia de seguridad de Daylio"
    assert labels["dayone"] == "JSON de Day One" and labels["json"] == "JSON de Recovery Journal"
    with pytest.raises(SourceError) as refused:
        journal.transfer.prepare_import(_write(tmp_path, "other.json", {"something": "else"}))
    assert str(refused.value) == (
        "Este archivo JSON no es una exportación que conozca. Puedo leer estos formatos: "
        "JSON de Recovery Journal, CSV de Recovery Journal, CSV de Daylio, copia de seguridad de Daylio, "
        "JSON de jrnl y JSON de Day One."
    )
