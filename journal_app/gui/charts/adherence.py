"""Medication kept: each day taken (a filled square), missed (a cross) or not said (a gap)."""

from __future__ import annotations

from datetime import date

import numpy as np

from ...core.charts_data import ChartData, DateRange, day_number
from ...core.medication import MISSED, TAKEN, Adherence
from .theme import OKABE_ITO, USE_SYMBOL
from .timeline import DAY, TimeChart, day_label

ROWS = {TAKEN: 1.0, MISSED: 0.0}


class AdherenceChart(TimeChart):
    title = "Medication taken or missed"
    description = (
        "Each day a check-in said whether medication was taken: a square on the upper line when "
        "taken, a cross on the lower line when missed, nothing when not said. Never dosing advice."
    )
    data_attrs = ("seen",)

    def words(self) -> tuple[str, str]:
        return self.tr("Medication taken or missed"), self.tr(
            "Each day a check-in said whether medication was taken: a square on the upper line when "
            "taken, a cross on the lower line when missed, nothing when not said. Never dosing advice."
        )

    def status_name(self, status: str) -> str:
        return {TAKEN: self.tr("taken"), MISSED: self.tr("missed")}.get(status, self.tr("not said"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen: Adherence | None = None
        self.plot_item.getAxis("left").setTicks([[(0.0, self.tr("Missed")), (1.0, self.tr("Taken"))]])

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        seen = self.seen = data.adherence(rng)
        self.set_time_range(rng)
        self.plot_item.setYRange(-0.6, 1.8, padding=0)
        first = day_number(seen.start)
        status = np.array(seen.status, dtype=object)
        for name, y, symbol, colour, words in (
            (TAKEN, 1.0, "s", OKABE_ITO["bluish_green"], self.tr("Taken (squares)")),
            (MISSED, 0.0, USE_SYMBOL, OKABE_ITO["vermillion"], self.tr("Missed (crosses)")),
        ):
            days = np.flatnonzero(status == name) + first
            if len(days):
                self.scatter(days * DAY, np.full(len(days), y), symbol, colour, words, size=11, alpha=220)
        self.add_key(
            [
                ("■", self.tr("taken"), OKABE_ITO["bluish_green"]),
                ("✕", self.tr("missed"), OKABE_ITO["vermillion"]),
            ]
        )
        self.summary.setText(seen.summary())

    def _index(self, x: float) -> int | None:
        if self.seen is None:
            return None
        index = round(x / DAY) - day_number(self.seen.start)
        return index if 0 <= index < len(self.seen.status) else None

    def describe_at(self, x: float, y: float) -> str | None:
        index = self._index(x)
        if index is None or self.seen is None:
            return None
        status = self.status_name(self.seen.status[index])
        return f"{day_label(self.seen.days[index])}\n" + self.tr(
            "Medication: {status} — click to open"
        ).format(status=status)

    def day_at(self, x: float, y: float) -> date | None:
        index = self._index(x)
        return None if index is None or self.seen is None else self.seen.days[index]

    def table_data(self):
        headers = [self.tr("Date"), self.tr("Medication")]
        if self.seen is None:
            return headers, []
        return headers, [
            [d.isoformat(), self.status_name(s) if s else ""]
            for d, s in zip(self.seen.days, self.seen.status, strict=True)
        ]
