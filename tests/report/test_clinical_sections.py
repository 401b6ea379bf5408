"""The report's clinical sections: medication, back-filled days, lapse reviews, scores — private
things only when included, scores only when chosen."""

from datetime import timedelta

from journal_app.core import backfill, lapse
from journal_app.core import questionnaires as q
from journal_app.core.medication import Prescription
from journal_app.core.models import Entry, EntryKind, Medication, now_local
from journal_app.core.transfer.options import ExportOptions
from journal_app.report import pdf


def text_of(doc):
    return doc.toPlainText()


def build(journal, **options):
    return text_of(pdf.build_document(journal.db, ExportOptions(**options), 600))


def test_medication_with_a_private_dose_and_the_days_taken(qapp, journal):
    journal.medications.save(Prescription("Buprenorphine", "Harbour clinic", "every morning", dose="8 mg"))
    journal.save(Entry(kind=EntryKind.CHECK_IN, mood=6, medication=Medication.MISSED))
    shared = build(journal)
    assert "Medication" in shared and "Buprenorphine" in shared and "Harbour clinic" in shared
    assert "8 mg" not in shared  # the dose is private unless private things are included
    assert "missed on 1" in shared and "never gives dosing advice" in shared
    assert "8 mg" in build(journal, include_private=True)


def test_back_filled_days_and_lapse_reviews(qapp, journal):
    today = now_local().date()
    backfill.mark_days(
        journal, "opioids", today - timedelta(days=9), today - timedelta(days=7), backfill.NO_USE
    )
    used = journal.save(
        Entry(kind=EntryKind.USE, occurred_at=now_local() - timedelta(days=2), substance="heroin")
    )
    journal.save(lapse.LapseReview(used, {"next_time": "Call Sam first"}).as_entry())
    private_use = journal.save(
        Entry(
            kind=EntryKind.USE, occurred_at=now_local() - timedelta(days=1), substance="heroin", private=True
        )
    )
    journal.save(lapse.LapseReview(private_use, {"thoughts": "Secret words"}).as_entry())
    text = build(journal)
    assert "Back-filled days" in text and "no use (Opioids)" in text and "3 days" in text
    assert "1 lapse review in this range" in text and "Call Sam first" in text
    assert "Secret words" not in text
    assert "2 lapse reviews" in build(journal, include_private=True)
    assert "Call Sam first" not in build(journal, include_text=False)


def test_scores_only_when_chosen(qapp, journal):
    journal.questionnaires.save(q.Result(q.GAD7, dict.fromkeys("1234567", 1)))
    assert "Questionnaire scores" not in build(journal)
    journal.set_setting("report.questionnaire_scores", True)
    assert "Total 7 of 21 (Mild)" in build(journal)
