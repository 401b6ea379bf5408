"""A small hand-built journal in May 2025 for the chart widget tests (used by conftest.py)."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from journal_app.core import annotations
from journal_app.core.charts_data import DateRange
from journal_app.core.models import CopingUse, Entry, EntryKind
from journal_app.core.questionnaires import PHQ9, Result

NOW = datetime(2026, 1, 1, tzinfo=UTC)
MAY = DateRange(date(2025, 5, 1), date(2025, 5, 10))
PRIVATE_WORDS = "SECRET-PRIVATE-WORDS"
NOTE_WORDS = "NOTE-FREE-TEXT"
PRIVATE_TRIGGER = "Private trigger name"


def at(day: int, hour: int = 12, tz=UTC) -> datetime:
    return datetime(2025, 5, day, hour, 0, tzinfo=tz)


def _save(journal, **fields) -> Entry:
    return journal.save(Entry(**fields), now=NOW)


def fill_may(journal):
    """Ten days of May 2025: check-ins on 1, 2, 4, 6; urges; a use on 5; a private entry; events."""
    journal.db.execute("INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', '2025-04-28')")
    _save(
        journal,
        kind=EntryKind.CHECK_IN,
        occurred_at=at(1, 9),
        mood=4,
        craving=6,
        sleep_hours=5,
        triggers=["Stress", "Payday"],
        coping=[CopingUse("Called my sponsor", True)],
    )
    _save(
        journal,
        kind=EntryKind.CHECK_IN,
        occurred_at=at(2, 21),
        mood=6,
        craving=3,
        sleep_hours=7.5,
        triggers=["Stress"],
        coping=[CopingUse("Called my sponsor", False), CopingUse("Walk", True)],
    )
    _save(
        journal,
        kind=EntryKind.CRAVING,
        occurred_at=at(2, 23),
        craving=8,
        triggers=["Stress"],
        situation="Walking past the old corner",
        coping=[CopingUse("Walk", True)],
    )
    _save(journal, kind=EntryKind.CHECK_IN, occurred_at=at(4, 8), mood=7, craving=2, sleep_hours=8)
    _save(journal, kind=EntryKind.USE, occurred_at=at(5, 22), substance="Opioids", lead_up="A hard week")
    _save(
        journal,
        kind=EntryKind.CHECK_IN,
        occurred_at=at(6, 9),
        mood=8,
        craving=1,
        sleep_hours=8,
        body="Felt calm.",
    )
    _save(journal, kind=EntryKind.NOTE, occurred_at=at(6, 18), title="Evening", body=NOTE_WORDS)
    _save(
        journal,
        kind=EntryKind.CHECK_IN,
        occurred_at=at(7, 20),
        mood=1,
        craving=10,
        private=True,
        body=PRIVATE_WORDS,
        triggers=[PRIVATE_TRIGGER],
    )
    annotations.save_life_event(
        journal.db, annotations.LifeEvent(date(2025, 5, 3), "Moved flat", "note words")
    )
    annotations.record_session(journal.db, datetime(2025, 5, 8, 10, 0, tzinfo=UTC))
    phq9 = dict.fromkeys("12345678", 1) | {"9": 0}  # a PHQ-9 of 8 (mild) on 4 May
    journal.questionnaires.save(Result(PHQ9, phq9, taken_at=at(4, 10)))
    return journal


class FakeEvents(QObject):
    """The app's signals a chart view uses (gui.context.JournalEvents has the same ones)."""

    entries_changed = Signal()
    show_entries_requested = Signal(object)


class FakeContext:
    def __init__(self, journal):
        self.journal = journal
        self.events = FakeEvents()
        self.data_dir = None


def days_before(day: date, n: int) -> date:
    return day - timedelta(days=n)
