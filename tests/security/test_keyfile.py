"""The wrapped key: passphrase and recovery key open it, nothing secret is in the file in clear."""

import base64
import json

import pytest
from security_helpers import NEW_PASSPHRASE, PASSPHRASE

from journal_app.core import keyfile
from journal_app.core.errors import JournalError, WrongPassphraseError
from journal_app.core.keyfile import KeyFile


def test_recovery_key_is_nine_groups_a_person_can_write_down():
    key = keyfile.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 9 and all(len(g) == 4 and g.isalnum() and g == g.upper() for g in groups)
    assert keyfile.new_recovery_key() != key


def test_recovery_key_forgives_case_spaces_and_look_alike_digits():
    secret = bytes(range(20))
    key = keyfile.format_recovery_key(secret)
    sloppy = " ".join(key.lower().split("-")).replace("o", "0").replace("i", "1")
    assert keyfile.parse_recovery_key(sloppy) == secret


@pytest.mark.parametrize("damage", ["swap", "short"])
def test_a_mistyped_recovery_key_is_caught_by_its_check_group(damage):
    key = keyfile.new_recovery_key()
    if damage == "swap":
        first = key[0]
        bad = ("B" if first != "B" else "C") + key[1:]
    else:
        bad = key[:-5]
    with pytest.raises(WrongPassphraseError, match="recovery key"):
        keyfile.parse_recovery_key(bad)


def test_passphrase_and_recovery_key_both_unwrap_the_same_key():
    db_key = keyfile.new_database_key()
    recovery = keyfile.new_recovery_key()
    kf = KeyFile.from_json(KeyFile.create(db_key, PASSPHRASE, recovery).to_json())
    assert kf.unlock(PASSPHRASE) == db_key
    assert kf.unlock_with_recovery_key(recovery) == db_key
    with pytest.raises(WrongPassphraseError, match="does not open"):
        kf.unlock(PASSPHRASE + " ")
    with pytest.raises(WrongPassphraseError, match="another journal"):
        kf.unlock_with_recovery_key(keyfile.new_recovery_key())


def test_the_key_file_holds_no_secret_in_clear():
    db_key = keyfile.new_database_key()
    recovery = keyfile.new_recovery_key()
    text = KeyFile.create(db_key, PASSPHRASE, recovery).to_json()
    doc = json.loads(text)
    assert doc["passphrase"]["kdf"] == "argon2id" and doc["passphrase"]["cipher"] == "AES-256-GCM"
    for secret in (
        db_key.hex(),
        base64.b64encode(db_key).decode(),
        PASSPHRASE,
        recovery,
        recovery.replace("-", ""),
    ):
        assert secret not in text
    assert base64.b64encode(keyfile.parse_recovery_key(recovery)).decode() not in text


def test_changing_the_passphrase_rewraps_the_same_key_and_keeps_the_recovery_key():
    db_key = keyfile.new_database_key()
    recovery = keyfile.new_recovery_key()
    old = KeyFile.create(db_key, PASSPHRASE, recovery)
    new = old.rewrapped(db_key, NEW_PASSPHRASE)
    assert new.unlock(NEW_PASSPHRASE) == db_key
    assert new.unlock_with_recovery_key(recovery) == db_key
    with pytest.raises(WrongPassphraseError):
        new.unlock(PASSPHRASE)


def test_the_same_passphrase_in_another_unicode_form_still_opens():
    db_key = keyfile.new_database_key()
    composed = "caf\u00e9 au lait please"
    decomposed = "cafe\u0301 au lait please"
    kf = KeyFile.create(db_key, composed, keyfile.new_recovery_key())
    assert kf.unlock(decomposed) == db_key


def test_a_short_passphrase_is_refused_kindly():
    with pytest.raises(JournalError, match="at least 8 characters"):
        keyfile.check_passphrase("short")


@pytest.mark.parametrize("text", ["", "{}", "not json", '{"format": "recovery-journal-key", "version": 1}'])
def test_a_damaged_key_file_is_explained(text):
    with pytest.raises(JournalError, match="not a Recovery Journal key file"):
        KeyFile.from_json(text)


def test_privacy_doc_states_the_argon2id_cost_the_app_uses():
    from pathlib import Path

    from security_helpers import REAL_KDF

    doc = (Path(__file__).parents[2] / "docs" / "privacy.md").read_text()
    stated = (
        f"{REAL_KDF.memory_kib // 1024} MiB of memory, {REAL_KDF.iterations} passes and "
        f"{REAL_KDF.lanes} lanes"
    )
    assert stated in " ".join(doc.split())
