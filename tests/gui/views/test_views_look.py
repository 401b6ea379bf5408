"""What a person sees in the views at a small window and a large font: nothing hidden under
something else, one heading per view, buttons that stay put."""

from __future__ import annotations

import pytest
from journal_builder import check_in, daily
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.core.models import EntryKind
from journal_app.gui import theme
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.main_window import MainWindow
from journal_app.gui.views.registry import VIEW_FACTORIES


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def small_big(qtbot, journal, data_dir, restore_look):
    """A window of 800×500 made at 24 points (as the app makes it with that setting)."""
    for entry in daily(10, 0, lambda n: check_in(n, title="An ordinary day")):
        journal.save(entry)
    theme.apply(restore_look, "dark", 24)
    win = MainWindow(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(win)
    win.resize(800, 500)
    win.show()
    qtbot.waitExposed(win)
    _settle()
    yield win
    win.journal_view.editor.revert()
    win.close()


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_the_timeline_filters_keep_all_their_rows_in_a_short_window(small_big):
    """At 24 points the filters take two rows; the second ("Dates") was drawn under the timeline."""
    view = small_big.journal_view
    small_big.show_view(view)
    _settle()
    bar = view.filter_bar
    combos = [bar.kind, bar.tag, bar.range]
    assert len({bar.range.mapTo(view, QPoint(0, 0)).y(), bar.kind.mapTo(view, QPoint(0, 0)).y()}) == 2
    table = _rect_in(view.list_stack, view)
    for combo in combos:
        rect = _rect_in(combo, view)
        assert _rect_in(bar, view).contains(rect), f"{combo.accessibleName()} sticks out of the filter bar"
        assert not rect.intersects(table), f"{combo.accessibleName()} lies under the timeline"


def test_save_and_revert_stay_put_when_the_form_becomes_valid(qtbot, window):
    """A new check-in says what it needs beside Save; once it is whole the note goes and the
    buttons keep their size and place (they stretched across the whole pane)."""
    from PySide6.QtCore import Qt

    editor = window.journal_view.editor
    window.journal_view.new_entry()
    _settle()
    assert editor.problems_label.isVisible()
    before = (editor.save_button.geometry(), editor.revert_button.geometry())
    editor.mood.slider.setFocus()
    qtbot.keyClick(editor.mood.slider, Qt.Key.Key_Right)
    _settle()
    assert not editor.problems_label.isVisible()
    assert (editor.save_button.geometry(), editor.revert_button.geometry()) == before
    assert editor.save_button.width() < 2 * editor.save_button.sizeHint().width()


def test_each_view_has_one_heading_its_name_said_once(window):
    """The window's heading names the view; no view repeats it in a second, larger title
    ("Questionnaires" over "Questionnaires", "Prevention plan" over "My prevention plan")."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    repeated = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        _settle()
        name = window.view_heading.text().lower()
        view = window.current_view()
        for label in view.findChildren(QLabel):
            if not label.isVisibleTo(view) or "<h" not in label.text():
                continue
            document = QTextDocument()
            document.setHtml(label.text())
            first_line = document.toPlainText().strip().splitlines()[0].lower()
            if name in first_line or first_line.startswith(name.split()[0] + ","):
                repeated.append(f"{name}: {first_line}")
    assert repeated == []


def test_a_row_label_lines_up_with_its_buttons(window):
    """Today's "Mood" and "Craving" sat at the top of their taller buttons; in a wrapping row each
    widget is centred in its line."""
    from PySide6.QtWidgets import QLabel

    window.nav.setCurrentRow(0)
    _settle()
    card = window.current_view().checkin
    for group in (card.mood_group, card.craving_group):
        button = group.buttons()[0]
        row = button.parentWidget()
        label = next(w for w in row.findChildren(QLabel) if w.isVisibleTo(row))
        assert abs(label.geometry().center().y() - button.geometry().center().y()) <= 1


def test_date_fields_in_the_views_write_dates_as_the_rest_of_the_app(window):
    """Insights' start day read "11/30/26" beside "since 25 May 2026": every date field of the
    views shows the month's name and the whole year, as the other dates do."""
    import re

    from PySide6.QtWidgets import QDateEdit

    shown = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        _settle()
        view = window.current_view()
        shown += [(window.view_heading.text(), edit.text()) for edit in view.findChildren(QDateEdit)]
    assert len(shown) >= 4  # insights, back-fill, medication (and the timeline's custom dates)
    for view_name, text in shown:
        assert re.search(r"\b\d{4}\b", text) and re.search(r"[A-Za-z]{3}", text), (view_name, text)


@pytest.fixture
def spanish_small_big(qtbot, journal, data_dir, restore_look):
    """800×500 at 24 points in Spanish, the longest words at the largest text in the smallest window."""
    from spanish_walk import back_to_english, use_language

    use_language("es")
    theme.apply(restore_look, "dark", 24)
    win = MainWindow(AppContext(journal, JournalEvents(), data_dir))
    qtbot.addWidget(win)
    win.resize(800, 500)
    win.show()
    qtbot.waitExposed(win)
    _settle()
    yield win
    win.journal_view.editor.revert()
    win.close()
    back_to_english()


@pytest.mark.parametrize("row", range(len(VIEW_FACTORIES)), ids=[f.view_title for f in VIEW_FACTORIES])
def test_every_view_in_spanish_at_24_points_in_800_by_500(spanish_small_big, row):
    """The prevention plan's box titles ("¿De qué tipo son mis propios detonantes?") never wrapped,
    so the page scrolled sideways and its words were cut on the right."""
    from fit_check import fit_problems

    spanish_small_big.nav.setCurrentRow(row)
    _settle()
    problems = fit_problems(spanish_small_big, (800, 500))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", list(EntryKind), ids=lambda k: k.value)
def test_the_entry_form_in_spanish_at_24_points_in_800_by_500(spanish_small_big, kind):
    """The longest words at the largest text in the smallest window: a new entry of every kind
    still shows all it holds, scrolling down and never sideways."""
    from fit_check import fit_problems

    spanish_small_big.journal_view.new_entry(kind)
    _settle()
    problems = fit_problems(spanish_small_big, (800, 500))
    spanish_small_big.journal_view.editor.revert()
    assert not problems, "\n".join(problems)
