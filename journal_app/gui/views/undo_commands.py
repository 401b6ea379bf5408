"""Undoable journal changes: saving (new or edited) and deleting entries."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...core.journal import Journal
from ...core.models import Entry

Notify = Callable[[int | None], None]


class SaveEntryCommand(QUndoCommand):
    """Save an entry; undo removes a new one or puts back the earlier version."""

    def __init__(self, journal: Journal, entry: Entry, before: Entry | None, notify: Notify):
        verb = "new" if before is None else "edit to"
        super().__init__(f"Save {verb} {entry.kind.label.lower()}")
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
        super().__init__("Delete entry")
        self.journal, self.entry_id, self.notify = journal, entry_id, notify
        self.deleted: Entry | None = None

    def redo(self) -> None:
        self.deleted = self.journal.delete(self.entry_id)
        self.setText(f"Delete {self.deleted.kind.label.lower()}")
        self.notify(None)

    def undo(self) -> None:
        if self.deleted is not None:
            self.journal.restore(self.deleted)
            self.notify(self.deleted.id)
