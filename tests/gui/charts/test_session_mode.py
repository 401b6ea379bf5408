"""Therapist session mode: large, step by step, and never showing words the person did not choose to show."""

import dataclasses
from datetime import date

import pyqtgraph as pg
import pytest
from chart_helpers import NOTE_WORDS, PRIVATE_TRIGGER, PRIVATE_WORDS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from journal_app.core import annotations
from journal_app.core.charts_data import RangePreset
from journal_app.gui.charts.cell_labels import CellLabels
from journal_app.gui.charts.range_bar import date_text
from journal_app.gui.charts.registry import CHART_TYPES
from journal_app.gui.charts.session_mode import SCALE, SessionModeWindow
from journal_app.gui.charts.theme import REFERENCE_POINTS

SECRETS = (
    PRIVATE_WORDS,
    NOTE_WORDS,
    PRIVATE_TRIGGER,
    "Felt calm",
    "Walking past",
    "A hard week",
    "note words",
)


def all_text(window: QWidget) -> str:
    """Every piece of text a person could see or a screen reader could read in the window."""
    parts = []
    for widget in [window, *window.findChildren(QWidget)]:
        parts += [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.windowTitle(),
        ]
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    parts += [
                        str(model.data(index, role) or "")
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                    ]
        if isinstance(widget, pg.GraphicsView):
            parts += [item.toPlainText() for item in widget.scene().items() if isinstance(item, pg.TextItem)]
            parts += [item.format for item in widget.scene().items() if isinstance(item, pg.InfLineLabel)]
            parts += [
                " ".join(item.texts()) for item in widget.scene().items() if isinstance(item, CellLabels)
            ]
    return "\n".join(parts)


@pytest.fixture
def session(ctx, shown_window):
    return shown_window(SessionModeWindow(ctx))


def test_starts_since_last_session_with_large_type(session):
    assert session.range_bar.preset is RangePreset.SINCE_SESSION
    assert (session.range.start, session.range.end) == (date(2025, 5, 8), date(2025, 5, 10))
    assert "Since the session on 8 May 2025" in session.range_bar.note.text()
    assert session.theme.scale == SCALE
    app_points = QApplication.font().pointSizeF()  # the chart's words grow with the app's text too
    assert session.charts[0].heading.font().pointSizeF() == pytest.approx(
        13 * SCALE * app_points / REFERENCE_POINTS
    )
    assert session.font().pointSizeF() >= 14


def test_steps_through_every_chart_with_the_keyboard(qtbot, session):
    titles = [kind.title for kind in CHART_TYPES] + [
        "Entries in this period",
        "Medication",
        "Back-filled days",
        "Lapse reviews",
    ]
    assert session.step_label.text() == f"Step 1 of {len(titles)}: {titles[0]}"
    for index in range(1, len(titles)):
        qtbot.keyClick(session, Qt.Key.Key_Right)
        assert session.step == index and session.step_label.text().endswith(titles[index])
    assert not session.next_button.isEnabled()
    qtbot.keyClick(session, Qt.Key.Key_PageUp)
    qtbot.keyClick(session, Qt.Key.Key_Left)
    assert session.step == len(titles) - 3
    assert session.step_label.text().endswith("Medication")
    qtbot.keyClick(session, Qt.Key.Key_Home)
    assert session.step == 0 and not session.previous_button.isEnabled()
    qtbot.mouseClick(session.next_button, Qt.MouseButton.LeftButton)
    assert session.step == 1


def test_no_private_entry_and_no_free_text_is_shown(qtbot, session):
    session.range_bar.set_preset(RangePreset.ALL)  # every entry's day, the private one included
    for chart in session.charts:  # tables too: they are what a screen reader reads
        chart.show_table(True)
    text = all_text(session)
    for secret in SECRETS:
        assert secret not in text
    # the private check-in (mood 1, craving 10 on 7 May) is left out of the charts' figures
    mood_chart = session.charts[0]
    assert 1.0 not in mood_chart.series.mood.tolist() and 10.0 not in mood_chart.series.craving.tolist()
    entries = session.entries
    kinds = [entries.table.item(r, 1).text() for r in range(entries.table.rowCount())]
    assert kinds.count(entries.private_text) == 1
    words = {entries.table.item(r, 4).text() for r in range(entries.table.rowCount())}
    assert words <= {entries.hidden_text, ""}


def test_the_person_can_reveal_one_item_at_a_time(qtbot, session):
    session.range_bar.set_preset(RangePreset.ALL)
    session.go_to(len(CHART_TYPES))
    table = session.entries.table
    rows = {table.item(r, 0).text() + table.item(r, 1).text(): r for r in range(table.rowCount())}
    day = session.entries.day_text
    table.selectRow(rows[day("2025-05-06") + "Note"])
    qtbot.mouseClick(session.entries.show_button, Qt.MouseButton.LeftButton)
    assert NOTE_WORDS in all_text(session) and PRIVATE_WORDS not in all_text(session)
    table.selectRow(rows[day("2025-05-07") + session.entries.private_text])
    qtbot.mouseClick(session.entries.show_button, Qt.MouseButton.LeftButton)
    assert PRIVATE_WORDS in all_text(session)
    qtbot.mouseClick(session.entries.hide_button, Qt.MouseButton.LeftButton)
    assert NOTE_WORDS not in all_text(session) and PRIVATE_WORDS not in all_text(session)


def test_record_this_session_adds_a_session_date(qtbot, session, may_journal):
    with qtbot.waitSignal(session.session_recorded):
        qtbot.mouseClick(session.record_button, Qt.MouseButton.LeftButton)
    sessions = annotations.list_sessions(may_journal.db)
    assert len(sessions) == 2
    assert session.message.text().startswith("Session recorded:")
    assert not session.record_button.isEnabled()  # once per session mode


def test_escape_leaves_and_forgets_the_figures(qtbot, session):
    with qtbot.waitSignal(session.left_session):
        qtbot.keyClick(session, Qt.Key.Key_Escape)
    assert not session.isVisible()
    assert all(chart.range is None and chart.summary.text() == "" for chart in session.charts)
    assert session.entries.table.rowCount() == 0


def test_start_shows_full_screen(qtbot, ctx):
    window = SessionModeWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitUntil(lambda: window.isVisible())
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    window.leave()
    assert QApplication.activeWindow() is not window


def test_get_help_is_one_click_away_in_session_mode(qtbot, session, ctx, data_dir):
    from journal_app.core import crisis

    ctx.data_dir = data_dir
    crisis.choose_country(data_dir, "US")
    qtbot.mouseClick(session.help_button, Qt.MouseButton.LeftButton)
    dialog = session.help_dialog
    assert dialog.isVisible() and any("988" in label.text() for label in dialog.findChildren(QLabel))
    dialog.close()


def test_session_mode_has_medication_and_score_steps_without_private_ones(qtbot, session, may_journal):
    from datetime import datetime

    from journal_app.core import questionnaires as q
    from journal_app.gui.charts.adherence import AdherenceChart
    from journal_app.gui.charts.scores import ScoresChart

    private = dict.fromkeys("123456789", 3) | {"9": 0}  # a private PHQ-9 of 24 on 6 May
    taken = datetime(2025, 5, 6, 9, 0).astimezone()
    may_journal.questionnaires.save(q.Result(q.PHQ9, private, taken_at=taken, private=True))
    session.range_bar.set_preset(RangePreset.ALL)
    steps = {type(chart): chart for chart in session.charts}
    scores = steps[ScoresChart]
    assert [int(v) for s in scores.series for v in s.values] == [8]  # the shared one, not the private 24
    assert AdherenceChart in steps and steps[AdherenceChart].summary.text()


def test_back_filled_days_and_lapse_reviews_each_have_a_step_without_words(qtbot, session, may_journal):
    from journal_app.core import backfill, lapse

    used = may_journal.get(next(r.id for r in may_journal.rows() if r.kind == "use"))
    may_journal.save(lapse.LapseReview(used, {"thoughts": "Secret review words"}).as_entry())
    hidden = dataclasses.replace(used, id=None, uuid="private-use", private=True)
    may_journal.save(lapse.LapseReview(may_journal.save(hidden), {"did": "Private words"}).as_entry())
    backfill.mark_days(may_journal, "opioids", date(2025, 5, 8), date(2025, 5, 9), backfill.NO_USE)
    session.range_bar.set_preset(RangePreset.ALL)
    session.go_to(session.stack.count() - 2)
    assert session.step_label.text().endswith("Back-filled days")
    assert session.backfill_step.isVisible() and not session.reviews_step.isVisible()
    text = session.backfill_step.text.text()
    assert "no use (Opioids): 2" in text and "May 8, 2025 to May 9, 2025" in text
    qtbot.keyClick(session, Qt.Key.Key_Right)
    assert session.step_label.text().endswith("Lapse reviews") and session.reviews_step.isVisible()
    text = session.reviews_step.text.text()
    assert "1 review in this period" in text and date_text(used.occurred_at.date()) in text
    assert "review" not in session.backfill_step.text.text()  # each counts its own
    assert "Secret review words" not in all_text(session)


def test_a_new_step_is_heard_by_its_title_and_a_button_keeps_the_focus(qtbot, session):
    session.activateWindow()
    qtbot.waitUntil(lambda: session.isActiveWindow())
    session.charts[0].summary.setFocus()  # reading the first chart's figures
    qtbot.keyClick(session, Qt.Key.Key_PageDown)
    assert session.step == 1 and session.focusWidget() is session.step_label  # "Step 2 of …" is read
    session.next_button.setFocus()
    qtbot.keyClick(session.next_button, Qt.Key.Key_Space)
    assert session.step == 2 and session.focusWidget() is session.next_button  # Space again goes on
    session.help_button.setFocus()  # any other button of the window: the step's title is heard
    qtbot.keyClick(session, Qt.Key.Key_PageDown)
    assert session.step == 3 and session.focusWidget() is session.step_label
