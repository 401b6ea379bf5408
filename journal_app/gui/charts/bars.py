"""Horizontal bar charts with their names and numbers written beside each bar."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics

from .base import ChartPanel
from .cell_labels import CellLabels

MAX_BARS = 12  # more than this is hard to read; the table has them all


class BarChart(ChartPanel):
    """Rows of bars, the first row at the top; ``self.rows`` holds what each bar stands for."""

    empty_text = "Nothing to show in this range yet."  # English; empty_words() is in the language shown

    data_attrs = ("rows",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows: list = []
        self.bar_items: list[pg.BarGraphItem] = []
        self.end_labels: list[CellLabels] = []
        self.plot_item.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot_item.getViewBox().invertY(True)

    def draw_bars(
        self,
        names: list[str],
        values,
        labels: list[str],
        colour: str,
        *,
        x_max: float | None = None,
        outline_only: bool = False,
        height: float = 0.7,
        extra_room: float = 0.0,
    ) -> pg.BarGraphItem:
        """One bar per name, top to bottom, with ``labels`` written at the bar ends."""
        t = self.theme
        values = np.asarray(values, dtype=float)
        rows = np.arange(len(names), dtype=float)
        brush = t.brush(t.background, 0) if outline_only else t.brush(colour, 200)
        style = Qt.PenStyle.DashLine if outline_only else Qt.PenStyle.SolidLine
        bars = pg.BarGraphItem(
            x0=np.zeros(len(values)),
            y=rows,
            height=height,
            width=values,
            brush=brush,
            pen=t.pen(colour, 1.5, style),
        )
        self.plot_item.addItem(bars)
        self.bar_items.append(bars)
        top = x_max if x_max is not None else (float(values.max()) if len(values) else 1.0) or 1.0
        ends = CellLabels(
            [
                (value, row, text, t.foreground)
                for row, value, text in zip(rows, values, labels, strict=True)
                if text
            ],
            t.font(9),
            QRectF(0, -0.5, top * 1.5, len(names)),
            centred=False,
        )
        self.plot_item.addItem(ends)
        self.end_labels.append(ends)
        left = self.plot_item.getAxis("left")
        metrics = QFontMetrics(self.theme.font(9))
        # names get up to 320 px (more in session mode), or nearly half the plot at a large text size;
        # a longer one is shortened with "…" (the table and the pointer give it whole), never dropped
        room = max(int(320 * self.theme.scale), int(self.plot.width() * 0.45))
        shown = [metrics.elidedText(name, Qt.TextElideMode.ElideRight, room) for name in names]
        left.setTicks([list(enumerate(shown))])
        widest = max((metrics.horizontalAdvance(name) for name in shown), default=0)
        left.setWidth(min(widest + int(14 * self.theme.scale), room + int(14 * self.theme.scale)))
        self.plot_item.setYRange(-0.6, max(len(names), 1) - 0.4, padding=0)
        self.plot_item.setXRange(0, top * (1.45 + extra_room), padding=0)
        return bars

    def plot_height(self) -> int:
        """Room for a line of words a bar (names and figures at a large text size never overlap)."""
        line = QFontMetrics(self.theme.font(9)).height() * 1.15
        drawn = getattr(self, "end_labels", [])  # none yet while the panel is being made
        bars = len(drawn[0].labels) if drawn else 0
        return max(super().plot_height(), int(bars * line + 3 * line))  # and the axis below them

    def label_texts(self) -> list[str]:
        """The figures written at the bar ends, top to bottom."""
        return [text for labels in self.end_labels for text in labels.texts()]

    def show_empty(self) -> None:
        self.plot_item.getAxis("left").setTicks([[]])
        self.empty_note(self.empty_words())

    def empty_words(self) -> str:
        return self.tr("Nothing to show in this range yet.")

    def row_at(self, y: float) -> int | None:
        index = round(y)
        return index if 0 <= index < min(len(self.rows), MAX_BARS) else None

    def _clear_plot(self) -> None:
        super()._clear_plot()
        self.bar_items = []
        self.end_labels = []

    def more_note(self, count: int) -> str:
        if count <= MAX_BARS:
            return ""
        return " " + self.tr("The {shown} largest are drawn; the table lists all {count}.").format(
            shown=MAX_BARS, count=count
        )
