"""Questionnaire scores over time (PHQ-9, GAD-7, the BAM's three scores) for the scores chart."""

from __future__ import annotations

import dataclasses

import numpy as np

from .. import questionnaires as q
from ..db import Database
from ..questionnaire_bands import score_label
from .ranges import DateRange, day_number


@dataclasses.dataclass(frozen=True, slots=True)
class ScoreSeries:
    """One score of one questionnaire: the days it was filled in and the values, oldest first."""

    instrument: str  # "phq9", "gad7", "bam"
    label: str  # "PHQ-9", "GAD-7", "BAM use", "BAM risk", "BAM protective"
    maximum: int
    days: np.ndarray  # day numbers
    values: np.ndarray
    bands: tuple[str, ...]  # the band of each value ("Mild", "High", …)
    needs_help: tuple[bool, ...]  # PHQ-9 item 9 above "Not at all" on that day
    shown: str = ""  # the label in the language shown ("BAM riesgo"); ``label`` stays English

    @property
    def shown_label(self) -> str:
        return self.shown or self.label


def score_series(db: Database, rng: DateRange, *, include_private: bool = True) -> list[ScoreSeries]:
    """Every score with at least one result in ``rng``, in the order PHQ-9, GAD-7, BAM."""
    found: list[ScoreSeries] = []
    instruments = q.instruments()
    for key in q.INSTRUMENTS:
        results = q.results(db, key, start=rng.start, end=rng.end, include_private=include_private)
        if not results:
            continue
        scored = [(r, r.scores) for r in results]
        labels = [s.label for s in scored[0][1]]
        for index, label in enumerate(labels):
            name = instruments[key].short if label == "Total" else f"{instruments[key].short} {label.lower()}"
            shown = name if label == "Total" else f"{instruments[key].short} {score_label(label).lower()}"
            found.append(
                ScoreSeries(
                    key,
                    name,
                    scored[0][1][index].maximum,
                    np.array([day_number(r.taken_on) for r, _ in scored], dtype=np.int64),
                    np.array([s[index].value for _, s in scored], dtype=float),
                    tuple(s[index].band.name for _, s in scored),
                    tuple(r.needs_help for r, _ in scored),
                    shown,
                )
            )
    return found
