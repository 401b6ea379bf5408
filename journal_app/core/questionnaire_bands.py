"""The questionnaires' score names and bands, in the language shown.

Band names and their sentences are the app's own words: the published sources give the cut-off
points (docs/questionnaires.md), not these words, so they are translated like any other text.
Each band keeps its English name as ``Band.key`` and each score its English name as
``Score.label`` (the key the stored scores use), the same in every language.
"""

from __future__ import annotations

import dataclasses

from .messages import _, p_


@dataclasses.dataclass(frozen=True, slots=True)
class Band:
    name: str  # e.g. "Mild", "High", in the language shown
    talk: str  # a calm sentence: what to do with it, in the language shown
    key: str = ""  # the band's English name, the same in every language ("Mild", "High")


def score_label(label: str) -> str:
    """A score's name ("Total", "Use", "Risk", "Protective") in the language shown."""
    names = {
        "Total": p_("questionnaire score", "Total"),
        "Use": p_("questionnaire score", "Use"),
        "Risk": p_("questionnaire score", "Risk"),
        "Protective": p_("questionnaire score", "Protective"),
    }
    return names.get(label, label)


def phq9_bands() -> tuple[tuple[int, Band], ...]:
    return (
        (
            0,
            Band(
                p_("questionnaire band", "Minimal"),
                _("Few signs of low mood. Keep noticing how you feel."),
                "Minimal",
            ),
        ),
        (
            5,
            Band(
                p_("questionnaire band", "Mild"),
                _("Some signs of low mood. Talk it over with your clinician or doctor if it stays."),
                "Mild",
            ),
        ),
        (
            10,
            Band(
                p_("questionnaire band", "Moderate"),
                _(
                    "Talk it over with your clinician or doctor: low mood like this is common in "
                    "recovery and can be helped."
                ),
                "Moderate",
            ),
        ),
        (
            15,
            Band(
                p_("questionnaire band", "Moderately severe"),
                _("Talk it over with your clinician or doctor soon: care for low mood helps recovery too."),
                "Moderately severe",
            ),
        ),
        (
            20,
            Band(
                p_("questionnaire band", "Severe"),
                _(
                    "Talk it over with your clinician or doctor soon, or sooner if you feel unsafe: "
                    "help for low mood works."
                ),
                "Severe",
            ),
        ),
    )


def gad7_bands() -> tuple[tuple[int, Band], ...]:
    return (
        (
            0,
            Band(
                p_("questionnaire band", "Minimal"),
                _("Few signs of anxiety. Keep noticing how you feel."),
                "Minimal",
            ),
        ),
        (
            5,
            Band(
                p_("questionnaire band", "Mild"),
                _("Some signs of anxiety. Talk it over with your clinician or doctor if it stays."),
                "Mild",
            ),
        ),
        (
            10,
            Band(
                p_("questionnaire band", "Moderate"),
                _(
                    "Talk it over with your clinician or doctor: anxiety like this is common in "
                    "recovery and can be helped."
                ),
                "Moderate",
            ),
        ),
        (
            15,
            Band(
                p_("questionnaire band", "Severe"),
                _("Talk it over with your clinician or doctor soon: care for anxiety helps recovery too."),
                "Severe",
            ),
        ),
    )


def bam_use_band(use: int) -> Band:
    if use >= 1:
        return Band(
            p_("questionnaire band", "Some use"),
            _("Talk it over with your clinician or doctor: what led up to it is worth a look together."),
            "Some use",
        )
    return Band(
        p_("questionnaire band", "No use"), _("No alcohol or drug use in the past 30 days."), "No use"
    )


def bam_risk_band(risk: int) -> Band:
    if risk >= 12:
        return Band(
            p_("questionnaire band", "High"),
            _(
                "Talk it over with your clinician or doctor: several things that raise the risk of "
                "using are present."
            ),
            "High",
        )
    return Band(
        p_("questionnaire band", "Lower"), _("Fewer of the things that raise the risk of using."), "Lower"
    )


def bam_protective_band(protective: int) -> Band:
    if protective <= 12:
        return Band(
            p_("questionnaire band", "Low"),
            _("Talk it over with your clinician or doctor: more support for your recovery could help."),
            "Low",
        )
    return Band(
        p_("questionnaire band", "Good"),
        _("Several things that support your recovery are in place."),
        "Good",
    )
