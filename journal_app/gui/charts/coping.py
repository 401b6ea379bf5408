"""What helped: each coping strategy's uses, and how many of them helped."""

from __future__ import annotations

from ...core.charts_data import ChartData, CopingStat, DateRange
from .bars import MAX_BARS, BarChart


def _helped_words(s: CopingStat) -> str:
    words = f"helped {s.helped} of {s.used}"
    if s.not_said:
        words += f" ({s.not_said} not said)"
    return words


class CopingChart(BarChart):
    title = "What helped"
    description = (
        "Each coping strategy used in the range: the dashed outline is how many times it "
        "was used, the filled bar how many of those times the person said it helped."
    )
    empty_text = "No coping strategies were noted in this range."

    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        self.rows = stats = data.coping(rng)
        if not stats:
            self.show_empty()
            return
        shown = stats[:MAX_BARS]
        names = [s.name for s in shown]
        t = self.theme
        self.draw_bars(
            names,
            [s.used for s in shown],
            [_helped_words(s) for s in shown],
            t.bar,
            outline_only=True,
            height=0.8,
            extra_room=0.4,
        )
        self.draw_bars(
            names,
            [s.helped for s in shown],
            [""] * len(shown),
            t.bar_second,
            x_max=float(shown[0].used),
            height=0.5,
            extra_room=0.4,
        )
        self.add_key([("┅", "times used", t.bar), ("█", "times it helped", t.bar_second)])
        self.plot_item.setLabel("bottom", "Times")
        self.plot_item.setYRange(-1.4, max(len(names), 1) - 0.4, padding=0)  # room for the key
        best = max(
            (s for s in stats if s.helped_share is not None),
            default=None,
            key=lambda s: (s.helped_share, s.used),
        )
        text = f"{len(stats)} strateg{'ies' if len(stats) != 1 else 'y'} used."
        if best is not None:
            text += f" Helped most often: {best.name} ({_helped_words(best)})."
        self.summary.setText(text + self.more_note(len(stats)))

    def describe_at(self, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        s: CopingStat = self.rows[row]
        return (
            f"{s.name}: used {s.used} time{'s' if s.used != 1 else ''}; helped {s.helped}, "
            f"did not help {s.not_helped}, not said {s.not_said}"
        )

    def table_data(self):
        return (
            ["Coping strategy", "Times used", "Helped", "Did not help", "Not said", "Helped (of those said)"],
            [
                [
                    s.name,
                    s.used,
                    s.helped,
                    s.not_helped,
                    s.not_said,
                    "—" if s.helped_share is None else f"{s.helped_share:.0%}",
                ]
                for s in self.rows
            ],
        )
