"""Recovery Journal as a screen reader meets it: over the AT-SPI accessibility bus.

Run by ``make a11y`` with Debian's system Python (python3-pyatspi), inside a
virtual X screen and a private session bus (xvfb-run + dbus-run-session). It
starts the AT-SPI bus, a small window manager and the app on a demo journal,
then for every view, every entry form and every dialog:

* walks the accessible tree and prints a table of its interactive nodes;
* presses Tab (and Shift+Tab) round the window as a keyboard user would,
  recording the focus events a screen reader hears;

and fails on: an interactive node without a name (a combo box needs a
"labelled by" relation, since Qt on Linux announces a combo by its current
text), a duplicate name among siblings, a Tab trap, a Tab press that moves
focus without a focus event, a view switch that announces nothing.

It talks to the app only through the bus, as Orca does; it imports nothing
from the app.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "slider",
    "table",
    "tree table",
    "list",
    "tree",
    "page tab",
}
CONTAINERS_NOT_WALKED = {"table", "tree table", "list", "tree", "menu bar", "menu"}  # their rows are data
TAB, ESCAPE, F1 = 0xFF09, 0xFF1B, 0xFFBE
SHIFT, CONTROL = 1 << 0, 1 << 2  # X modifier masks, locked around a key press
MAX_TAB_STOPS = 160
SLOW = 15.0  # seconds to wait for a view or dialog that is built on first use (a busy CI machine)
SECTION_PRESSES = 6  # Tab walks a date field's day, month, year… before it leaves

VIEWS = [
    ("Today", "1"),
    ("Journal", "2"),
    ("Charts", "3"),
    ("Insights", "4"),
    ("Prevention plan", "5"),
    ("Learn", "6"),
]
JOURNAL_KEY = "2"  # the entry forms are the journal view's
FORMS = [
    ("New check-in", [CONTROL], "n", "check-in"),
    ("New urge", [CONTROL, SHIFT], "u", "urge"),
    ("New use", [CONTROL, SHIFT], "e", "use"),
    ("New note", [CONTROL, SHIFT], "n", "note"),
]
DIALOGS = [
    ("Get help now", [], F1),
    ("Log an urge", [CONTROL], ord("u")),
    ("Export", [CONTROL, SHIFT], ord("x")),
    ("Import", [CONTROL, SHIFT], ord("i")),
]


@dataclass
class Report:
    title: str
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    stops: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)


# -- the bus -------------------------------------------------------------------
focus_events: list = []


def _on_focus(event) -> None:
    if event.detail1:
        focus_events.append(event.source)


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def wait_for_focus(seconds: float = 1.5):
    """The first focus event within ``seconds`` (then a moment more for any that follow)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end and not focus_events:
        pump(0.05)
    if focus_events:
        pump(0.08)
    return focus_events[-1] if focus_events else None


def press(keysym: int, modifiers: list[int] = ()) -> None:
    """One key through the X server (XTest), as a keyboard would send it."""
    registry = pyatspi.Registry
    mask = sum(modifiers)
    if mask:
        registry.generateKeyboardEvent(mask, None, pyatspi.KEY_LOCKMODIFIERS)
    registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    if mask:
        registry.generateKeyboardEvent(mask, None, pyatspi.KEY_UNLOCKMODIFIERS)


def keysym_of(char: str) -> int:
    return ord(char)


# -- reading nodes -------------------------------------------------------------
def labelled_by(node) -> str:
    names = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                names += [relation.getTarget(i).name or "" for i in range(relation.getNTargets())]
    except Exception:  # a node that went away while we looked
        return ""
    return " ".join(n.replace("&", "") for n in names if n).strip()


def spoken(node) -> str:
    """What Orca says first: the label for a combo box (its name is its current text)."""
    role = node.getRoleName()
    label = labelled_by(node)
    if role == "combo box":
        return label
    return (node.name or "").strip() or label


def key_of(node) -> tuple:
    """A node's place in the tree: stable while the window stays open."""
    path = []
    try:
        while node is not None and node.getRoleName() != "application" and len(path) < 60:
            path.append(node.getIndexInParent())
            node = node.parent
    except Exception:
        pass
    return tuple(reversed(path))


def describe(node) -> str:
    if node is None:
        return "nothing"
    try:
        return f"{node.getRoleName()} “{spoken(node) or node.name or ''}”"[:100]
    except Exception:
        return "a node that went away"


def showing(node) -> bool:
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def walk_tree(window, report: Report) -> None:
    def visit(node, depth: int) -> None:
        if depth > 50:
            return
        children = [c for c in node if c is not None and showing(c)]
        seen: dict[str, str] = {}
        for child in children:
            role = child.getRoleName()
            if role in INTERACTIVE:
                name = spoken(child)
                label = labelled_by(child)
                report.rows.append((role, name, label, (child.description or "")[:50]))
                if not name:
                    report.findings.append(f"{role} without a name or label (index path {key_of(child)})")
                elif name.casefold() in seen:
                    report.findings.append(f"two siblings named “{name}”: {seen[name.casefold()]} and {role}")
                else:
                    seen[name.casefold()] = role
            if role not in CONTAINERS_NOT_WALKED:
                visit(child, depth + 1)

    visit(window, 0)


def tab_walk(report: Report, backwards: bool = False) -> None:
    """Tab round the window: every press must move focus with an event, and come back."""
    modifiers = [SHIFT] if backwards else []
    start = focus_events[-1] if focus_events else None
    if start is None:
        focus_events.clear()
        press(TAB, modifiers)
        start = wait_for_focus()
        if start is None:
            report.findings.append("Tab gave no focus event at all")
            return
    start_key, previous, held = key_of(start), start, 0
    for _ in range(MAX_TAB_STOPS):
        focus_events.clear()
        press(TAB, modifiers)
        role = previous.getRoleName() if previous is not None else ""
        now = wait_for_focus(0.7 if role == "spin button" else 2.5)  # generous on a busy machine
        if now is None:
            held += 1
            if role == "spin button" and held <= SECTION_PRESSES:
                continue  # the next section of a date field: no focus move, no event
            report.findings.append(f"Tab trap or silent focus move after {describe(previous)}")
            return
        held = 0
        key = key_of(now)
        if not backwards:
            report.stops.append(describe(now))
        if key == start_key:
            return
        if key == key_of(previous) and now.getRoleName() not in ("table cell",):
            report.findings.append(f"Tab trap: {describe(now)} kept the focus")
            return
        previous = now
    report.findings.append(f"no way back to {describe(start)} after {MAX_TAB_STOPS} Tab presses")


def wait_for_window(app, word: str, seconds: float = SLOW):
    """The active window once its title holds ``word`` (a dialog just asked for)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.2)
        window = active_window(app)
        if window is not None and word.casefold() in (window.name or "").casefold():
            pump(0.5)  # its first focus event
            return window
    return None


def active_window(app):
    for window in app:
        try:
            if window.getState().contains(pyatspi.STATE_ACTIVE):
                return window
        except Exception:
            continue
    return None


def check_surface(app, report: Report) -> None:
    window = active_window(app)
    if window is None:
        report.findings.append("no active window")
        return
    walk_tree(window, report)
    tab_walk(report)
    tab_walk(report, backwards=True)


def print_report(report: Report) -> None:
    print(f"\n== {report.title} ==")
    width = max([len(r[1]) for r in report.rows] + [4])
    width = min(width, 48)
    print(f"{'role':<14} {'name heard':<{width}} {'labelled by':<14} description")
    for role, name, label, description in report.rows:
        print(f"{role:<14} {name[:width]:<{width}} {label[:14]:<14} {description}")
    print(f"Tab stops ({len(report.stops)}): " + " → ".join(report.stops))
    for finding in report.findings:
        print(f"  FINDING: {finding}")


# -- the run -------------------------------------------------------------------
def find_app(name: str, seconds: float = 40):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.5)
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and active_window(app) is not None:
                return app
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the recovery-journal command")
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()

    helpers = [
        subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"]),
    ]
    time.sleep(1)
    helpers.append(subprocess.Popen(["openbox"], stderr=subprocess.DEVNULL))
    env = dict(
        os.environ,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        QT_QPA_PLATFORM="xcb",
        QT_LOGGING_RULES="qt.accessibility.atspi=false",
    )
    app_process = subprocess.Popen([args.app, "--data-dir", args.data_dir], env=env)
    pyatspi.Registry.registerEventListener(_on_focus, "object:state-changed:focused")
    reports: list[Report] = []
    try:
        app = find_app("Recovery Journal")
        if app is None:
            print("The app did not appear on the accessibility bus.", file=sys.stderr)
            return 2
        pump(1.0)
        for title, digit in VIEWS:
            report = Report(f"View: {title}")
            focus_events.clear()
            press(keysym_of(digit), [CONTROL])
            heard = wait_for_focus(SLOW)  # a view is built the first time it is shown
            if heard is None or title.casefold() not in (heard.name or "").casefold():
                report.findings.append(f"Ctrl+{digit} announced {describe(heard)}, not the view's name")
            check_surface(app, report)
            reports.append(report)
        press(keysym_of(JOURNAL_KEY), [CONTROL])
        pump(0.5)
        for title, modifiers, char, _kind in FORMS:
            report = Report(f"Entry form: {title}")
            focus_events.clear()
            press(keysym_of(char), modifiers)
            if wait_for_focus(SLOW) is None:
                report.findings.append(f"{title} moved focus nowhere a screen reader hears")
            check_surface(app, report)
            reports.append(report)
        for title, modifiers, keysym in DIALOGS:
            report = Report(f"Dialog: {title}")
            focus_events.clear()
            press(keysym, modifiers)
            window = wait_for_window(app, title.split()[0])
            if window is None:
                report.findings.append(f"the dialog did not open (active: {describe(active_window(app))})")
            else:
                check_surface(app, report)
            reports.append(report)
            press(ESCAPE)
            pump(0.8)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        for helper in helpers:
            helper.terminate()
    for report in reports:
        print_report(report)
    failed = [r for r in reports if r.findings]
    print(f"\n{len(reports)} windows checked over AT-SPI; {len(failed)} with findings.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
