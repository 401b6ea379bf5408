"""The charts' axes in the person's language: numbers as ``QLocale`` writes them, dates with its month names."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import QLocale


def tick_number(value: float, places: int) -> str:
    """One tick's number as ``QLocale`` writes it ("2,5" in Spanish), as pyqtgraph chooses its form:
    ``places`` decimals, or the shortest form for a very small or very large value."""
    locale = QLocale()
    if abs(value) < 0.001 or abs(value) >= 10000:
        return locale.toString(float(value), "g", 6)
    return locale.toString(float(value), "f", places)


class LocaleAxis(pg.AxisItem):
    """pyqtgraph's number axis with the locale's decimal separator and grouping (its own writes
    "2.5" in every language). Every chart's number axes are these; ticks a chart sets itself
    (``ChartPanel.value_ticks``) are written with ``table.cell``, the same way."""

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        places = max(0, math.ceil(-math.log10(spacing * scale)))
        return [tick_number(value * scale, places) for value in values]


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis with month and weekday names from ``QLocale`` (its own are C-locale English)."""

    def tickStrings(self, values, scale, spacing):
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None:
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        texts = []
        for value in values:
            try:
                moment = datetime.fromtimestamp(float(value), tz=UTC)
            except (OverflowError, ValueError, OSError):
                texts.append("")
                continue
            text = spec.format
            for code, word in (
                ("%b", locale.standaloneMonthName(moment.month, QLocale.FormatType.ShortFormat)),
                ("%a", locale.standaloneDayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)),
                ("%Y", str(moment.year)),
                ("%d", str(moment.day)),
                ("%H", f"{moment.hour:02d}"),
                ("%M", f"{moment.minute:02d}"),
                ("%S", f"{moment.second:02d}"),
                ("%f", f"{moment.microsecond // 1000:03d}"),
            ):
                text = text.replace(code, word)
            texts.append(text.replace(".", "") if "%b" in spec.format else text)
        return texts
