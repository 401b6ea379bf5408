"""Kill -9 at random points (the quick version; ``make soak`` runs many more trials)."""

from __future__ import annotations

import random

import kill_trials
import pytest


@pytest.mark.parametrize("trial", kill_trials.TRIALS, ids=lambda t: t.__name__)
def test_a_kill_at_a_random_point_loses_nothing(tmp_path, trial):
    rng = random.Random(16)
    for attempt in range(2):
        folder = tmp_path / str(attempt)
        folder.mkdir()
        assert trial(folder, rng) == []
