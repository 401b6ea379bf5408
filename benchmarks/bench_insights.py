"""Warning-sign detectors and streaks on the 100k journal (see detectors.py)."""

from __future__ import annotations

from bench_journal import big_journal_dir
from detectors import TARGET_MS, detector_samples, streak_samples
from harness import Measure

MEASURES = [
    Measure("warning-sign detectors, all together", TARGET_MS, lambda: detector_samples(big_journal_dir())),
    Measure("streaks and milestones", None, lambda: streak_samples(big_journal_dir())),
]
