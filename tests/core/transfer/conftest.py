"""Shared set-up for export and import tests: entries that use every field, a second journal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from journal_app.core.models import CopingUse, Entry, EntryKind, Medication, UrgeOutcome

NEPAL = timezone(timedelta(hours=5, minutes=45))
NEW_YORK_WINTER = timezone(timedelta(hours=-5))


def every_kind() -> list[Entry]:
    return [
        Entry(
            kind=EntryKind.CHECK_IN,
            occurred_at=datetime(2025, 3, 1, 8, 15, tzinfo=NEPAL),
            title="Morning",
            body="Slept badly.\nStill got up.",
            mood=4,
            craving=6,
            sleep_hours=5.5,
            supportive_contact=False,
            halt_tired=True,
            halt_lonely=True,
            medication=Medication.TAKEN,
            meeting=None,
            triggers=["Stress", "Money worries"],
            coping=[
                CopingUse("Called my sponsor", True),
                CopingUse("Went for a walk", False),
                CopingUse("Breathing", None),
            ],
            tags=["work", "a;b\\c"],
            warning_signs=["isolation", "mood_swings"],
        ),
        Entry(
            kind=EntryKind.CRAVING,
            occurred_at=datetime(2025, 3, 1, 23, 50, tzinfo=NEW_YORK_WINTER),
            craving=8,
            situation="=SUM(A1:A9) at the old corner",
            thought="-just once",
            duration_minutes=20,
            tags=["-5 degrees", "@night"],
            outcome=UrgeOutcome.PASSED,
            triggers=["Places where I used to use"],
            coping=[CopingUse("Cold water", True)],
        ),
        Entry(
            kind=EntryKind.USE,
            occurred_at=datetime(2025, 3, 2, 22, 0, tzinfo=UTC),
            substance="Opioids",
            lead_up="+ a hard week",
            body="@home, alone.",
            private=True,
        ),
        Entry(
            kind=EntryKind.NOTE,
            occurred_at=datetime(2025, 3, 4, 12, 0, tzinfo=UTC),
            title="'quoted' title",
            body='# not a heading\n\tindented, "quoted", with, commas\r\nand CRLF',
            tags=["family"],
            meeting=True,
            sleep_hours=7.0,
        ),
    ]


def fill(journal) -> list[Entry]:
    entries = every_kind()
    journal.insert_many(entries, now=datetime(2025, 3, 5, 9, 0, tzinfo=UTC))
    return entries


FIXED_NOW = datetime(2025, 3, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def filled(journal):
    """The journal with one entry of every kind (one private), using every field."""
    fill(journal)
    return journal


@pytest.fixture
def other_journal(tmp_path):
    """A second, empty journal to import into."""
    from journal_app.core.journal import Journal

    j = Journal.open(tmp_path / "other")
    yield j
    j.close()


@pytest.fixture(autouse=True)
def _quick_kdf(monkeypatch):
    """Encrypted exports use a small Argon2id cost in tests (the file records its own cost)."""
    from journal_app.core.transfer import sealed

    monkeypatch.setattr(sealed, "DEFAULT_PARAMS", sealed.KdfParams(memory_kib=1024, iterations=1, lanes=1))
