"""The window's frame, the tray and every chart in Spanish; switching language live; right to left.

``still_english`` builds each screen in English and in Spanish and lists every fragment
shown in both, so a string never wrapped in ``tr()`` is caught as surely as one left
untranslated.
"""

from __future__ import annotations

import re

import pytest
from fit_check import fit_problems
from i18n_helpers import built_qm
from journal_builder import check_in, daily
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from spanish_walk import back_to_english, fragments, still_english, use_language

from journal_app.core.models import EntryKind
from journal_app.core.settings import DeviceSettings
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.main_window import MainWindow
from journal_app.gui.tray import TrayController

SHELL_ALLOW: set[str] = set()  # nothing of the frame stays English


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def windows(journal, data_dir):
    """Build main windows on ``journal``; every one is closed at the end."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        win = MainWindow(AppContext(journal, JournalEvents(), data_dir))  # closed below, not by qtbot
        win.resize(1200, 780)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.journal_view.editor.revert()
        win.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# -- the window's frame ------------------------------------------------------------------------
KEYS = re.compile(r"(Ctrl|Shift|Alt|F\d+)\b[+\w,]*")  # key names in tool tips ("Ctrl+U")


def _others_actions(win: MainWindow) -> list[str]:
    """The words of actions other modules own and test (the journal view's, the lock's)."""
    security = [getattr(win.security, name) for name in dir(win.security) if name.endswith("_action")]
    actions = [*win.journal_view.actions_for_window(), *[a for a in security if isinstance(a, QAction)]]
    return [text for action in actions for text in (action.text(), action.toolTip()) if text]


def test_the_menus_are_spanish(windows):
    others: list[str] = []

    def menus() -> QWidget:
        win = windows()
        others.extend(_others_actions(win))
        return win.menuBar()

    left = still_english(menus, allow=SHELL_ALLOW)
    theirs = fragments(others)
    assert [text for text in left if text not in theirs and not KEYS.fullmatch(text)] == []


def test_the_toolbar_and_navigation_are_spanish(windows):
    others: list[str] = []

    def frame() -> QWidget:
        win = windows()
        others.extend(_others_actions(win))
        holder = QWidget()  # the toolbar, the navigation and the heading, walked together
        for part in (win.toolbar, win.nav, win.view_heading):
            label = QLabel("\n".join(_own_texts(part)), holder)
            label.hide()
        return holder

    left = still_english(frame, allow=SHELL_ALLOW)
    theirs = fragments(others)
    assert [text for text in left if text not in theirs and not KEYS.fullmatch(text)] == []


def _own_texts(widget: QWidget) -> list[str]:
    from spanish_walk import texts_of

    texts = texts_of(widget)
    if widget.__class__.__name__ == "QListWidget":
        nav = widget
        for row in range(nav.count()):  # type: ignore[attr-defined]
            item = nav.item(row)  # type: ignore[attr-defined]
            texts += [item.text(), item.toolTip(), str(item.data(Qt.ItemDataRole.AccessibleTextRole))]
    return texts


def test_the_status_bar_is_spanish(windows, journal):
    def status() -> QWidget:
        win = windows()
        return win.statusBar()

    shown = still_english(status, own_words=[str(journal.path.parent)], allow=SHELL_ALLOW)
    assert shown == []


def test_the_tray_menu_is_spanish(windows):
    def tray_menu() -> QWidget:
        tray = TrayController(windows(), tray_available=True)
        assert tray.icon is not None
        return tray.menu

    assert still_english(tray_menu) == []
    use_language("es")
    try:
        tray = TrayController(windows(), tray_available=True)
        words = [action.text() for action in tray.menu.actions() if action.text()]
        assert "Pedir ayuda" in words and "Ocultarlo todo" in words and "Bloquear" in words
        assert tray.no_tray().startswith("Este escritorio no tiene bandeja")
    finally:
        back_to_english()


# -- switching language without a restart ---------------------------------------------------------
def test_switching_to_spanish_keeps_the_unsaved_text_and_rewords_the_window(qtbot, windows, data_dir):
    win = windows()
    win.journal_view.new_entry(EntryKind.NOTE)
    win.journal_view.editor.body.setPlainText("Words I have not saved yet")
    win.journal_view.editor.title.setText("Half a title")
    device = DeviceSettings.load(data_dir)
    device.set("appearance.language", "es")
    win.qm_directory = built_qm()  # the .qm built for tests
    try:
        win.ctx.events.settings_changed.emit()  # as the Settings dialog does when the language changes
        _settle()
        editor = win.journal_view.editor
        assert editor.body.toPlainText() == "Words I have not saved yet"
        assert editor.title.text() == "Half a title" and editor.is_dirty
        assert win.current_view() is win.journal_view
        assert [menu.title() for menu in (win.file_menu, win.edit_menu, win.view_menu, win.help_menu)] == [
            "&Archivo",
            "&Editar",
            "&Ver",
            "Ay&uda",
        ]
        assert win.nav.item(0).toolTip() == "Hoy" and win.view_heading.text() == "Diario"
        assert win.help_action.text() == "Pedir ayuda ahora"
        assert win.tray.lock_action.text() == "Bloquear"
        assert win.session_mode.action.text() == "&Modo sesión con terapeuta"
        new_actions = win.journal_view.actions_for_window()
        assert all(action in win.actions() for action in new_actions)  # shortcuts still work
        assert set(new_actions) & set(win.file_menu.actions())  # File ▸ New … is the new view's
        win.nav.setCurrentRow(2)  # the charts, built anew in Spanish
        _settle()
        assert win.current_view().events_button.text() == "Acontecimientos…"
        device.set("appearance.language", "en")
        win.ctx.events.settings_changed.emit()
        _settle()
        assert win.file_menu.title() == "&File" and win.nav.item(0).toolTip() == "Today"
        assert win.journal_view.editor.body.toPlainText() == "Words I have not saved yet"
    finally:
        back_to_english()


# -- right to left --------------------------------------------------------------------------------
@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("screen", [(1024, 600), (1400, 900)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_view_fits_right_to_left(qtbot, journal, data_dir, right_to_left, screen):
    for entry in daily(20, 0, lambda n: check_in(n, title="An ordinary day with a longer title than most")):
        journal.save(entry)
    win = MainWindow(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(win)
    win.resize(*screen)
    win.show()
    qtbot.waitExposed(win)
    try:
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        problems = []
        for row in range(win.nav.count()):
            win.nav.setCurrentRow(row)
            _settle()
            problems += [f"{win.nav.item(row).toolTip()}: {p}" for p in fit_problems(win, screen)]
        nav, stack = win.nav.geometry(), win.stack.geometry()
        assert nav.left() > stack.right(), "the navigation is on the right, the view on its left"
        assert problems == []
    finally:
        win.journal_view.editor.revert()
        win.close()
