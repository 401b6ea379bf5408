"""Sleep against mood and craving: one circle (mood) and one triangle (craving) per day."""

from __future__ import annotations

from datetime import date

import numpy as np

from ...core.charts_data import ChartData, DateRange, SleepPairs, day_from_number, sleep_pairs
from ...core.words import counted
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pairs: SleepPairs | None = None
        self.plot_item.setLabel("bottom", "Hours of sleep")
        self.plot_item.setLabel("left", "Mood 1–10 · craving 0–10")
        self.value_ticks(0, 10)

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        p = self.pairs = sleep_pairs(data.daily(rng))
        t = self.theme
        low = min(float(p.sleep.min()) if len(p.sleep) else 4.0, 4.0)
        high = max(float(p.sleep.max()) if len(p.sleep) else 10.0, 10.0)
        self.plot_item.setXRange(low - 0.5, high + 0.5, padding=0)
        self.plot_item.setYRange(0, 12.4, padding=0)
        self.guides(range(0, 11, 2))
        has_mood, has_craving = np.isfinite(p.mood), np.isfinite(p.craving)
        self.scatter(
            p.sleep[has_mood], p.mood[has_mood], MOOD_SYMBOL, t.mood, "Mood (circles)", size=8, alpha=140
        )
        self.scatter(
            p.sleep[has_craving],
            p.craving[has_craving],
            CRAVING_SYMBOL,
            t.craving,
            "Peak craving (triangles)",
            size=8,
            alpha=140,
        )
        self.add_key([("●", "mood", t.mood), ("▲", "peak craving", t.craving)])
        if not len(p.days):
            self.summary.setText("No sleep hours recorded in this range.")
            return
        bands = [b for b in p.mean_by_sleep() if b[1]]
        words = "; ".join(
            f"{label}: mood {cell(mood)}, craving {cell(craving)} ({counted(n, 'day')})"
            for label, n, mood, craving in bands
        )
        self.summary.setText(f"{counted(len(p.days), 'day')} with sleep recorded. Means by sleep — {words}.")

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
        return (
            f"{day_label(day_from_number(p.days[index]))}\nSlept {cell(float(p.sleep[index]))} h, "
            f"mood {cell(float(p.mood[index]))}, peak craving {cell(float(p.craving[index]))}"
            " — click to open"
        )

    def day_at(self, x: float, y: float) -> date | None:
        index, p = self._nearest(x, y), self.pairs
        return None if index is None or p is None else day_from_number(p.days[index])

    def table_data(self):
        headers = ["Hours of sleep", "Days", "Mean mood", "Mean peak craving"]
        if self.pairs is None:
            return headers, []
        return headers, [list(band) for band in self.pairs.mean_by_sleep()]
