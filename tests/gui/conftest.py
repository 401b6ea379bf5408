"""GUI fixtures: a real main window on a fresh journal."""

import pytest
from i18n_helpers import built_qm

from journal_app.gui import i18n
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp):
    """Qt's English plural forms ("1 entry", "2 entries"), installed as the app does at start."""
    i18n.install(qapp, "en", directory=built_qm())


@pytest.fixture(autouse=True)
def _back_in_english(qapp):
    """A test that switched the app's language (the Settings dialog does it live) leaves it English."""
    yield
    if i18n.shown() != "en":
        from spanish_walk import back_to_english

        back_to_english()


@pytest.fixture
def window(qtbot, journal, data_dir):
    ctx = AppContext(journal, JournalEvents(), data_dir)
    win = MainWindow(ctx)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # leave without the "unsaved changes" question a person would get
    win.journal_view.editor.revert()
    win.close()
    win.deleteLater()


@pytest.fixture
def yes_to_questions(monkeypatch):
    """Answer Yes to every confirmation (patched where the view imports QMessageBox)."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer(_parent, title, text, *_args, **_kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("journal_app.gui.views.journal_view.QMessageBox.question", answer)
    return asked


@pytest.fixture
def restore_look(qapp):
    """Give the app back its palette, font and style sheet after a test that changes the theme."""
    from PySide6.QtCore import QCoreApplication, QEvent

    # widgets earlier tests left for deletion must go before a new font or palette reaches them all
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
