"""The core's sentences in the person's language: one message layer with real plural forms.

Every user-visible sentence the core or the command line writes goes through
:func:`_` (a sentence), :func:`n_` (a sentence that depends on a number: "1 day",
"2 days") or :func:`p_` (a short word that needs a context, e.g. a month's
abbreviation). Placeholders are ``str.format`` names (``{days}``), filled in *after*
translation, so a translator can move them: never build a sentence by adding strings.

The catalogues are GNU gettext ``.po`` files in ``resources/i18n/core/<lang>.po``,
read directly by the standard library's :mod:`gettext` machinery (the plural rule
comes from each file's ``Plural-Forms`` header), so there is no compile step and
no tool beyond Python. ``make translations`` refreshes them from the code
(``packaging/tools/extract_core.py``). See docs/translating.md.

The language is chosen once at start-up (:func:`set_language`) from the device
setting ``appearance.language``; ``"system"`` follows the system locale
(:func:`system_language`). A language without a catalogue, or a damaged one,
falls back to English (the source text) — see :attr:`problem`.
"""

from __future__ import annotations

import ast
import functools
import gettext
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import IO, Any

from .languages import ENGLISH as ENGLISH  # re-exported: the message layer's own names too
from .languages import LANGUAGES as LANGUAGES
from .languages import SYSTEM as SYSTEM

_state: dict[str, Any] = {"lang": ENGLISH, "catalogue": gettext.NullTranslations(), "problem": ""}
_date_formatter: dict[str, Callable[[date, str], str] | None] = {"fn": None}


def catalogue_dir() -> Path:
    from .content import resources_dir

    return resources_dir() / "i18n" / "core"


class PoTranslations(gettext.GNUTranslations):
    """A gettext catalogue read straight from a ``.po`` file (no ``.mo`` needed).

    Empty and ``#, fuzzy`` entries are skipped, so an untranslated sentence stays English.
    """

    def _parse(self, fp: IO[bytes]) -> None:  # type: ignore[override]
        self._catalog: dict[Any, str] = {}
        self.plural: Callable[[int], int] = lambda n: int(n != 1)
        self._info: dict[str, str] = {}
        self._charset = "utf-8"
        for entry in parse_po(fp.read().decode("utf-8")):
            if entry.get("fuzzy") or "msgid" not in entry:
                continue
            msgid = entry["msgid"]
            if msgid == "":
                self._read_header(entry.get("msgstr", ""))
                continue
            key = f"{entry['msgctxt']}\x04{msgid}" if "msgctxt" in entry else msgid
            if "msgid_plural" in entry:
                forms = entry.get("msgstr_plural", {})
                if forms and all(forms.values()):
                    for index, text in forms.items():
                        self._catalog[(key, index)] = text
            elif entry.get("msgstr"):
                self._catalog[key] = entry["msgstr"]

    def _read_header(self, header: str) -> None:
        for line in header.splitlines():
            name, _sep, value = line.partition(":")
            self._info[name.strip().lower()] = value.strip()
        rule = self._info.get("plural-forms", "")
        if "plural=" in rule:
            expression = rule.split("plural=", 1)[1].rstrip(";").strip()
            self.plural = gettext.c2py(expression)


def _unquote(text: str) -> str:
    text = text.strip()
    inner = text[1:-1]
    if len(text) >= 2 and text[0] == text[-1] == '"' and "\\" not in inner and '"' not in inner:
        return inner  # most lines: no escapes, so no literal to compile (every CLI command reads the .po)
    value = ast.literal_eval(text)
    if not isinstance(value, str):
        raise ValueError(f"not a string: {text!r}")
    return value


def parse_po(text: str) -> list[dict[str, Any]]:
    """The entries of a ``.po`` file: msgctxt, msgid, msgid_plural, msgstr / msgstr_plural, fuzzy, comments."""
    entries: list[dict[str, Any]] = []
    entry: dict[str, Any] = {}
    field: tuple[str, int | None] | None = None

    def finish() -> None:
        nonlocal entry, field
        if "msgid" in entry:
            entries.append(entry)
        entry, field = {}, None

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#"):
            if "msgid" in entry:
                finish()
            if line.startswith("#,") and "fuzzy" in line:
                entry["fuzzy"] = True
            elif line.startswith(("#.", "#:")):
                entry.setdefault("comments", []).append(line[2:].strip())
            continue
        if line.startswith('"'):
            if field is None:
                raise ValueError(f"a continued string without a field: {raw!r}")
            name, index = field
            if index is None:
                entry[name] += _unquote(line)
            else:
                entry[name][index] += _unquote(line)
            continue
        keyword, _sep, rest = line.partition(" ")
        if keyword.startswith("msgstr["):
            index = int(keyword[7:-1])
            entry.setdefault("msgstr_plural", {})[index] = _unquote(rest)
            field = ("msgstr_plural", index)
        elif keyword in ("msgctxt", "msgid", "msgid_plural", "msgstr"):
            if keyword in ("msgctxt", "msgid") and "msgid" in entry:
                finish()
            entry[keyword] = _unquote(rest)
            field = (keyword, None)
        else:
            raise ValueError(f"not a .po line: {raw!r}")
    finish()
    return entries


def system_language(environ: dict[str, str] | None = None) -> str:
    """The system's language code ("es" for es_MX.UTF-8) from the usual variables; "en" when unset."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            first = value.split(":")[0]
            code = first.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            if code in ("c", "posix", ""):
                return ENGLISH
            return code
    return ENGLISH


def resolve_language(setting: str | None, system: str | None = None) -> str:
    """The language to show: the setting, or the system's for "system"; "en" if none is available."""
    wanted = (setting or SYSTEM).strip().lower()
    if wanted == SYSTEM:
        wanted = (system or system_language()).split("_")[0].split("-")[0].lower()
    return wanted if wanted in LANGUAGES else ENGLISH


def set_language(code: str, directory: Path | None = None) -> str:
    """Use ``code``'s catalogue from now on; returns the language in use ("en" when it could not be read)."""
    _state.update(lang=ENGLISH, catalogue=gettext.NullTranslations(), problem="")
    if code == ENGLISH or code not in LANGUAGES:
        return ENGLISH
    path = (directory or catalogue_dir()) / f"{code}.po"
    try:
        with path.open("rb") as handle:
            catalogue = PoTranslations(handle)
    except OSError as exc:
        _state["problem"] = f"The {code} translation could not be read ({exc.strerror}); English is used."
        return ENGLISH
    except (ValueError, SyntaxError, UnicodeDecodeError):
        _state["problem"] = f"The {code} translation is damaged; English is used."
        return ENGLISH
    _state.update(lang=code, catalogue=catalogue)
    return code


def language() -> str:
    """The language in use now ("en", "es")."""
    return str(_state["lang"])


def problem() -> str:
    """Why the chosen language could not be used ("" when it is in use)."""
    return str(_state["problem"])


def _(message: str) -> str:
    """``message`` in the language in use (English when untranslated)."""
    return str(_state["catalogue"].gettext(message))


@functools.cache
def _catalogue_of(code: str) -> gettext.NullTranslations:
    """``code``'s catalogue, read once (English's own words when it cannot be read)."""
    try:
        with (catalogue_dir() / f"{code}.po").open("rb") as handle:
            return PoTranslations(handle)
    except (OSError, ValueError, SyntaxError, UnicodeDecodeError):
        return gettext.NullTranslations()


@functools.cache
def in_every_language(message: str) -> frozenset[str]:
    """``message`` as every catalogue says it (English included): for recognising words that were
    saved while another language was shown (a heading, the plan's "After a lapse")."""
    return frozenset(
        [message, *(str(_catalogue_of(code).gettext(message)) for code in LANGUAGES if code != ENGLISH)]
    )


def n_(singular: str, plural: str, n: int) -> str:
    """The form of a sentence that fits ``n`` in the language in use; format ``{n}`` afterwards."""
    return str(_state["catalogue"].ngettext(singular, plural, n))


def N_(message: str) -> str:
    """Mark a text written where it cannot be translated yet (a module-level table) for the
    catalogue; it is returned unchanged, and translated where it is shown with ``_(text)``."""
    return message


def p_(context: str, message: str) -> str:
    """A short text that needs a context to translate (e.g. "May" as a month)."""
    return str(_state["catalogue"].pgettext(context, message))


def join_and(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c" in the language in use."""
    if not items:
        return ""
    text = items[-1]
    if len(items) > 1:
        text = _("{first} and {last}").format(first=items[-2], last=text)
    for item in reversed(items[:-2]):
        text = _("{item}, {rest}").format(item=item, rest=text)
    return text


# --- dates -----------------------------------------------------------------------------------


def month_abbr(month: int) -> str:
    names = (
        p_("month", "Jan"),
        p_("month", "Feb"),
        p_("month", "Mar"),
        p_("month", "Apr"),
        p_("month", "May"),
        p_("month", "Jun"),
        p_("month", "Jul"),
        p_("month", "Aug"),
        p_("month", "Sep"),
        p_("month", "Oct"),
        p_("month", "Nov"),
        p_("month", "Dec"),
    )
    return names[month - 1]


def weekday_abbr(weekday: int) -> str:
    names = (
        p_("weekday", "Mon"),
        p_("weekday", "Tue"),
        p_("weekday", "Wed"),
        p_("weekday", "Thu"),
        p_("weekday", "Fri"),
        p_("weekday", "Sat"),
        p_("weekday", "Sun"),
    )
    return names[weekday]


def month_name(month: int) -> str:
    names = (
        p_("month name", "January"),
        p_("month name", "February"),
        p_("month name", "March"),
        p_("month name", "April"),
        p_("month name", "May"),
        p_("month name", "June"),
        p_("month name", "July"),
        p_("month name", "August"),
        p_("month name", "September"),
        p_("month name", "October"),
        p_("month name", "November"),
        p_("month name", "December"),
    )
    return names[month - 1]


def weekday_name(weekday: int) -> str:
    names = (
        p_("weekday name", "Monday"),
        p_("weekday name", "Tuesday"),
        p_("weekday name", "Wednesday"),
        p_("weekday name", "Thursday"),
        p_("weekday name", "Friday"),
        p_("weekday name", "Saturday"),
        p_("weekday name", "Sunday"),
    )
    return names[weekday]


def set_date_formatter(formatter: Callable[[date, str], str] | None) -> None:
    """Let the GUI format the core's dates (with ``QLocale``); ``None`` goes back to the built-in way.

    ``formatter(day, style)`` gets a style of :func:`format_date`.
    """
    _date_formatter["fn"] = formatter


def format_date(day: date, style: str = "day_month") -> str:
    """The one way the core writes a date in a sentence.

    Styles: ``"day_month"`` (3 Mar), ``"weekday_day_month"`` (Mon 3 Mar), ``"long"`` (3 Mar 2026),
    ``"full"`` (3 March 2026; reports), ``"weekday_full"`` (Tuesday 3 March 2026; report headings).
    """
    formatter = _date_formatter["fn"]
    if formatter is not None:
        return formatter(day, style)
    if style == "full":
        return p_("full date", "{day} {month} {year}").format(
            day=day.day, month=month_name(day.month), year=day.year
        )
    if style == "weekday_full":
        return p_("full date with weekday", "{weekday} {day} {month} {year}").format(
            weekday=weekday_name(day.weekday()), day=day.day, month=month_name(day.month), year=day.year
        )
    if style == "weekday_day_month":
        return _("{weekday} {day} {month}").format(
            weekday=weekday_abbr(day.weekday()), day=day.day, month=month_abbr(day.month)
        )
    if style == "long":
        return _("{day} {month} {year}").format(day=day.day, month=month_abbr(day.month), year=day.year)
    return _("{day} {month}").format(day=day.day, month=month_abbr(day.month))


def format_number(value: float, decimals: int = 1) -> str:
    """A number with at most ``decimals`` decimals, trailing zeros dropped, thousands grouped,
    in the language's style ("1,234.5"; "1.234,5" in Spanish)."""
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:,.0f}"
    point, group = p_("decimal separator", "."), p_("thousands separator", ",")
    return "".join(point if c == "." else group if c == "," else c for c in text)
