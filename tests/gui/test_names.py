"""One name per thing: the navigation, the View menu, the view's heading, the tray and the README
call each view and action by the same name."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from journal_app.gui.views.registry import VIEW_FACTORIES

README = Path(__file__).resolve().parents[2] / "README.md"


def _plain(text: str) -> str:
    return text.replace("&", "").removesuffix("…").strip()


def test_navigation_menu_and_heading_name_each_view_alike(window):
    titles = [factory.view_title for factory in VIEW_FACTORIES]
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == titles
    view_menu = [_plain(action.text()) for action in window.view_menu.actions() if not action.isSeparator()]
    assert view_menu[: len(titles)] == titles
    for row, title in enumerate(titles):
        window.view_actions[row].trigger()
        QApplication.processEvents()
        assert window.view_heading.text() == title
        assert getattr(window.current_view(), "view_title", None) == title


def test_the_tray_says_what_the_main_window_says(window):
    from journal_app.gui.tray import TrayController

    tray = TrayController(window, tray_available=True)
    tray.icon.hide()
    new_check_in = next(a for k, a in window.journal_view.new_actions.items() if k.value == "check_in")
    pairs = [
        (tray.checkin_action, new_check_in),
        (tray.urge_action, window.urge_action),
        (tray.help_action, window.help_action),
    ]
    for tray_action, window_action in pairs:
        assert _plain(tray_action.text()) == _plain(window_action.text())
    lock = next(a for a in window.file_menu.actions() if "Lock" in a.text())
    assert _plain(tray.lock_action.text()) == _plain(lock.text())


def test_session_mode_and_the_welcome_have_one_name(window, qtbot):
    from journal_app.gui.dialogs.welcome import WelcomeDialog

    session = _plain(window.session_mode.action.text())
    charts = next(i for i, f in enumerate(VIEW_FACTORIES) if f.view_title == "Charts")
    window.view_actions[charts].trigger()
    assert window.current_view().session_button.text() == session
    welcome_item = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    welcome_text = next(_plain(a.text()) for a in welcome_item.actions() if "Welcome" in a.text())
    dialog = WelcomeDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == welcome_text


def test_the_readme_keyboard_table_names_every_view():
    row = next(
        line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("| Ctrl+1 ")
    )
    titles = [factory.view_title for factory in VIEW_FACTORIES]
    assert f"Ctrl+{len(titles)}" in row
    named = re.split(r", ", row.split("|")[2].split("(")[0].strip())
    assert named == titles


def test_each_menu_item_and_button_names_the_dialog_it_opens_by_its_title(qtbot, window):
    """File ▸ Import entries… opens "Import entries", not a dialog of another name; likewise every
    menu item and button that opens a dialog (tests/gui/dialog_list.py makes each dialog)."""
    from dialog_list import every_dialog

    from journal_app.gui.views.today_view import TodayView

    views = {type(view).__name__: view for view in window.views}
    today = views[TodayView.__name__]
    pairs = {
        "Import": window.import_action.text(),
        "Export": window.export_action.text(),
        "Settings": window.settings_action.text(),
        "Get help": window.help_action.text(),
        "Log an urge": window.urge_action.text(),
        "About": window.about_action.text(),
        "Welcome, step 1": today.welcome_button.text(),
        "Encryption": window.security.encryption_action.text(),
        "Restore": window.security.restore_action.text(),
        "Life events": views["DashboardView"].events_button.text(),
        "Lapse review": window.journal_view.editor.review_button.text(),
    }
    dialogs = every_dialog(window)
    for name, said in pairs.items():
        dialog = dialogs[name]()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == _plain(said), name
