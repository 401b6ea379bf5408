"""What the About dialog, `--version --verbose` readers and the bundle's notices say: versions and licences.

The one version number is ``journal_app.__version__``; everything else reads it
from there (the wheel's metadata through hatch, ``--version``, the About dialog,
exports' ``app_version``, the bundle's archive name, the metainfo's newest release
and CHANGELOG.md's newest heading — a test checks the last two).
"""

from __future__ import annotations

import dataclasses
import platform
import sqlite3
from importlib import metadata

from .. import APP_NAME, __version__


@dataclasses.dataclass(frozen=True, slots=True)
class Library:
    name: str  # the distribution's name on PyPI (or the C library's)
    licence: str  # SPDX expression
    lgpl: bool = False

    @property
    def version(self) -> str:
        if self.name == "Python":
            return platform.python_version()
        try:
            return metadata.version(self.name)
        except metadata.PackageNotFoundError:
            return ""


# Everything the wheel depends on and the bundle carries, with the licence it is used under.
# What the app uses each one for, the LGPL notice and how to relink are the About dialog's words
# (gui/dialogs/about_dialog.py), in the person's language.
LIBRARIES: tuple[Library, ...] = (
    Library("PySide6-Essentials", "LGPL-3.0-only", lgpl=True),  # Qt for Python: windows and widgets
    Library("shiboken6", "LGPL-3.0-only", lgpl=True),  # the binding layer PySide6 is built on
    Library("pyqtgraph", "MIT"),  # the charts
    Library("numpy", "BSD-3-Clause"),  # the charts' figures
    Library("sqlite-utils", "Apache-2.0"),  # the journal's schema and bulk work (loaded when first needed)
    Library("sqlcipher3", "Zlib"),  # the encrypted journal (SQLCipher, BSD-3-Clause, built in)
    Library("cryptography", "Apache-2.0 OR BSD-3-Clause"),  # passphrases, encrypted exports (OpenSSL)
    Library("platformdirs", "MIT"),  # where the journal is kept
    Library("click", "BSD-3-Clause"),  # used by sqlite-utils
    Library("click-default-group", "Apache-2.0"),  # used by sqlite-utils
    Library("sqlite-fts4", "Apache-2.0"),  # used by sqlite-utils
    Library("tabulate", "MIT"),  # used by sqlite-utils
    Library("python-dateutil", "Apache-2.0 OR BSD-3-Clause"),  # used by sqlite-utils
    Library("pluggy", "MIT"),  # used by sqlite-utils
    Library("tzdata", "Apache-2.0"),  # used by python-dateutil
    Library("cffi", "MIT-0"),  # used by cryptography
    Library("pycparser", "BSD-3-Clause"),  # used by cffi
    Library("Python", "PSF-2.0"),  # the interpreter (inside the bundle)
)


def runtime_versions() -> dict[str, str]:
    """The versions a fault report or the About dialog names (no Qt import: read from metadata)."""
    versions = {
        APP_NAME: __version__,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
    }
    for name in ("PySide6-Essentials", "sqlcipher3"):
        found = Library(name, "").version
        if found:
            versions[name] = found
    return versions


def libraries_with_versions() -> list[tuple[Library, str]]:
    """Each library with the version installed here ('' when it is not installed)."""
    return [(library, library.version) for library in LIBRARIES]
