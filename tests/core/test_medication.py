"""Medication for opioid use disorder: medicines, next dates, taken / missed / not said per day."""

from datetime import date

import pytest
from journal_builder import TODAY, check_in, day

from journal_app.core import migrations
from journal_app.core.insights import low_mood
from journal_app.core.medication import MISSED, NOT_SAID, TAKEN, MedicationError, Prescription
from journal_app.core.models import Medication


def test_schema_v6_holds_medicines(journal):
    assert migrations.SCHEMA_VERSION >= 6
    saved = journal.medications.save(
        Prescription("Buprenorphine", "Harbour clinic", "every morning", dose="8 mg")
    )
    again = journal.medications.all()
    assert [m.name for m in again] == ["Buprenorphine"]
    assert again[0].dose == "8 mg" and again[0].dose_private  # the dose is private unless chosen
    assert again[0].id == saved.id


def test_a_medicine_needs_a_name_and_nothing_is_saved_without_one(journal):
    with pytest.raises(MedicationError, match="name"):
        journal.medications.save(Prescription("  "))
    assert journal.medications.all() == []


def test_a_schedule_with_no_dates_is_fine_and_dates_come_soonest_first(journal):
    journal.medications.save(Prescription("Methadone", schedule="daily"))  # no dates at all
    journal.medications.save(
        Prescription(
            "Extended-release buprenorphine",
            "Dr Rao",
            "monthly injection",
            next_injection=date(2025, 7, 14),
            next_clinic=date(2025, 7, 2),
        )
    )
    assert journal.medications.upcoming(TODAY) == [
        (date(2025, 7, 2), "clinic visit", "Extended-release buprenorphine"),
        (date(2025, 7, 14), "injection", "Extended-release buprenorphine"),
    ]


def test_each_day_is_taken_missed_or_not_said_from_the_check_ins(journal):
    journal.save(check_in(5, medication=Medication.TAKEN))
    journal.save(check_in(4, medication=Medication.MISSED))
    journal.save(check_in(3, medication=Medication.MISSED))
    journal.save(check_in(2))  # a check-in that does not say
    journal.save(check_in(1, medication=Medication.TAKEN, private=True))
    seen = journal.medications.adherence(day(5), day(0))
    assert seen.status == (TAKEN, MISSED, MISSED, NOT_SAID, TAKEN, NOT_SAID)
    assert seen.longest_missed_run() == 2
    assert "Taken on 2 of the 4 days you said (50%), missed on 2" in seen.summary()
    shared = journal.medications.adherence(day(5), day(0), include_private=False)
    assert shared.status[4] == NOT_SAID  # a private check-in stays out of what is shared


def test_a_run_of_missed_days_raises_the_sign_with_the_tolerance_text(journal):
    for n in (3, 2):
        journal.save(check_in(n, medication=Medication.MISSED))
    sign = low_mood.detect_missed_medication(journal.db, TODAY)
    assert sign is not None and "tolerance drops" in sign.summary
