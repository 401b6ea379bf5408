"""Triggers by frequency: how many entries in the range name each trigger."""

from __future__ import annotations

from ...core.charts_data import ChartData, DateRange, TriggerStat
from .bars import MAX_BARS, BarChart


class TriggerFrequencyChart(BarChart):
    title = "Triggers by frequency"
    description = "How many entries in the range name each trigger, most frequent at the top."
    empty_text = "No triggers were noted in this range."

    def words(self) -> tuple[str, str]:
        return self.tr("Triggers by frequency"), self.tr(
            "How many entries in the range name each trigger, most frequent at the top."
        )

    def empty_words(self) -> str:
        return self.tr("No triggers were noted in this range.")

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        self.rows = stats = data.triggers(rng)
        if not stats:
            self.show_empty()
            return
        shown = stats[:MAX_BARS]
        self.draw_bars(
            [s.name for s in shown],
            [s.entries for s in shown],
            [self.times(s.entries) for s in shown],
            self.theme.bar,
        )
        self.plot_item.setLabel("bottom", self.tr("Entries that name the trigger"))
        top = stats[0]
        noted = self.tr("%Ln triggers noted.", "", len(stats))
        most = self.tr("Most often: {name} ({entries}).").format(
            name=top.name, entries=self.times(top.entries)
        )
        self.summary.setText(f"{noted} {most}{self.more_note(len(stats))}")

    def times(self, n: int) -> str:
        """ "1 entry", "3 entries" in the language shown (Qt's numerus forms)."""
        return self.tr("%Ln entries", "", n)

    def describe_at(self, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        s: TriggerStat = self.rows[row]
        return self.tr("{name}: named in {entries}").format(name=s.name, entries=self.times(s.entries))

    def table_data(self):
        return [self.tr("Trigger"), self.tr("Entries")], [[s.name, s.entries] for s in self.rows]
