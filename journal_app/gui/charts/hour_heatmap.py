"""Urges by hour of day and weekday: a heat map with the count written in each cell."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ...core.charts_data import WEEKDAYS, ChartData, DateRange, HourWeekday
from .base import ChartPanel
from .cell_labels import CellLabels
from .table import cell
from .theme import HEAT_MAP


def hour_span(hour: int) -> str:
    return f"{hour:02d}:00–{hour:02d}:59"


class HourWeekdayChart(ChartPanel):
    title = "Urges by hour and weekday"
    description = (
        "How many urges were logged in each hour of each weekday, in local time. Each cell "
        "shows its count; lighter cells have more urges."
    )

    data_attrs = ("grid", "count_labels")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grid: HourWeekday | None = None
        self.image: pg.ImageItem | None = None
        self.count_labels: CellLabels | None = None
        vb = self.plot_item.getViewBox()
        vb.setMouseEnabled(x=False, y=False)
        vb.invertY(True)
        self.plot_item.getAxis("left").setTicks([[(i + 0.5, day[:3]) for i, day in enumerate(WEEKDAYS)]])
        self.plot_item.getAxis("bottom").setTicks(
            [[(h + 0.5, f"{h:02d}") for h in range(0, 24, 3)], [(h + 0.5, "") for h in range(24)]]
        )
        self.plot_item.setLabel("bottom", "Hour of the day (local time)")
        self.plot_item.showGrid(x=False, y=False)

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        grid = self.grid = data.hour_weekday(rng)
        self.count_labels = None
        self.plot_item.setXRange(0, 24, padding=0)
        self.plot_item.setYRange(0, 7, padding=0)
        if grid.total == 0:
            self.image = None
            self.summary.setText("No urges were logged in this range.")
            return
        top = int(grid.counts.max())
        cells = grid.counts.astype(float)
        cells[grid.counts == 0] = np.nan  # an hour with no urges stays background: calm, not dark
        self.image = pg.ImageItem(cells, axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get(HEAT_MAP))
        self.image.setLevels((0, max(top, 1)))
        self.image.setRect(0, 0, 24, 7)
        self.plot_item.addItem(self.image)
        dark_cells = grid.counts < top * 0.6  # dark cells get light text, light cells dark text
        self.count_labels = CellLabels(
            [
                (
                    hour + 0.5,
                    weekday + 0.5,
                    str(grid.counts[weekday, hour]),
                    "#FFFFFF" if dark_cells[weekday, hour] else "#000000",
                )
                for weekday, hour in zip(*np.nonzero(grid.counts), strict=True)
            ],
            self.theme.font(8),
            QRectF(0, 0, 24, 7),
        )
        self.plot_item.addItem(self.count_labels)
        weekday, hour = np.unravel_index(int(np.argmax(grid.counts)), grid.counts.shape)
        self.summary.setText(
            f"{grid.total} urge{'s' if grid.total != 1 else ''} logged. The most: {WEEKDAYS[weekday]}s "
            f"{hour_span(int(hour))} ({top})."
        )

    def _cell(self, x: float, y: float) -> tuple[int, int] | None:
        hour, weekday = int(np.floor(x)), int(np.floor(y))
        return (weekday, hour) if 0 <= hour < 24 and 0 <= weekday < 7 else None

    def describe_at(self, x: float, y: float) -> str | None:
        where = self._cell(x, y)
        if where is None or self.grid is None:
            return None
        count = int(self.grid.counts[where])
        text = f"{WEEKDAYS[where[0]]}, {hour_span(where[1])}: {count} urge{'s' if count != 1 else ''}"
        if count:
            text += f", mean intensity {cell(float(self.grid.mean_craving[where]))}"
        return text

    def table_data(self):
        headers = ["Weekday", "Hour", "Urges", "Mean intensity"]
        if self.grid is None:
            return headers, []
        return headers, [
            [WEEKDAYS[w], hour_span(h), int(self.grid.counts[w, h]), float(self.grid.mean_craving[w, h])]
            for w, h in zip(*np.nonzero(self.grid.counts), strict=True)
        ]
