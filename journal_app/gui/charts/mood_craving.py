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
TOP = 11.4  # room above the scale for the use marks (the key has a row of its own above the plot)


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

    def words(self) -> tuple[str, str]:
        return self.tr("Mood and craving over time"), self.tr(
            "Each day's mean mood (circles, 1 to 10, 10 is best) and peak craving (triangles, 0 to 10, "
            "0 is none), with their 7-day means as lines (mood solid, craving dashed). A cross above "
            "the scale marks a day with a use (a use entry, or an urge that ended in use); dashed lines "
            "are life events, dotted lines sessions."
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.series: DailySeries | None = None
        self.plot_item.setLabel("left", self.tr("Mood 1–10 · craving 0–10"))
        self.value_ticks(0, 10)

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        s = self.series = data.daily(rng)
        t = self.theme
        self.add_key(
            [
                ("●", self.tr("mood"), t.mood),
                ("━", self.tr("mood, 7-day mean"), t.mood),
                ("▲", self.tr("peak craving"), t.craving),
                ("╍", self.tr("craving, 7-day mean"), t.craving),
                ("✕", self.tr("use"), t.use),
            ]
        )
        self.plot_item.setYRange(0, TOP, padding=0)
        self.set_time_range(rng)
        self.guides(range(0, 11, 2))
        x = s.days * DAY
        has_mood, has_craving = np.isfinite(s.mood), np.isfinite(s.craving)
        self.scatter(x[has_mood], s.mood[has_mood], MOOD_SYMBOL, t.mood, self.tr("Mood, each day (circles)"))
        self.curve(x, s.mood_mean7, t.mood, self.tr("Mood, 7-day mean (solid line)"))
        self.scatter(
            x[has_craving],
            s.craving[has_craving],
            CRAVING_SYMBOL,
            t.craving,
            self.tr("Peak craving, each day (triangles)"),
        )
        self.curve(
            x,
            s.craving_mean7,
            t.craving,
            self.tr("Craving, 7-day mean (dashed line)"),
            style=Qt.PenStyle.DashLine,
        )
        if len(s.use_days):
            self.scatter(
                s.use_days * DAY,
                np.full(len(s.use_days), USE_ROW),
                USE_SYMBOL,
                t.use,
                self.tr("Day with a use (cross)"),
                size=11,
                alpha=255,
            )
        self.draw_markers(data, rng)
        self.summary.setText(self._summary(s))

    def _summary(self, s: DailySeries) -> str:
        recorded = int((s.entries > 0).sum())
        if not recorded:
            return self.tr("Nothing recorded in this range yet.")
        parts = [
            self.tr("{recorded} of %Ln days have entries.", "", len(s.days)).format(recorded=cell(recorded))
        ]
        mood, craving = _mean(s.mood), _mean(s.craving)
        if mood is not None:
            parts.append(self.tr("Mean daily mood {mood}.").format(mood=cell(mood)))
        if craving is not None:
            parts.append(self.tr("Mean peak craving {craving}.").format(craving=cell(craving)))
        uses = len(s.use_days)
        parts.append(
            self.tr("No days with a use.") if not uses else self.tr("%Ln days with a use.", "", uses)
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
            lines.append(
                self.tr("Mood {value} (7-day mean {mean})").format(
                    value=cell(s.mood[index]), mean=cell(s.mood_mean7[index])
                )
            )
            lines.append(
                self.tr("Peak craving {value} (7-day mean {mean})").format(
                    value=cell(s.craving[index]), mean=cell(s.craving_mean7[index])
                )
            )
            count = int(s.entries[index])
            lines.append(
                self.tr("%Ln entries, including a use — click to open", "", count)
                if s.used[index]
                else self.tr("%Ln entries — click to open", "", count)
            )
        else:
            lines.append(self.tr("Nothing recorded this day"))
        lines += self.markers_on(int(s.days[index]))
        return "\n".join(lines)

    def day_at(self, x: float, y: float) -> date | None:
        index, s = self._index(x), self.series
        if index is None or s is None or not s.entries[index]:
            return None
        return self.day_of(s.days, index)

    def table_data(self):
        headers = [
            self.tr("Day"),
            self.tr("Mood"),
            self.tr("Mood, 7-day mean"),
            self.tr("Peak craving"),
            self.tr("Craving, 7-day mean"),
            self.tr("Entries"),
            self.tr("Use entry"),
            self.tr("Marked"),
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
                    self.tr("yes") if s.used[index] else "",
                    "; ".join(self.markers_on(int(s.days[index]))),
                ]
            )
        return headers, rows
