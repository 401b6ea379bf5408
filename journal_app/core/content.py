"""Reads the app's built-in content (the TOML files in ``seeds/``) at run time."""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import tomllib
from pathlib import Path
from typing import Any

from .errors import JournalError


def _shipped_dir(name: str) -> Path:
    """A folder shipped with the app: inside the installed package (wheel, bundle), else the checkout's."""
    packaged = Path(str(importlib.resources.files("journal_app"))) / name
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
