"""A lapse review: kind words, saved as a note on the use's day, "next time" into the plan."""

from datetime import timedelta

import pytest

from journal_app.core import lapse
from journal_app.core.models import Entry, EntryKind, now_local


def use(journal, **fields):
    fields.setdefault("occurred_at", now_local() - timedelta(days=2))
    return journal.save(Entry(kind=EntryKind.USE, substance="heroin", **fields))


def test_the_trap_is_named_as_a_trap():
    assert "trap" in lapse.TRAP and "failed" in lapse.TRAP
    assert "may stay empty" in lapse.WELCOME


def test_a_review_is_a_note_on_the_day_of_the_use_and_as_private(journal):
    used = use(journal, private=True)
    review = lapse.LapseReview(
        used, {"situation": "Payday, alone", "trigger": "Payday", "next_time": "Call Sam"}
    )
    saved = journal.save(review.as_entry())
    assert saved.kind is EntryKind.NOTE and saved.occurred_at == used.occurred_at and saved.private
    assert (
        "The situation:\nPayday, alone" in saved.body and "What I will do next time:\nCall Sam" in saved.body
    )
    assert saved.triggers == ["Payday"] and lapse.TAG in saved.tags


def test_an_empty_review_is_not_saved(journal):
    with pytest.raises(lapse.LapseReviewError):
        lapse.LapseReview(use(journal), {"thoughts": "  "}).as_entry()


def test_next_time_becomes_a_planned_response_without_losing_an_earlier_plan(journal):
    journal.plan.set_response("Payday", "Give my card to Sam")
    review = lapse.LapseReview(use(journal), {"trigger": "Payday", "next_time": "Go to the evening meeting"})
    planned = lapse.plan_response(journal.plan, review)
    assert planned.response == "Give my card to Sam\nGo to the evening meeting"
    no_trigger = lapse.LapseReview(use(journal), {"next_time": "Text my sponsor"})
    assert lapse.plan_response(journal.plan, no_trigger).trigger == lapse.GENERAL_TRIGGER


def test_a_saved_review_is_found_for_its_use_only_and_reads_back_into_its_answers(journal):
    used, other = use(journal), use(journal, occurred_at=now_local() - timedelta(days=2, hours=5))
    assert lapse.review_of(journal, used) is None
    answers = {"situation": "Payday\n\nalone", "trigger": "Payday", "next_time": "Call Sam"}
    saved = journal.save(lapse.LapseReview(used, answers).as_entry())
    assert lapse.review_of(journal, used).id == saved.id
    assert lapse.review_of(journal, other) is None  # another use that day has its own (none yet)
    assert lapse.from_note(used, saved).answers == answers


def test_a_review_rewritten_by_hand_keeps_every_word_when_read_back(journal):
    used = use(journal)
    note = Entry(
        kind=EntryKind.NOTE, occurred_at=used.occurred_at, body="I wrote this my own way", tags=[lapse.TAG]
    )
    assert lapse.from_note(used, note).answer("situation") == "I wrote this my own way"
