"""`make screenshots`: a PNG of every main view, drawn offscreen with a demo journal.

Usage: python -m journal_app.gui.screenshots OUT_DIR
       python -m journal_app.gui.screenshots OUT_DIR --size 800x500 --points 24 --theme dark
              [--language es] [--rtl]   (one chosen set: every view, the editor of each kind,
              the lock screen and the tray menu; each option may be given more than once)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ..core.annotations import LifeEvent
from ..core.charts_data import RangePreset
from ..core.journal import Journal
from ..core.models import EntryKind
from ..core.query import EntryFilter
from . import i18n, theme
from .app import make_application
from .charts.dashboard import DashboardView
from .charts.registry import CHART_TYPES
from .charts.session_mode import SessionModeWindow
from .context import AppContext, JournalEvents, View
from .main_window import MainWindow

SIZE = (1400, 860)
DEMO_END = date(2026, 11, 20)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shot_journal(window: MainWindow) -> QWidget:
    window.show_view(window.journal_view)
    window.journal_view.table.selectRow(2)
    return window


def shot_new_check_in(window: MainWindow) -> QWidget:
    window.journal_view.new_entry(EntryKind.CHECK_IN)
    return window


def shot_search(window: MainWindow) -> QWidget:
    window.journal_view.filter_bar.search.setText("crav")
    window.journal_view.apply_filter(window.journal_view.filter_bar.current_filter())
    return window


def _mark_demo_days(window: MainWindow) -> None:
    """A life event and a session two weeks ago, so the charts show their markers."""
    journal = window.ctx.journal
    assert journal is not None
    if not journal.annotations.sessions():
        journal.annotations.save_life_event(LifeEvent(DEMO_END - timedelta(days=20), "Started a new job"))
        journal.annotations.record_session(
            datetime.combine(DEMO_END - timedelta(days=14), time(17)).astimezone()
        )


def shot_charts(window: MainWindow) -> QWidget:
    _mark_demo_days(window)
    dashboard = next(v for v in window.views if isinstance(v, DashboardView))
    window.show_view(dashboard)
    dashboard.range_bar.set_preset(RangePreset.QUARTER)
    return window


def shot_chart_patterns(window: MainWindow) -> QWidget:
    shot_charts(window)
    dashboard = next(v for v in window.views if isinstance(v, DashboardView))
    _settle()
    dashboard.scroll_to(dashboard.charts[-1])  # the heat maps, the year in pixels and sleep
    return window


def shot_session_mode(window: MainWindow, step: int = 0) -> QWidget:
    _mark_demo_days(window)
    session = SessionModeWindow(window.ctx)  # drawn at screenshot size, not full screen
    session.resize(*SIZE)
    session.go_to(step)
    session.show()
    _extra_windows.append(session)
    return session


_extra_windows: list[QWidget] = []


def shot_today(window: MainWindow) -> QWidget:
    from .views.today_view import TodayView

    today = next(v for v in window.views if isinstance(v, TodayView))
    today.today = DEMO_END  # the demo journal's last day stands for today
    window.show_view(today)
    today.refresh()
    return window


def shot_welcome(window: MainWindow) -> QWidget:
    from .dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog(window.ctx, window, today=DEMO_END)
    dialog.skip()  # the recovery step: what and since when
    dialog.show()
    _extra_windows.append(dialog)
    return dialog


def shot_about(window: MainWindow, tab: int = 0) -> QWidget:
    from .dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    dialog.tabs.setCurrentIndex(tab)
    dialog.show()
    _extra_windows.append(dialog)
    return dialog


def shot_lapse_review(window: MainWindow) -> QWidget:
    """The review of the demo journal's latest use, with "next time" added to the plan."""
    from .dialogs.lapse_review import LapseReviewDialog

    journal = window.ctx.journal
    assert journal is not None
    row = next(iter(journal.rows(EntryFilter(kinds=frozenset({EntryKind.USE})), limit=1)))
    used = journal.get(row.id)
    assert used is not None
    dialog = LapseReviewDialog(window.ctx, used, window)
    dialog.show()
    _extra_windows.append(dialog)
    return dialog


# (file name, what to set up) — views added later register themselves here too;
# every other view gets a plain shot of its own.
SHOTS: list[tuple[str, Callable[[MainWindow], QWidget]]] = [
    ("today", shot_today),
    ("welcome", shot_welcome),
    ("journal", shot_journal),
    ("new-check-in", shot_new_check_in),
    ("search", shot_search),
    ("charts", shot_charts),
    ("charts-patterns", shot_chart_patterns),
    ("session-mode", shot_session_mode),
    ("session-mode-entries", lambda window: shot_session_mode(window, len(CHART_TYPES))),
]


def _open_window(folder: Path) -> tuple[MainWindow, Journal]:
    journal = Journal.open(folder)
    window = MainWindow(AppContext(journal, JournalEvents(), folder))
    window.resize(*SIZE)
    window.show()
    _settle()
    return window, journal


def _save(widget: QWidget, out_dir: Path, name: str, written: list[Path]) -> None:
    _settle()
    path = out_dir / f"{len(written) + 1:02d}-{name}.png"
    widget.grab().save(str(path))
    written.append(path)


# every view at a small laptop, a roomy screen and a big one, in light and dark: look at them
SIZES = ((1024, 600), (1400, 900), (1920, 1080))
THEMES = ("light", "dark")


# the largest text size the app offers, at the smallest window it is made for and a small laptop
LARGE_TEXT = 24
LARGE_TEXT_SIZES = ((800, 500), (1024, 600))


def _every_view_at_every_size(
    folder: Path,
    out_dir: Path,
    written: list[Path],
    *,
    themes: tuple[str, ...] = THEMES,
    sizes: tuple[tuple[int, int], ...] = SIZES,
    points: int = 0,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    text = f"-{points}pt" if points else ""
    for theme_name in themes:
        theme.apply(app, theme_name, points)
        for width, height in sizes:
            window, journal = _open_window(folder)
            window.resize(width, height)
            _settle()
            prefix = f"{width}x{height}-{theme_name}{text}"
            for row, view in enumerate(window.views):
                window.nav.setCurrentRow(row)
                name = str(getattr(view, "view_title", "view")).lower().replace(" ", "-")
                _save(window, out_dir, f"{prefix}-{name}", written)
            window.journal_view.new_entry(EntryKind.CHECK_IN)
            _save(window, out_dir, f"{prefix}-new-check-in", written)
            window.journal_view.editor.revert()
            window.close()
            journal.close()
    theme.apply(app, "light")


def _spanish_set(folder: Path, out_dir: Path, written: list[Path]) -> None:
    """Every view in Spanish, light, at a small laptop and a roomy screen (``es-…`` files)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, "light")
    i18n.install(app, "es")
    try:
        for width, height in SIZES:
            window, journal = _open_window(folder)
            window.resize(width, height)
            _settle()
            prefix = f"es-{width}x{height}-light"
            for row, view in enumerate(window.views):
                window.nav.setCurrentRow(row)
                name = str(getattr(view, "view_title", "view")).lower().replace(" ", "-")
                _save(window, out_dir, f"{prefix}-{name}", written)
            window.journal_view.new_entry(EntryKind.CHECK_IN)
            _save(window, out_dir, f"{prefix}-new-check-in", written)
            window.journal_view.editor.revert()
            session = shot_session_mode(window)
            session.resize(width, height)
            _save(session, out_dir, f"{prefix}-session-mode", written)
            if (width, height) == SIZES[0]:  # the dialogs at the smallest screen
                for tab in range(3):
                    _save(shot_about(window, tab), out_dir, f"{prefix}-about-{tab + 1}", written)
                _save(shot_lapse_review(window), out_dir, f"{prefix}-lapse-review", written)
            while _extra_windows:
                _extra_windows.pop().close()
            window.close()
            journal.close()
    finally:
        i18n.install(app, "en")


def take_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    theme.apply(make_application(), "light")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="rj-shots-") as tmp:
        journal = Journal.open(Path(tmp))
        journal.add_demo(180, end=DEMO_END)
        journal.close()
        window, journal = _open_window(Path(tmp))
        for name, setup in SHOTS:
            _save(setup(window), out_dir, name, written)
        while _extra_windows:
            _extra_windows.pop().close()
        shot_names = {name for name, _setup in SHOTS}
        for view in window.views:
            assert isinstance(view, View)
            name = view.view_title.lower().replace(" ", "-")
            if name not in shot_names:
                window.show_view(view)
                _save(window, out_dir, name, written)
        window.close()
        journal.close()
        _every_view_at_every_size(Path(tmp), out_dir, written)
        _every_view_at_every_size(  # "…-light-24pt-…": the largest text the app offers
            Path(tmp), out_dir, written, themes=("light",), sizes=LARGE_TEXT_SIZES, points=LARGE_TEXT
        )
        _spanish_set(Path(tmp), out_dir, written)
    with tempfile.TemporaryDirectory(prefix="rj-shots-empty-") as tmp:
        window, journal = _open_window(Path(tmp))
        _save(window, out_dir, "empty-journal", written)
        window.close()
        journal.close()
    return written


def _tray_menu(window: MainWindow) -> QMenu:
    """The tray icon's menu (built here too where the screen has no tray)."""
    tray = window.tray
    menu = getattr(tray, "menu", None)
    if not isinstance(menu, QMenu):
        menu = QMenu(window)
        for action in (tray.show_action, tray.checkin_action, tray.urge_action, tray.help_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (tray.snooze_action, tray.hide_action, tray.lock_action, tray.quit_action):
            menu.addAction(action)
    return menu


def _one_window_set(
    folder: Path, out_dir: Path, written: list[Path], prefix: str, size: tuple[int, int]
) -> None:
    window, journal = _open_window(folder)
    window.resize(*size)
    _settle()
    for row, view in enumerate(window.views):
        window.nav.setCurrentRow(row)
        name = str(getattr(view, "view_title", "view")).lower().replace(" ", "-")
        _save(window, out_dir, f"{prefix}-{name}", written)
    window.show_view(window.journal_view)
    for kind in EntryKind:
        window.journal_view.new_entry(kind)
        _save(window, out_dir, f"{prefix}-new-{kind.value.replace('_', '-')}", written)
        window.journal_view.editor.revert()
    window.journal_view.table.selectRow(0)
    _save(window, out_dir, f"{prefix}-journal-entry", written)
    security = window.security
    security.pages.setCurrentWidget(security.lock_screen)  # drawn only: nothing is locked
    security.lock_screen.reset()
    _save(window, out_dir, f"{prefix}-lock-screen", written)
    security.lock_screen.use_recovery.setChecked(True)
    _save(window, out_dir, f"{prefix}-lock-screen-recovery", written)
    security.pages.setCurrentWidget(security.content)
    menu = _tray_menu(window)
    menu.popup(window.mapToGlobal(window.rect().center()))  # laid out as shown (its shortcut column whole)
    _save(menu, out_dir, f"{prefix}-tray-menu", written)
    menu.hide()
    window.close()
    journal.close()


def chosen_set(
    out_dir: Path,
    *,
    sizes: list[tuple[int, int]],
    points: list[int],
    themes: list[str],
    language: str = "en",
    rtl: bool = False,
) -> list[Path]:
    """Every view, the editor of each kind, the lock screen and the tray menu, for each
    size, text size and theme asked for (``es-rtl-800x500-dark-24pt-…`` files)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    app = make_application()
    written: list[Path] = []
    i18n.install(app, language)
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        with tempfile.TemporaryDirectory(prefix="rj-shots-") as tmp:
            journal = Journal.open(Path(tmp))
            journal.add_demo(180, end=DEMO_END)
            journal.close()
            for theme_name in themes:
                for size_points in points:
                    theme.apply(app, theme_name, size_points)
                    for width, height in sizes:
                        prefix = "-".join(
                            part
                            for part in (
                                language,
                                "rtl" if rtl else "",
                                f"{width}x{height}",
                                theme_name,
                                f"{size_points}pt" if size_points else "",
                            )
                            if part
                        )
                        _one_window_set(Path(tmp), out_dir, written, prefix, (width, height))
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        i18n.install(app, "en")
        theme.apply(app, "light")
    return written


def _size(text: str) -> tuple[int, int]:
    width, _x, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m journal_app.gui.screenshots")
    parser.add_argument("out_dir", nargs="?", default="build/screenshots")
    parser.add_argument("--size", action="append", type=_size, help="a window size, WIDTHxHEIGHT")
    parser.add_argument("--points", action="append", type=int, help="a text size in points (0: the system's)")
    parser.add_argument("--theme", action="append", choices=sorted(theme.TONES), help="a theme")
    parser.add_argument("--language", default="", help="en or es")
    parser.add_argument("--rtl", action="store_true", help="lay out right to left")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args.out_dir)
    if args.size or args.points or args.theme or args.language or args.rtl:
        paths = chosen_set(
            out_dir,
            sizes=args.size or [SIZES[0]],
            points=args.points or [0],
            themes=args.theme or ["light"],
            language=args.language or "en",
            rtl=args.rtl,
        )
    else:
        paths = take_all(out_dir)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
