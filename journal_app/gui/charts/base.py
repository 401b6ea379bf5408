"""What every chart has: a title, its numbers in words, the plot or a data
table, hover details, click-through to a day's entries, and export.

A chart subclass answers four questions: ``draw_chart`` (the figures for a
range), ``table_data`` (the same figures as rows), ``describe_at`` (what is
under the pointer) and ``day_at`` (which day a click means).
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.charts_data import ChartData, DateRange
from ...core.errors import JournalError
from ...core.query import EntryFilter
from ..widgets.flow_layout import FlowLayout
from ..widgets.keyboard import readable
from .date_axis import LocaleAxis, LocaleDateAxis
from .export import chart_image, export_chart, format_filters
from .key import ChartKey
from .scatter import UniformScatter
from .table import DataTableModel, cell
from .theme import LIGHT, REFERENCE_POINTS, ChartTheme

PLOT_HEIGHT = 220  # the least a plot gets at the reference text size (more for larger words)
# the lines of words a panel shows at most sizes: its heading, two of summary, tick labels, the key
WORD_LINES = ((13.0, True), (10.0, False), (10.0, False), (9.0, False), (9.0, False))
TABLE_KEY_HINT = " Press T for the figures as a table."  # English; ChartPanel.key_hint() translates
DAY = 86400.0  # time charts put days on the x-axis as seconds (pyqtgraph's DateAxisItem)


class ChartPanel(QWidget):
    title = ""
    description = ""  # one sentence: what the chart shows and how to read it
    time_axis = False  # True: shares its x-axis with the other time charts
    panel_height = 0  # the least height the dashboard gives a panel (0: its layout decides)
    data_attrs: tuple[str, ...] = ()  # what the subclass keeps of the figures (forgotten on clear)
    entries_requested = Signal(object)  # EntryFilter for the day a person clicked

    def __init__(self, parent: QWidget | None = None, *, theme: ChartTheme = LIGHT):
        super().__init__(parent)
        self.title, self.description = self.words()
        self.theme = theme
        self.include_private = True
        self.range: DateRange | None = None
        self.data: ChartData | None = None
        self.key: ChartKey | None = None  # the key row while the chart shows a key
        self.hover_text = ""
        self._table_stale = True
        self.setObjectName(type(self).__name__)

        self.heading = QLabel(self.title)
        self.heading.setAccessibleName(self.title)
        self.heading.setWordWrap(True)
        self.summary = QLabel("")  # the chart's main figures in words
        self.summary.setWordWrap(True)
        readable(self.summary)  # a Tab stop: a screen reader reads the chart's figures in words
        self.table_button = QToolButton()
        self.table_button.setText(self.tr("Show as table"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(self.tr("Show {title} as a data table").format(title=self.title))
        self.table_button.toggled.connect(self.show_table)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export {title} as a picture").format(title=self.title))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As PNG picture…"), lambda: self.ask_export(".png"))
        menu.addAction(self.tr("As SVG drawing…"), lambda: self.ask_export(".svg"))
        self.export_button.setMenu(menu)

        # the two axes a chart shows (an axis item handed in for "top" or "right" would be shown too)
        axis_items: dict[str, pg.AxisItem] = {side: LocaleAxis(side) for side in ("left", "bottom")}
        if self.time_axis:
            axis_items["bottom"] = LocaleDateAxis(utcOffset=0)
        self.plot = pg.PlotWidget(axisItems=axis_items)
        self.plot.setAccessibleName(self.tr("{title} chart").format(title=self.title))
        self.plot.setAccessibleDescription(self.description + self.key_hint())
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.installEventFilter(self)  # T shows the table
        self.plot.setMinimumHeight(PLOT_HEIGHT)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot_item = self.plot.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.disableAutoRange()  # every chart sets its own honest range (and faster)
        # the key's row sits where a top axis would (no chart has one), between the title and the plot
        self.plot_item.layout.removeItem(self.plot_item.getAxis("top"))
        self.key_row = ChartKey(self.plot_item)
        self.plot_item.layout.addItem(self.key_row, 1, 1)
        self.model = DataTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("{title}: data table").format(title=self.title))
        self.table.setAccessibleDescription(
            self.description
            + self.tr(" Where a row is a day, Enter opens that day's entries. T shows the chart.")
        )
        self.table.installEventFilter(self)  # T goes back to the chart
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._row_activated)  # Enter or double-click on a day's row
        self.stack = QStackedWidget()
        self.stack.setObjectName("chartFrame")
        self._show_focus(False)  # a chart has no focus frame of its own: its frame shows it
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.table)

        tools = QWidget()
        self.header = FlowLayout(tools, one_line_hint=True)  # at a large font the tools wrap, never clip
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.table_button)
        self.header.addWidget(self.export_button)
        # the title with the tools beside it; below it when both do not fit (session mode's large
        # type on a small screen: a long word of the title takes the whole width)
        top = QWidget()
        row = FlowLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading)
        row.addWidget(tools)
        row.setAlignment(tools, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

        self.plot_item.getViewBox().sigResized.connect(self._fit_axis_labels)
        scene = self.plot.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self.apply_theme(theme)

    def _show_focus(self, on: bool) -> None:
        colour = "palette(highlight)" if on else "transparent"  # the same width either way: nothing moves
        self.stack.setStyleSheet(f"QStackedWidget#chartFrame {{ border: 2px solid {colour}; }}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """T on the chart shows its table (focus goes with it); T on the table shows the chart."""
        if watched is self.plot and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._show_focus(event.type() == QEvent.Type.FocusIn)
        if (
            watched in (self.plot, self.table)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_T
            and not event.modifiers()
        ):
            self.table_button.toggle()
            (self.table if self.table_button.isChecked() else self.plot).setFocus()
            return True
        return super().eventFilter(watched, event)

    def words(self) -> tuple[str, str]:
        """The title and description in the language shown; each chart translates its own (the class
        attributes stay English, as the code names them)."""
        return type(self).title, type(self).description

    def key_hint(self) -> str:
        return self.tr(" Press T for the figures as a table.")

    def add_header_widget(self, widget: QWidget) -> None:
        """A tool before the others (each one added goes first)."""
        self.header.insertWidget(0, widget)

    # the subclass's part -----------------------------------------------------
    def draw_chart(self, data: ChartData, rng: DateRange) -> None:
        raise NotImplementedError

    def table_data(self) -> tuple[list[str], list[list]]:
        return [], []

    def describe_at(self, x: float, y: float) -> str | None:
        return None

    def day_at(self, x: float, y: float) -> date | None:
        return None

    # drawing -----------------------------------------------------------------
    def show_data(self, data: ChartData, rng: DateRange) -> None:
        """Draw the chart for ``rng``; the table follows when it is next shown."""
        self.include_private = data.include_private
        self.data = data
        self.range = rng
        self._clear_plot()
        self.draw_chart(data, rng)
        self.plot.setMinimumHeight(self.plot_height())  # e.g. the bars drawn need more
        self.fit_height()
        self.plot.setAccessibleDescription(
            f"{self.summary.text()} {self.description}{self.key_hint()}".strip()
        )
        self._table_stale = True
        if self.table_button.isChecked():
            self.refresh_table()

    def clear(self) -> None:
        """Forget every figure (the journal was locked or closed)."""
        self.range = None
        self.data = None
        for name in self.data_attrs:
            setattr(self, name, [] if isinstance(getattr(self, name, None), list) else None)
        self._clear_plot()
        self.model.clear()
        self.summary.setText("")
        self.hover_text = ""
        self._table_stale = True

    def _clear_plot(self) -> None:
        self.plot_item.clear()
        self.key_row.clear()
        self.key = None

    def refresh_table(self) -> None:
        if self._table_stale:
            self.model.set_table(*self.table_data())
            self.table.resizeColumnsToContents()
            self._table_stale = False

    def show_table(self, on: bool) -> None:
        if on:
            self.refresh_table()
        self.stack.setCurrentWidget(self.table if on else self.plot)
        self.table_button.setText(self.tr("Show as chart") if on else self.tr("Show as table"))

    def apply_theme(self, theme: ChartTheme) -> None:
        self.theme = theme
        self.plot.setBackground(theme.background)
        heading_font = theme.font(13, bold=True)
        self.heading.setFont(heading_font)
        self.summary.setFont(theme.font(10))
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(theme.pen(theme.foreground, 1))
            axis.setTextPen(theme.pen(theme.foreground, 1))
            axis.setStyle(tickFont=theme.font(9))
            axis.label.setFont(theme.font(10))
        self.plot.setMinimumHeight(self.plot_height())
        self._fit_axis_labels()
        self.fit_height()

    def fit_height(self) -> None:
        """In the dashboard (``panel_height`` set): at least that tall, and as tall as the wrapped words
        and the plot need at the panel's width (a large text, a long sentence in another language)."""
        if not self.panel_height:
            return
        room = self.text_room()
        layout = self.layout()
        words = layout.totalMinimumHeightForWidth(self.width()) if layout and self.width() > 0 else 0
        low = max(self.panel_height + room, self.minimumSizeHint().height(), words)
        self.setMinimumHeight(low)
        self.setMaximumHeight(max(low, int(self.panel_height * 1.3) + room))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.panel_height and event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self.fit_height)  # the summary's lines at the new width

    def plot_height(self) -> int:
        """The least height the plot needs: more for taller tick labels and key (a larger text)."""
        return PLOT_HEIGHT + self.text_room(WORD_LINES[3:])

    def _fit_axis_labels(self) -> None:
        """An axis title longer than its axis (large text, a short plot) is left out rather than cut
        off; the summary and the key say the same, and the description keeps the scale."""
        box = self.plot_item.getViewBox().size()
        for name, length in (("left", box.height()), ("bottom", box.width())):
            axis = self.plot_item.getAxis(name)
            words = getattr(axis, "labelText", "")
            if words:
                fits = QFontMetrics(axis.label.font()).horizontalAdvance(words) <= length
                if fits != axis.label.isVisible():
                    axis.showLabel(fits)

    def text_room(self, lines: tuple[tuple[float, bool], ...] = WORD_LINES) -> int:
        """How many pixels more ``lines`` of the chart's words take than at the reference text size
        (the app's text at 24 points: tall tick labels and a tall key need a taller plot)."""

        def height(theme: ChartTheme) -> int:
            return sum(QFontMetrics(theme.font(points, bold)).height() for points, bold in lines)

        return max(0, height(self.theme) - height(self.theme.for_text(REFERENCE_POINTS)))

    def add_key(self, parts: list[tuple[str, str, str]]) -> ChartKey:
        """A key above the plot: (glyph, words, colour) per series; it wraps rather than being cut.

        The glyph has the series' marker shape (● ▲ ✕ ━ ╍), so the key reads in greyscale too.
        """
        unbroken = {ord(" "): "&nbsp;", ord("-"): "\u2011"}  # lines break between series, not inside one
        html = "&nbsp;&nbsp;&nbsp; ".join(
            f'<span style="color:{colour}">{glyph}</span>&nbsp;{words.translate(unbroken)}'
            for glyph, words, colour in parts
        )
        self.key_row.set_key(f'<span style="color:{self.theme.foreground}">{html}</span>', self.theme.font(9))
        self.key = self.key_row
        return self.key_row

    def value_ticks(self, low: int, high: int, step: int = 2, axis: str = "left") -> None:
        """Label only the real scale (e.g. 0–10), even when the view leaves room above it."""
        self.plot_item.getAxis(axis).setTicks(
            [[(v, cell(v)) for v in range(low, high + 1, step)], [(v, "") for v in range(low, high + 1)]]
        )

    def guides(self, values) -> None:
        """Light horizontal reference lines at ``values`` (call after setting the x range).

        One item draws them all, far beyond both ends so panning never runs out of them.
        A drawn grid costs more than the whole chart, and InfiniteLines paint twice.
        """
        values = np.asarray(list(values), dtype=float)
        if not len(values):
            return
        low, high = self.plot_item.getViewBox().viewRange()[0]
        reach = (high - low) * 100
        colour = QColor(self.theme.foreground)
        colour.setAlphaF(self.theme.grid_alpha)
        item = pg.PlotCurveItem(
            np.tile([low - reach, high + reach], len(values)),
            np.repeat(values, 2),
            connect="pairs",
            pen=pg.mkPen(colour, width=1),
        )
        item.setZValue(-20)
        self.plot_item.addItem(item)

    def scatter(
        self, x, y, symbol: str, colour: str, name: str, size: float = 7, alpha: int = 160, **kwargs
    ) -> UniformScatter:
        """Points with one marker shape, added to the plot (one item however many points)."""
        t = self.theme
        item = UniformScatter(
            x,
            y,
            symbol=symbol,
            size=size * t.scale,
            brush=t.brush(colour, alpha),
            pen=t.pen(colour, 1),
            name=name,
            **kwargs,
        )
        self.plot_item.addItem(item)
        return item

    def curve(
        self,
        x,
        y,
        colour: str,
        name: str,
        width: float = 3,
        style=Qt.PenStyle.SolidLine,
        decimate: bool = True,
        **kwargs,
    ) -> pg.PlotCurveItem:
        """A line through the finite values (a gap where there is no value).

        A line over more days than the plot has pixels is drawn through every n-th day (n
        days share a pixel anyway); the figures, the table and the hover keep every day.
        """
        step = max(1, len(x) // max(self.plot.width(), 600)) if decimate else 1
        x, y = np.asarray(x)[::step], np.asarray(y)[::step]
        item = pg.PlotCurveItem(
            x, y, pen=self.theme.pen(colour, width, style), connect="finite", name=name, **kwargs
        )
        self.plot_item.addItem(item)
        return item

    def text_item(
        self, text: str, colour: str | None = None, anchor=(0, 0.5), points: float = 9, bold: bool = False
    ) -> pg.TextItem:
        item = pg.TextItem(text, color=colour or self.theme.foreground, anchor=anchor)
        item.setFont(self.theme.font(points, bold))
        return item

    def empty_note(self, text: str) -> None:
        """Say calmly that there is nothing to draw (in the plot and in words)."""
        self.summary.setText(text)
        item = self.text_item(text, anchor=(0.5, 0.5), points=11)
        self.plot_item.addItem(item)
        item.setPos(0.5, 0.5)
        self.plot_item.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)

    # pointer ---------------------------------------------------------------------
    def _view_point(self, scene_pos) -> QPointF | None:
        vb = self.plot_item.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return vb.mapSceneToView(scene_pos)

    def _on_mouse_moved(self, scene_pos) -> None:
        point = self._view_point(scene_pos)
        text = (self.describe_at(point.x(), point.y()) if point is not None and self.range else None) or ""
        self.hover_text = text
        self.plot.setToolTip(text)
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.range is None:
            return
        point = self._view_point(event.scenePos())
        if point is None:
            return
        day = self.day_at(point.x(), point.y())
        if day is not None:
            event.accept()
            self.open_day(day)

    def _row_activated(self, index) -> None:
        try:
            day = date.fromisoformat(self.model.text_at(index.row(), 0))
        except ValueError:
            return  # a row that is not a day (a trigger, an hour, a band of sleep)
        self.open_day(day)

    def open_day(self, day: date) -> None:
        self.entries_requested.emit(
            EntryFilter(date_from=day, date_to=day, include_private=self.include_private)
        )

    def view_to_widget(self, x: float, y: float):
        """Where a point of the chart is on the plot's viewport (for tests and focus)."""
        scene = self.plot_item.getViewBox().mapViewToScene(QPointF(x, y))
        return self.plot.mapFromScene(scene)

    # export ------------------------------------------------------------------------
    @property
    def picture_title(self) -> str:
        return self.title + (f" — {self.range.describe()}" if self.range else "")

    @contextlib.contextmanager
    def _titled(self):
        """The chart with its title and days above it, while a picture of it is made."""
        self.plot_item.setTitle(
            self.picture_title, color=self.theme.foreground, size=f"{self.theme.font(12).pointSizeF():g}pt"
        )
        self.plot_item.layout.activate()  # make room for the title now, not at the next paint
        try:
            yield
        finally:
            self.plot_item.setTitle(None)
            self.plot_item.layout.activate()

    def export(self, path: Path | str) -> Path:
        """Save the chart as a picture, titled with what it shows and which days."""
        with self._titled():
            return export_chart(
                self.plot_item,
                path,
                title=self.picture_title,
                description=self.description,
                background=self.theme.background,
            )

    def picture(self) -> QImage:
        """The chart as a titled picture in memory (e.g. for the PDF report)."""
        with self._titled():
            return chart_image(self.plot_item)

    def ask_export(self, suffix: str) -> None:
        name = self.title.lower().replace(" ", "-").replace("×", "x")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export {title}").format(title=self.title),
            f"{name}{suffix}",
            format_filters()[suffix],
        )
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            self.export(path)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Chart not saved"), str(exc))
