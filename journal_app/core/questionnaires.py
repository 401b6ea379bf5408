"""Questionnaires a person may fill in over time: PHQ-9, GAD-7 and the Brief Addiction Monitor.

The wording lives in ``seeds/questionnaires.toml`` with its sources; this
module scores the answers exactly as the instruments are published
(docs/questionnaires.md has the worked examples the tests use) and stores
each completed questionnaire in ``questionnaire_results``. Results are bands
to talk over with a clinician, never a diagnosis.

**Safety first**: on the PHQ-9, any answer to item 9 (thoughts of being better
off dead or of self-harm) above "Not at all" sets ``needs_help``; the app shows
the person's crisis numbers and support contacts *before* anything else
(``Result.needs_help``), and the result records that it did.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from . import db as dbmod
from .content import load_toml
from .db import Database
from .errors import JournalError
from .models import local_text, new_uuid, now_local, parse_local

PHQ9, GAD7, BAM = "phq9", "gad7", "bam"
INSTRUMENTS = (PHQ9, GAD7, BAM)
PHQ9_SAFETY_ITEM = "9"

# BAM categorical answers: bands of days, a 0–4 health scale, amounts, income (No 0, Yes 4)
_BAM_SCORES = {
    "days": (0, 1, 2, 3, 4),
    "health": (0, 1, 2, 3, 4),
    "amount": (0, 1, 2, 3, 4),
    "income": (0, 4),
}
BAM_USE = ("4", "5", "6")
BAM_RISK = ("1", "2", "3", "8", "11", "15")
BAM_PROTECTIVE = ("9", "10", "12", "13", "14", "16")


class QuestionnaireError(JournalError):
    """Answers that cannot be scored, said in plain words; nothing was saved."""


@dataclasses.dataclass(frozen=True, slots=True)
class Question:
    key: str  # "1".."9" for PHQ-9 and GAD-7; "1".."17" and "7A".."7G" for the BAM
    text: str
    options: tuple[str, ...]  # what the person picks from, in order
    scores: tuple[int, ...]  # the score of each option
    only_if: str | None = None  # asked only when this question's answer is above the first option


@dataclasses.dataclass(frozen=True, slots=True)
class Instrument:
    key: str
    title: str
    short: str
    period: str
    every_days: int  # how often it is meant to be filled in
    sources: tuple[str, ...]
    questions: tuple[Question, ...]

    def question(self, key: str) -> Question:
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    def asked(self, answers: Mapping[str, int]) -> tuple[Question, ...]:
        """The questions that apply given the answers so far (BAM 7A–7G only after drug use in item 6)."""
        return tuple(q for q in self.questions if q.only_if is None or answers.get(q.only_if, 0) > 0)


@dataclasses.dataclass(frozen=True, slots=True)
class Band:
    name: str  # e.g. "Mild", "High"
    talk: str  # a calm sentence: what to do with it


@dataclasses.dataclass(frozen=True, slots=True)
class Score:
    label: str  # "Total", "Use", "Risk", "Protective"
    value: int
    maximum: int
    band: Band


@dataclasses.dataclass(slots=True)
class Result:
    instrument: str
    answers: dict[str, int]  # question key → index of the option picked
    taken_at: datetime = dataclasses.field(default_factory=now_local)
    private: bool = False
    id: int | None = None
    uuid: str = dataclasses.field(default_factory=new_uuid)

    @property
    def scores(self) -> tuple[Score, ...]:
        return score(self.instrument, self.answers)

    @property
    def needs_help(self) -> bool:
        """PHQ-9 item 9 answered above "Not at all": crisis numbers before anything else."""
        return self.instrument == PHQ9 and self.answers.get(PHQ9_SAFETY_ITEM, 0) > 0

    @property
    def taken_on(self) -> date:
        return self.taken_at.date()


@cache
def instruments() -> dict[str, Instrument]:
    raw = load_toml("questionnaires.toml")
    found: dict[str, Instrument] = {}
    for key in (PHQ9, GAD7):
        spec = raw[key]
        options = tuple(spec["options"])
        questions = tuple(
            Question(str(n), text, options, tuple(range(len(options))))
            for n, text in enumerate(spec["items"], start=1)
        )
        found[key] = _instrument(key, spec, questions)
    spec = raw[BAM]
    questions = tuple(
        Question(
            q["key"],
            q["text"],
            tuple(spec[f"{q['answers']}_options"]),
            _BAM_SCORES[q["answers"]],
            q.get("only_if"),
        )
        for q in spec["questions"]
    )
    found[BAM] = _instrument(BAM, spec, questions)
    return found


def _instrument(key: str, spec: Mapping[str, Any], questions: tuple[Question, ...]) -> Instrument:
    return Instrument(
        key,
        spec["title"],
        spec["short"],
        spec["period"],
        int(spec["every_days"]),
        tuple(spec["sources"]),
        questions,
    )


# -- scoring ----------------------------------------------------------------------------------

_SEE = "Talk it over with your clinician or doctor"
_PHQ9_BANDS = (
    (0, Band("Minimal", "Few signs of low mood. Keep noticing how you feel.")),
    (5, Band("Mild", f"Some signs of low mood. {_SEE} if it stays.")),
    (10, Band("Moderate", f"{_SEE}: low mood like this is common in recovery and can be helped.")),
    (15, Band("Moderately severe", f"{_SEE} soon: care for low mood helps recovery too.")),
    (20, Band("Severe", f"{_SEE} soon, or sooner if you feel unsafe: help for low mood works.")),
)
_GAD7_BANDS = (
    (0, Band("Minimal", "Few signs of anxiety. Keep noticing how you feel.")),
    (5, Band("Mild", f"Some signs of anxiety. {_SEE} if it stays.")),
    (10, Band("Moderate", f"{_SEE}: anxiety like this is common in recovery and can be helped.")),
    (15, Band("Severe", f"{_SEE} soon: care for anxiety helps recovery too.")),
)


def _band(bands: Sequence[tuple[int, Band]], value: int) -> Band:
    chosen = bands[0][1]
    for floor, band in bands:
        if value >= floor:
            chosen = band
    return chosen


def _checked(instrument: Instrument, answers: Mapping[str, int]) -> dict[str, int]:
    """The answers as option indexes, every asked question answered, or a plain-words error."""
    clean: dict[str, int] = {}
    for key, value in answers.items():
        try:
            question = instrument.question(key)
        except KeyError:
            raise QuestionnaireError(f"{instrument.short} has no question {key}.") from None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(question.options):
            raise QuestionnaireError(f"Question {key} of the {instrument.short} has no answer {value!r}.")
        clean[key] = value
    missing = [q.key for q in instrument.asked(clean) if q.key not in clean]
    if missing:
        raise QuestionnaireError(
            f"The {instrument.short} is scored only when every question is answered "
            f"(still open: {', '.join(missing)})."
        )
    return clean


def score(instrument_key: str, answers: Mapping[str, int]) -> tuple[Score, ...]:
    """The instrument's published scores for complete ``answers`` (question key → option index)."""
    instrument = instruments()[instrument_key]
    clean = _checked(instrument, answers)

    def points(key: str) -> int:
        question = instrument.question(key)
        return question.scores[clean.get(key, 0)]

    if instrument_key in (PHQ9, GAD7):
        total = sum(points(q.key) for q in instrument.questions)
        bands = _PHQ9_BANDS if instrument_key == PHQ9 else _GAD7_BANDS
        return (Score("Total", total, 3 * len(instrument.questions), _band(bands, total)),)
    use = sum(points(k) for k in BAM_USE)
    risk = sum(points(k) for k in BAM_RISK)
    protective = sum(points(k) for k in BAM_PROTECTIVE)
    return (
        Score(
            "Use",
            use,
            12,
            Band("Some use", f"{_SEE}: what led up to it is worth a look together.")
            if use >= 1
            else Band("No use", "No alcohol or drug use in the past 30 days."),
        ),
        Score(
            "Risk",
            risk,
            24,
            Band("High", f"{_SEE}: several things that raise the risk of using are present.")
            if risk >= 12
            else Band("Lower", "Fewer of the things that raise the risk of using."),
        ),
        Score(
            "Protective",
            protective,
            24,
            Band("Low", f"{_SEE}: more support for your recovery could help.")
            if protective <= 12
            else Band("Good", "Several things that support your recovery are in place."),
        ),
    )


# -- storage ----------------------------------------------------------------------------------


def save(db: Database, result: Result) -> Result:
    """Store a completed questionnaire (one transaction). Incomplete answers are refused, unsaved."""
    if result.instrument not in INSTRUMENTS:
        raise QuestionnaireError(f"There is no questionnaire called {result.instrument!r}.")
    scores = score(result.instrument, result.answers)  # raises before anything is written
    if result.taken_at.date() > now_local().date():
        raise QuestionnaireError("A questionnaire cannot be dated in the future.")
    row = {
        "uuid": result.uuid,
        "instrument": result.instrument,
        "taken_at": local_text(result.taken_at),
        "local_date": result.taken_at.date().isoformat(),
        "answers": json.dumps(result.answers, sort_keys=True),
        "scores": json.dumps({s.label: s.value for s in scores}),
        "needs_help": int(result.needs_help),
        "private": int(result.private),
        "updated_at": local_text(now_local()),
    }
    result.id = dbmod.save_row(db, "questionnaire_results", row, result.id)
    return result


def results(
    db: Database,
    instrument: str | None = None,
    *,
    start: date | None = None,
    end: date | None = None,
    include_private: bool = True,
) -> list[Result]:
    """Completed questionnaires, oldest first, optionally of one instrument and within dates."""
    where, params = ["1 = 1"], []
    if instrument is not None:
        where.append("instrument = ?")
        params.append(instrument)
    if start is not None:
        where.append("local_date >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("local_date <= ?")
        params.append(end.isoformat())
    if not include_private:
        where.append("private = 0")
    rows = db.execute(
        "SELECT id, uuid, instrument, taken_at, answers, private FROM questionnaire_results "
        f"WHERE {' AND '.join(where)} ORDER BY taken_at, id",
        params,
    ).fetchall()
    return [
        Result(
            instrument=row[2],
            answers={str(k): int(v) for k, v in json.loads(row[4]).items()},
            taken_at=parse_local(row[3]),
            private=bool(row[5]),
            id=row[0],
            uuid=row[1],
        )
        for row in rows
    ]


def delete(db: Database, result_id: int) -> None:
    with dbmod.write(db):
        db.execute("DELETE FROM questionnaire_results WHERE id = ?", [result_id])


def due(db: Database, today: date | None = None) -> list[str]:
    """The instruments not filled in within their period (a gentle offer, never a demand)."""
    today = today or now_local().date()
    last = dict(
        db.execute(
            "SELECT instrument, max(local_date) FROM questionnaire_results GROUP BY instrument"
        ).fetchall()
    )
    found = []
    for key, instrument in instruments().items():
        when = last.get(key)
        if when is None or (today - date.fromisoformat(when)).days >= instrument.every_days:
            found.append(key)
    return found


class Questionnaires:
    """The journal's questionnaires, as ``journal.questionnaires`` (the facade's sub-part)."""

    def __init__(self, db: Database):
        self._db = db

    def save(self, result: Result) -> Result:
        return save(self._db, result)

    def results(
        self,
        instrument: str | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
        include_private: bool = True,
    ) -> list[Result]:
        return results(self._db, instrument, start=start, end=end, include_private=include_private)

    def delete(self, result_id: int) -> None:
        delete(self._db, result_id)

    def due(self, today: date | None = None) -> list[str]:
        return due(self._db, today)
