"""The app's interface icons: SVG files in ``resources/icons/ui`` (CC0, see LICENSE.md there),
tinted with the palette's text colour so they follow every theme and scale with the font."""

from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 20, 24, 32, 48, 64)  # QIcon picks the nearest; the nav asks for the font's size


def icons_dir() -> Path:
    """The icon folder: inside the installed package, else the checkout's ``resources/``."""
    packaged = Path(str(importlib.resources.files("journal_app"))) / "resources" / "icons" / "ui"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "resources" / "icons" / "ui"


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        path = icons_dir() / "view.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""  # a missing icon leaves the words, never stops the app


def icon(name: str, palette: QPalette) -> QIcon:
    """The icon called ``name`` drawn in ``palette``'s text colour (disabled: its disabled colour)."""
    result = QIcon()
    text = _svg(name)
    if not text:
        return result
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
        (QIcon.Mode.Selected, QPalette.ColorGroup.Active),
    ):
        role = (
            QPalette.ColorRole.HighlightedText
            if mode is QIcon.Mode.Selected
            else QPalette.ColorRole.WindowText
        )
        colour = palette.color(group, role)
        renderer = QSvgRenderer(QByteArray(_tinted(text, colour).encode("utf-8")))
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result


def _tinted(svg: str, colour: QColor) -> str:
    return svg.replace("#000000", colour.name())
