"""Crisis numbers for where the person lives: emergency numbers for every country, sourced helplines.

``seeds/emergency_numbers.toml`` holds every region's emergency numbers
(generated from Google's libphonenumber short-number metadata; its source
and the date it was checked are in the file). National crisis and drug
helplines come from ``seeds/safety.toml`` (``[[crisis]]``, each with its
source): only where a source confirms them.

The country is a device setting (``crisis.country`` in the plain settings
file), so Get help on the lock screen shows the right numbers while the
journal is locked. Until the person chooses, the system locale preselects it.
"""

from __future__ import annotations

import dataclasses
import functools
import locale
import os
import re
import unicodedata
from datetime import date
from pathlib import Path

from .content import load_toml
from .knowledge import load_knowledge
from .messages import _, format_date, p_
from .settings import DeviceSettings

COUNTRY_SETTING = "crisis.country"
OWN_NUMBERS_SETTING = (
    "crisis.numbers"  # [{"label", "number", "country"}]: the person's own, for the lock screen
)
MAX_OWN_NUMBERS = 20


@dataclasses.dataclass(slots=True)
class CrisisNumber:
    label: str
    number: str
    country: str = ""
    id: int | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2 (or the metadata's region code, e.g. "AC")
    name: str  # in English, as the table writes it
    emergency: tuple[str, ...]  # the first is the one to call for an ambulance where known

    @property
    def label(self) -> str:
        """The country's name in the language in use (the catalogue's context "country")."""
        return p_("country", self.name)


@dataclasses.dataclass(frozen=True, slots=True)
class EmergencyTable:
    countries: dict[str, Country]
    source: str
    checked: str


@functools.cache
def emergency_table() -> EmergencyTable:
    raw = load_toml("emergency_numbers.toml")
    countries = {
        code: Country(code, value["name"], tuple(value.get("numbers", ())))
        for code, value in raw.items()
        if isinstance(value, dict)
    }
    return EmergencyTable(countries, raw.get("source", ""), raw.get("checked", ""))


def _sort_key(name: str) -> tuple[str, str]:
    """Alphabetical as a person reads it: accents and case set aside first ("Émirats" by "E", "Åland" by "A")."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return plain.casefold(), name


def countries() -> list[Country]:
    """Every country in the table, sorted by the name shown in the language in use (``Country.label``)."""
    return sorted(emergency_table().countries.values(), key=lambda c: _sort_key(c.label))


def country(code: str) -> Country | None:
    return emergency_table().countries.get(str(code).strip().upper())


def country_name(code: str) -> str:
    """The name of the country ``code`` in the language in use ("" for a code not in the table)."""
    found = country(code)
    return found.label if found is not None else ""


def numbers_for(code: str) -> list[CrisisNumber]:
    """The emergency number(s) and the sourced national helplines of ``code`` (empty if unknown)."""
    found = country(code)
    if found is None:
        return []
    numbers: list[CrisisNumber] = []
    if found.emergency:
        others = ", ".join(found.emergency[1:])
        label = (
            _("Emergency services (also {others})").format(others=others)
            if others
            else _("Emergency services")
        )
        numbers.append(CrisisNumber(label, found.emergency[0], found.code))
    numbers += [
        CrisisNumber(line.label, line.number, line.country)
        for line in load_knowledge().crisis_lines
        if line.country == found.code
    ]
    return numbers


def country_from_locale(name: str | None = None) -> str:
    """The country code a locale name points to ("en_GB.UTF-8" → "GB"), or "" if it names none."""
    if name is None:
        name = next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), "")
        if not name:
            try:
                name = locale.getlocale()[0] or ""
            except ValueError:
                name = ""
    match = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", name or "")
    code = match.group(1).upper() if match else ""
    return code if country(code) is not None else ""


@dataclasses.dataclass(frozen=True, slots=True)
class DeviceCrisis:
    """What Get help shows for this device: the country, its numbers, and anything to tell the person."""

    country: Country | None
    numbers: tuple[CrisisNumber, ...]
    chosen: bool  # False: preselected from the system locale (or none), not yet confirmed
    notes: tuple[str, ...]  # calm sentences: a damaged settings file, an unknown country, …


def device_crisis(data_dir: Path | None, locale_name: str | None = None) -> DeviceCrisis:
    """The crisis numbers for this device, readable while the journal is locked.

    A missing, empty or damaged settings file, or a country code that is not in
    the table, falls back to the system locale's country and says so; with
    nothing to go on, the note says which numbers work in most places.
    """
    notes: list[str] = []
    code = ""
    own: list[CrisisNumber] = []
    if data_dir is not None:
        device = DeviceSettings.load(Path(data_dir))
        if device.problem:
            notes.append(device.problem)
        own = _own_numbers(device.get(OWN_NUMBERS_SETTING))
        code = str(device.get(COUNTRY_SETTING)).strip().upper()
        if code and country(code) is None:
            notes.append(
                _("The country saved in your settings ({code}) is not in the table.").format(code=code[:12])
            )
            code = ""
    chosen = bool(code)
    if not code:
        code = country_from_locale(locale_name)
        if code:
            notes.append(_("Chosen from your computer's language settings; you can change it below."))
    found = country(code) if code else None
    if found is None:
        notes.append(
            _(
                "No country is chosen yet. 112 reaches emergency services from most mobile phones in "
                "Europe and many other places; 911 in North America."
            )
        )
        return DeviceCrisis(None, tuple(own), False, tuple(notes))
    if not found.emergency:
        notes.append(
            _("The table has no emergency number for {country}; ask someone nearby.").format(
                country=found.label
            )
        )
    known = {n.number for n in own}
    numbers = own + [n for n in numbers_for(found.code) if n.number not in known]
    return DeviceCrisis(found, tuple(numbers), chosen, tuple(notes))


def _own_numbers(value: object) -> list[CrisisNumber]:
    """The person's own numbers from the device file; anything malformed is left out."""
    numbers: list[CrisisNumber] = []
    for item in value if isinstance(value, list) else []:
        if (
            isinstance(item, dict)
            and isinstance(item.get("label"), str)
            and isinstance(item.get("number"), str)
        ):
            label, number = " ".join(item["label"].split())[:120], " ".join(item["number"].split())[:40]
            if label and number:
                numbers.append(CrisisNumber(label, number, str(item.get("country", ""))[:40]))
    return numbers[:MAX_OWN_NUMBERS]


def save_own_numbers(data_dir: Path, numbers: list[CrisisNumber]) -> None:
    """Keep the person's own crisis numbers in the device file too, so the lock screen shows them."""
    device = DeviceSettings.load(Path(data_dir))
    value = [{"label": n.label, "number": n.number, "country": n.country} for n in numbers[:MAX_OWN_NUMBERS]]
    if device.problem is None and device.get(OWN_NUMBERS_SETTING) == value:
        return  # already in step: the file is not rewritten
    device.set(OWN_NUMBERS_SETTING, value)


def choose_country(data_dir: Path, code: str) -> Country:
    """Save ``code`` as this device's country (``ValueError`` for a code not in the table)."""
    found = country(code)
    if found is None:
        raise ValueError(f"{code!r} is not a country in the emergency-number table")
    device = DeviceSettings.load(Path(data_dir))
    device.set(COUNTRY_SETTING, found.code)
    return found


def table_source() -> str:
    """Where the emergency numbers come from and when they were checked, in the language in use."""
    table = emergency_table()
    try:
        checked = format_date(date.fromisoformat(table.checked), "full")
    except ValueError:
        checked = table.checked
    return _("Emergency numbers: {source}, checked {checked}.").format(
        source=p_("emergency numbers source", table.source), checked=checked
    )
