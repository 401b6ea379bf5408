"""Triggers and coping strategies in a range, counted by SQLite.

- trigger frequency: how many entries in the range name each trigger;
- mean craving by trigger: the mean craving (0–10) of those entries that
  recorded a craving, with how many did (a mean of two is not a mean of 200);
- what helped: for each coping strategy, how many entries used it, and in how
  many the person said it helped, said it did not, or did not say.

SQLite reads them through covering indexes (see ``_from``); ``CROSS JOIN``
keeps it to the order chosen.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from ..db import Database
from .ranges import DateRange, journal_span, range_where


@dataclasses.dataclass(frozen=True, slots=True)
class TriggerStat:
    name: str
    entries: int
    mean_craving: float | None  # None: none of its entries recorded a craving
    craving_entries: int


@dataclasses.dataclass(frozen=True, slots=True)
class CopingStat:
    name: str
    used: int
    helped: int
    not_helped: int
    not_said: int

    @property
    def helped_share(self) -> float | None:
        """Of the times the person said, the share that helped (None: never said)."""
        said = self.helped + self.not_helped
        return self.helped / said if said else None


# Ways to join entries in a range with their links. A range over the whole journal, private
# entries included, needs no entry at all for the coping counts. For a short range, read the range's
# entries from the day index and look up each one's links. For a range that holds most of the
# journal, read every link once (in trigger or strategy order, so no sorting) and look up its
# entry's day, privacy and craving in the narrow ``entries_id_measures`` index: half the work.
MOST_OF_THE_JOURNAL = 0.4


def _share_of_journal(db: Database, rng: DateRange) -> float:
    """How much of the journal's span of days the range covers (0 to 1); 0 without the indexes."""
    indexes = db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
        "('entries_id_measures', 'entry_coping_helped', 'entry_triggers_by_trigger')"
    ).fetchone()[0]
    first_text, last_text = journal_span(db)
    if indexes != 3 or first_text is None or last_text is None:  # a journal from before those indexes
        return 0.0
    first, last = date.fromisoformat(first_text), date.fromisoformat(last_text)
    inside = (min(rng.end, last) - max(rng.start, first)).days + 1
    return max(inside, 0) / ((last - first).days + 1)


def _links(
    db: Database,
    rng: DateRange,
    include_private: bool,
    links: str,
    alias: str,
    link_index: str,
    *,
    entry_columns: bool,
) -> tuple[str, str, list[Any]]:
    """The tables (``FROM …``), the condition and its parameters for the range's links."""
    share = _share_of_journal(db, rng)
    if share >= 1 and include_private and not entry_columns:  # every link counts: no entry to read
        return f"FROM {links} {alias} INDEXED BY {link_index}", "1", []
    where, params = range_where(rng, include_private)
    if share >= MOST_OF_THE_JOURNAL:
        return (
            (
                f"FROM {links} {alias} INDEXED BY {link_index} CROSS JOIN entries e "
                f"INDEXED BY entries_id_measures ON e.id = {alias}.entry_id"
            ),
            where,
            params,
        )
    return f"FROM entries e CROSS JOIN {links} {alias} ON {alias}.entry_id = e.id", where, params


def trigger_stats(db: Database, rng: DateRange, *, include_private: bool = True) -> list[TriggerStat]:
    """Every trigger named in the range, most frequent first (ties by name)."""
    tables, where, params = _links(
        db, rng, include_private, "entry_triggers", "et", "entry_triggers_by_trigger", entry_columns=True
    )
    rows = db.execute(
        "SELECT t.name, count(*), avg(e.craving), count(e.craving) "
        f"{tables} JOIN triggers t ON t.id = et.trigger_id WHERE {where} "
        "GROUP BY et.trigger_id ORDER BY count(*) DESC, t.name COLLATE NOCASE",
        params,
    ).fetchall()
    return [TriggerStat(*row) for row in rows]


def by_mean_craving(stats: list[TriggerStat]) -> list[TriggerStat]:
    """Triggers with a craving figure, highest mean first (ties: more entries first)."""
    rated = [(s.mean_craving, s) for s in stats if s.mean_craving is not None]
    rated.sort(key=lambda pair: (-pair[0], -pair[1].craving_entries, pair[1].name.casefold()))
    return [s for _mean, s in rated]


def coping_stats(db: Database, rng: DateRange, *, include_private: bool = True) -> list[CopingStat]:
    """Every coping strategy used in the range, most used first (ties by name)."""
    tables, where, params = _links(
        db, rng, include_private, "entry_coping", "ec", "entry_coping_helped", entry_columns=False
    )
    rows = db.execute(
        "SELECT c.name, count(*), count(*) FILTER (WHERE ec.helped = 1), "
        "count(*) FILTER (WHERE ec.helped = 0), count(*) FILTER (WHERE ec.helped IS NULL) "
        f"{tables} JOIN coping_strategies c ON c.id = ec.coping_id WHERE {where} "
        "GROUP BY ec.coping_id ORDER BY count(*) DESC, c.name COLLATE NOCASE",
        params,
    ).fetchall()
    return [CopingStat(*row) for row in rows]
