"""Urges by hour of day and weekday: a heat map with the count written in each cell."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QRectF

from ...core.charts_data import ChartData, DateRange, HourWeekday
from .base import ChartPanel
from .cell_labels import CellLabels
from .table import cell
from .theme import HEAT_MAP


def hour_span(hour: int) -> str:
    return f"{hour:02d}:00–{hour:02d}:59"


def weekday_order(locale: QLocale | None = None) -> list[int]:
    """The weekdays (0 is Monday, as the core counts them) from the locale's first day of the week."""
    first = (locale or QLocale()).firstDayOfWeek().value - 1  # Qt: Monday is 1
    return [(first + row) % 7 for row in range(7)]


def weekday_name(weekday: int, short: bool = False) -> str:
    """0 is Monday; the locale's name ("Monday", "lunes")."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneDayName(weekday + 1, form).replace(".", "")


class HourWeekdayChart(ChartPanel):
    title = "Urges by hour and weekday"
    description = (
        "How many urges were logged in each hour of each weekday, in local time. Each cell "
        "shows its count; lighter cells have more urges."
    )

    data_attrs = ("grid", "count_labels")

    def words(self) -> tuple[str, str]:
        return self.tr("Urges by hour and weekday"), self.tr(
            "How many urges were logged in each hour of each weekday, in local time. Each cell "
            "shows its count; lighter cells have more urges."
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grid: HourWeekday | None = None
        self.image: pg.ImageItem | None = None
        self.count_labels: CellLabels | None = None
        self.order = weekday_order()  # row r shows weekday order[r]: the week starts as the locale's does
        vb = self.plot_item.getViewBox()
        vb.setMouseEnabled(x=False, y=False)
        vb.invertY(True)
        self.plot_item.getAxis("left").setTicks(
            [[(row + 0.5, weekday_name(day, short=True)) for row, day in enumerate(self.order)]]
        )
        self.plot_item.getAxis("bottom").setTicks(
            [[(h + 0.5, f"{h:02d}") for h in range(0, 24, 3)], [(h + 0.5, "") for h in range(24)]]
        )
        self.plot_item.setLabel("bottom", self.tr("Hour of the day (local time)"))
        self.plot_item.showGrid(x=False, y=False)

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        grid = self.grid = data.hour_weekday(rng)
        self.count_labels = None
        self.plot_item.setXRange(0, 24, padding=0)
        self.plot_item.setYRange(0, 7, padding=0)
        if grid.total == 0:
            self.image = None
            self.summary.setText(self.tr("No urges were logged in this range."))
            return
        counts = grid.counts[self.order]  # rows in the locale's week order
        top = int(grid.counts.max())
        cells = counts.astype(float)
        cells[counts == 0] = np.nan  # an hour with no urges stays background: calm, not dark
        self.image = pg.ImageItem(cells, axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get(HEAT_MAP))
        self.image.setLevels((0, max(top, 1)))
        self.image.setRect(0, 0, 24, 7)
        self.plot_item.addItem(self.image)
        dark_cells = counts < top * 0.6  # dark cells get light text, light cells dark text
        self.count_labels = CellLabels(
            [
                (
                    hour + 0.5,
                    row + 0.5,
                    str(counts[row, hour]),
                    "#FFFFFF" if dark_cells[row, hour] else "#000000",
                )
                for row, hour in zip(*np.nonzero(counts), strict=True)
            ],
            self.theme.font(8),
            QRectF(0, 0, 24, 7),
        )
        self.plot_item.addItem(self.count_labels)
        weekday, hour = np.unravel_index(int(np.argmax(grid.counts)), grid.counts.shape)
        self.summary.setText(
            self.tr("%Ln urges logged.", "", int(grid.total))
            + " "
            + self.tr("The most: {weekday}, {hours} ({count}).").format(
                weekday=weekday_name(int(weekday)), hours=hour_span(int(hour)), count=cell(top)
            )
        )

    def _cell(self, x: float, y: float) -> tuple[int, int] | None:
        hour, row = int(np.floor(x)), int(np.floor(y))
        return (self.order[row], hour) if 0 <= hour < 24 and 0 <= row < 7 else None

    def describe_at(self, x: float, y: float) -> str | None:
        where = self._cell(x, y)
        if where is None or self.grid is None:
            return None
        count = int(self.grid.counts[where])
        when = f"{weekday_name(where[0])}, {hour_span(where[1])}"
        if count:
            return self.tr("{when}: %Ln urges, mean intensity {intensity}", "", count).format(
                when=when, intensity=cell(float(self.grid.mean_craving[where]))
            )
        return self.tr("{when}: %Ln urges", "", count).format(when=when)

    def table_data(self):
        headers = [self.tr("Weekday"), self.tr("Hour"), self.tr("Urges"), self.tr("Mean intensity")]
        if self.grid is None:
            return headers, []
        return headers, [
            [weekday_name(w), hour_span(h), int(self.grid.counts[w, h]), float(self.grid.mean_craving[w, h])]
            for w, h in zip(*np.nonzero(self.grid.counts), strict=True)
        ]
