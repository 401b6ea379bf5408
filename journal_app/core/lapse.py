"""Lapse review: after a use, a short guided look at what led up to it (never forced).

Six questions in kind words: situation, trigger, thoughts, feelings, what I
did, what I will do next time. The review names the "one slip means I
failed" thought as a trap. It is saved as a note (tagged :data:`TAG`, dated
with the use it looks at, as private as that use) and "what I will do next
time" can become a planned response in the prevention plan in one click.
Guidance: the article's fact ``lapse_not_end`` (seeds/facts.toml) and its sources.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from . import db as dbmod
from .catalogue import AFTER_A_LAPSE
from .errors import JournalError
from .messages import _, in_every_language
from .models import Entry, EntryKind
from .plan import Plan, PlannedResponse
from .query import EntryFilter

if TYPE_CHECKING:
    from .journal import Journal

TAG = "lapse review"
GENERAL_TRIGGER = AFTER_A_LAPSE  # the plan's trigger when the person names none: English, shown translated

QUESTIONS: tuple[tuple[str, str, str], ...] = (  # English (notes saved so far); questions() to show
    ("situation", "Where were you, and what was going on?", "The situation"),
    ("trigger", "What set it off, do you think? (a person, a place, a feeling, a time)", "The trigger"),
    ("thoughts", "What went through your mind just before?", "Thoughts"),
    ("feelings", "What were you feeling, in your body and your mood?", "Feelings"),
    ("did", "What did you do, step by step?", "What I did"),
    ("next_time", "What will you do next time, when this comes up?", "What I will do next time"),
)
TRAP = (
    "Watch for one thought in particular: “I slipped once, so I have failed and might as well keep "
    "going.” That thought is a trap, not a fact. One use does not undo the days you had or the "
    "things you learned, and it does not decide what happens next."
)
WELCOME = (
    "This is a short, kind look back, not a test. Answer as much or as little as you like; every "
    "question may stay empty. What led up to a lapse is worth knowing: it shows what to plan for."
)


def questions() -> tuple[tuple[str, str, str], ...]:
    """(key, question, heading in the saved note) in the language in use."""
    return (
        ("situation", _("Where were you, and what was going on?"), _("The situation")),
        (
            "trigger",
            _("What set it off, do you think? (a person, a place, a feeling, a time)"),
            _("The trigger"),
        ),
        ("thoughts", _("What went through your mind just before?"), _("Thoughts")),
        ("feelings", _("What were you feeling, in your body and your mood?"), _("Feelings")),
        ("did", _("What did you do, step by step?"), _("What I did")),
        ("next_time", _("What will you do next time, when this comes up?"), _("What I will do next time")),
    )


def trap() -> str:
    """:data:`TRAP` in the language in use."""
    return _(
        "Watch for one thought in particular: “I slipped once, so I have failed and might as well keep "
        "going.” That thought is a trap, not a fact. One use does not undo the days you had or the "
        "things you learned, and it does not decide what happens next."
    )


def welcome() -> str:
    """:data:`WELCOME` in the language in use."""
    return _(
        "This is a short, kind look back, not a test. Answer as much or as little as you like; every "
        "question may stay empty. What led up to a lapse is worth knowing: it shows what to plan for."
    )


class LapseReviewError(JournalError):
    """A review that cannot be saved, said in plain words; nothing was saved."""


@dataclasses.dataclass(slots=True)
class LapseReview:
    use_entry: Entry  # the use this review looks at
    answers: dict[str, str] = dataclasses.field(default_factory=dict)  # question key → words

    def answer(self, key: str) -> str:
        return self.answers.get(key, "").strip()

    def is_empty(self) -> bool:
        return not any(self.answer(key) for key, _q, _h in QUESTIONS)

    def as_entry(self) -> Entry:
        """The review as a note on the day of the use, as private as the use."""
        if self.is_empty():
            raise LapseReviewError(_("The review is empty; write a few words in any box, or close it."))
        parts = [
            _("{heading}:").format(heading=heading) + f"\n{self.answer(key)}"
            for key, _q, heading in questions()
            if self.answer(key)
        ]
        trigger = self.answer("trigger")
        return Entry(
            kind=EntryKind.NOTE,
            occurred_at=self.use_entry.occurred_at,
            title=_("Lapse review"),
            body="\n\n".join(parts),
            private=self.use_entry.private,
            tags=[TAG],
            triggers=[trigger] if trigger and len(trigger) <= 100 else [],
        )


def review_of(journal: Journal, use_entry: Entry) -> Entry | None:
    """The review already written for this use (a note tagged :data:`TAG` at the same moment),
    so a second look opens that one instead of starting a duplicate."""
    day = use_entry.occurred_at.date()
    for row in journal.rows(EntryFilter(tag=TAG, date_from=day, date_to=day), limit=50):
        note = journal.get(row.id)
        if note is not None and note.occurred_at == use_entry.occurred_at:
            return note
    return None


def from_note(use_entry: Entry, note: Entry) -> LapseReview:
    """A saved review read back into its answers (the headings :meth:`LapseReview.as_entry` wrote)."""
    keys = {  # a note saved in any language the app speaks (the person may have switched since)
        colon.format(heading=shown): key
        for key, _q, heading in QUESTIONS
        for shown in in_every_language(heading)
        for colon in in_every_language("{heading}:")
    }
    answers: dict[str, list[str]] = {}
    current: str | None = None
    for line in note.body.splitlines():
        if line in keys:
            current = keys[line]
            answers[current] = []
        elif current is not None:
            answers[current].append(line)
    found = {key: "\n".join(lines).strip() for key, lines in answers.items()}
    if not any(found.values()) and note.body.strip():  # rewritten by hand: the words are kept whole
        found["situation"] = note.body.strip()
    if note.triggers and not found.get("trigger"):
        found["trigger"] = note.triggers[0]
    return LapseReview(use_entry, found)


def plan_response(plan: Plan, review: LapseReview) -> PlannedResponse:
    """ "What I will do next time" as the planned response for the review's trigger (added below
    an earlier plan for that trigger, never replacing it).

    With no trigger named it goes under :data:`GENERAL_TRIGGER`, stored in English whatever the
    language shown (``catalogue.display_name`` words it); an item saved under its translation
    ("Después de un desliz") is the same item: its plan is kept first, and the two become one."""
    response = review.answer("next_time")
    if not response:
        raise LapseReviewError(_("Write what you will do next time first; that is what goes in the plan."))
    trigger = review.answer("trigger")
    general = in_every_language(GENERAL_TRIGGER)
    if not trigger or len(trigger) > 100 or trigger in general:
        trigger = GENERAL_TRIGGER
    with dbmod.write(plan.db):
        same = [r for r in plan.responses() if r.trigger in general] if trigger == GENERAL_TRIGGER else []
        if same:  # the English item first, then any saved under a translation
            earlier = "\n".join(r.response for r in sorted(same, key=lambda r: r.trigger != GENERAL_TRIGGER))
        else:
            earlier = plan.response_for(trigger) or ""
        if earlier and response not in earlier:  # the person's earlier plan is kept, never overwritten
            response = f"{earlier}\n{response}"
        elif earlier:
            response = earlier
        for other in same:
            if other.trigger != GENERAL_TRIGGER and other.id is not None:
                plan.delete_response(other.id)
        return plan.set_response(trigger, response)
