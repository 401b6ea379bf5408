"""Urge surfing: an urge rises, peaks and passes, like a wave. The timer's words, without Qt."""

from __future__ import annotations

import dataclasses

from .messages import _

DEFAULT_MINUTES = 20  # urges usually pass within 20 to 30 minutes (the urge dialog says so)


@dataclasses.dataclass(frozen=True, slots=True)
class Phase:
    name: str  # "rising", "peaking", "passing" or "done"
    text: str


PHASES = (
    (1 / 3, Phase("rising", "The urge is rising. Notice it, breathe slowly, and let it be there.")),
    (2 / 3, Phase("peaking", "This is about as strong as it gets. Stay with your breath; it cannot last.")),
    (1.0, Phase("passing", "The wave is passing. Notice how it has already eased a little.")),
)
DONE = Phase("done", "The time is up. How did it end?")


def _in_language(phase: Phase) -> Phase:
    words = {
        "rising": _("The urge is rising. Notice it, breathe slowly, and let it be there."),
        "peaking": _("This is about as strong as it gets. Stay with your breath; it cannot last."),
        "passing": _("The wave is passing. Notice how it has already eased a little."),
        "done": _("The time is up. How did it end?"),
    }
    return Phase(phase.name, words[phase.name])


def phase_at(elapsed_seconds: float, total_seconds: float) -> Phase:
    """The phase at this moment, its words in the language in use."""
    if total_seconds <= 0 or elapsed_seconds >= total_seconds:
        return _in_language(DONE)
    share = max(0.0, elapsed_seconds) / total_seconds
    return _in_language(next(phase for limit, phase in PHASES if share < limit))
