"""Spanish is longer than English: every view and the entry form of every kind, shown in Spanish in the
smallest window (1024×600) at the default and the largest text size, clip nothing and overlap nothing;
laid out right to left too, at the default and the large text sizes, with the dialogs."""

from __future__ import annotations

import pytest
from fit_check import fit_problems
from journal_builder import check_in, daily
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from spanish_walk import back_to_english, use_language
from test_fit import DIALOGS, OTHER_DIALOGS
from test_fit import _open as open_dialog

from journal_app.core import demo
from journal_app.core.models import EntryKind
from journal_app.gui import theme
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.main_window import MainWindow
from journal_app.gui.views.registry import VIEW_FACTORIES

SCREEN = (1024, 600)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture(params=[9, 16], ids=lambda p: f"{p}pt")
def spanish_at(request, restore_look):
    use_language("es")
    theme.apply(restore_look, "light", request.param)
    yield request.param
    back_to_english()


@pytest.fixture
def filled(journal):
    demo.write_demo(journal.db, 30)
    for entry in daily(
        3, 0, lambda n: check_in(n, title="Un día cualquiera con un título más largo que la mayoría")
    ):
        journal.save(entry)
    return journal


@pytest.fixture
def window(qtbot, filled, data_dir, spanish_at):
    win = MainWindow(AppContext(filled, JournalEvents(), data_dir))
    qtbot.addWidget(win)
    win.resize(*SCREEN)
    win.show()
    qtbot.waitExposed(win)
    _settle()
    yield win
    win.journal_view.editor.revert()
    win.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("row", range(len(VIEW_FACTORIES)), ids=[f.view_title for f in VIEW_FACTORIES])
def test_every_view_fits_in_spanish(window, row):
    window.nav.setCurrentRow(row)
    _settle()
    problems = fit_problems(window, SCREEN)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", list(EntryKind), ids=lambda k: k.value)
def test_the_entry_form_fits_in_spanish(window, kind):
    window.journal_view.new_entry(kind)
    _settle()
    problems = fit_problems(window, SCREEN)
    assert not problems, "\n".join(problems)


@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("row", range(len(VIEW_FACTORIES)), ids=[f.view_title for f in VIEW_FACTORIES])
@pytest.mark.parametrize("spanish_at", [9, 16, 24], indirect=True, ids=lambda p: f"{p}pt")
def test_every_view_laid_out_right_to_left_overlaps_nothing(right_to_left, window, row):
    """A right-to-left language mirrors every layout; nothing may then overlap or be cut — at the
    default text size and at the large ones (16 and 24 points)."""
    window.nav.setCurrentRow(row)
    _settle()
    assert window.nav.layoutDirection() == Qt.LayoutDirection.RightToLeft
    problems = fit_problems(window, SCREEN)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", list(EntryKind), ids=lambda k: k.value)
@pytest.mark.parametrize("spanish_at", [16, 24], indirect=True, ids=lambda p: f"{p}pt")
def test_the_entry_form_right_to_left_at_large_text(right_to_left, window, kind):
    window.journal_view.new_entry(kind)
    _settle()
    problems = fit_problems(window, SCREEN)
    assert not problems, "\n".join(problems)


def _about(win):
    from journal_app.gui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(win)
    dialog.tabs.setCurrentIndex(1)  # the libraries, their licences and how to relink: the longest
    dialog.open()
    return dialog


def _lapse_review(win):
    from journal_app.core.query import EntryFilter
    from journal_app.gui.dialogs.lapse_review import LapseReviewDialog

    row = next(iter(win.ctx.journal.rows(EntryFilter(kinds=frozenset({EntryKind.USE})), limit=1)))
    dialog = LapseReviewDialog(win.ctx, win.ctx.journal.get(row.id), win)
    dialog.open()
    return dialog


def _safety_card(win):
    from datetime import date

    from journal_app.core.safety import SafetyNotice
    from journal_app.gui.dialogs.safety_dialog import SafetyDialog

    numbers = tuple(win.ctx.journal.plan.crisis_numbers())
    dialog = SafetyDialog(SafetyNotice(1, 30, date(2025, 1, 1), "Lee esto", (), (), numbers), win)
    dialog.open()
    return dialog


EXTRA_DIALOGS = {"about": _about, "lapse-review": _lapse_review, "overdose-safety": _safety_card}


@pytest.mark.parametrize("name", [*DIALOGS, *EXTRA_DIALOGS, *OTHER_DIALOGS])
@pytest.mark.parametrize("spanish_at", [16, 24], indirect=True, ids=lambda p: f"{p}pt")
def test_every_dialog_right_to_left_at_large_text(qtbot, right_to_left, window, name):
    """Every dialog mirrored at 16 and 24 points in Spanish (the longer language): nothing cut or
    overlapping, nothing needing sideways scrolling."""
    dialog = EXTRA_DIALOGS[name](window) if name in EXTRA_DIALOGS else open_dialog(qtbot, window, name)
    qtbot.waitExposed(dialog)
    _settle()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    problems = fit_problems(dialog, SCREEN)
    dialog.hide()
    assert not problems, "\n".join(problems)
