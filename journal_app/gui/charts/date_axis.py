"""The time charts' date axis, in the person's language."""

from __future__ import annotations

from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import QLocale


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
