"""Crisis numbers for where the person lives: every country's emergency number, sourced helplines."""

import pytest

from journal_app.core import crisis
from journal_app.core.knowledge import load_knowledge
from journal_app.core.settings import DEVICE_FILE, DeviceSettings


def test_every_country_in_the_table_has_a_name_and_most_have_a_number():
    table = crisis.countries()
    assert len(table) > 230
    assert all(c.name for c in table)
    assert sum(1 for c in table if c.emergency) >= len(table) - 2
    assert crisis.emergency_table().source and crisis.emergency_table().checked


@pytest.mark.parametrize(
    ("code", "first"),
    [("US", "911"), ("GB", "999"), ("AU", "000"), ("NZ", "111"), ("DE", "112"), ("JP", "119"), ("IN", "112")],
)
def test_well_known_emergency_numbers(code, first):
    assert crisis.numbers_for(code)[0].number == first


def test_the_uk_shows_uk_numbers_not_us_ones():
    numbers = {n.number for n in crisis.numbers_for("gb")}
    assert {"999", "116 123"} <= numbers
    assert not numbers & {"911", "988", "1-800-662-4357"}


def test_helplines_are_only_those_with_a_source():
    sources = load_knowledge().sources
    for line in load_knowledge().crisis_lines:
        assert line.sources and all(key in sources for key in line.sources), line


def test_a_country_not_in_the_table_has_no_numbers_and_cannot_be_chosen(data_dir):
    assert crisis.numbers_for("ZZ") == [] and crisis.numbers_for("") == []
    with pytest.raises(ValueError):
        crisis.choose_country(data_dir, "ZZ")


@pytest.mark.parametrize(
    ("name", "code"),
    [("en_GB.UTF-8", "GB"), ("de_DE", "DE"), ("fr-CA", "CA"), ("C.UTF-8", ""), ("POSIX", ""), ("", "")],
)
def test_the_system_locale_preselects_the_country(name, code):
    assert crisis.country_from_locale(name) == code


def test_the_chosen_country_is_kept_in_the_plain_device_file(data_dir):
    crisis.choose_country(data_dir, "au")
    info = crisis.device_crisis(data_dir, locale_name="en_US")
    assert info.country.code == "AU" and info.chosen and info.notes == ()
    assert {"000", "13 11 14"} <= {n.number for n in info.numbers}
    assert DeviceSettings.load(data_dir).get("crisis.country") == "AU"


def test_no_choice_yet_uses_the_locale_and_says_so(data_dir):
    info = crisis.device_crisis(data_dir, locale_name="en_GB.UTF-8")
    assert info.country.code == "GB" and not info.chosen
    assert any("language settings" in note for note in info.notes)


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"\xff\xfe"])
def test_a_damaged_settings_file_falls_back_to_the_table_and_says_so(data_dir, content):
    data_dir.mkdir(parents=True)
    (data_dir / DEVICE_FILE).write_bytes(content)
    info = crisis.device_crisis(data_dir, locale_name="en_IE")
    assert info.country.code == "IE" and {"112", "116 123"} <= {n.number for n in info.numbers}
    if content:
        assert any("damaged" in note for note in info.notes)


def test_a_stored_code_not_in_the_table_is_named_and_replaced(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / DEVICE_FILE).write_text('{"crisis.country": "XX"}')
    info = crisis.device_crisis(data_dir, locale_name="C")
    assert info.country is None and info.numbers == ()
    assert any("not in the table" in note for note in info.notes)
    assert any("112" in note for note in info.notes)


def test_own_numbers_are_kept_on_the_device_for_the_lock_screen(data_dir):
    from journal_app.core.journal import Journal
    from journal_app.core.plan import CrisisNumber

    crisis.choose_country(data_dir, "GB")
    journal = Journal.open(data_dir)
    try:
        journal.plan.replace_crisis_numbers([CrisisNumber("My key worker", "07700 900123", "GB")])
        journal.keep_crisis_numbers_on_device()
    finally:
        journal.close()
    info = crisis.device_crisis(data_dir)  # nothing of the journal is open now
    assert [n.number for n in info.numbers][:2] == ["07700 900123", "999"]
    assert "116 123" in {n.number for n in info.numbers}


def test_malformed_own_numbers_in_the_device_file_are_left_out(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / DEVICE_FILE).write_text(
        '{"crisis.country": "AU", "crisis.numbers": [{"label": "x"}, 5, {"label": "Mum", "number": "0400 000 000"}]}'
    )
    numbers = [n.number for n in crisis.device_crisis(data_dir).numbers]
    assert numbers[0] == "0400 000 000" and "000" in numbers and len(numbers) == 3


@pytest.fixture
def spanish():
    from journal_app.core import messages

    assert messages.set_language("es") == "es"
    yield
    messages.set_language("en")


def test_country_names_are_in_the_language_and_sorted_as_shown(spanish):
    names = [place.label for place in crisis.countries()]
    assert crisis.country_name("US") == "Estados Unidos" and crisis.country_name("DE") == "Alemania"
    assert crisis.country_name("ES") == "España" and crisis.country_name("ZZ") == ""
    assert names.index("Alemania") < names.index("Argelia") < names.index("Estados Unidos")
    assert names.index("Islas Åland") < names.index("Islas Caimán")  # Å read as A, not after Z
    assert "Germany" not in names and "United States" not in names
    assert [place.code for place in crisis.countries()][:3] == [
        "AF",
        "AL",
        "DE",
    ]  # Afganistán, Albania, Alemania
    assert crisis.country("DE").name == "Germany"  # the table keeps English; only the shown name changes


def test_english_country_names_stay_sorted_by_english_name():
    names = [place.label for place in crisis.countries()]
    assert names == [place.name for place in crisis.countries()]
    assert names.index("Germany") < names.index("Spain") < names.index("United States")


def test_the_table_source_is_in_the_language(spanish):
    from english_left import english_left

    said = crisis.table_source()
    assert said.startswith("Números de emergencia: metadatos de números cortos de libphonenumber ")
    assert " de 20" in said and english_left(said) == [] and "short-number" not in said


def test_a_country_without_a_number_is_named_in_the_language(data_dir, spanish, monkeypatch):
    table = crisis.emergency_table()
    no_number = crisis.Country("DE", "Germany", ())
    monkeypatch.setitem(table.countries, "DE", no_number)
    crisis.choose_country(data_dir, "DE")
    (note,) = crisis.device_crisis(data_dir).notes
    assert "Alemania" in note and "Germany" not in note
