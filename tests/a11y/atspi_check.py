"""Recovery Journal as a screen reader meets it: over the AT-SPI accessibility bus.

Run by ``make a11y`` with Debian's system Python (python3-pyatspi), inside a
private session bus (dbus-run-session). It starts a virtual X screen (Xvfb,
``screen.py``), the AT-SPI bus, a small window manager and the app on a demo journal,
then for every view, every entry form and every dialog:

* walks the accessible tree and prints a table of its interactive nodes;
* presses Tab (and Shift+Tab) round the window as a keyboard user would,
  recording the focus events a screen reader hears;

and fails on: an interactive node without a name (a combo box needs a
"labelled by" relation, since Qt on Linux announces a combo by its current
text), a duplicate name among siblings, a Tab trap, a Tab press that moves
focus without a focus event, a view switch that announces nothing, a date
field that says only its value (Qt gives it none: AT-SPI says 0) without its
date in its name or description.

Views and entry forms open with their shortcuts; dialogs with theirs, through
their menu item or button (activated over the bus, as a screen reader does),
or the way a person meets them: a use entry saved after a stretch without use
brings the overdose card and the lapse review, an unknown substance the
question which kind it is. The crash dialog comes from a real error raised in
the app (``app_under_check.py`` raises one on SIGUSR1). The check talks to
the app only through the bus and the keyboard; it imports nothing from it.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from atspi_boxes import (
    check_already_open,
    check_calendar,
    check_import_preview,
    check_unsaved_question,
    check_urge_question,
)
from atspi_bus import (
    CONTROL,
    F1,
    PAGE_DOWN,
    RETURN,
    SHIFT,
    SLOW,
    Report,
    active_window,
    announcements,
    describe,
    do_action,
    find_node,
    focus_events,
    heard_since,
    listen,
    name_changes,
    press,
    print_report,
    pump,
    showing,
    spoken,
    type_text,
    wait_for_focus,
)
from atspi_windows import check_surface, close, find_app, opened, stop
from screen import SETUP_FAILED, SetupError, start_xvfb, tail

VIEWS = [
    ("Today", "1"),
    ("Journal", "2"),
    ("Charts", "3"),
    ("Insights", "4"),
    ("Prevention plan", "5"),
    ("Learn", "6"),
    ("Questionnaires", "7"),
    ("Medication", "8"),
    ("Back-fill days", "9"),
]
JOURNAL_KEY = "2"  # the entry forms are the journal view's
FORMS = [
    ("New check-in", [CONTROL], "n", "check-in"),
    ("New urge", [CONTROL, SHIFT], "u", "urge"),
    ("New use", [CONTROL, SHIFT], "e", "use"),
    ("New note", [CONTROL, SHIFT], "n", "note"),
]
NEW_USE = ([CONTROL, SHIFT], ord("e"))
KEY_DIALOGS = [  # title, the words its window title holds, modifiers, key
    ("Get help now", "Get help", [], F1),
    ("Log an urge", "Log an urge", [CONTROL], ord("u")),
    ("Export", "Export", [CONTROL, SHIFT], ord("x")),
    ("Import", "Import", [CONTROL, SHIFT], ord("i")),
    ("Settings", "Settings", [CONTROL], ord(",")),
]
MENU_DIALOGS = [  # title, window words, the menu item's name
    ("Encryption and passphrase", "Encryption", "Encryption and passphrase…"),
    ("Restore from a backup", "Restore", "Restore from a backup…"),
    ("Welcome", "Welcome", "Welcome and first steps…"),
    ("About", "About", "About Recovery Journal"),
]
BUTTON_DIALOGS = [  # title, window words, the view's shortcut digit, the button's name
    ("Life events", "Life events", "3", "Life events…"),
    ("Session mode", "Session mode", "3", "Session mode"),
    ("Questionnaire: PHQ-9", "PHQ-9", "7", "Fill in the PHQ-9…"),
    ("Questionnaire: GAD-7", "GAD-7", "7", "Fill in the GAD-7…"),
    ("Questionnaire: Brief Addiction Monitor", "Brief Addiction", "7", "Fill in the BAM…"),
    ("Lapse review (from Back-fill days)", "Lapse review", "9", "Lapse review of my latest use…"),
]
STEPPED: dict[str, str | int] = {  # a window walked step by step: the button, or the key, to the next
    "Welcome": "Skip this step",
    "Session mode": PAGE_DOWN,
}
MAX_STEPS = 20
STEP_BUTTON = "Next ▶"  # session mode's: Space on it goes on to step 2 with the focus kept there
CALENDARS = {  # after walking a window: the date field whose calendar pop-up is walked too
    "View: Insights": "Start day",
    "View: Back-fill days": "Through (last day of the range)",
    "Entry form: New note": "When",
    "Dialog: Export": "Export from",
}
USE_FLOWS = [  # the substance a new use names, and the windows saving it brings
    ("heroin", [("Overdose card", "overdose safety"), ("Lapse review (offered)", "Lapse review")]),
    (
        "zorblex",
        [("Substance question", "Which kind of substance")],
    ),  # the review, offered again, is walked above
]


def check_window(app, title: str, words: str, open_it: Callable[[], object]) -> list[Report]:
    """Open a window, walk it (each of its steps, for one that has them), close it with Esc."""
    report = Report(f"Dialog: {title}")
    window = opened(app, report, words, open_it)
    if window is None:
        return [report]
    first = focus_events[-1] if focus_events else None
    check_surface(app, report)
    reports = [report, *after_walk(app, report.title)]
    steps = 0
    for step in range(2, MAX_STEPS + 1):
        how = STEPPED.get(title)
        if how is None or (steps and step > steps):
            break
        focus_events.clear()
        name_changes.clear()
        announcements.clear()
        if isinstance(how, int):
            if not steps:  # "Step 1 of 14: …": the count comes from the first step's title
                counted = re.search(r"step 1 of (\d+)", spoken(first) if first else "", re.IGNORECASE)
                steps = int(counted.group(1)) if counted else MAX_STEPS
            next_button = find_node(window, {"push button"}, STEP_BUTTON)
            if step == 2 and next_button is not None:  # the Next button keeps the focus: announced
                next_button.queryComponent().grabFocus()
                pump(0.3)
                focus_events.clear()
                press(ord(" "))
            else:
                press(how)
        else:
            button = find_node(window, {"push button"}, how)
            if button is None or not showing(button):
                break
            do_action(button)
        reports.append(Report(f"Dialog: {title}, step {step}"))
        heard = heard_since(f"step {step} of")
        print(f"{title}, step {step} is heard as: “{heard}”")
        if not heard:
            reports[-1].findings.append(
                f"the step announced {describe(wait_for_focus(0.1))}, not “Step {step} of …”"
            )
        check_surface(app, reports[-1], backwards=not isinstance(how, int))  # round once is enough
    close(app, window)
    return reports


def after_walk(app, title: str) -> list[Report]:
    """What is walked from a window once the window itself has been: its date field's calendar."""
    field_name = CALENDARS.get(title)
    return [] if field_name is None else [check_calendar(app, field_name)]


def show_view(digit: str) -> None:
    focus_events.clear()
    press(ord(digit), [CONTROL])
    wait_for_focus(SLOW)


def check_views(app) -> list[Report]:
    reports = []
    for title, digit in VIEWS:
        report = Report(f"View: {title}")
        focus_events.clear()
        name_changes.clear()
        press(ord(digit), [CONTROL])
        # a view is built the first time it is shown; on a busy machine the heading's new name
        # can reach the bus just after its focus event (Orca then says the new name as well)
        if not heard_since(title, SLOW):
            report.findings.append(
                f"Ctrl+{digit} announced {describe(wait_for_focus(0.1))}, not the view's name"
            )
        check_surface(app, report)
        reports.append(report)
        reports += after_walk(app, report.title)
    return reports


def check_forms(app) -> list[Report]:
    reports = []
    show_view(JOURNAL_KEY)
    for title, modifiers, char, _kind in FORMS:
        report = Report(f"Entry form: {title}")
        focus_events.clear()
        press(ord(char), modifiers)
        if wait_for_focus(SLOW) is None:
            report.findings.append(f"{title} moved focus nowhere a screen reader hears")
        check_surface(app, report)
        reports.append(report)
        reports += after_walk(app, report.title)
    return reports


def check_dialogs(app, main_window) -> list[Report]:
    reports = []
    for title, words, modifiers, key in KEY_DIALOGS:
        if ONLY_DIALOGS and ONLY_DIALOGS.casefold() not in title.casefold():
            continue
        reports += check_window(app, title, words, lambda m=modifiers, k=key: press(k, m))
    for title, words, item in MENU_DIALOGS:
        if ONLY_DIALOGS and ONLY_DIALOGS.casefold() not in title.casefold():
            continue
        node = find_node(main_window, {"menu item"}, item, walk_menus=True)
        reports += check_window(app, title, words, lambda node=node: node is not None and do_action(node))
        if node is None:
            reports[-1].findings.append(f"no menu item “{item}”")
    for title, words, digit, button in BUTTON_DIALOGS:
        if ONLY_DIALOGS and ONLY_DIALOGS.casefold() not in title.casefold():
            continue
        show_view(digit)
        node = find_node(main_window, {"push button"}, button)
        reports += check_window(app, title, words, lambda node=node: node is not None and do_action(node))
        if node is None:
            reports[-1].findings.append(f"no button “{button}” on the view")
    return reports


def check_use_flows(app, main_window) -> list[Report]:
    """Save a new use as a person would; walk each window it brings, in the order they come."""
    reports = []
    for substance, expected in USE_FLOWS:
        show_view(JOURNAL_KEY)
        press(NEW_USE[1], NEW_USE[0])
        pump(1.0)
        field = find_node(main_window, {"text"}, "Substance")
        if field is None:
            reports.append(
                Report(f"Saving a use of “{substance}”", findings=["no Substance field on the form"])
            )
            continue
        field.queryComponent().grabFocus()
        pump(0.3)
        type_text(substance)
        focus_events.clear()
        press(ord("s"), [CONTROL])
        waiting = {words: title for title, words in expected}
        end = time.monotonic() + SLOW
        while waiting and time.monotonic() < end:
            pump(0.3)
            window = active_window(app)
            name = (window.name or "").casefold() if window is not None else ""
            words = next((w for w in waiting if w.casefold() in name), None)
            if words is None:
                continue
            report = Report(f"Dialog: {waiting.pop(words)} (after saving a use of “{substance}”)")
            pump(0.5)
            check_surface(app, report)
            reports.append(report)
            close(app, window)
            end = time.monotonic() + SLOW
        for title in waiting.values():
            reports.append(
                Report(f"Dialog: {title}", findings=[f"did not open after saving a use of “{substance}”"])
            )
        for _ in range(3):  # anything else the save brought (a review offered again) is closed
            window = active_window(app)
            if window is None or window == main_window:
                break
            close(app, window)
    return reports


def check_crash(app, app_process: subprocess.Popen) -> list[Report]:
    return check_window(
        app,
        "Something went wrong (the crash dialog)",
        "went wrong",
        lambda: app_process.send_signal(signal.SIGUSR1),
    )


# -- the run -------------------------------------------------------------------
def check_lock_screen(app_command: str, data_dir: str, env: dict) -> list[Report]:
    """An encrypted journal opens on the lock screen: walked like a view."""
    report = Report("View: Lock screen (an encrypted journal)")
    app_process = subprocess.Popen([*shlex.split(app_command), "--data-dir", data_dir], env=env)
    try:
        app = find_app("Recovery Journal")
        if app is None:
            report.findings.append("the app did not appear on the accessibility bus")
        else:
            focus_events.clear()
            pump(1.0)
            check_surface(app, report)
            hear_a_wrong_passphrase(app, report)
    finally:
        stop(app_process)
    return [report]


def hear_a_wrong_passphrase(app, report: Report) -> None:
    """A wrong passphrase: the focus comes back to the field, and the reason comes with it."""
    field = find_node(active_window(app), {"password text"}, "Passphrase")
    if field is None:
        report.findings.append("no “Passphrase” field")
        return
    field.queryComponent().grabFocus()
    pump(0.3)
    type_text("not the passphrase")
    focus_events.clear()
    press(RETURN)
    end, heard = time.monotonic() + SLOW * 2, None  # the key derivation takes a while on a busy machine
    while heard is None and time.monotonic() < end:
        pump(0.1)  # while it checks, the field is disabled and the focus elsewhere; then it comes back
        heard = next((n for n in focus_events if n.getRoleName() == "password text"), None)
    reason = (heard.description or "") if heard is not None else ""
    print(f"A wrong passphrase is heard as: {describe(heard)}, “{reason}”")
    if not reason:
        report.findings.append(f"a wrong passphrase brought {describe(heard)} without the reason")


PHASES = ("views", "forms", "dialogs", "boxes", "import", "uses", "crash", "lock")
ONLY_DIALOGS = os.environ.get("A11Y_DIALOGS", "")  # while working on some: words their titles hold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the command that starts the app (app_under_check.py)")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--locked-data-dir", help="an encrypted journal, for the lock screen")
    parser.add_argument("--screen", default="1400x900x24", help="the virtual screen's size and depth")
    parser.add_argument(
        "--logs", default="build/a11y/logs", help="where the screen's and the app's output go"
    )
    parser.add_argument(
        "--only",
        default=",".join(PHASES),
        help=f"a comma-separated choice of {', '.join(PHASES)} (while working on one of them)",
    )
    args = parser.parse_args()
    logs = Path(args.logs)
    helpers: list[subprocess.Popen] = []
    try:
        helpers.append(start_xvfb(args.screen, logs / "xvfb.log"))
    except SetupError as error:
        print(f"The check could not start: {error}", file=sys.stderr)
        return SETUP_FAILED
    helpers.append(subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"]))
    time.sleep(1)
    with (logs / "openbox.log").open("wb") as out:
        helpers.append(subprocess.Popen(["openbox"], stdout=out, stderr=subprocess.STDOUT))
    env = dict(
        os.environ,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        QT_QPA_PLATFORM="xcb",
        QT_LOGGING_RULES="qt.accessibility.atspi=false",
    )
    app_log = logs / "app.log"
    with app_log.open("wb") as out:
        app_process = subprocess.Popen(
            [*shlex.split(args.app), "--data-dir", args.data_dir], env=env, stderr=out
        )
    listen()
    reports: list[Report] = []
    started = time.monotonic()
    try:
        app = find_app("Recovery Journal", seconds=90, process=app_process)
        if app is None:
            state = "still running" if app_process.poll() is None else f"ended with {app_process.returncode}"
            print(
                f"The app did not appear on the accessibility bus (it is {state}; DISPLAY={os.environ.get('DISPLAY')}).\n"
                f"  The app said: {tail(app_log)}\n  openbox said: {tail(logs / 'openbox.log')}\n"
                f"  Xvfb said: {tail(logs / 'xvfb.log')}",
                file=sys.stderr,
            )
            return SETUP_FAILED
        pump(1.0)
        main_window = active_window(app)
        only = set(args.only.split(","))
        phases: list[tuple[str, Callable[[], list[Report]]]] = [
            ("views", lambda: check_views(app)),
            ("forms", lambda: check_forms(app) + check_unsaved_question(app)),
            ("dialogs", lambda: check_dialogs(app, main_window)),
            ("boxes", lambda: check_urge_question(app) + check_already_open(args.app, args.data_dir, env)),
            ("import", lambda: check_import_preview(app)),
            ("uses", lambda: check_use_flows(app, main_window)),
            ("crash", lambda: check_crash(app, app_process)),
        ]
        for phase, run in phases:
            if phase in only:
                reports += run()
        stop(app_process)
        if args.locked_data_dir and "lock" in only:
            reports += check_lock_screen(args.app, args.locked_data_dir, env)
    finally:
        stop(app_process)
        for helper in reversed(helpers):
            helper.terminate()
    for report in reports:
        print_report(report)
    failed = [r for r in reports if r.findings]
    dates = sum(r.dates_heard for r in reports)
    print(
        f"\n{len(reports)} windows checked over AT-SPI in {time.monotonic() - started:.0f} s; "
        f"{dates} date fields say their date as the text a screen reader reads; {len(failed)} with findings."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
