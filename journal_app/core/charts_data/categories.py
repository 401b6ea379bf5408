"""Triggers and coping strategies in a range, counted by SQLite.

- trigger frequency: how many entries in the range name each trigger;
- mean craving by trigger: the mean craving (0–10) of those entries that
  recorded a craving, with how many did (a mean of two is not a mean of 200);
- what helped: for each coping strategy, how many entries used it, and in how
  many the person said it helped, said it did not, or did not say.

The entries in the range are read first, from a covering index, and their
links looked up (``CROSS JOIN`` keeps SQLite to that order).
"""

from __future__ import annotations

import dataclasses

import sqlite_utils

from .ranges import DateRange, range_where


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


def trigger_stats(db: sqlite_utils.Database, rng: DateRange, *, include_private: bool = True) -> list[TriggerStat]:
    """Every trigger named in the range, most frequent first (ties by name)."""
    where, params = range_where(rng, include_private)
    rows = db.execute(
        "SELECT t.name, count(*), avg(e.craving), count(e.craving) "
        "FROM entries e CROSS JOIN entry_triggers et ON et.entry_id = e.id "
        f"JOIN triggers t ON t.id = et.trigger_id WHERE {where} "
        "GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE",
        params,
    ).fetchall()
    return [TriggerStat(*row) for row in rows]


def by_mean_craving(stats: list[TriggerStat]) -> list[TriggerStat]:
    """Triggers with a craving figure, highest mean first (ties: more entries first)."""
    rated = [s for s in stats if s.mean_craving is not None]
    return sorted(rated, key=lambda s: (-s.mean_craving, -s.craving_entries, s.name.casefold()))


def coping_stats(db: sqlite_utils.Database, rng: DateRange, *, include_private: bool = True) -> list[CopingStat]:
    """Every coping strategy used in the range, most used first (ties by name)."""
    where, params = range_where(rng, include_private)
    rows = db.execute(
        "SELECT c.name, count(*), count(*) FILTER (WHERE ec.helped = 1), "
        "count(*) FILTER (WHERE ec.helped = 0), count(*) FILTER (WHERE ec.helped IS NULL) "
        "FROM entries e CROSS JOIN entry_coping ec ON ec.entry_id = e.id "
        f"JOIN coping_strategies c ON c.id = ec.coping_id WHERE {where} "
        "GROUP BY c.id ORDER BY count(*) DESC, c.name COLLATE NOCASE",
        params,
    ).fetchall()
    return [CopingStat(*row) for row in rows]
