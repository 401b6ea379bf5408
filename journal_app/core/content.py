"""Reads the app's built-in content (the TOML files in ``seeds/``) at run time."""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from pathlib import Path
from typing import Any

from .errors import JournalError


def _shipped_dir(name: str) -> Path:
    """A folder shipped with the app: inside the installed package (wheel, bundle), else the checkout's."""
    # the package's own folder, as importlib.resources.files("journal_app") gives it for an installed
    # package or a bundle, without importing importlib.resources (a short command's start-up)
    packaged = Path(__file__).resolve().parents[1] / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise JournalError(f"The app's built-in {name} are missing; please reinstall it.")


def seeds_dir() -> Path:
    """The folder of built-in content: inside the installed package, else the checkout's ``seeds/``."""
    return _shipped_dir("seeds")


def resources_dir() -> Path:
    """The folder of icons and other resources: inside the installed package, else ``resources/``."""
    return _shipped_dir("resources")


def load_toml(name: str) -> dict[str, Any]:
    path = seeds_dir() / name
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise JournalError(f"The built-in content file {name} could not be read: {exc}") from exc


# Fields a translation may not change: what identifies an item and where it comes from.
FIXED_FIELDS = frozenset({"key", "sources", "number", "country", "strategies", "category", "family"})


def _match_key(item: dict[str, Any]) -> object:
    return item.get("key") or (item.get("country"), item.get("number"))


def load_toml_in(name: str, language: str) -> dict[str, Any]:
    """``seeds/<name>`` with the words of ``seeds/<language>/<name>`` laid over it, item by item.

    Items are matched by ``key`` (crisis lines by country and number); only their words
    change, never their keys, sources or numbers. Anything the translation lacks, a
    missing or unreadable translation file included, stays English.
    """
    english = load_toml(name)
    path = seeds_dir() / language / name
    if language == "en" or not path.is_file():
        return english
    try:
        with path.open("rb") as handle:
            translated = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return english
    merged: dict[str, Any] = {}
    for table, items in english.items():
        if not isinstance(items, list):
            merged[table] = items
            continue
        words = {_match_key(item): item for item in translated.get(table, []) if isinstance(item, dict)}
        merged[table] = [
            {
                **item,
                **{
                    k: v
                    for k, v in words.get(_match_key(item), {}).items()
                    if k not in FIXED_FIELDS and k in item
                },
            }
            for item in items
        ]
    return merged


@dataclasses.dataclass(frozen=True, slots=True)
class CatalogueItem:
    key: str
    name: str
    category: str
    sources: tuple[str, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class Catalogue:
    triggers: list[CatalogueItem]
    coping: list[CatalogueItem]


def _items(raw: list[dict[str, Any]]) -> list[CatalogueItem]:
    return [
        CatalogueItem(item["key"], item["name"], item.get("category", ""), tuple(item.get("sources", ())))
        for item in raw
    ]


@functools.cache
def load_catalogue() -> Catalogue:
    raw = load_toml("catalogue.toml")
    return Catalogue(triggers=_items(raw.get("trigger", [])), coping=_items(raw.get("coping", [])))


@functools.cache
def load_sources() -> dict[str, dict[str, Any]]:
    return load_toml("sources.toml")
