"""What every view is given: the open journal, app-wide signals, the data folder;
and the contracts between the main window and the parts beside it."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..core.journal import Journal
from ..core.models import Entry
from .tasks import TaskRegistry


@runtime_checkable
class View(Protocol):
    """A main view (one line in ``views/registry.py``): a QWidget with a title for the navigation,
    handed the journal, or ``None`` while locked (it then clears every word of the journal it showed)."""

    view_title: str

    def set_journal(self, journal: Journal | None) -> None: ...


@runtime_checkable
class RefreshesWhenStale(Protocol):
    """A view whose figures depend on what is recorded elsewhere (e.g. a therapy session)."""

    def mark_stale(self) -> None: ...


class DraftKeeper(Protocol):
    """The journal view as the lock sees it: an unsaved draft is never lost to a lock."""

    def may_leave_editor(self) -> bool: ...

    def unsaved_draft(self) -> Entry | None: ...

    def give_back_draft(self, entry: Entry) -> None: ...


class ViewHost(Protocol):
    """The main window as the parts beside it see it (they may not import ``main_window``)."""

    @property
    def journal_view(self) -> DraftKeeper: ...

    def built_views(self) -> list[QWidget]: ...


class JournalEvents(QObject):
    """App-wide notifications, so views stay in step without knowing each other."""

    entries_changed = Signal()  # entries added, edited, deleted, imported or restored
    entry_saved = Signal(object)  # the core Entry just saved from the editor
    settings_changed = Signal()
    show_entry_requested = Signal(int)  # open this entry in the journal view
    show_entries_requested = Signal(object)  # an EntryFilter to show in the journal view
    journal_changed = Signal(object)  # the Journal now open, or None while locked
    welcome_requested = Signal()  # open the first-run welcome (the window owns it)


@dataclasses.dataclass
class AppContext:
    journal: Journal | None
    events: JournalEvents
    data_dir: Path | None = None
    tasks: TaskRegistry = dataclasses.field(default_factory=TaskRegistry)  # background work running

    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        self.events.journal_changed.emit(journal)
