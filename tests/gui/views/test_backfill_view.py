"""The back-fill calendar: marking a range, merging, refusing the future, undo, no overdose card."""

from datetime import timedelta

from PySide6.QtCore import QDate

from journal_app.core import backfill
from journal_app.core.models import now_local
from journal_app.gui.context import AppContext, JournalEvents
from journal_app.gui.views.backfill_view import BackfillView


def make(qtbot, journal, data_dir):
    ctx = AppContext(journal, JournalEvents(), data_dir)
    view = BackfillView(ctx)
    qtbot.addWidget(view)
    return ctx, view


def test_marking_a_range_then_undoing_it(qtbot, journal, data_dir):
    ctx, view = make(qtbot, journal, data_dir)
    journal.add_recovery_start("Opioids", now_local().date() - timedelta(days=40))
    saved = []
    ctx.events.entry_saved.connect(saved.append)
    today = QDate.currentDate()
    view.calendar.setSelectedDate(today.addDays(-10))
    view.through.setDate(today.addDays(-8))
    with qtbot.waitSignal(ctx.events.entries_changed):
        view.mark_buttons[backfill.USE].click()
    assert journal.count() == 3 and "3 days marked" in view.message.text()
    assert journal.days_without_use("opioids", now_local().date()).days == 8
    assert saved == []  # no entry_saved: the overdose card's hook never hears of back-filled days
    view.calendar.setSelectedDate(today.addDays(-9))
    view.through.setDate(today.addDays(-9))
    view.mark_buttons[backfill.NO_USE].click()
    assert journal.count() == 3  # merged, not duplicated
    view.undo_button.click()
    view.undo_button.click()
    assert journal.count() == 0 and not view.undo_button.isEnabled()


def test_days_after_today_cannot_be_marked(qtbot, journal, data_dir):
    _ctx, view = make(qtbot, journal, data_dir)
    view.through.setMaximumDate(QDate.currentDate().addDays(5))  # as if the limit were bypassed
    view.calendar.setSelectedDate(QDate.currentDate())
    view.through.setDate(QDate.currentDate().addDays(2))
    view.mark_buttons[backfill.NO_USE].click()
    assert "after today" in view.message.text() and journal.count() == 0


def test_a_lapse_can_be_looked_back_at_later_but_not_a_back_filled_mark(qtbot, journal, data_dir):
    from journal_app.core.models import Entry, EntryKind

    _ctx, view = make(qtbot, journal, data_dir)
    assert view.review_latest_use() is None and "no use entry" in view.message.text()
    typed = journal.save(
        Entry(kind=EntryKind.USE, occurred_at=now_local() - timedelta(days=3), substance="heroin")
    )
    backfill.mark_days(
        journal, "opioids", now_local().date() - timedelta(days=1), now_local().date(), backfill.USE
    )
    dialog = view.review_latest_use()
    assert dialog is not None and dialog.use_entry.id == typed.id
    dialog.close_button.click()
