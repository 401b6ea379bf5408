"""The streak timeline: days since the last use (or the recovery start), day by day."""

from __future__ import annotations

from datetime import date

import numpy as np

from ...core.charts_data import ChartData, DateRange, StreakTimeline
from .table import cell
from .theme import USE_SYMBOL
from .timeline import DAY, TimeChart, day_label


def nice_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``rough``: steps people count in."""
    power = 10 ** np.floor(np.log10(max(rough, 1e-9)))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= rough))


class StreakChart(TimeChart):
    title = "Streak timeline"
    description = (
        "Days since the last use (a use entry, or an urge that ended in use), or since the "
        "recovery start, on each day. The line "
        "goes back to 0 on a day with a use (a cross). A lapse is part of many "
        "people's recovery; the count starts again the next day."
    )
    data_attrs = ("timeline", "markers")

    def words(self) -> tuple[str, str]:
        return self.tr("Streak timeline"), self.tr(
            "Days since the last use (a use entry, or an urge that ended in use), or since the "
            "recovery start, on each day. The line "
            "goes back to 0 on a day with a use (a cross). A lapse is part of many "
            "people's recovery; the count starts again the next day."
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.timeline: StreakTimeline | None = None
        self.plot_item.setLabel("left", self.tr("Days without use"))

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        tl = self.timeline = data.streaks(rng)
        t = self.theme
        self.set_time_range(rng)
        top = max(float(np.nanmax(tl.streak)) if tl.has_start else 10.0, 7.0) * 1.25
        self.plot_item.setYRange(0, top, padding=0)
        self.guides(np.arange(0, top, nice_step(top / 5)))
        self.curve(
            tl.days * DAY,
            tl.streak,
            t.streak,
            self.tr("Days without use (line)"),
            width=2.5,
            fillLevel=0,
            brush=t.brush(t.streak, 50),
            decimate=False,
        )  # every reset to 0 must show
        if len(tl.use_days):
            self.scatter(
                tl.use_days * DAY,
                np.zeros(len(tl.use_days)),
                USE_SYMBOL,
                t.use,
                self.tr("Day with a use (cross)"),
                size=12,
                alpha=255,
            )
        self.draw_markers(data, rng)
        self.add_key([("━", self.tr("days without use"), t.streak), ("✕", self.tr("use"), t.use)])
        self.summary.setText(self._summary(tl))

    def _summary(self, tl: StreakTimeline) -> str:
        if not tl.has_start:
            return self.tr("No recovery start is recorded yet, so there is no streak to show.")
        current = tl.streak[-1]
        parts = []
        if np.isfinite(current):
            parts.append(self.tr("On the last day of the range: %Ln days without use.", "", int(current)))
        parts.append(self.tr("Longest in this range: %Ln days.", "", int(tl.longest)))
        uses = len(tl.use_days)
        if uses:
            parts.append(self.tr("%Ln days with a use.", "", uses))
        return " ".join(parts)

    def _index(self, x: float) -> int | None:
        return None if self.timeline is None else self.index_of(self.timeline.days, x)

    def describe_at(self, x: float, y: float) -> str | None:
        index, tl = self._index(x), self.timeline
        if index is None or tl is None:
            return None
        number = int(tl.days[index])
        lines = [day_label(self.day_of(tl.days, index))]
        value = tl.streak[index]
        lines.append(
            self.tr("%Ln days without use", "", int(value))
            if np.isfinite(value)
            else self.tr("Before the recovery start")
        )
        if number in tl.use_days:
            lines.append(self.tr("A use this day — click to open"))
        if number in tl.start_days:
            lines.append(self.tr("Recovery start"))
        return "\n".join(lines + self.markers_on(number))

    def day_at(self, x: float, y: float) -> date | None:
        index, tl = self._index(x), self.timeline
        return None if index is None or tl is None else self.day_of(tl.days, index)

    def table_data(self):
        headers = [
            self.tr("Day"),
            self.tr("Days without use"),
            self.tr("Use entry"),
            self.tr("Recovery start"),
        ]
        tl = self.timeline
        if tl is None:
            return headers, []
        # one row where something happened: a use, a start, or the range's first and last day
        wanted = np.isin(tl.days, tl.use_days) | np.isin(tl.days, tl.start_days)
        wanted[[0, -1]] = True
        return headers, [
            [
                self.day_of(tl.days, i).isoformat(),
                cell(float(tl.streak[i])),
                self.tr("yes") if tl.days[i] in tl.use_days else "",
                self.tr("yes") if tl.days[i] in tl.start_days else "",
            ]
            for i in np.flatnonzero(wanted)
        ]
