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
