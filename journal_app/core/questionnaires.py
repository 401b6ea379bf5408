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

**Languages**: an instrument is shown in the person's language only when the developers'
own published translation is in ``seeds/<lang>/questionnaires.toml`` (word for word, with its
source); otherwise its questions stay in English (``Instrument.language``) and the app says why.
The stored answers are option indexes and the stored scores are keyed by the English score
names, so a result saved in one language reads the same in another.
"""

from __future__ import annotations

import dataclasses
import json
import tomllib
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from . import db as dbmod
from . import messages
from .content import load_toml, seeds_dir
from .db import Database
from .errors import JournalError
from .messages import _
from .models import local_text, new_uuid, now_local, parse_local
from .questionnaire_bands import (
    Band,
    bam_protective_band,
    bam_risk_band,
    bam_use_band,
    gad7_bands,
    phq9_bands,
    score_label,
)

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
    language: str = messages.ENGLISH  # the language of the questions, answers and period

    def question(self, key: str) -> Question:
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    def asked(self, answers: Mapping[str, int]) -> tuple[Question, ...]:
        """The questions that apply given the answers so far (BAM 7A–7G only after drug use in item 6)."""
        return tuple(q for q in self.questions if q.only_if is None or answers.get(q.only_if, 0) > 0)


@dataclasses.dataclass(frozen=True, slots=True)
class Score:
    label: str  # "Total", "Use", "Risk", "Protective": English, the key the stored scores use
    value: int
    maximum: int
    band: Band

    @property
    def shown_label(self) -> str:
        """The score's name in the language shown (``label`` stays English: it is stored)."""
        return score_label(self.label)


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


def instruments(language: str | None = None) -> dict[str, Instrument]:
    """The three instruments, worded in ``language`` (default: the language shown) where the
    developers' published translation is included, else in English (``Instrument.language``)."""
    return _instruments_in(language or messages.language())


@cache
def _instruments_in(language: str) -> dict[str, Instrument]:
    english = _english()
    if language == messages.ENGLISH:
        return english
    translated = _published_translation(language)
    return {key: _translated(inst, translated.get(key), language) for key, inst in english.items()}


@cache
def _english() -> dict[str, Instrument]:
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


def _published_translation(language: str) -> dict[str, Any]:
    """``seeds/<language>/questionnaires.toml``; nothing (English) when it is missing or unreadable."""
    path = seeds_dir() / language / "questionnaires.toml"
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def _translated(english: Instrument, spec: Mapping[str, Any] | None, language: str) -> Instrument:
    """``english`` with the published translation's words laid over it: its title always (the
    app's own words), its period, answers and items only when all of them are there and match
    the English one for one (PHQ-9 and GAD-7: one answer scale for every item)."""
    if not isinstance(spec, Mapping):
        return english
    title = spec.get("title")
    shown = dataclasses.replace(english, title=title) if isinstance(title, str) and title else english
    items, options, period = spec.get("items"), spec.get("options"), spec.get("period")
    sources = spec.get("sources")
    first = english.questions[0]
    complete = (
        english.key in (PHQ9, GAD7)
        and isinstance(period, str)
        and isinstance(items, list)
        and isinstance(options, list)
        and isinstance(sources, list)
        and bool(sources)  # a published translation names its source
        and len(items) == len(english.questions)
        and len(options) == len(first.options)
        and all(isinstance(text, str) and text for text in [*items, *options, *sources])
    )
    if not complete:
        return shown
    answers = tuple(str(option) for option in options or ())
    questions = tuple(
        dataclasses.replace(question, text=str(text), options=answers)
        for question, text in zip(english.questions, items or (), strict=True)
    )
    return dataclasses.replace(
        shown,
        period=str(period),
        sources=tuple(str(key) for key in sources or ()),
        questions=questions,
        language=language,
    )


# -- scoring ----------------------------------------------------------------------------------


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
            raise QuestionnaireError(
                _("The {instrument} has no question {key}.").format(instrument=instrument.short, key=key)
            ) from None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(question.options):
            raise QuestionnaireError(
                _("Question {key} of the {instrument} has no answer {value}.").format(
                    key=key, instrument=instrument.short, value=repr(value)
                )
            )
        clean[key] = value
    missing = [q.key for q in instrument.asked(clean) if q.key not in clean]
    if missing:
        raise QuestionnaireError(
            _("The {instrument} is scored only when every question is answered (still open: {keys}).").format(
                instrument=instrument.short, keys=", ".join(missing)
            )
        )
    return clean


def score(instrument_key: str, answers: Mapping[str, int]) -> tuple[Score, ...]:
    """The instrument's published scores for complete ``answers`` (question key → option index).

    The same in every language: the questions and their scores are the English instrument's
    (a published translation has the same items and answers, in the same order)."""
    instrument = _english()[instrument_key]
    clean = _checked(instrument, answers)

    def points(key: str) -> int:
        question = instrument.question(key)
        return question.scores[clean.get(key, 0)]

    if instrument_key in (PHQ9, GAD7):
        total = sum(points(q.key) for q in instrument.questions)
        bands = phq9_bands() if instrument_key == PHQ9 else gad7_bands()
        return (Score("Total", total, 3 * len(instrument.questions), _band(bands, total)),)
    use = sum(points(k) for k in BAM_USE)
    risk = sum(points(k) for k in BAM_RISK)
    protective = sum(points(k) for k in BAM_PROTECTIVE)
    return (
        Score("Use", use, 12, bam_use_band(use)),
        Score("Risk", risk, 24, bam_risk_band(risk)),
        Score("Protective", protective, 24, bam_protective_band(protective)),
    )


# -- storage ----------------------------------------------------------------------------------


def save(db: Database, result: Result) -> Result:
    """Store a completed questionnaire (one transaction). Incomplete answers are refused, unsaved."""
    if result.instrument not in INSTRUMENTS:
        raise QuestionnaireError(
            _("There is no questionnaire called {name}.").format(name=repr(result.instrument))
        )
    scores = score(result.instrument, result.answers)  # raises before anything is written
    if result.taken_at.date() > now_local().date():
        raise QuestionnaireError(_("A questionnaire cannot be dated in the future."))
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
    for key, instrument in _english().items():
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
