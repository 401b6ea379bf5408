"""The charts view: every chart for the chosen days, in one scrolling page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...core.charts_data import ChartData, DateRange, RangePreset
from ...core.errors import JournalError
from .base import ChartPanel
from .life_events_dialog import LifeEventsDialog
from .range_bar import RangeBar
from .registry import CHART_TYPES
from .session_action import ACTION_NAME
from .theme import ChartTheme, theme_for

PANEL_HEIGHT = 330


def link_time_axes(charts: list[ChartPanel]) -> None:
    """Zooming or panning one time chart moves the others with it."""
    time_charts = [c for c in charts if c.time_axis]
    for chart in time_charts[1:]:
        chart.plot_item.setXLink(time_charts[0].plot_item)


def show_all(charts: list[ChartPanel], data: ChartData, rng: DateRange) -> None:
    for chart in charts:
        chart.show_data(data, rng)


class DashboardView(QWidget):
    view_title = "Charts"
    session_mode_requested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: ChartData | None = None
        self.range: DateRange | None = None
        self._stale = True
        self.theme: ChartTheme = theme_for(self.palette(), self.font().pointSizeF())
        self._follow_app = QTimer(self)
        self._follow_app.setSingleShot(True)
        self._follow_app.setInterval(0)
        self._follow_app.timeout.connect(self.follow_the_app)
        self.range_bar = RangeBar(RangePreset.MONTH)
        self.range_bar.changed.connect(self.refresh)
        self.events_button = QPushButton(self.tr("Life events…"))
        self.events_button.setToolTip(self.tr("Add, change or remove the life events marked on the charts"))
        self.events_button.clicked.connect(self.edit_life_events)
        self.session_button = QPushButton(self.tr("Session mode"))
        self.session_button.setToolTip(self.tr("Full screen, large type, private text hidden (F11)"))
        self.session_button.clicked.connect(self.ask_for_session_mode)

        self.charts: list[ChartPanel] = []  # made when the view is first shown (quick start-up)
        self.grid = QGridLayout()
        page = QWidget()
        page.setLayout(self.grid)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setAccessibleName(self.tr("Charts"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # they reflow instead
        self._columns = 0

        self.range_bar.add_tool(self.events_button)
        self.range_bar.add_tool(self.session_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.range_bar)
        layout.addWidget(scroll, 1)
        events = getattr(ctx, "events", None)
        if events is not None:
            events.entries_changed.connect(self.mark_stale)
        self.set_journal(getattr(ctx, "journal", None))

    def _make_charts(self) -> None:
        if self.charts:
            return
        self.charts = [kind(theme=self.theme) for kind in CHART_TYPES]
        for chart in self.charts:
            chart.entries_requested.connect(self._open_entries)
        self._size_charts()
        self._columns = 0
        self._lay_out_charts()
        link_time_axes(self.charts)

    def _size_charts(self) -> None:
        """Each panel as tall as its words need at the app's text size, and a plot below them."""
        for chart in self.charts:
            chart.panel_height = PANEL_HEIGHT
            chart.fit_height()

    def _lay_out_charts(self) -> None:
        """Small charts two by two when two fit side by side, else one under the other."""
        if not self.charts:
            return
        small = [c for c in self.charts if not c.time_axis]
        pair = sorted((c.minimumSizeHint().width() for c in small), reverse=True)[:2]
        spare = self.scroll_area.viewport().width() - self.grid.horizontalSpacing() - 8
        columns = 2 if len(pair) == 2 and sum(pair) <= spare else 1
        if columns == self._columns:
            return
        self._columns = columns
        for chart in self.charts:
            self.grid.removeWidget(chart)
        row = column = 0
        for chart in self.charts:
            if chart.time_axis or columns == 1:  # full width, one under the other
                if column:
                    row, column = row + 1, 0
                self.grid.addWidget(chart, row, 0, 1, 2)
                row += 1
            else:
                self.grid.addWidget(chart, row, column)
                row, column = (row, 1) if column == 0 else (row + 1, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out_charts()

    # the view contract ----------------------------------------------------------
    def set_journal(self, journal) -> None:
        if journal is None:
            self.data = None
            self.range = None
            for chart in self.charts:
                chart.clear()
            self.range_bar.show_range(None)
            return
        self.data = journal.chart_data()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._make_charts()
        if self._stale:
            self.refresh()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            # a theme or text size chosen in Settings: the charts' colours and words follow, once the
            # app has finished changing (a font set while the style sheet repolishes would be undone)
            self._follow_app.start()

    def follow_the_app(self) -> None:
        self.set_theme(theme_for(self.palette(), self.font().pointSizeF()))

    # drawing -------------------------------------------------------------------
    def set_theme(self, theme: ChartTheme) -> None:
        if theme == self.theme:
            return
        self.theme = theme
        for chart in self.charts:
            chart.apply_theme(theme)
        self._size_charts()
        self._columns = 0  # two small charts side by side may no longer fit, or fit now
        self._lay_out_charts()
        if self.data is not None and self.range is not None:
            self.mark_stale()  # drawn again now if shown, else when next shown

    def refresh(self) -> None:
        if self.data is None:
            return
        self._make_charts()
        try:
            rng = self.data.resolve(self.range_bar.preset, custom=self.range_bar.custom)
        except JournalError as exc:
            self.range_bar.show_range(None, str(exc))
            return
        self.range = rng
        self.range_bar.show_range(rng)
        show_all(self.charts, self.data, rng)
        self._stale = False

    def ask_for_session_mode(self) -> None:
        """Start session mode through the window's action (F11), where the window has one."""
        self.session_mode_requested.emit()
        action = self.window().findChild(QAction, ACTION_NAME)
        if action is not None:
            action.trigger()

    def scroll_to(self, chart: ChartPanel) -> None:
        self.scroll_area.ensureWidgetVisible(chart, 0, 0)

    def _open_entries(self, entry_filter) -> None:
        events = getattr(self.ctx, "events", None)
        if events is not None:
            events.show_entries_requested.emit(entry_filter)

    def edit_life_events(self) -> None:
        journal = getattr(self.ctx, "journal", None)
        if journal is None:
            return
        LifeEventsDialog(journal, self).exec()
        self.mark_stale()
