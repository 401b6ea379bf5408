"""Questionnaire scores over time: PHQ-9, GAD-7 and the BAM's use, risk and protective scores."""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import Qt

from ...core.charts_data import ChartData, DateRange, ScoreSeries, day_from_number
from .theme import OKABE_ITO
from .timeline import DAY, TimeChart, day_label

# a colour, a marker and a line style for each score, so the key reads in greyscale too
STYLES = {
    "PHQ-9": (OKABE_ITO["blue"], "o", "●", Qt.PenStyle.SolidLine),
    "GAD-7": (OKABE_ITO["orange"], "t1", "▲", Qt.PenStyle.DashLine),
    "BAM use": (OKABE_ITO["vermillion"], "x", "✕", Qt.PenStyle.DotLine),
    "BAM risk": (OKABE_ITO["reddish_purple"], "s", "■", Qt.PenStyle.DashDotLine),
    "BAM protective": (OKABE_ITO["bluish_green"], "d", "◆", Qt.PenStyle.SolidLine),
}
PICK_DAYS = 1.5


class ScoresChart(TimeChart):
    title = "Questionnaire scores"
    description = (
        "The scores of the questionnaires filled in (PHQ-9 for low mood, GAD-7 for anxiety, the Brief "
        "Addiction Monitor's use, risk and protective scores) on the days they were filled in. "
        "Bands are for talking over with a clinician, never a diagnosis."
    )
    data_attrs = ("series",)
    report_setting = "report.questionnaire_scores"  # in the PDF report only when the person chose

    def words(self) -> tuple[str, str]:
        return self.tr("Questionnaire scores"), self.tr(
            "The scores of the questionnaires filled in (PHQ-9 for low mood, GAD-7 for anxiety, the Brief "
            "Addiction Monitor's use, risk and protective scores) on the days they were filled in. "
            "Bands are for talking over with a clinician, never a diagnosis."
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.series: list[ScoreSeries] = []
        self.plot_item.setLabel("left", self.tr("Score"))

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        self.series = data.scores(rng)
        self.set_time_range(rng)
        self.plot_item.setYRange(0, 30, padding=0)
        self.value_ticks(0, 27, 3)
        self.guides(range(0, 28, 3))
        if not self.series:
            self.summary.setText(
                self.tr(
                    "No questionnaires filled in during this range. You can fill one in from the "
                    "Questionnaires view, whenever you like."
                )
            )
            return
        key = []
        for series in self.series:
            colour, symbol, glyph, style = STYLES.get(
                series.label, (self.theme.foreground, "o", "●", Qt.PenStyle.SolidLine)
            )
            x = series.days * DAY
            if len(x) > 1:
                self.curve(x, series.values, colour, series.shown_label, width=2, style=style, decimate=False)
            self.scatter(x, series.values, symbol, colour, series.shown_label, size=10, alpha=200)
            key.append((glyph, series.shown_label, colour))
        self.add_key(key)
        words = "; ".join(
            self.tr("{name}: latest {score} of {top} ({band}) on {day}, {count} in this range").format(
                name=s.shown_label,
                score=int(s.values[-1]),
                top=s.maximum,
                band=s.bands[-1].lower(),
                day=day_label(day_from_number(s.days[-1])),
                count=len(s.days),
            )
            for s in self.series
        )
        self.summary.setText(
            words + ". " + self.tr("Talk these over with your clinician; they are not a diagnosis.")
        )

    def _nearest(self, x: float) -> tuple[ScoreSeries, int] | None:
        best: tuple[float, ScoreSeries, int] | None = None
        for series in self.series:
            if not len(series.days):
                continue
            distance = np.abs(series.days - x / DAY)
            index = int(np.argmin(distance))
            if distance[index] <= PICK_DAYS and (best is None or distance[index] < best[0]):
                best = (float(distance[index]), series, index)
        return None if best is None else (best[1], best[2])

    def describe_at(self, x: float, y: float) -> str | None:
        found = self._nearest(x)
        if found is None:
            return None
        day = found[0].days[found[1]]
        lines = [day_label(day_from_number(day))]
        for series in self.series:
            for index in np.flatnonzero(series.days == day):
                lines.append(
                    self.tr("{name}: {score} of {top} ({band})").format(
                        name=series.shown_label,
                        score=int(series.values[index]),
                        top=series.maximum,
                        band=series.bands[index],
                    )
                )
        return "\n".join(lines)

    def day_at(self, x: float, y: float) -> date | None:
        return None  # a questionnaire is not a journal entry: there is no day's entries to open

    def table_data(self):
        headers = [
            self.tr("Date"),
            self.tr("Questionnaire"),
            self.tr("Score"),
            self.tr("Out of"),
            self.tr("Band"),
        ]
        rows = []
        for series in self.series:
            for index, day in enumerate(series.days):
                rows.append(
                    [
                        day_from_number(day).isoformat(),
                        series.shown_label,
                        int(series.values[index]),
                        series.maximum,
                        series.bands[index],
                    ]
                )
        rows.sort(key=lambda row: (row[0], row[1]))
        return headers, rows
