"""Undoable journal changes: saving (new or edited) and deleting entries."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...core.journal import Journal
from ...core.models import Entry
from .entry_words import undo_delete_kind, undo_save_kind

Notify = Callable[[int | None], None]


class SaveEntryCommand(QUndoCommand):
    """Save an entry; undo removes a new one or puts back the earlier version."""

    def __init__(self, journal: Journal, entry: Entry, before: Entry | None, notify: Notify):
        super().__init__(undo_save_kind(entry.kind, new=before is None))
        self.journal, self.entry, self.before, self.notify = journal, entry, before, notify
        self._first = True

    def redo(self) -> None:
        if self._first:
            self.entry = self.journal.save(self.entry)
            self._first = False
        elif self.before is None:
            self.journal.restore(self.entry)
        else:
            self.journal.save(dataclasses.replace(self.entry))
        self.notify(self.entry.id)

    def undo(self) -> None:
        if self.before is None:
            if self.entry.id is not None:
                self.entry = self.journal.delete(self.entry.id)
            self.notify(None)
        else:
            self.journal.save(dataclasses.replace(self.before))
            self.notify(self.before.id)


class DeleteEntryCommand(QUndoCommand):
    def __init__(self, journal: Journal, entry_id: int, notify: Notify):
        super().__init__(QCoreApplication.translate("EntryWords", "Delete entry"))
        self.journal, self.entry_id, self.notify = journal, entry_id, notify
        self.deleted: Entry | None = None

    def redo(self) -> None:
        self.deleted = self.journal.delete(self.entry_id)
        self.setText(undo_delete_kind(self.deleted.kind))
        self.notify(None)

    def undo(self) -> None:
        if self.deleted is not None:
            self.journal.restore(self.deleted)
            self.notify(self.deleted.id)
