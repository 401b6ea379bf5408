"""Mean craving by trigger: the craving of the entries that name each trigger."""

from __future__ import annotations

from ...core.charts_data import ChartData, DateRange, TriggerStat, by_mean_craving
from .bars import MAX_BARS, BarChart
from .table import cell


class TriggerCravingChart(BarChart):
    title = "Mean craving by trigger"
    description = (
        "For each trigger, the mean craving (0 to 10) of the entries that name it and "
        "record a craving; the number of those entries is written beside each bar."
    )
    empty_text = "No triggers with a craving figure in this range."

    def words(self) -> tuple[str, str]:
        return self.tr("Mean craving by trigger"), self.tr(
            "For each trigger, the mean craving (0 to 10) of the entries that name it and "
            "record a craving; the number of those entries is written beside each bar."
        )

    def empty_words(self) -> str:
        return self.tr("No triggers with a craving figure in this range.")

    def times(self, n: int) -> str:
        return self.tr("%Ln entries", "", n)

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        self.rows = stats = by_mean_craving(data.triggers(rng))
        if not stats:
            self.show_empty()
            return
        shown = stats[:MAX_BARS]
        self.draw_bars(
            [s.name for s in shown],
            [s.mean_craving for s in shown],
            [
                self.tr("{craving} (from {entries})").format(
                    craving=cell(s.mean_craving), entries=self.times(s.craving_entries)
                )
                for s in shown
            ],
            self.theme.craving,
            x_max=10.0,
            extra_room=0.2,
        )
        self.plot_item.setLabel("bottom", self.tr("Mean craving, 0 (none) to 10"))
        self.plot_item.getAxis("bottom").setTicks([[(v, cell(v)) for v in range(0, 11, 2)]])
        top = stats[0]
        self.summary.setText(
            self.tr("Highest mean craving: {name}, {craving} out of 10 (from {entries}).").format(
                name=top.name, craving=cell(top.mean_craving), entries=self.times(top.craving_entries)
            )
            + self.more_note(len(stats))
        )

    def describe_at(self, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        s: TriggerStat = self.rows[row]
        return self.tr("{name}: mean craving {craving} from {entries}").format(
            name=s.name, craving=cell(s.mean_craving, 2), entries=self.times(s.craving_entries)
        )

    def table_data(self):
        return (
            [self.tr("Trigger"), self.tr("Mean craving"), self.tr("Entries with a craving figure")],
            [[s.name, cell(s.mean_craving, 2), s.craving_entries] for s in self.rows],
        )
