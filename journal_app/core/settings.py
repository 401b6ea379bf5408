"""Settings: one declarative registry, two homes.

Every setting is one :class:`Setting` line in :data:`SETTINGS` — its key, type,
default, limits, the words the Settings dialog shows, and its **scope**:

- ``Scope.DEVICE``: what must work while the journal is locked or before it
  exists (crisis country and numbers, language, theme, font size, reminders,
  autostart, the auto-lock). It lives in a small plain JSON file in the data
  folder (``device-settings.json``) that holds nothing else — never journal
  text. :class:`DeviceSettings` reads and writes it.
- ``Scope.JOURNAL``: everything about the person's recovery. It lives in the
  journal's ``settings`` table (key → JSON), inside the possibly encrypted
  database, and travels with exports and backups.

Adding a setting is adding one line to :data:`SETTINGS`; the Settings dialog,
validation and the defaults are derived from it.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

from . import db as dbmod
from .db import Database
from .languages import LANGUAGES, SYSTEM

DEVICE_FILE = "device-settings.json"


class Scope(StrEnum):
    DEVICE = "device"  # plain file in the data folder, readable while locked
    JOURNAL = "journal"  # inside the journal


@dataclasses.dataclass(frozen=True, slots=True)
class Setting:
    key: str
    type: type  # bool, int, float, str, list or dict
    default: Any
    scope: Scope
    label: str  # what the Settings dialog calls it
    group: str = "General"  # the Settings dialog's section
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()  # for str settings with a fixed set of values
    help: str = ""  # one calm sentence under the control
    special: str = ""  # what the dialog shows for the minimum of a number ("Follow the system")
    suffix: str = ""  # the unit after a number (" min")
    choice_labels: tuple[str, ...] = ()  # the words for ``choices``, in the same order
    in_dialog: bool = True  # False: stored, but nothing in the app uses it yet

    def coerce(self, value: Any) -> Any:
        """``value`` as this setting's type and within its limits, or the default when it cannot be."""
        if value is None:
            return self.default
        try:
            if self.type is bool:
                if not isinstance(value, bool):
                    return self.default
            elif self.type in (int, float):
                if isinstance(value, bool):
                    return self.default
                value = self.type(value)
                if not self.accepts(value):  # below or above its limits, or not a number at all (NaN)
                    return self.default
            elif self.type is str:
                if not isinstance(value, str):
                    return self.default
                if self.choices and value not in self.choices:
                    return self.default
            elif not isinstance(value, self.type):
                return self.default
        except (TypeError, ValueError, OverflowError):
            return self.default
        return value

    def accepts(self, value: Any) -> bool:
        """Whether a number given for this numeric setting is kept as it is: a finite number within
        its limits (``coerce`` puts anything else back to the default, so the GUI says so and stores
        nothing). Settings that are not numbers have no limits here."""
        if self.type not in (int, float):
            return True
        if isinstance(value, bool):
            return False
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError):
            return False
        if not math.isfinite(number):
            return False
        return (self.minimum is None or number >= self.minimum) and (
            self.maximum is None or number <= self.maximum
        )


# The one list. Keep it grouped by where the Settings dialog shows it.
SETTINGS: tuple[Setting, ...] = (
    # -- device: works while locked ------------------------------------------------------------
    Setting(
        "crisis.country",
        str,
        "",
        Scope.DEVICE,
        "Country for crisis numbers",
        "Safety",
        help="Get help shows the emergency and crisis numbers for this country, also while locked.",
    ),
    Setting(
        "crisis.numbers",
        list,
        [],
        Scope.DEVICE,
        "Your own crisis numbers (shown on the lock screen too)",
        "Safety",
        help="Kept in step with the crisis numbers you save in the Prevention plan.",
    ),
    Setting(
        "appearance.theme",
        str,
        "system",
        Scope.DEVICE,
        "Theme",
        "Appearance",
        choices=("system", "light", "dark", "high-contrast"),
        choice_labels=("Follow the system", "Light", "Dark", "High contrast"),
    ),
    Setting(
        "appearance.font_points",
        int,
        0,
        Scope.DEVICE,
        "Text size",
        "Appearance",
        minimum=0,
        maximum=24,
        special="Follow the system",
        suffix=" pt",
        help="Every view and dialog is laid out to fit from 8 to 24 points.",
    ),
    Setting(
        "appearance.language",
        str,
        SYSTEM,
        Scope.DEVICE,
        "Language",
        "Appearance",
        choices=(SYSTEM, *LANGUAGES),
        choice_labels=("Follow the system", *LANGUAGES.values()),
        help="The app changes language at once; nothing you are writing is lost.",
    ),
    Setting(
        "security.auto_lock_minutes",
        float,
        -1.0,
        Scope.DEVICE,
        "Lock the journal after this many minutes without use",
        "Privacy",
        minimum=-1,
        maximum=24 * 60,
        special="The default (5 minutes)",
        suffix=" min",
        help="Only an encrypted journal can lock. 0 means never.",
    ),
    Setting(
        "backups.keep_daily",
        int,
        7,
        Scope.DEVICE,
        "Automatic backups to keep, one a day",
        "Backups",
        minimum=1,
        maximum=60,
        help="A backup is taken once a day and when the app closes; older ones are removed.",
    ),
    Setting(
        "backups.keep_weekly",
        int,
        4,
        Scope.DEVICE,
        "Weekly backups to keep besides",
        "Backups",
        minimum=0,
        maximum=52,
    ),
    # -- device: the daily loop (reminders work while locked) ---------------------------------------
    Setting(
        "reminders.checkin_times",
        list,
        [],
        Scope.DEVICE,
        "Check-in reminders (times like 08:30)",
        "Reminders",
        help="A quiet reminder at each time, skipped when today's check-in is done.",
    ),
    Setting(
        "reminders.evening_time", str, "", Scope.DEVICE, "Evening review (a time, or empty)", "Reminders"
    ),
    Setting(
        "reminders.medication_times", list, [], Scope.DEVICE, "Medication reminders (times)", "Reminders"
    ),
    Setting(
        "reminders.appointments",
        list,
        [],
        Scope.DEVICE,
        "Appointments (2026-12-01 14:30); reminded an hour before",
        "Reminders",
    ),
    Setting(
        "reminders.message",
        str,
        "Time for your check-in",
        Scope.DEVICE,
        "What a check-in reminder says",
        "Reminders",
        help="Reminders never show anything you wrote in the journal.",
    ),
    Setting("reminders.quiet_start", str, "22:00", Scope.DEVICE, "Quiet hours start", "Reminders"),
    Setting("reminders.quiet_end", str, "07:00", Scope.DEVICE, "Quiet hours end", "Reminders"),
    Setting(
        "reminders.snooze_minutes",
        int,
        15,
        Scope.DEVICE,
        "Snooze for (minutes)",
        "Reminders",
        minimum=1,
        maximum=240,
    ),
    Setting("tray.enabled", bool, True, Scope.DEVICE, "Show an icon in the system tray", "Start-up"),
    Setting("autostart.enabled", bool, False, Scope.DEVICE, "Start when I log in", "Start-up"),
    Setting("autostart.minimised", bool, False, Scope.DEVICE, "Start minimised to the tray", "Start-up"),
    Setting(
        "privacy.hotkey",
        str,
        "Ctrl+Shift+H",
        Scope.DEVICE,
        "Hide everything (shortcut)",
        "Privacy",
        help="Hides every window, locks an encrypted journal and clears what the app copied.",
    ),
    # -- journal: about the person's recovery ---------------------------------------------------
    Setting(
        "safety.lost_tolerance_days",
        int,
        7,
        Scope.JOURNAL,
        "Show the overdose safety facts after this many days without use",
        "Safety",
        minimum=3,
        maximum=30,
        suffix=" days",
        help="After a break, tolerance drops quickly; a use after this many days brings up the facts.",
    ),
    Setting(
        "report.questionnaire_scores",
        bool,
        False,
        Scope.JOURNAL,
        "Put questionnaire scores in the PDF report",
        "Report",
        help="Your PHQ-9, GAD-7 and BAM scores over time, for your clinician. Off unless you choose.",
    ),
    Setting(
        "recovery.daily_cost",
        float,
        0.0,
        Scope.JOURNAL,
        "What using cost on a typical day (0: not shown)",
        "Recovery",
        minimum=0,
        maximum=10_000_000,  # in any currency: a day's 100,000 rupiah is a few dollars
        help="Today shows the money regained since your recovery start.",
    ),
    Setting(
        "recovery.daily_hours",
        float,
        0.0,
        Scope.JOURNAL,
        "Hours a typical day of using took (0: not shown)",
        "Recovery",
        minimum=0,
        maximum=24,
    ),
    Setting(
        "recovery.currency", str, "", Scope.JOURNAL, "Currency sign for the cost (e.g. €, $)", "Recovery"
    ),
)

REGISTRY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    """The registered setting called ``key`` (``KeyError`` names it when it is not registered)."""
    return REGISTRY[key]


# -- journal settings -------------------------------------------------------------------------


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    """The stored value of ``key``; a registered setting falls back to (and is checked against)
    its registry default; an unregistered key (internal state such as snoozes) to ``default``."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    spec = REGISTRY.get(key)
    if row is None:
        return spec.default if spec is not None and default is None else default
    try:
        value = json.loads(row[0])
    except ValueError:  # a damaged value never stops the app; the default stands in
        return spec.default if spec is not None and default is None else default
    return spec.coerce(value) if spec is not None else value


def set_setting(db: Database, key: str, value: Any) -> None:
    with dbmod.write(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value)],
        )


# -- device settings --------------------------------------------------------------------------


class DeviceSettings:
    """The plain settings file in the data folder: device-scoped settings only, nothing else.

    A missing file means defaults; an empty or damaged one means defaults too,
    and :attr:`problem` says so in a sentence the app can show. Writing
    replaces the file whole (``write_atomic``), owner-only.
    """

    def __init__(self, path: Path, values: Mapping[str, Any] | None = None, problem: str | None = None):
        self.path = path
        self._values: dict[str, Any] = dict(values or {})
        self.problem = problem

    @classmethod
    def load(cls, data_dir: Path) -> DeviceSettings:
        path = Path(data_dir) / DEVICE_FILE
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path)
        except OSError as exc:
            return cls(
                path, problem=f"The settings file could not be read ({exc.strerror}); defaults are used."
            )
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (UnicodeDecodeError, ValueError):
            return cls(
                path, problem="The settings file was damaged; defaults are used until you change a setting."
            )
        values = {k: v for k, v in data.items() if k in REGISTRY and REGISTRY[k].scope is Scope.DEVICE}
        return cls(path, values)

    def get(self, key: str) -> Any:
        spec = REGISTRY[key]
        if spec.scope is not Scope.DEVICE:
            raise KeyError(f"{key} belongs to the journal, not the device")
        return spec.coerce(self._values.get(key))

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` (checked against the registry) and write the file."""
        spec = REGISTRY[key]
        if spec.scope is not Scope.DEVICE:
            raise KeyError(f"{key} belongs to the journal, not the device")
        self._values[key] = spec.coerce(value)
        self.save()

    def save(self) -> None:
        from .files import write_atomic  # files imports paths only; kept local to stay light

        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = json.dumps(self._values, indent=2, sort_keys=True).encode("utf-8")
        write_atomic(self.path, data)
        if os.name == "posix":
            os.chmod(self.path, 0o600)
        self.problem = None
