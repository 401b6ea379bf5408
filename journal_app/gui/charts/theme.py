"""Colours, markers and type sizes shared by every chart.

Colours come from the Okabe–Ito palette, which people with the common kinds
of colour blindness can tell apart; every series also has its own marker and
line style, and every chart says its numbers in words, so colour is never
the only way to read it. Heat maps use "cividis", whose lightness rises
steadily, so they read in greyscale too.
"""

from __future__ import annotations

import dataclasses

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ..theme import is_dark

# Okabe & Ito (2008), "Color Universal Design"
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

# markers (pyqtgraph symbol names) and line styles: a second channel beside colour
MOOD_SYMBOL = "o"  # circle
CRAVING_SYMBOL = "t1"  # triangle pointing up
USE_SYMBOL = "x"
HEAT_MAP = "cividis"
# The app text size the chart sizes below are given for: a summary sentence (10) is as large as
# the app's own text, tick labels and keys (9) a step smaller, a heading (13) a step larger.
# At another app text size every chart word grows or shrinks with it (``ChartTheme.text``).
REFERENCE_POINTS = 10.0


@dataclasses.dataclass(frozen=True, slots=True)
class ChartTheme:
    name: str
    background: str
    foreground: str
    grid_alpha: float
    mood: str
    craving: str
    use: str
    life_event: str
    session: str
    bar: str
    bar_second: str
    streak: str
    scale: float = 1.0  # 1.0 on the dashboard, larger in session mode (lines, markers and words)
    text: float = 1.0  # the app's text size over REFERENCE_POINTS (words only)

    def pen(self, colour: str, width: float = 2.0, style=Qt.PenStyle.SolidLine):
        return pg.mkPen(colour, width=width * self.scale, style=style)

    def brush(self, colour: str, alpha: int = 255):
        c = QColor(colour)
        c.setAlpha(alpha)
        return pg.mkBrush(c)

    def font(self, points: float = 10, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points * self.scale * self.text)
        font.setBold(bold)
        return font

    def scaled(self, scale: float) -> ChartTheme:
        return dataclasses.replace(self, scale=scale)

    def for_text(self, app_points: float) -> ChartTheme:
        """The theme with its words sized for an app whose text is ``app_points`` points."""
        points = app_points if app_points > 0 else REFERENCE_POINTS  # -1: a font sized in pixels
        return dataclasses.replace(self, text=points / REFERENCE_POINTS)


LIGHT = ChartTheme(
    name="light",
    background="#FFFFFF",
    foreground="#1A1A1A",
    grid_alpha=0.25,
    mood=OKABE_ITO["blue"],
    craving=OKABE_ITO["vermillion"],
    use=OKABE_ITO["reddish_purple"],
    life_event=OKABE_ITO["bluish_green"],
    session="#1A1A1A",
    bar=OKABE_ITO["blue"],
    bar_second=OKABE_ITO["bluish_green"],
    streak=OKABE_ITO["bluish_green"],
)
DARK = ChartTheme(
    name="dark",
    background="#1E1E1E",
    foreground="#E8E8E8",
    grid_alpha=0.3,
    mood=OKABE_ITO["sky_blue"],
    craving=OKABE_ITO["orange"],
    use=OKABE_ITO["reddish_purple"],
    life_event=OKABE_ITO["bluish_green"],
    session="#E8E8E8",
    bar=OKABE_ITO["sky_blue"],
    bar_second=OKABE_ITO["bluish_green"],
    streak=OKABE_ITO["bluish_green"],
)


def theme_for(palette: QPalette, points: float | None = None) -> ChartTheme:
    """The chart theme that matches the app's palette (dark window: dark charts) and its text size
    (``points``: the app's font size, by default the application's own), so chart words grow with
    the app's text (Settings ▸ Text size)."""
    base = DARK if is_dark(palette) else LIGHT
    return base.for_text(points or QGuiApplication.font().pointSizeF())


def heat_lookup(levels: int = 256):
    """The heat-map lookup table (cividis: dark blue for low, yellow for high)."""
    return pg.colormap.get(HEAT_MAP).getLookupTable(0.0, 1.0, levels)
