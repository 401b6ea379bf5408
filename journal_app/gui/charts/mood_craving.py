"""Mood and craving over time: each day's value, the 7-day mean, use days,
life events and sessions."""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import Qt

from ...core.charts_data import ChartData, DailySeries, DateRange
from .table import cell
from .theme import CRAVING_SYMBOL, MOOD_SYMBOL, USE_SYMBOL
from .timeline import DAY, TimeChart, day_label

USE_ROW = 10.6  # use days are marked just above the 0–10 scale
TOP = 13.2  # the band above that holds the legend


def _mean(values: np.ndarray) -> float | None:
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if len(finite) else None


class MoodCravingChart(TimeChart):
    title = "Mood and craving over time"
    description = (
        "Each day's mean mood (circles, 1 to 10, 10 is best) and peak craving (triangles, 0 to 10, "
        "0 is none), with their 7-day means as lines (mood solid, craving dashed). A cross above "
        "the scale marks a day with a use (a use entry, or an urge that ended in use); dashed lines "
        "are life events, dotted lines sessions."
    )

    data_attrs = ("series", "markers")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.series: DailySeries | None = None
        self.plot_item.setLabel("left", "Mood 1–10 · craving 0–10")
        self.value_ticks(0, 10)

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        s = self.series = data.daily(rng)
        t = self.theme
        self.add_key(
            [
                ("●", "mood", t.mood),
                ("━", "mood, 7-day mean", t.mood),
                ("▲", "peak craving", t.craving),
                ("╍", "craving, 7-day mean", t.craving),
                ("✕", "use", t.use),
            ]
        )
        self.plot_item.setYRange(0, TOP, padding=0)
        self.set_time_range(rng)
        self.guides(range(0, 11, 2))
        x = s.days * DAY
        has_mood, has_craving = np.isfinite(s.mood), np.isfinite(s.craving)
        self.scatter(x[has_mood], s.mood[has_mood], MOOD_SYMBOL, t.mood, "Mood, each day (circles)")
        self.curve(x, s.mood_mean7, t.mood, "Mood, 7-day mean (solid line)")
        self.scatter(
            x[has_craving],
            s.craving[has_craving],
            CRAVING_SYMBOL,
            t.craving,
            "Peak craving, each day (triangles)",
        )
        self.curve(
            x, s.craving_mean7, t.craving, "Craving, 7-day mean (dashed line)", style=Qt.PenStyle.DashLine
        )
        if len(s.use_days):
            self.scatter(
                s.use_days * DAY,
                np.full(len(s.use_days), USE_ROW),
                USE_SYMBOL,
                t.use,
                "Day with a use (cross)",
                size=11,
                alpha=255,
            )
        self.draw_markers(data, rng)
        self.summary.setText(self._summary(s))

    def _summary(self, s: DailySeries) -> str:
        recorded = int((s.entries > 0).sum())
        if not recorded:
            return "Nothing recorded in this range yet."
        parts = [f"{recorded} of {len(s.days)} days have entries."]
        mood, craving = _mean(s.mood), _mean(s.craving)
        if mood is not None:
            parts.append(f"Mean daily mood {mood:.1f}.")
        if craving is not None:
            parts.append(f"Mean peak craving {craving:.1f}.")
        uses = len(s.use_days)
        parts.append(
            "No days with a use." if not uses else f"{uses} day{'s' if uses != 1 else ''} with a use."
        )
        return " ".join(parts)

    def _index(self, x: float) -> int | None:
        return None if self.series is None else self.index_of(self.series.days, x)

    def describe_at(self, x: float, y: float) -> str | None:
        index, s = self._index(x), self.series
        if index is None or s is None:
            return None
        lines = [day_label(self.day_of(s.days, index))]
        if s.entries[index]:
            lines.append(f"Mood {cell(s.mood[index])} (7-day mean {cell(s.mood_mean7[index])})")
            lines.append(f"Peak craving {cell(s.craving[index])} (7-day mean {cell(s.craving_mean7[index])})")
            lines.append(
                f"{s.entries[index]} entr{'ies' if s.entries[index] != 1 else 'y'}"
                + (", including a use" if s.used[index] else "")
                + " — click to open"
            )
        else:
            lines.append("Nothing recorded this day")
        lines += self.markers_on(int(s.days[index]))
        return "\n".join(lines)

    def day_at(self, x: float, y: float) -> date | None:
        index, s = self._index(x), self.series
        if index is None or s is None or not s.entries[index]:
            return None
        return self.day_of(s.days, index)

    def table_data(self):
        headers = [
            "Day",
            "Mood",
            "Mood, 7-day mean",
            "Peak craving",
            "Craving, 7-day mean",
            "Entries",
            "Use entry",
            "Marked",
        ]
        s = self.series
        if s is None:
            return headers, []
        rows = []
        for index in np.flatnonzero((s.entries > 0) | np.isin(s.days, [m.day for m in self.markers])):
            rows.append(
                [
                    self.day_of(s.days, index).isoformat(),
                    float(s.mood[index]),
                    float(s.mood_mean7[index]),
                    float(s.craving[index]),
                    float(s.craving_mean7[index]),
                    int(s.entries[index]),
                    "yes" if s.used[index] else "",
                    "; ".join(self.markers_on(int(s.days[index]))),
                ]
            )
        return headers, rows
