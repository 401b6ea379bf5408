"""The journal as the rest of the app sees it: one object per open journal.

The GUI and the CLI hold a :class:`Journal` and call its methods; neither
runs SQL. It is built around a database from :func:`db.connect`, so tests can
hand it any database they like.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import (
    catalogue,
    causes,
    entries,
    files,
    instance_lock,
    migrations,
    paths,
    query,
    settings,
    stats,
)
from . import db as dbmod
from .db import Database
from .errors import DamagedJournalError, JournalError, PassphraseNeededError
from .messages import _
from .models import Entry

# Imported when first needed, not at start-up: a short command (`search`, `today`) opens a plain
# journal without loading the encryption, backup and integrity code or the plan's crisis lines.
if TYPE_CHECKING:
    from . import today as today_mod
    from .annotations import Annotations
    from .charts_data import ChartData
    from .insights.result import SignResult
    from .insights.streaks import Streak
    from .medication import Medications
    from .plan import Plan
    from .questionnaires import Questionnaires
    from .safety import SafetyNotice
    from .substances import DaysWithoutUse, Family
    from .transfer.part import Transfer


class Journal:
    def __init__(self, db: Database, data_dir: Path | None = None, key: bytes | None = None) -> None:
        self._db: Database | None = db
        self.data_dir = data_dir
        self.key = key

    @property
    def db(self) -> Database:
        """The open database, for the core's own modules (the GUI and CLI use the methods)."""
        if self._db is None:
            raise JournalError(_("The journal is closed."))
        return self._db

    @classmethod
    def open(
        cls,
        data_dir: Path,
        key: bytes | None = None,
        *,
        create: bool = True,
        check: bool = True,
        tidy: bool = True,
    ) -> Journal:
        """Open the journal in ``data_dir`` (starting one if there is none), checked, migrated and ready.

        An encrypted journal needs its raw ``key`` (see ``encryption.unlock``);
        a damaged one is moved aside (``integrity``); where a journal was, no
        empty one is started in its place. ``check=False`` skips ``quick_check``,
        which reads every page (about 0.4 s at 100,000 entries): the app runs it
        in the background instead (``integrity.problems_in``). ``tidy=False``
        leaves half-written copies and unconverted backups for the first
        connection to deal with (for a second connection).
        """
        data_dir = Path(data_dir)
        if not paths.journal_file(data_dir).exists():
            from . import integrity

            integrity.refuse_fresh_start(data_dir)
        if key is None and paths.key_file(data_dir).exists():
            from . import keyfile

            if keyfile.journal_is_encrypted(data_dir):
                raise PassphraseNeededError(_("This journal is encrypted; it opens with its passphrase."))
        # another process's work files (a running encrypt's *.encrypting) are its own, not stale
        tidy = tidy and instance_lock.nobody_else_holds(paths.lock_file(data_dir))
        if tidy:
            files.shred_partials(data_dir)
        try:
            db = dbmod.connect(paths.journal_file(data_dir), key, create=create, check=check)
        except DamagedJournalError as exc:
            from . import integrity

            raise integrity.move_aside_and_offer(data_dir, key, exc.problems) from None
        try:
            migrations.migrate(db, paths.backups_dir(data_dir), key)
            catalogue.install_catalogue(db)
            if tidy and key is not None:
                from . import encryption

                encryption.finish_interrupted_switch(data_dir, key)
            files.tighten(data_dir)  # owner-only, also for a journal made under a looser umask
        except dbmod.DatabaseError as exc:
            db.close()
            problem = causes.storage_error(exc, _("Opening the journal"), data_dir)
            if problem is not None:  # a full or read-only disk is not damage: nothing is moved aside
                raise problem from exc
            from . import integrity

            problems = [] if check else integrity.problems_in(data_dir, key)
            if problems:  # not checked yet, and damaged after all
                raise integrity.move_aside_and_offer(data_dir, key, problems) from None
            raise
        except BaseException:
            db.close()
            raise
        return cls(db, data_dir, key)

    @classmethod
    def in_memory(cls) -> Journal:
        """A throwaway journal for tests and previews."""
        import sqlcipher3

        con = sqlcipher3.connect(":memory:", isolation_level=None, check_same_thread=False)
        dbmod.apply_pragmas(con)
        db = Database(con)
        migrations.migrate(db)
        catalogue.install_catalogue(db)
        return cls(db)

    @property
    def path(self) -> Path | None:
        return paths.journal_file(self.data_dir) if self.data_dir else None

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except dbmod.DatabaseError:
                pass
            self._db.close()
            self._db = None

    @contextlib.contextmanager
    def own_connection(self) -> Iterator[Journal]:
        """This journal on a connection of its own, for work on another thread; closed when the work ends.

        Background work (import, export) never shares the GUI thread's connection: a
        save made meanwhile is its own transaction, not part of the import's, so
        cancelling the import cannot take it back. The second connection opens the
        same file with the same key and does none of the opening work (no check,
        no migration, no tidying). An in-memory journal has only one connection
        and lends it.
        """
        if self.data_dir is None or self._db is None:
            yield self
            return
        other = Journal(
            dbmod.connect(paths.journal_file(self.data_dir), self.key, create=False), self.data_dir, self.key
        )
        try:
            yield other
        finally:
            other.close()

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    # backups -----------------------------------------------------------------
    def backup(self, *, kind: str = "manual") -> Path:
        """A backup in the backups folder, encrypted like the journal."""
        if self.data_dir is None:
            raise JournalError(_("A journal kept only in memory has no backups folder."))
        from . import backups

        return backups.take_backup(self.db, self.data_dir, self.key, kind=kind)

    def backup_automatic(self, *, on_close: bool = False) -> Path | None:
        """The rotating automatic backup: on close, or the first time each day."""
        if self.data_dir is None:
            return None
        from . import backups

        return backups.take_automatic(self.db, self.data_dir, self.key, on_close=on_close)

    # entries -------------------------------------------------------------
    def save(self, entry: Entry, *, now: datetime | None = None) -> Entry:
        return entries.save_entry(self.db, entry, now=now)

    def get(self, entry_id: int) -> Entry | None:
        return entries.get_entry(self.db, entry_id)

    def delete(self, entry_id: int) -> Entry:
        return entries.delete_entry(self.db, entry_id)

    def restore(self, entry: Entry) -> Entry:
        return entries.restore_entry(self.db, entry)

    def insert_many(self, items: Iterable[Entry], *, now: datetime | None = None) -> int:
        return entries.insert_many(self.db, items, now=now)

    # finding ---------------------------------------------------------------
    def rows(
        self,
        filt: query.EntryFilter = query.EntryFilter(),
        *,
        limit: int = 200,
        after: query.EntryRow | None = None,
    ) -> list[query.EntryRow]:
        return query.list_rows(self.db, filt, limit=limit, after=after)

    def count(self, filt: query.EntryFilter = query.EntryFilter()) -> int:
        return query.count_rows(self.db, filt)

    def search(self, text: str, *, limit: int = 50, include_private: bool = True) -> list[query.EntryRow]:
        return query.search(self.db, text, limit=limit, include_private=include_private)

    # catalogue -------------------------------------------------------------
    def trigger_names(self) -> list[str]:
        return catalogue.trigger_names(self.db)

    def own_triggers(self) -> list[catalogue.OwnTrigger]:
        return catalogue.own_triggers(self.db)

    def set_trigger_category(self, name: str, category: str) -> catalogue.OwnTrigger:
        """Mark one of the person's own triggers as a kind the warning signs count ("" for none)."""
        return catalogue.set_trigger_category(self.db, name, category)

    def coping_names(self) -> list[str]:
        return catalogue.coping_names(self.db)

    def tag_names(self) -> list[str]:
        return catalogue.tag_names(self.db)

    def substances(self) -> list[str]:
        return catalogue.substances(self.db)

    def stats(self, *, include_private: bool = True) -> dict[str, Any]:
        return stats.journal_stats(self.db, include_private=include_private)

    # the journal's parts (as Anki's col.decks): each holds the database for the GUI and CLI
    @property
    def plan(self) -> Plan:
        """The prevention plan."""
        from .plan import Plan

        return Plan(self.db, self.crisis_country())

    def keep_crisis_numbers_on_device(self) -> None:
        """Copy the person's own crisis numbers to the plain device file, for Get help while locked."""
        from . import crisis

        if self.data_dir is not None:
            crisis.save_own_numbers(self.data_dir, self.plan.own_crisis_numbers())

    @property
    def questionnaires(self) -> Questionnaires:
        from .questionnaires import Questionnaires

        return Questionnaires(self.db)

    @property
    def medications(self) -> Medications:
        """The person's medicines, their next dates and each day taken or missed (issue 13)."""
        from .medication import Medications

        return Medications(self.db)

    def crisis_country(self) -> str:
        """The device's crisis country (chosen, else the system locale's; "" for none or no data folder)."""
        from . import crisis

        if self.data_dir is None:
            return ""
        found = crisis.device_crisis(self.data_dir).country
        return found.code if found is not None else ""

    @property
    def transfer(self) -> Transfer:
        """Export and import (``core/transfer``), imported when first asked for."""
        from .transfer.part import Transfer

        return Transfer(self.db)

    @property
    def annotations(self) -> Annotations:
        """Life events and therapy sessions shown on the charts."""
        from .annotations import Annotations

        return Annotations(self.db)

    def chart_data(self, *, include_private: bool = True) -> ChartData:
        """What the charts show; session mode asks with ``include_private=False``."""
        from .charts_data import ChartData

        return ChartData(self.db, include_private=include_private)

    def add_demo(
        self, days: int = 120, *, entries: int | None = None, seed: int = 7, end: date | None = None
    ) -> int:
        """Fill this empty journal with synthetic demo entries; return how many."""
        from . import demo

        return demo.write_demo(self.db, days, entries=entries, seed=seed, end=end)

    def copy_to(self, dest: Path | str) -> Path:
        """A whole copy of the journal at ``dest``, encrypted like the journal (its key file is not copied)."""
        return dbmod.backup_to(self.db, dest, self.key)

    # insights and safety ---------------------------------------------------

    def warning_signs(self, today: date | None = None) -> list[SignResult]:
        from .insights import warning_signs

        return warning_signs.current_signs(self.db, today)

    def snooze_sign(self, key: str, today: date | None = None) -> date:
        from .insights import warning_signs

        return warning_signs.snooze(self.db, key, today)

    def dismiss_sign(self, key: str, today: date | None = None, days: int | None = None) -> None:
        """Put a sign away for ``days`` days, or (no number) until something new turns up."""
        from .insights import warning_signs

        warning_signs.dismiss(self.db, key, today, days)

    def warning_signs_history_note(self, today: date | None = None) -> str | None:
        """ "Not enough entries yet to compare…" while the journal is too new to compare, else None."""
        from .insights import warning_signs

        return warning_signs.history_note(self.db, today)

    def streaks(self, today: date | None = None) -> list[Streak]:
        from .insights import streaks

        return streaks.streaks(self.db, today)

    def add_recovery_start(self, substance: str, started_on: date, note: str = "") -> int:
        from .insights import streaks

        return streaks.add_recovery_start(self.db, substance, started_on, note)

    def lost_tolerance_notice(self, entry: Entry, today: date | None = None) -> SafetyNotice | None:
        """The overdose (or alcohol) card due for this saved entry, with the crisis numbers, or None."""
        import dataclasses

        from . import safety

        notice = safety.lost_tolerance_notice(self.db, entry, today)
        if notice is None:
            return None
        return dataclasses.replace(notice, crisis_numbers=tuple(self.plan.crisis_numbers()))

    def days_without_use(
        self, family: str | None = None, today: date | None = None, *, include_private: bool = True
    ) -> DaysWithoutUse | None:
        """THE days-without-use number (``core.substances.days_without_use``): per family or everything."""
        from . import substances

        return substances.days_without_use(self.db, family, today, include_private=include_private)

    def substance_family(self, text: str) -> Family | None:
        """The family a substance name resolves to (the person's own answer first), or None."""
        from . import substances

        return substances.resolve(self.db, text)

    def substance_needs_asking(self, text: str) -> bool:
        from . import substances

        return substances.needs_asking(self.db, text)

    def remember_substance(self, text: str, family_key: str) -> None:
        from . import substances

        substances.remember(self.db, text, family_key)

    def lost_tolerance_days(self) -> int:
        from . import safety

        return safety.threshold_days(self.db)

    def record_safety_notice(self, entry_id: int, kind: str = "lost_tolerance") -> None:
        from . import safety

        safety.record_shown(self.db, entry_id, kind)

    # today -------------------------------------------------------------------
    def today(self, today: date | None = None, *, include_private: bool = True) -> today_mod.TodaySummary:
        """What the Today view and ``recovery-journal today`` show (core/today.py)."""
        from . import today as today_mod

        return today_mod.summary(self.db, today, include_private=include_private)

    def today_streaks(self, today: date | None = None) -> list[today_mod.TodayStreak]:
        """Days without use per family with its next milestone (``days_without_use`` per family)."""
        from . import today as today_mod

        return today_mod.streaks(self.db, today)

    def milestones_to_celebrate(self, today: date | None = None) -> list[today_mod.TodayStreak]:
        """Milestones reached today and not yet celebrated (each is returned once)."""
        from . import today as today_mod

        return today_mod.milestones_to_celebrate(self.db, today_mod.streaks(self.db, today))

    def top_warning_sign(self, today: date | None = None, *, keep: bool = True) -> dict[str, str] | None:
        """The most pressing warning sign as ``{key, title, summary}`` (kept until the entries,
        recovery starts or snoozes change, so a shell prompt can ask often; ``keep=False``
        reads a kept answer but writes nothing)."""
        from . import today as today_mod

        day = today or date.today()
        return today_mod.top_warning_sign(self.db, day, lambda: self.warning_signs(day), keep=keep)

    def checkin_done(self, day: date | None = None) -> bool:
        from . import today as today_mod

        return today_mod.checkin_done(self.db, day or date.today())

    def setting(self, key: str, default: Any = None) -> Any:
        return settings.get_setting(self.db, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        settings.set_setting(self.db, key, value)
