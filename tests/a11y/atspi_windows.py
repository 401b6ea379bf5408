"""The windows ``make a11y`` meets over the bus: waiting for one, walking it, closing it, and
starting and stopping the app under check. Shared by atspi_check.py and atspi_boxes.py."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable

import pyatspi
from atspi_bus import (
    ESCAPE,
    SLOW,
    Report,
    active_window,
    describe,
    focus_events,
    press,
    pump,
    tab_walk,
    walk_tree,
)


def wait_for_window(app, words: str, seconds: float = SLOW):
    """The active window once its title holds ``words`` (a window just asked for)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.2)
        window = active_window(app)
        if window is not None and words.casefold() in (window.name or "").casefold():
            pump(0.5)  # its first focus event
            return window
    return None


def check_surface(app, report: Report, backwards: bool = True) -> None:
    try:
        walk_surface(app, report, backwards)
    finally:
        report.seconds = time.monotonic() - report.started


def walk_surface(app, report: Report, backwards: bool = True) -> None:
    window = active_window(app)
    if window is None:
        report.findings.append("no active window")
        return
    walk_tree(window, report)
    tab_walk(report)
    if backwards:
        tab_walk(report, backwards=True)


def opened(app, report: Report, words: str, open_it: Callable[[], object]):
    """The window ``open_it`` opens, once its title holds ``words``; None (a finding) if none."""
    focus_events.clear()
    open_it()
    window = wait_for_window(app, words)
    if window is None:
        report.findings.append(f"the window did not open (active: {describe(active_window(app))})")
    return window


def close(app, window) -> None:
    press(ESCAPE)
    end = time.monotonic() + SLOW
    while time.monotonic() < end:
        pump(0.2)
        if active_window(app) is not None and active_window(app) != window:
            break
    pump(0.3)


def stop(app_process: subprocess.Popen) -> None:
    app_process.terminate()
    try:
        app_process.wait(10)
    except subprocess.TimeoutExpired:
        app_process.kill()


def find_app(name: str, seconds: float = 40, process: subprocess.Popen | None = None):
    end = time.monotonic() + seconds
    while time.monotonic() < end and (process is None or process.poll() is None):
        pump(0.5)
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and active_window(app) is not None:
                return app
    return None
