"""Render the app icon's PNGs (16–512 px) from the one SVG, into resources/icons/hicolor/.

The PNGs are committed, so a checkout, the wheel and the bundle all carry them
without Qt at install time; `tests/test_packaging.py` re-renders them and fails when
the SVG changed and this script was not run. Run: .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.recoveryjournal.RecoveryJournal"
SOURCE = ROOT / "resources" / "icons" / "recovery-journal.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int):
    """The icon as a QImage of ``size`` × ``size`` pixels (transparent around it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a readable SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    scalable = HICOLOR / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable / f"{APP_ID}.svg")
    for size in SIZES:
        folder = HICOLOR / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(folder / f"{APP_ID}.png"), "PNG"):
            raise SystemExit(f"could not write the {size} px icon")
    print(f"icons written to {HICOLOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
