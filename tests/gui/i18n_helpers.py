"""Compiled Qt catalogues for tests, made from the committed .ts as `make qm` makes them."""

import functools
import subprocess
import sys
import tempfile
from pathlib import Path

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@functools.cache
def built_qm() -> Path:
    """A folder with every .qm (built once per test process)."""
    folder = Path(tempfile.mkdtemp(prefix="rj-qm-"))
    for ts in I18N.glob("*.ts"):
        subprocess.run(
            [
                Path(sys.executable).parent / "pyside6-lrelease",
                "-silent",
                ts,
                "-qm",
                folder / f"{ts.stem}.qm",
            ],
            check=True,
        )
    return folder
