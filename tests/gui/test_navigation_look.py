"""Navigation with icons and words that scale with the font; one toolbar action per idea."""

from journal_app.gui import theme
from journal_app.gui.views.registry import VIEW_FACTORIES
from journal_app.gui.widgets.icons import icons_dir


def test_every_view_has_an_icon_and_the_toolbar_one_action_per_idea(window):
    for row in range(window.nav.count()):
        assert not window.nav.item(row).icon().isNull(), window.nav.item(row).text()
    texts = [a.text() for a in window.toolbar.actions() if a.text()]
    urge_like = [t for t in texts if "urge" in t.lower()]
    assert urge_like == ["Log an &urge…"], texts
    assert all(not a.icon().isNull() for a in window.toolbar.actions() if a.text())


def test_icons_and_navigation_grow_with_the_text(window, restore_look):
    theme.apply(restore_look, "light", 9)
    small_icon, small_nav = window.nav.iconSize().width(), window.nav.width()
    theme.apply(restore_look, "light", 16)
    assert window.nav.iconSize().width() > small_icon and window.nav.width() > small_nav
    widest = max(
        window.nav.fontMetrics().horizontalAdvance(window.nav.item(r).text())
        for r in range(window.nav.count())
    )
    assert window.nav.width() > widest + window.nav.iconSize().width()
    window.resize(1024, 600)  # narrow for 16 points: icons only, the words in tooltips
    item = window.nav.item(0)
    first = VIEW_FACTORIES[0].view_title
    assert item.text() == "" and item.toolTip() == first
    window.resize(1600, 900)
    assert window.nav.item(0).text() == first


def test_the_icons_are_svg_with_their_licence_stated():
    folder = icons_dir()
    svgs = sorted(folder.glob("*.svg"))
    assert len(svgs) >= 10 and all(p.read_text().startswith("<svg") for p in svgs)
    assert "CC0" in (folder / "LICENSE.md").read_text()


def _window_at(qtbot, journal, data_dir, size, restore_look, theme_name, points):
    """A main window made after the theme and text size are set, as the app makes it at start."""
    from PySide6.QtWidgets import QApplication

    from journal_app.gui.context import AppContext, JournalEvents
    from journal_app.gui.main_window import MainWindow

    theme.apply(restore_look, theme_name, points)
    win = MainWindow(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    for _ in range(3):
        QApplication.processEvents()
    return win


def _out_of_sight(window) -> list[str]:
    """Toolbar buttons a person cannot see: hidden in the overflow menu or cut by the bar's edge."""
    from PySide6.QtWidgets import QToolButton

    bar = window.toolbar
    hidden = []
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton) and (
            not button.isVisible() or not bar.rect().contains(button.geometry())
        ):
            hidden.append(button.text() or action.text())
    overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if overflow is not None and overflow.isVisible():
        hidden.append("the overflow menu »")
    return hidden


def test_get_help_stays_in_sight_with_its_words_at_a_small_window_and_a_large_font(
    qtbot, journal, data_dir, restore_look
):
    """At 800×500 and 24 points the new-entry actions give up their words, never Get help; with
    room again (a live change of size and text) the words come back."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = _window_at(qtbot, journal, data_dir, (800, 500), restore_look, "light", 24)
    assert _out_of_sight(window) == []
    assert window.help_button.text() == "Get help now"
    assert window.help_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    theme.apply(restore_look, "light", 10)
    window.resize(1600, 900)
    for _ in range(3):
        QApplication.processEvents()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert _out_of_sight(window) == []
    window.journal_view.editor.revert()
    window.close()


def test_every_view_has_its_own_icon(window):
    """In the icons-only navigation of a small window, no two views look alike."""
    nav = window.nav
    images = [bytes(nav.item(r).icon().pixmap(24).toImage().constBits()) for r in range(nav.count())]
    assert len(set(images)) == nav.count()


def test_the_navigation_never_scrolls_sideways(qtbot, journal, data_dir, restore_look):
    """At 24 points in 800×500 its rows are taller than the window: a bar to scroll down, none
    sideways, and every icon whole beside it."""
    window = _window_at(qtbot, journal, data_dir, (800, 500), restore_look, "dark", 24)
    nav = window.nav
    assert nav.verticalScrollBar().isVisible()
    assert not nav.horizontalScrollBar().isVisible()
    assert nav.visualItemRect(nav.item(0)).right() <= nav.viewport().width()
    assert nav.viewport().width() >= nav.iconSize().width() + 4
    window.close()
