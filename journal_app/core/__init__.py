"""Recovery Journal's core: storage, content and insights, with no Qt at all."""

import sys  # (no `from __future__ import annotations` here: it would hide the annotations module)


def _import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils without its optional numpy and pandas support.

    sqlite-utils imports both, when installed, only to map their number types to
    column types for its ``insert`` API, which the app never uses (every write is
    our own SQL). That import is most of a short command's start-up (about 60 ms
    of ``recovery-journal today``); numpy still loads normally where the charts
    and insights need it.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()
