"""What the time charts share: days on a date axis, the range's full width,
and life events and therapy sessions as labelled vertical lines.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from ...core.charts_data import ChartData, DateRange, Marker, day_from_number
from .base import DAY, ChartPanel
from .range_bar import date_text

MARKER_LABEL_SPOTS = (0.74, 0.64, 0.54)  # label heights, in turn, so neighbours do not overlap


def day_label(day: date) -> str:
    """The weekday and the day, in the language shown ("Mon May 5, 2025", "lun 5 may 2025")."""
    weekday = QLocale().standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat).replace(".", "")
    return f"{weekday} {date_text(day)}"


class TimeChart(ChartPanel):
    time_axis = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.markers: list[Marker] = []
        self.marker_lines: list[pg.InfiniteLine] = []
        self.plot_item.getViewBox().setMouseEnabled(x=True, y=False)  # zoom in time only

    def set_time_range(self, rng: DateRange) -> None:
        """Show the whole range (even days with nothing recorded): honest about gaps."""
        self.plot_item.setXRange((rng.first_number - 0.5) * DAY, (rng.last_number + 0.5) * DAY, padding=0)

    def draw_markers(self, data: ChartData, rng: DateRange) -> None:
        self.markers = data.markers(rng)
        self.marker_lines = []
        for index, marker in enumerate(self.markers):
            session = marker.kind == "session"
            colour = self.theme.session if session else self.theme.life_event
            style = Qt.PenStyle.DotLine if session else Qt.PenStyle.DashLine
            line = pg.InfiniteLine(
                pos=marker.day * DAY,
                angle=90,
                pen=self.theme.pen(colour, 1.5, style),
                label=QCoreApplication.translate("TimeChart", "Session") if session else marker.label,
                labelOpts={
                    "position": MARKER_LABEL_SPOTS[index % len(MARKER_LABEL_SPOTS)],
                    "color": colour,
                    "fill": self.theme.brush(self.theme.background, 200),
                    "anchors": [(0, 0.5), (0, 0.5)],
                },
            )
            line.label.setFont(self.theme.font(9))
            line.setZValue(-5)
            self.plot_item.addItem(line)
            self.marker_lines.append(line)

    def markers_on(self, number: int) -> list[str]:
        return [
            (
                QCoreApplication.translate("TimeChart", "Session")
                if m.kind == "session"
                else QCoreApplication.translate("TimeChart", "Life event: {label}").format(label=m.label)
            )
            for m in self.markers
            if m.day == number
        ]

    @staticmethod
    def index_of(days: np.ndarray, x: float) -> int | None:
        """The index of the day under ``x`` (seconds), or None outside the range."""
        if not len(days):
            return None
        index = round(x / DAY) - int(days[0])
        return index if 0 <= index < len(days) else None

    @staticmethod
    def day_of(days: np.ndarray, index: int) -> date:
        return day_from_number(days[index])
