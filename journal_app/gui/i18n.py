"""The app in the person's language: Qt's translators, the core's catalogue and the locale.

:func:`install` picks the language from the device setting ``appearance.language``
("system" follows the system locale), then installs two ``QTranslator``\\ s — the
app's own strings (``resources/i18n/recovery_journal_<lang>.qm``, built from the
``.ts`` files by ``make translations``) and Qt's own (``qtbase_<lang>.qm`` from
PySide6's translations folder) — and sets the core's message layer to the same
language, with dates formatted by ``QLocale``. A missing or damaged ``.qm`` means
English and one line on standard error; dates and numbers still follow the locale.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from ..core import messages
from ..core.content import resources_dir
from ..core.settings import DeviceSettings

APP_CATALOGUE = "recovery_journal"
_installed: list[QTranslator] = []
_shown: list[str] = [messages.ENGLISH]  # the language install() put up last


def shown() -> str:
    """The language the app's translators show now ("en", "es")."""
    return _shown[0]


def qm_dir() -> Path:
    return resources_dir() / "i18n"


def chosen_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language to show ("en", "es"): the setting, or the system's for "system"."""
    system = (system_locale or QLocale.system()).name()
    return messages.resolve_language(setting, system)


def locale_for(language: str, setting: str, system_locale: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers.

    The system's when the language follows the system (even when the app has no
    translation for it: English words, German dates) or when it speaks ``language``
    (es_MX stays es_MX); otherwise the chosen language's own.
    """
    system = system_locale or QLocale.system()
    if setting.strip().lower() == messages.SYSTEM or system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def date_formatter(locale: QLocale) -> Callable[[date, str], str]:
    """The core's dates (``messages.format_date``) written by ``locale``."""
    patterns = {
        "day_month": "d MMM",
        "weekday_day_month": "ddd d MMM",
        "long": "d MMM yyyy",
        "full": "d MMMM yyyy",
        "weekday_full": "dddd d MMMM yyyy",
    }
    if locale.language() == QLocale.Language.Spanish:  # "30 de noviembre de 2026", as the core writes it
        patterns["full"] = "d 'de' MMMM 'de' yyyy"
        patterns["weekday_full"] = "dddd, d 'de' MMMM 'de' yyyy"
    if locale.name() == "en_US":
        patterns = {
            "day_month": "MMM d",
            "weekday_day_month": "ddd, MMM d",
            "long": "MMM d, yyyy",
            "full": "MMMM d, yyyy",
            "weekday_full": "dddd, MMMM d, yyyy",
        }

    def format_date(day: date, style: str) -> str:
        pattern = patterns.get(style, patterns["day_month"])
        return locale.toString(QDate(day.year, day.month, day.day), pattern).replace(".", "")

    return format_date


def _load(translator: QTranslator, path: Path) -> bool:
    return path.is_file() and translator.load(str(path))


def install(
    app: QCoreApplication,
    setting: str = messages.SYSTEM,
    *,
    system_locale: QLocale | None = None,
    directory: Path | None = None,
    qt_directory: Path | None = None,
) -> str:
    """Install the translators for ``setting``; returns the language shown ("en" on any problem)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _shown[0] = messages.ENGLISH
    language = chosen_language(setting, system_locale)
    locale = locale_for(language, setting, system_locale)
    QLocale.setDefault(locale)
    messages.set_date_formatter(date_formatter(locale))
    if language == messages.ENGLISH:
        return _english(app, directory)
    ours = QTranslator(app)
    path = (directory or qm_dir()) / f"{APP_CATALOGUE}_{language}.qm"
    if not _load(ours, path):
        what = "missing" if not path.is_file() else "damaged"
        print(
            f"recovery-journal: the {language} translation ({path.name}) is {what}; showing English.",
            file=sys.stderr,
        )
        return _english(app, directory)
    if messages.set_language(language) != language:
        print(f"recovery-journal: {messages.problem()}", file=sys.stderr)
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    qt_path = (
        qt_directory or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ) / f"qtbase_{language}.qm"
    if _load(qt, qt_path):  # Qt's own buttons (OK, Cancel, …); without it they stay English
        app.installTranslator(qt)
        _installed.append(qt)
    _shown[0] = language
    return language


def _english(app: QCoreApplication, directory: Path | None) -> str:
    """English words; its plural forms ("1 entry", "2 entries") from recovery_journal_en.qm when built."""
    messages.set_language(messages.ENGLISH)
    plurals = QTranslator(app)
    if _load(plurals, (directory or qm_dir()) / f"{APP_CATALOGUE}_en.qm"):
        app.installTranslator(plurals)
        _installed.append(plurals)
    return messages.ENGLISH


def install_for_device(app: QCoreApplication, data_dir: Path) -> str:
    """:func:`install` with the device setting ``appearance.language`` (readable while locked)."""
    setting = DeviceSettings.load(data_dir).get("appearance.language")
    return install(app, str(setting or messages.SYSTEM))
