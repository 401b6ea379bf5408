"""What helped: each coping strategy's uses, and how many of them helped."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...core.charts_data import ChartData, CopingStat, DateRange
from .bars import MAX_BARS, BarChart
from .table import cell


class CopingChart(BarChart):
    title = "What helped"
    description = (
        "Each coping strategy used in the range: the dashed outline is how many times it "
        "was used, the filled bar how many of those times the person said it helped."
    )
    empty_text = "No coping strategies were noted in this range."

    def words(self) -> tuple[str, str]:
        return self.tr("What helped"), self.tr(
            "Each coping strategy used in the range: the dashed outline is how many times it "
            "was used, the filled bar how many of those times the person said it helped."
        )

    def empty_words(self) -> str:
        return self.tr("No coping strategies were noted in this range.")

    def _helped_words(self, s: CopingStat) -> str:
        if s.not_said:
            return self.tr("helped {helped} of {used} ({not_said} not said)").format(
                helped=cell(s.helped), used=cell(s.used), not_said=cell(s.not_said)
            )
        return self.tr("helped {helped} of {used}").format(helped=cell(s.helped), used=cell(s.used))

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
            [self._helped_words(s) for s in shown],
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
        self.add_key([("┅", self.tr("times used"), t.bar), ("█", self.tr("times it helped"), t.bar_second)])
        self.plot_item.setLabel("bottom", self.tr("Times"))
        self.plot_item.setYRange(-0.6, max(len(names), 1) - 0.4, padding=0)
        best = max(
            (s for s in stats if s.helped_share is not None),
            default=None,
            key=lambda s: (s.helped_share, s.used),
        )
        text = self.tr("%Ln strategies used.", "", len(stats))
        if best is not None:
            text += " " + self.tr("Helped most often: {name} ({helped}).").format(
                name=best.name, helped=self._helped_words(best)
            )
        self.summary.setText(text + self.more_note(len(stats)))

    def describe_at(self, x: float, y: float) -> str | None:
        row = self.row_at(y)
        if row is None:
            return None
        s: CopingStat = self.rows[row]
        return self.tr(
            "{name}: used %Ln times; helped {helped}, did not help {not_helped}, not said {not_said}",
            "",
            s.used,
        ).format(name=s.name, helped=cell(s.helped), not_helped=cell(s.not_helped), not_said=cell(s.not_said))

    def table_data(self):
        return (
            [
                self.tr("Coping strategy"),
                self.tr("Times used"),
                self.tr("Helped"),
                self.tr("Did not help"),
                self.tr("Not said"),
                self.tr("Helped (of those said)"),
            ],
            [
                [
                    s.name,
                    s.used,
                    s.helped,
                    s.not_helped,
                    s.not_said,
                    "—"
                    if s.helped_share is None
                    else QLocale().toString(round(s.helped_share * 100)) + QLocale().percent(),
                ]
                for s in self.rows
            ],
        )
