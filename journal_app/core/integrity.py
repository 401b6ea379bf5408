"""A damaged journal is never written over, and never replaced by an empty one.

``Journal.open`` runs SQLite's ``quick_check``. A journal that fails it is
moved aside, whole and untouched, as ``journal.db.corrupt-<timestamp>`` (its
``-wal`` and ``-shm`` go with it), and the person is offered the newest backup
that passes the same check. While such signs of a journal remain (a damaged
copy, a key file, backups), no new empty journal is started in its place.
"""

from __future__ import annotations

import threading
from pathlib import Path

from . import backups, files, paths
from . import db as dbmod
from .errors import DamagedJournalError, JournalError, MissingJournalError, StorageError
from .messages import _, join_and
from .words import counted


def problems_in(data_dir: Path, key: bytes | None) -> list[str]:
    """``quick_check`` on a connection of its own (safe on another thread); empty means ok."""
    db = dbmod.open_readonly(paths.journal_file(data_dir), key)
    try:
        return dbmod.check_problems(db)
    finally:
        db.close()


class BackgroundCheck:
    """``quick_check`` on a thread of its own while the app gets ready; ``problems()`` waits for it."""

    def __init__(self, data_dir: Path, key: bytes | None):
        self._found: list[str] = []
        self._thread = threading.Thread(
            target=self._run, args=(data_dir, key), name="quick_check", daemon=True
        )
        self._thread.start()

    def _run(self, data_dir: Path, key: bytes | None) -> None:
        try:
            self._found = problems_in(data_dir, key)
        except StorageError:  # the disk (full, read-only, busy), not damage: nothing is moved aside
            self._found = []
        except JournalError as exc:
            self._found = [str(exc)]

    def problems(self) -> list[str]:
        self._thread.join()
        return self._found

    def finished(self) -> bool:
        return not self._thread.is_alive()


def move_aside_and_offer(data_dir: Path, key: bytes | None, problems: list[str]) -> DamagedJournalError:
    """Move the damaged journal aside and say so, naming the newest good backup (if any)."""
    moved = files.move_aside(paths.journal_file(data_dir))
    good = backups.newest_good_backup(data_dir, key)
    offer = (
        _(
            "The newest good backup is from {time} with {entries}; restore it in the app or with: "
            'recovery-journal restore "{file}"'
        ).format(
            time=f"{good.taken_at:%Y-%m-%d %H:%M}",
            entries=counted(good.entries or 0, "entry"),
            file=good.path,
        )
        if good
        else _("No good backup was found; please keep the damaged copy, it may still be recoverable.")
    )
    first = problems[0] if problems else _("it failed its check")
    return DamagedJournalError(
        _("The journal is damaged ({problem}). It was moved aside, unchanged, to {file}. {offer}").format(
            problem=first, file=moved.name, offer=offer
        ),
        moved_to=moved,
        backup=good,
        problems=problems,
    )


def refuse_fresh_start(data_dir: Path) -> None:
    """Refuse to start an empty journal where a journal was (its key, a damaged copy or backups remain)."""
    if paths.journal_file(data_dir).exists():
        return
    reasons = []
    if paths.key_file(data_dir).exists():
        reasons.append(_("its key file is still there"))
    if files.damaged_copies(data_dir):
        reasons.append(_("a damaged copy was moved aside"))
    if backups.backup_files(data_dir):
        reasons.append(_("there are backups"))
    if reasons:
        raise MissingJournalError(
            _(
                "The journal file is missing from {folder}, but {reasons}; no new empty journal was started "
                "in its place. Restore a backup in the app or with `recovery-journal restore FILE`."
            ).format(folder=data_dir, reasons=join_and(reasons))
        )
