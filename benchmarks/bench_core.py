"""Search and saving on the 100k journal."""

from __future__ import annotations

from datetime import datetime, timedelta

from bench_journal import big_journal_dir, scratch_copy
from harness import Measure, timed

from journal_app.core.journal import Journal
from journal_app.core.models import Entry, EntryKind

QUERIES = ("the", "crav", "sister tonight", "walk", "money")


def search_newest_50() -> list[float]:
    journal = Journal.open(big_journal_dir())
    try:
        samples = []
        for query in QUERIES:
            samples += timed(lambda q=query: journal.search(q, limit=50), repeat=7)
        return samples
    finally:
        journal.close()


def save_entry() -> list[float]:
    journal = Journal.open(scratch_copy("save-entry"))
    start = datetime.now().astimezone() - timedelta(days=1)
    counter = iter(range(10_000))

    def one() -> None:
        n = next(counter)
        journal.save(
            Entry(
                kind=EntryKind.CHECK_IN,
                mood=6,
                craving=2,
                occurred_at=start + timedelta(seconds=n),
                body=f"Benchmark check-in {n}",
                triggers=["Stress"],
                tags=["bench"],
            )
        )

    try:
        return timed(one, repeat=25, warmup=3)
    finally:
        journal.close()


MEASURES = [
    Measure("search, newest 50 (5 queries)", 20, search_newest_50),
    Measure("save an entry (check-in with links)", 10, save_entry),
]
