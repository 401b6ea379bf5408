"""What every view is given: the open journal, app-wide signals, the data folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.journal import Journal
from .tasks import TaskRegistry


class JournalEvents(QObject):
    """App-wide notifications, so views stay in step without knowing each other."""

    entries_changed = Signal()  # entries added, edited, deleted, imported or restored
    entry_saved = Signal(object)  # the core Entry just saved from the editor
    settings_changed = Signal()
    show_entry_requested = Signal(int)  # open this entry in the journal view
    show_entries_requested = Signal(object)  # an EntryFilter to show in the journal view
    journal_changed = Signal(object)  # the Journal now open, or None while locked


@dataclasses.dataclass
class AppContext:
    journal: Journal | None
    events: JournalEvents
    data_dir: Path | None = None
    tasks: TaskRegistry = dataclasses.field(default_factory=TaskRegistry)  # background work running

    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        self.events.journal_changed.emit(journal)
