"""What a person meets beside the windows themselves, walked by ``make a11y``: a date field's
calendar pop-up, the app's message boxes (a question, an error) and the import's preview."""

from __future__ import annotations

import re
import shlex
import subprocess
import time
from collections.abc import Callable

import pyatspi
from atspi_bus import (
    ALT,
    CONTROL,
    DOWN,
    ESCAPE,
    F4,
    LEFT,
    RETURN,
    SHIFT,
    SLOW,
    Report,
    active_window,
    describe,
    do_action,
    enabled,
    find_node,
    focus_events,
    heard_since,
    key_of,
    name_changes,
    press,
    pump,
    shown_text,
    spoken,
    type_text,
    wait_for_focus,
    walk_tree,
)
from atspi_windows import check_surface, close, opened, stop, wait_for_window

IMPORT_FILE = "journal.json"  # make a11y copies a jrnl export from tests/fixtures/imports into HOME


def window_of(node):
    """The top-level window (a pop-up is one of its own) a node is in."""
    try:
        while node is not None and node.parent is not None and node.parent.getRoleName() != "application":
            node = node.parent
    except Exception:
        return None
    return node


def day_of(table) -> str:
    try:
        selection = table.querySelection()
        return selection.getSelectedChild(0).name if selection.nSelectedChildren else ""
    except Exception:
        return ""


def check_calendar(app, field_name: str) -> Report:
    """A date field's calendar from the keyboard: F4 opens it with the focus on its named days,
    showing the field's day; an arrow moves the day; Esc goes back to the field, date unchanged;
    Alt+Down opens it too."""
    report = Report(f"Calendar pop-up: {field_name}")
    try:
        field = find_node(active_window(app), {"spin button"}, field_name)
        if field is None:
            report.findings.append(f"no date field “{field_name}”")
            return report
        field.queryComponent().grabFocus()
        pump(0.3)
        before = shown_text(field)
        focus_events.clear()
        press(F4)
        heard = wait_for_focus(SLOW / 3)
        print(f"F4 on “{field_name}” ({before}) is heard as: {describe(heard)}")
        if heard is None or key_of(heard) == key_of(field):
            report.findings.append("F4 opened no calendar a screen reader hears")
            return report
        days = heard if heard.getRoleName() == "table" else heard.parent
        walk_tree(window_of(heard), report)
        report.stops.append(describe(heard))
        if "calendar" not in (spoken(heard) or "").casefold():
            report.findings.append(f"the calendar's days are heard as {describe(heard)}, not as a calendar")
        day = day_of(days)
        if not day or not re.search(rf"(?<!\d)0?{re.escape(day)}(?!\d)", before):
            report.findings.append(f"the calendar shows day “{day}”, the field says “{before}”")
        focus_events.clear()
        press(LEFT)
        moved = wait_for_focus(2.5)
        report.stops.append(describe(moved))
        if moved is None:
            report.findings.append("← in the calendar moved to no day a screen reader hears")
        focus_events.clear()
        press(ESCAPE)
        back = wait_for_focus(SLOW / 3)
        report.stops.append(describe(back))
        if back is None or key_of(back) != key_of(field):
            report.findings.append(f"Esc went to {describe(back)}, not back to the field")
        after = shown_text(field)
        if after != before:
            report.findings.append(f"Esc left the field saying “{after}”, not “{before}” as before")
        focus_events.clear()
        press(DOWN, [ALT])
        heard = wait_for_focus(SLOW / 3)
        report.stops.append(describe(heard))
        if heard is None or key_of(heard) == key_of(field):
            report.findings.append("Alt+Down opened no calendar a screen reader hears")
        else:
            focus_events.clear()
            press(ESCAPE)
            wait_for_focus(SLOW / 3)
    finally:
        report.seconds = time.monotonic() - report.started
    return report


def message_of(window) -> str:
    """The words of a message box: its labels (Orca reads them when the box opens)."""
    words = []
    try:
        for child in window:
            if child is not None and child.getRoleName() == "label" and child.name:
                words.append(child.name)
    except Exception:
        pass
    return " ".join(words)


def check_message_box(
    app, title: str, words: str, ask: Callable[[], object], unfocused_ok: bool = False
) -> Report:
    """A Qt message box the app really shows: its message, named buttons, Tab round it."""
    report = Report(f"Message box: {title}")
    window = opened(app, report, words, ask)
    if window is None:
        return report
    message = message_of(window)
    print(
        f"{title}: a {window.getRoleName()} “{window.name}”, saying “{message}”; the focus on "
        f"{describe(focus_events[-1] if focus_events else None)}"
    )
    if not message:
        report.findings.append("the box has no message a screen reader reads")
    if unfocused_ok and not focus_events:  # a click of the check's gets it no focus either
        print(
            f"NOTE: {title}: the window manager gave the box no keyboard focus; its names are checked, Tab round it is not"
        )
        walk_tree(window, report)
        report.seconds = time.monotonic() - report.started
        return report
    check_surface(app, report)
    return report


def answer_box(app, button: str) -> None:
    node = find_node(active_window(app), {"push button"}, button)
    if node is not None:
        do_action(node)
    pump(1.0)


def button_of(app, report: Report, key: tuple[int, list[int]], words: str, name: str):
    """The button ``name`` of the window a key opens (a finding when there is none)."""
    press(key[0], key[1])
    window = wait_for_window(app, words)
    button = find_node(window, {"push button"}, name) if window is not None else None
    if button is None:
        report.findings.append(f"no “{words}” window with “{name}”")
    return button


def check_urge_question(app) -> list[Report]:
    """Esc in Log an urge while its timer runs asks first; Esc on the question goes back."""
    report = Report("Dialog: Log an urge (its timer running)")
    start = button_of(app, report, (ord("u"), [CONTROL]), "Log an urge", "Start the timer")
    if start is None:
        return [report]
    do_action(start)
    pump(0.5)
    box = check_message_box(app, "Leave this urge unsaved?", "unsaved", lambda: press(ESCAPE))
    focus_events.clear()
    press(ESCAPE)  # Cancel: back to the urge
    back = wait_for_focus(SLOW / 3)
    window = active_window(app)
    if window is None or "log an urge" not in (window.name or "").casefold():
        box.findings.append(f"Esc on the question went to {describe(window)}, not back to Log an urge")
    elif back is None:
        box.findings.append("Esc on the question gave the focus back without a focus event")
    press(ESCAPE)
    if wait_for_window(app, "unsaved") is not None:
        answer_box(app, "Discard")
    return [box]


def check_unsaved_question(app) -> list[Report]:
    """The note's date was changed (its calendar): a new check-in asks about it first."""
    report = check_message_box(app, "Unsaved changes", "Unsaved", lambda: press(ord("n"), [CONTROL]))
    answer_box(app, "Discard")
    return [report]


def check_already_open(app_command: str, data_dir: str, env: dict) -> list[Report]:
    """The app started a second time on the same journal: an error box says it is already open."""
    second = subprocess.Popen([*shlex.split(app_command), "--data-dir", data_dir], env=env)
    try:
        end, box = time.monotonic() + SLOW * 2, None
        while box is None and time.monotonic() < end and second.poll() is None:
            pump(0.3)
            for other in pyatspi.Registry.getDesktop(0):
                try:
                    if other is not None and other.get_process_id() == second.pid:
                        box = other
                except Exception:
                    continue
        if box is None:
            return [Report("Message box: Already open", findings=["the second start showed no box"])]
        # started by the check, not by a person's click, the box gets no keyboard focus from the
        # window manager (openbox gives none to a window whose start no input caused)
        report = check_message_box(
            box, "Already open (the app started twice)", "Already open", lambda: None, unfocused_ok=True
        )
        ok = find_node(active_window(box), {"push button"}, "OK")
        if ok is None or not do_action(ok):
            report.findings.append("the box has no OK button to close it")
        second.wait(SLOW)
    except subprocess.TimeoutExpired:
        report.findings.append("OK did not close the box (the second start went on running)")
    finally:
        stop(second)
    return [report]


def check_import_preview(app) -> list[Report]:
    """Import ▸ Choose file… ▸ a real jrnl export: the preview of what would be added."""
    report = Report("Dialog: Import, the preview of a file")
    choose = button_of(app, report, (ord("i"), [CONTROL, SHIFT]), "Import", "Choose file…")
    if choose is None:
        return [report]
    do_action(choose)
    if wait_for_window(app, "Import from") is None:
        report.findings.append("the file dialog did not open")
        return [report]
    focus_events.clear()
    name_changes.clear()
    type_text(IMPORT_FILE)
    press(RETURN)
    window = wait_for_window(app, "Import")
    end = time.monotonic() + SLOW
    while time.monotonic() < end:
        pump(0.3)
        button = find_node(window, {"push button"}, "Import") if window is not None else None
        if button is not None and enabled(button):
            break
    else:
        report.findings.append("the file was not read: Import never became available")
    summary = heard_since("entr", 2.0)
    print(f"After choosing {IMPORT_FILE}, the import is heard as: “{summary}”")
    if not summary:
        report.findings.append("the preview's summary is not heard when the file has been read")
    check_surface(app, report)
    close(app, window)
    return [report]
