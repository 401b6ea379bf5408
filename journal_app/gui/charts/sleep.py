"""Sleep against mood and craving: one circle (mood) and one triangle (craving) per day."""

from __future__ import annotations

from datetime import date

import numpy as np

from ...core.charts_data import ChartData, DateRange, SleepPairs, day_from_number, sleep_pairs
from .base import ChartPanel
from .table import cell
from .theme import CRAVING_SYMBOL, MOOD_SYMBOL
from .timeline import day_label

PICK_HOURS = 0.3  # how near (in hours of sleep) a click must be to a day's point
PICK_VALUE = 0.6


class SleepChart(ChartPanel):
    title = "Sleep, mood and craving"
    description = (
        "Each day with a sleep figure: hours slept across, that day's mood (circles) and "
        "peak craving (triangles) up. The table gives the means for each band of sleep."
    )
    data_attrs = ("pairs",)

    def words(self) -> tuple[str, str]:
        return self.tr("Sleep, mood and craving"), self.tr(
            "Each day with a sleep figure: hours slept across, that day's mood (circles) and "
            "peak craving (triangles) up. The table gives the means for each band of sleep."
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pairs: SleepPairs | None = None
        self.plot_item.setLabel("bottom", self.tr("Hours of sleep"))
        self.plot_item.setLabel("left", self.tr("Mood 1–10 · craving 0–10"))
        self.value_ticks(0, 10)

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        p = self.pairs = sleep_pairs(data.daily(rng))
        t = self.theme
        low = min(float(p.sleep.min()) if len(p.sleep) else 4.0, 4.0)
        high = max(float(p.sleep.max()) if len(p.sleep) else 10.0, 10.0)
        self.plot_item.setXRange(low - 0.5, high + 0.5, padding=0)
        self.plot_item.setYRange(0, 10.6, padding=0)  # the key has a row of its own above the plot
        self.guides(range(0, 11, 2))
        has_mood, has_craving = np.isfinite(p.mood), np.isfinite(p.craving)
        self.scatter(
            p.sleep[has_mood],
            p.mood[has_mood],
            MOOD_SYMBOL,
            t.mood,
            self.tr("Mood (circles)"),
            size=8,
            alpha=140,
        )
        self.scatter(
            p.sleep[has_craving],
            p.craving[has_craving],
            CRAVING_SYMBOL,
            t.craving,
            self.tr("Peak craving (triangles)"),
            size=8,
            alpha=140,
        )
        self.add_key([("●", self.tr("mood"), t.mood), ("▲", self.tr("peak craving"), t.craving)])
        if not len(p.days):
            self.summary.setText(self.tr("No sleep hours recorded in this range."))
            return
        bands = [b for b in p.mean_by_sleep() if b[1]]
        words = "; ".join(
            self.tr("{band}: mood {mood}, craving {craving} (%Ln days)", "", n).format(
                band=label, mood=cell(mood), craving=cell(craving)
            )
            for label, n, mood, craving in bands
        )
        self.summary.setText(
            self.tr("%Ln days with sleep recorded. Means by sleep — {bands}.", "", len(p.days)).format(
                bands=words
            )
        )

    def _nearest(self, x: float, y: float) -> int | None:
        p = self.pairs
        if p is None or not len(p.days):
            return None
        near_x = np.abs(p.sleep - x) <= PICK_HOURS
        distance = np.fmin(np.abs(p.mood - y), np.abs(p.craving - y))
        distance = np.where(near_x & np.isfinite(distance), distance, np.inf)
        index = int(np.argmin(distance))
        return index if distance[index] <= PICK_VALUE else None

    def describe_at(self, x: float, y: float) -> str | None:
        index, p = self._nearest(x, y), self.pairs
        if index is None or p is None:
            return None
        details = self.tr("Slept {hours} h, mood {mood}, peak craving {craving} — click to open").format(
            hours=cell(float(p.sleep[index])),
            mood=cell(float(p.mood[index])),
            craving=cell(float(p.craving[index])),
        )
        return f"{day_label(day_from_number(p.days[index]))}\n{details}"

    def day_at(self, x: float, y: float) -> date | None:
        index, p = self._nearest(x, y), self.pairs
        return None if index is None or p is None else day_from_number(p.days[index])

    def table_data(self):
        headers = [
            self.tr("Hours of sleep"),
            self.tr("Days"),
            self.tr("Mean mood"),
            self.tr("Mean peak craving"),
        ]
        if self.pairs is None:
            return headers, []
        return headers, [list(band) for band in self.pairs.mean_by_sleep()]
