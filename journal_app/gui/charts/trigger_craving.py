"""Mean craving by trigger: the craving of the entries that name each trigger."""

from __future__ import annotations

from ...core.charts_data import ChartData, DateRange, TriggerStat, by_mean_craving
from .bars import MAX_BARS, BarChart
from .table import cell
from .trigger_frequency import times


class TriggerCravingChart(BarChart):
    title = "Mean craving by trigger"
    description = (
        "For each trigger, the mean craving (0 to 10) of the entries that name it and "
        "record a craving; the number of those entries is written beside each bar."
    )
    empty_text = "No triggers with a craving figure in this range."

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        self.rows = stats = by_mean_craving(data.triggers(rng))
        if not stats:
            self.show_empty()
            return
        shown = stats[:MAX_BARS]
        self.draw_bars(
            [s.name for s in shown],
            [s.mean_craving for s in shown],
            [f"{s.mean_craving:.1f} (from {times(s.craving_entries)})" for s in shown],
            self.theme.craving,
            x_max=10.0,
            extra_room=0.2,
        )
        self.plot_item.setLabel("bottom", "Mean craving, 0 (none) to 10")
        self.plot_item.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        top = stats[0]
        self.summary.setText(
            f"Highest mean craving: {top.name}, {top.mean_craving:.1f} out of 10 "
            f"(from {times(top.craving_entries)}).{self.more_note(len(stats))}"
        )

    def describe_at(self, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        s: TriggerStat = self.rows[row]
        return f"{s.name}: mean craving {s.mean_craving:.2f} from {times(s.craving_entries)}"

    def table_data(self):
        return (
            ["Trigger", "Mean craving", "Entries with a craving figure"],
            [[s.name, cell(s.mean_craving, 2), s.craving_entries] for s in self.rows],
        )
