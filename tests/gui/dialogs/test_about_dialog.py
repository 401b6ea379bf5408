"""Help ▸ About: the one version, the libraries' licences with Qt's LGPL notice, and the sources."""

from journal_app import __version__
from journal_app.core import about
from journal_app.gui.dialogs.about_dialog import AboutDialog


def test_about_is_in_the_help_menu_and_shows_version_licences_and_sources(qtbot, window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, AboutDialog)
    assert "Recovery Journal" in dialog.version_label.text()
    assert f"Version {__version__}" in dialog.version_label.text()
    assert "Qt " in dialog.version_label.text() and "SQLite " in dialog.version_label.text()

    table = dialog.libraries
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows["PySide6-Essentials"][1] == "LGPL-3.0-only"
    assert rows["PySide6-Essentials"][0] not in ("", "—")  # the installed version is read, not typed in
    assert rows["pyqtgraph"][1] == "MIT" and rows["sqlcipher3"][1] == "Zlib"
    lgpl = dialog.lgpl_label.text()
    assert "Lesser General Public License" in lgpl and "replace" in lgpl and "_internal/PySide6" in lgpl

    sources = dialog.sources_label.text()
    assert "Heroin Relapse Rates" in sources and "National Institute on Drug Abuse" in sources
    dialog.close()


def test_every_library_the_wheel_depends_on_has_a_licence_listed():
    from importlib import metadata

    from packaging.requirements import Requirement

    listed = {library.name.lower() for library in about.LIBRARIES}
    runtime = [Requirement(r) for r in metadata.requires("recovery-journal") or []]
    names = {r.name.lower() for r in runtime if r.marker is None}
    assert names and names <= listed
    assert all(library.licence for library in about.LIBRARIES)


def test_every_library_says_what_the_app_uses_it_for(qtbot):
    from journal_app.gui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    uses = dialog.library_uses()
    assert [library.name for library in about.LIBRARIES if not uses.get(library.name)] == []
