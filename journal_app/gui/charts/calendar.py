"""A year in pixels: each day's mood or peak craving as a cell, months as rows."""

from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from ...core.charts_data import CalendarGrid, ChartData, DateRange, calendar_grid
from ..widgets.keyboard import label_for
from .base import ChartPanel
from .table import cell
from .theme import HEAT_MAP
from .timeline import day_label

MEASURES = {"mood": ("Mood", 1, 10), "craving": ("Peak craving", 0, 10)}  # English names; see measure_name
ROWS_PER_YEAR = 13  # twelve months and a gap


def month_name(month: int) -> str:
    """January is 1; the locale's short name ("Jan", "ene")."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat).replace(".", "")


class CalendarChart(ChartPanel):
    title = "Year in pixels"
    description = (
        "Each small square is one day: rows are months, columns the days of the month. "
        "Lighter squares are higher values (see the scale); empty squares have no value."
    )
    data_attrs = ("grid", "grids")

    def words(self) -> tuple[str, str]:
        return self.tr("Year in pixels"), self.tr(
            "Each small square is one day: rows are months, columns the days of the month. "
            "Lighter squares are higher values (see the scale); empty squares have no value."
        )

    def measure_name(self, key: str) -> str:
        return {"mood": self.tr("Mood"), "craving": self.tr("Peak craving")}.get(key, key)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grid: CalendarGrid | None = None
        self.grids: dict[str, CalendarGrid] = {}  # every measure's days: hover and the table give them all
        self.image: pg.ImageItem | None = None
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Measure shown in the year in pixels"))
        for key in MEASURES:
            self.measure.addItem(self.measure_name(key), key)
        self.measure.currentIndexChanged.connect(self.redraw)
        self.add_header_widget(self.measure)
        self.add_header_widget(
            label_for(self.measure, self.tr("Colour the days by:"), self)
        )  # before the combo
        vb = self.plot_item.getViewBox()
        vb.setMouseEnabled(x=False, y=False)
        vb.invertY(True)
        self.plot_item.getAxis("bottom").setTicks([[(d - 0.5, str(d)) for d in (1, 5, 10, 15, 20, 25, 31)]])
        self.plot_item.setLabel("bottom", self.tr("Day of the month"))
        self.plot_item.showGrid(x=False, y=False)
        self.colour_bar = None

    def set_measure(self, key: str) -> None:
        self.measure.setCurrentIndex(self.measure.findData(key))

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        key = self.measure.currentData()
        _english, low, high = MEASURES[key]
        label = self.measure_name(key)
        series = data.daily(rng)
        self.grids = {measure: calendar_grid(series, measure) for measure in MEASURES}
        grid = self.grid = self.grids[key]
        if not np.isfinite(grid.values).any():
            self.image = None
            self.plot_item.getAxis("left").setTicks([[]])
            self.empty_note(self.nothing_recorded(key))
            return
        image = np.full((max(len(grid.years) * ROWS_PER_YEAR - 1, 1), 31), np.nan)
        for index in range(len(grid.years)):
            image[index * ROWS_PER_YEAR : index * ROWS_PER_YEAR + 12] = grid.values[index]
        self.image = pg.ImageItem(image, axisOrder="row-major")
        cmap = pg.colormap.get(HEAT_MAP)
        self.image.setColorMap(cmap)
        self.image.setLevels((low, high))
        self.image.setRect(0, 0, 31, image.shape[0])
        self.plot_item.addItem(self.image)
        if self.colour_bar is None:
            self.colour_bar = pg.ColorBarItem(values=(low, high), colorMap=cmap, interactive=False, width=14)
            self.colour_bar.setImageItem(self.image, insert_in=self.plot_item)
        else:
            self.colour_bar.setLevels((low, high))
            self.colour_bar.setImageItem(self.image)
        self.colour_bar.axis.setLabel(label)
        self.colour_bar.axis.setTextPen(self.theme.pen(self.theme.foreground, 1))
        self.colour_bar.axis.setStyle(tickFont=self.theme.font(9))
        first, last = self.rows_in_range(rng)  # only the months the range covers, not whole years
        ticks = []
        for index, year in enumerate(grid.years):
            base = index * ROWS_PER_YEAR
            for m in range(12):
                row = base + m
                if not first <= row < last:
                    continue
                if row == first or m == 0:
                    ticks.append((row + 0.5, f"{year} {month_name(m + 1)}"))
                elif len(grid.years) <= 2:
                    ticks.append((row + 0.5, month_name(m + 1)))
        left = self.plot_item.getAxis("left")
        left.setTicks([ticks])
        self.month_labels = [text for _row, text in ticks]  # what the rows are called, for tests too
        left.setWidth(int(80 * self.theme.scale))
        self.plot_item.setXRange(0, 31, padding=0)
        self.plot_item.setYRange(first, last, padding=0.02)
        values = grid.values[np.isfinite(grid.values)]
        days = int(grid.exists.sum())
        if len(values):
            self.summary.setText(
                self.tr(
                    "{measure} on {count} of %Ln days; mean {mean}, from {low} to {high}.", "", days
                ).format(
                    measure=label,
                    count=cell(len(values)),
                    mean=cell(float(values.mean())),
                    low=cell(float(values.min())),
                    high=cell(float(values.max())),
                )
            )
        else:
            self.summary.setText(self.nothing_recorded(key))

    def nothing_recorded(self, key: str) -> str:
        if key == "mood":
            return self.tr("No mood recorded in this range.")
        return self.tr("No peak craving recorded in this range.")

    def rows_in_range(self, rng: DateRange) -> tuple[int, int]:
        """The image rows (first, one past the last) of the months from ``rng.start`` to ``rng.end``."""
        years = self.grid.years if self.grid is not None else []
        if not years:
            return 0, 1

        def row(day: date) -> int:
            year_index = years.index(day.year) if day.year in years else 0
            return year_index * ROWS_PER_YEAR + day.month - 1

        return row(rng.start), row(rng.end) + 1

    def redraw(self) -> None:
        if self.range is not None and self.data is not None:
            self.show_data(self.data, self.range)

    def day_under(self, x: float, y: float) -> date | None:
        if self.grid is None:
            return None
        row, column = int(np.floor(y)), int(np.floor(x))
        year_index, month = divmod(row, ROWS_PER_YEAR)
        if not (0 <= column < 31 and month < 12 and 0 <= year_index < len(self.grid.years)):
            return None
        if not self.grid.exists[year_index, month, column]:
            return None
        return date(self.grid.years[year_index], month + 1, column + 1)

    def describe_at(self, x: float, y: float) -> str | None:
        """The day and each of its values in words (colour never says it alone); the shown one first."""
        day, grid = self.day_under(x, y), self.grid
        if day is None or grid is None:
            return None
        shown = [grid.measure] + [key for key in MEASURES if key != grid.measure]
        said = [self._value_words(key, day) for key in shown if key in self.grids]
        return self.tr("{day}: {values}").format(day=day_label(day), values=", ".join(said))

    def _value_words(self, key: str, day: date) -> str:
        grid = self.grids[key]
        value = grid.values[grid.years.index(day.year), day.month - 1, day.day - 1]
        label = self.measure_name(key).lower()
        if np.isfinite(value):
            return self.tr("{measure} {value}").format(measure=label, value=cell(float(value)))
        return self.tr("no {measure} recorded").format(measure=label)

    def day_at(self, x: float, y: float) -> date | None:
        day, grid = self.day_under(x, y), self.grid
        if day is None or grid is None:
            return None
        value = grid.values[grid.years.index(day.year), day.month - 1, day.day - 1]
        return day if np.isfinite(value) else None

    def table_data(self):
        """Every day with a value, and all its values: what the colours stand for, in numbers."""
        headers = [self.tr("Day")] + [self.measure_name(key) for key in MEASURES]
        if not self.grids:
            return headers, []
        stacked = np.stack([self.grids[key].values for key in MEASURES])
        years = next(iter(self.grids.values())).years
        year, month, mday = np.nonzero(np.isfinite(stacked).any(axis=0))
        return headers, [
            [date(years[y], m + 1, d + 1).isoformat(), *(float(v) for v in stacked[:, y, m, d])]
            for y, m, d in zip(year, month, mday, strict=True)
        ]
