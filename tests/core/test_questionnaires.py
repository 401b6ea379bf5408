"""Questionnaires scored as published (docs/questionnaires.md), stored whole or not at all."""

from datetime import timedelta

import pytest

from journal_app.core import migrations
from journal_app.core.models import now_local
from journal_app.core.questionnaires import (
    BAM,
    GAD7,
    PHQ9,
    QuestionnaireError,
    Result,
    instruments,
    score,
)


def phq9(*answers: int) -> dict[str, int]:
    return {str(n): a for n, a in enumerate(answers, start=1)}


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ((0, 0, 0, 0, 0, 0, 0, 0, 0), 0, "Minimal"),
        ((1, 1, 1, 1, 0, 0, 0, 0, 0), 4, "Minimal"),
        ((1, 1, 1, 1, 1, 0, 0, 0, 0), 5, "Mild"),
        ((2, 2, 2, 1, 2, 0, 0, 0, 0), 9, "Mild"),
        ((2, 2, 2, 2, 2, 0, 0, 0, 0), 10, "Moderate"),
        ((3, 3, 3, 3, 2, 0, 0, 0, 0), 14, "Moderate"),
        ((3, 3, 3, 3, 3, 0, 0, 0, 0), 15, "Moderately severe"),
        ((3, 3, 3, 3, 3, 3, 1, 0, 0), 19, "Moderately severe"),
        ((3, 3, 3, 3, 3, 3, 2, 0, 0), 20, "Severe"),
        ((3, 3, 3, 3, 3, 3, 3, 3, 3), 27, "Severe"),
    ],
)
def test_phq9_totals_and_the_published_bands_at_5_10_15_and_20(answers, total, band):
    (result,) = score(PHQ9, phq9(*answers))
    assert (result.value, result.maximum, result.band.name) == (total, 27, band)


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ((0,) * 7, 0, "Minimal"),
        ((1, 1, 1, 1, 0, 0, 0), 4, "Minimal"),
        ((1, 1, 1, 1, 1, 0, 0), 5, "Mild"),
        ((2, 2, 2, 2, 1, 0, 0), 9, "Mild"),
        ((2, 2, 2, 2, 2, 0, 0), 10, "Moderate"),
        ((2, 2, 2, 2, 2, 2, 2), 14, "Moderate"),
        ((3, 3, 3, 3, 3, 0, 0), 15, "Severe"),
        ((3,) * 7, 21, "Severe"),
    ],
)
def test_gad7_totals_and_the_published_bands_at_5_10_and_15(answers, total, band):
    (result,) = score(GAD7, {str(n): a for n, a in enumerate(answers, start=1)})
    assert (result.value, result.maximum, result.band.name) == (total, 21, band)


def bam(**answers: int) -> dict[str, int]:
    base = {q.key: 0 for q in instruments()[BAM].questions if q.only_if is None}
    base.update({k.removeprefix("q"): v for k, v in answers.items()})
    return base


def test_bam_composites_are_the_manuals_sums_of_categorical_answers():
    # a month with some drinking, poor sleep and cravings, meetings and a supportive family:
    answers = bam(
        q1=3, q2=3, q3=2, q4=2, q5=1, q6=0, q8=3, q9=2, q10=4, q11=1, q12=0, q13=4, q14=1, q15=2, q16=4, q17=2
    )
    use, risk, protective = score(BAM, answers)
    assert (use.label, use.value, use.maximum, use.band.name) == ("Use", 3, 12, "Some use")  # 2 + 1 + 0
    assert (risk.value, risk.band.name) == (14, "High")  # 3 + 3 + 2 + 3 + 1 + 2
    # 2 + 4 + 0 + 4 + income yes (4) + 4; item 17 counts in no composite
    assert (protective.value, protective.band.name) == (18, "Good")


def test_bam_cut_offs_use_above_0_risk_12_or_more_protective_12_or_less():
    use, risk, protective = score(BAM, bam(q1=4, q2=4, q3=4))  # risk 12, nothing protective
    assert (use.value, use.band.name) == (0, "No use")
    assert (risk.value, risk.band.name) == (12, "High")
    assert (protective.value, protective.band.name) == (0, "Low")
    _, risk, protective = score(BAM, bam(q1=4, q2=4, q3=3, q9=4, q10=4, q12=4, q13=1))
    assert (risk.value, risk.band.name) == (11, "Lower")
    assert (protective.value, protective.band.name) == (13, "Good")


def test_bam_drug_questions_are_asked_only_after_drug_use():
    bam_spec = instruments()[BAM]
    assert "7E" not in {q.key for q in bam_spec.asked(bam())}
    assert "7E" in {q.key for q in bam_spec.asked(bam(q6=2))}
    with pytest.raises(QuestionnaireError, match="still open: 7A"):
        score(BAM, bam(q6=2))


def test_phq9_item_9_above_not_at_all_needs_help_first():
    assert not Result(PHQ9, phq9(3, 3, 3, 3, 3, 3, 3, 3, 0)).needs_help
    assert Result(PHQ9, phq9(0, 0, 0, 0, 0, 0, 0, 0, 1)).needs_help
    assert not Result(GAD7, {str(n): 3 for n in range(1, 8)}).needs_help


@pytest.mark.parametrize(
    "answers",
    [
        phq9(0, 0, 0, 0, 0, 0, 0, 0),  # abandoned half-way: question 9 open
        {**phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), "9": 4},  # no such answer
        {**phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), "10": 0},  # no such question
        {**phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), "1": True},
    ],
)
def test_incomplete_or_impossible_answers_are_never_scored_nor_saved(journal, answers):
    with pytest.raises(QuestionnaireError):
        journal.questionnaires.save(Result(PHQ9, answers))
    assert journal.questionnaires.results() == []


def test_a_saved_questionnaire_comes_back_with_its_scores_and_privacy(journal):
    first = journal.questionnaires.save(
        Result(GAD7, {str(n): 1 for n in range(1, 8)}, taken_at=now_local() - timedelta(days=20))
    )
    journal.questionnaires.save(Result(GAD7, {str(n): 2 for n in range(1, 8)}, private=True))
    everything = journal.questionnaires.results(GAD7)
    assert [r.scores[0].value for r in everything] == [7, 14]
    assert [r.uuid for r in journal.questionnaires.results(include_private=False)] == [first.uuid]
    assert journal.questionnaires.due() == [PHQ9, BAM]  # GAD-7 was filled in today


def test_a_questionnaire_cannot_be_dated_in_the_future(journal):
    with pytest.raises(QuestionnaireError, match="future"):
        journal.questionnaires.save(Result(PHQ9, phq9(*[0] * 9), taken_at=now_local() + timedelta(days=2)))


def test_every_instrument_names_a_source_the_app_knows():
    from journal_app.core.content import load_sources

    known = load_sources()
    for instrument in instruments().values():
        assert instrument.sources and all(key in known for key in instrument.sources)


def test_the_schema_has_the_questionnaire_table():
    assert migrations.SCHEMA_VERSION >= 5


def test_the_apps_own_words_around_the_instruments_stay_kind():
    import re

    banned = re.compile(r"\b(addicts?|clean|dirty|junkies?)\b", re.IGNORECASE)
    for instrument in instruments().values():
        for text in (instrument.title, instrument.period, *(q.text for q in instrument.questions)):
            assert not banned.search(text), text
        for result_score in score(instrument.key, {q.key: 0 for q in instrument.asked({})}):
            assert "fail" not in result_score.band.talk.lower()
