"""Every Qt model in the app passes Qt's own model checks (pytest-qt's ``qtmodeltester``),
empty, filled, and while it changes; a broken model shows up as a blank or crashing view."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt

from journal_app.core import backups
from journal_app.core.models import Entry, EntryKind
from journal_app.core.query import EntryFilter
from journal_app.gui.charts.table import DataTableModel
from journal_app.gui.dialogs.import_dialog import PreviewModel
from journal_app.gui.security.restore_dialog import BackupListModel
from journal_app.gui.views.timeline_model import PAGE_SIZE, TimelineModel


def _notes(count: int) -> list[Entry]:
    start = datetime(2025, 3, 1, 8, tzinfo=UTC)
    return [
        Entry(
            kind=EntryKind.NOTE if n % 3 else EntryKind.CHECK_IN,
            occurred_at=start + timedelta(hours=n),
            title=f"Note {n}",
            mood=None if n % 3 else 5,
            craving=None if n % 3 else 2,
            private=n % 7 == 0,
        )
        for n in range(count)
    ]


def test_the_timeline_model_while_it_pages_filters_and_locks(qtmodeltester, journal):
    journal.insert_many(_notes(PAGE_SIZE + 30))
    model = TimelineModel(journal)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    # Qt's C++ tester fetches more while still inside its model-reset handler, which it then counts
    # as two changes at once; pytest-qt's Python tester walks the same checks without that quirk.
    qtmodeltester.check(model, force_py=True)  # it fetches the next page itself
    assert model.rowCount() == PAGE_SIZE + 30 and not model.canFetchMore(QModelIndex())
    model.set_filter(EntryFilter(kinds=frozenset({EntryKind.CHECK_IN})))
    assert model.rowCount() == model.total > 0
    model.set_journal(None)  # locking empties it
    assert model.rowCount() == 0


def test_the_import_preview_model(qtmodeltester):
    model = PreviewModel()
    qtmodeltester.check(model)
    model.set_rows(
        [("2024-05-13 07:05", "Check-in", "1/10", ""), ("2024-05-14 20:30", "Note", "", "Felt ok")]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_the_backup_list_model(qtmodeltester, journal, data_dir):
    model = BackupListModel()
    qtmodeltester.check(model)
    journal.insert_many(_notes(3))
    journal.backup()
    model.set_backups(backups.list_backups(data_dir, None))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.data(model.index(0, 2)) == "3"


def test_the_chart_data_table_model(qtmodeltester):
    model = DataTableModel()
    qtmodeltester.check(model)
    model.set_table(["Day", "Mood", "Craving"], [["1 May", 5.5, None], ["2 May", 6, 2]])
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Mood"
    model.clear()
    qtmodeltester.check(model)
