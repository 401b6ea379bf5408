"""What ``atspi_check.py`` reads and presses on the AT-SPI bus, as a screen reader would.

Debian's system Python with python3-pyatspi; it imports nothing from the app.
"""

from __future__ import annotations

import re
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
TAB, ESCAPE, F1, F4, RETURN, PAGE_DOWN = 0xFF09, 0xFF1B, 0xFFBE, 0xFFC1, 0xFF0D, 0xFF56
LEFT, DOWN = 0xFF51, 0xFF54
SHIFT, CONTROL, ALT = 1 << 0, 1 << 2, 1 << 3  # X modifier masks, locked around a key press
NO_TAB_STOP_ROLES = {"filler", "panel", "frame", "dialog", "window", "scroll pane", "page tab list"}
MAX_TAB_STOPS = 160
SLOW = 15.0  # seconds to wait for a view or dialog that is built on first use (a busy CI machine)
SECTION_PRESSES = 6  # Tab walks a date field's day, month, year… before it leaves


@dataclass
class Report:
    title: str
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    stops: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    spin_buttons: int = 0
    dates_heard: int = 0  # date fields whose text (what Orca reads) is the date they show
    dates: list[tuple[str, str, str]] = field(default_factory=list)  # name, text read, value on the bus
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0


# -- the bus -------------------------------------------------------------------
focus_events: list = []
name_changes: list = []  # (node, new name): Orca says a new name of the node that has the focus
announcements: list[str] = []  # what the app asked a screen reader to say (Orca 45 and later do)


def _on_focus(event) -> None:
    if event.detail1:
        focus_events.append(event.source)


def _on_name(event) -> None:
    name_changes.append((event.source, str(event.any_data or "")))


def _on_announcement(event) -> None:
    announcements.append(str(event.any_data or ""))


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


def caret_of(node) -> int | None:
    try:
        return node.queryText().caretOffset
    except Exception:
        return None


def said(node) -> bool:
    """Whether a screen reader has words for the node: a name, a label, or a text it reads."""
    try:
        return bool(spoken(node) or shown_text(node))
    except Exception:
        return True  # a node that went away: not this check's finding


def describe(node) -> str:
    if node is None:
        return "nothing"
    try:
        return f"{node.getRoleName()} “{spoken(node) or node.name or ''}”"[:100]
    except Exception:
        return "a node that went away"


def has_state(node, state) -> bool:
    try:
        return node.getState().contains(state)
    except Exception:  # a node that went away
        return False


def showing(node) -> bool:
    return has_state(node, pyatspi.STATE_SHOWING)


def shown_text(node) -> str:
    """The text a spin button (a number or a date field) shows, read through its text interface."""
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount).strip()
    except Exception:  # no text interface
        return ""


YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


def value_of(node) -> float | None:
    try:
        return node.queryValue().currentValue
    except Exception:
        return None


def spin_problem(node, report: Report) -> str:
    """What is wrong with what a screen reader says for a spin button, or "".

    Orca reads a spin button's text (AT-SPI Text) and falls back to its Value only when
    there is no text. Qt gives a date field no Value (AT-SPI says 0): its date must be its
    text, and not again its description (Orca would say it twice)."""
    shown, value = shown_text(node), value_of(node)
    name = spoken(node)
    if not shown:
        return f"“{name}” has no text a screen reader reads, only its value {value}"
    if shown in (node.description or ""):
        return f"“{name}” says “{shown}” twice: as its text and in its description"
    number = value is not None and re.search(rf"(?<![\d.]){value:g}(?![\d])", shown.replace(",", ""))
    if not number and YEAR.search(shown):
        report.dates_heard += 1
        report.dates.append((name, shown, "no Value interface" if value is None else f"{value:g}"))
    return ""


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
                if role == "spin button":
                    report.spin_buttons += 1
                    problem = spin_problem(child, report)
                    if problem:
                        report.findings.append(problem)
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
    seen = {start_key}
    if not backwards and not said(start):
        report.findings.append(f"the focus starts on {describe(start)}, which says nothing")
    for _ in range(MAX_TAB_STOPS):
        focus_events.clear()
        role = previous.getRoleName() if previous is not None else ""
        caret = caret_of(previous) if role == "spin button" else None
        press(TAB, modifiers)
        if role == "spin button":  # a date field's next section moves the caret, with no focus event
            now = wait_for_focus(0.25)
            if now is None and caret_of(previous) == caret:
                now = wait_for_focus(0.5)
        else:
            now = wait_for_focus(2.5)  # generous on a busy machine
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
            if not said(now):
                report.findings.append(
                    f"a Tab stop that says nothing: {describe(now)} after {describe(previous)}"
                )
        if key == start_key:
            return
        if key in seen and key != key_of(previous):
            if start.getRoleName() not in NO_TAB_STOP_ROLES:
                report.findings.append(
                    f"Tab trap: Tab goes round {describe(now)} and never back to {describe(start)}"
                )
            return  # round once, from a start that is no Tab stop itself (a window, a panel)
        seen.add(key)
        if key == key_of(previous) and now.getRoleName() not in ("table cell",):
            report.findings.append(f"Tab trap: {describe(now)} kept the focus")
            return
        previous = now
    report.findings.append(f"no way back to {describe(start)} after {MAX_TAB_STOPS} Tab presses")


def active_window(app):
    for window in app:
        try:
            if window.getState().contains(pyatspi.STATE_ACTIVE):
                return window
        except Exception:
            continue
    return None


def print_report(report: Report) -> None:
    print(f"\n== {report.title} == ({report.seconds:.0f} s)")
    width = max([len(r[1]) for r in report.rows] + [4])
    width = min(width, 48)
    print(f"{'role':<14} {'name heard':<{width}} {'labelled by':<14} description")
    for role, name, label, description in report.rows:
        print(f"{role:<14} {name[:width]:<{width}} {label[:14]:<14} {description}")
    print(f"Tab stops ({len(report.stops)}): " + " → ".join(report.stops))
    for name, text, value in report.dates:
        print(f"Date field “{name}”: a screen reader reads “{text}” (AT-SPI Text); its Value says {value}")
    for finding in report.findings:
        print(f"  FINDING: {finding}")


# -- finding and using nodes -----------------------------------------------------
def bare(name: str) -> str:
    return (name or "").replace("&", "").strip().casefold()


def find_node(root, roles: set[str], name: str, depth: int = 0, walk_menus: bool = False):
    """The first node under ``root`` with one of ``roles`` whose name is ``name`` (case and & ignored)."""
    if root is None or depth > 40:
        return None
    for child in root:
        if child is None:
            continue
        try:
            role = child.getRoleName()
            if role in roles and bare(child.name) == bare(name):
                return child
        except Exception:
            continue
        if role in ("table", "tree table", "list", "tree") or (
            role in ("menu bar", "menu") and not walk_menus
        ):
            continue
        found = find_node(child, roles, name, depth + 1, walk_menus)
        if found is not None:
            return found
    return None


def do_action(node) -> bool:
    """Press a button or a menu item through its action, as a screen reader's "activate" does."""
    try:
        action = node.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("press", "click", "activate", "Press", "Activate"):
                return action.doAction(i)
        return action.doAction(0)
    except Exception:
        return False


def type_text(text: str) -> None:
    for char in text:
        press(ord(char))
        pump(0.03)


def listen() -> None:
    pyatspi.Registry.registerEventListener(_on_focus, "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(_on_name, "object:property-change:accessible-name")
    pyatspi.Registry.registerEventListener(_on_announcement, "object:announcement")


def focused(node) -> bool:
    return has_state(node, pyatspi.STATE_FOCUSED)


def heard_since(words: str, seconds: float = SLOW) -> str:
    """What a screen reader said since the lists were cleared that holds ``words``: the name
    of a node that took the focus, the new name of the node that has it, or an announcement
    the app made; "" if nothing."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.1)
        for node in focus_events:
            name = spoken(node) if node is not None else ""
            if words.casefold() in name.casefold():
                return name
        for node, name in name_changes:
            if words.casefold() in name.casefold() and focused(node):
                return name
        for said_now in announcements:
            if words.casefold() in said_now.casefold():
                return f"{said_now} (an announcement)"
    return ""


def enabled(node) -> bool:
    return has_state(node, pyatspi.STATE_ENABLED)
