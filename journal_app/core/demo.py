"""A realistic synthetic journal for trying the app, screenshots and benchmarks.

Deterministic for a given seed. The person in it starts recovery from opioids
on the first day, checks in most days, logs urges tied to triggers (most of
which pass), lapses once or twice, writes notes, and keeps a few entries private.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from . import db as dbmod
from .content import load_catalogue
from .db import Database
from .errors import JournalError
from .models import CopingUse, Entry, EntryKind, Medication, UrgeOutcome

SUBSTANCE = "Opioids"

_NOTE_OPENINGS = [
    "Talked with my sister tonight",
    "Long shift at work",
    "Went for a walk by the river",
    "Group meeting was good",
    "Couldn't sleep much",
    "Cooked a real dinner",
    "Therapy session today",
    "Rainy day, stayed in",
    "Saw an old friend downtown",
    "Paid the rent on time",
    "Kids visited this weekend",
    "Started reading again",
]
_NOTE_MIDDLES = [
    "and it felt steadier than last week.",
    "and I noticed the craving came back in the evening.",
    "and I kept thinking about money.",
    "and I used the breathing exercise twice.",
    "and I felt lonely after everyone left.",
    "and I was proud of myself for calling my sponsor.",
    "and the medication seems to be helping with the mornings.",
    "and I wrote down three reasons I'm doing this.",
    "and I felt tired but okay.",
]
_NOTE_ENDINGS = [
    "Tomorrow I want to get outside early.",
    "One day at a time.",
    "Need to plan the weekend.",
    "Going to bed early.",
    "Grateful for small things today.",
    "Will bring this up in therapy.",
]
_SITUATIONS = [
    "Walking past the old corner",
    "After an argument on the phone",
    "Payday, cash in my pocket",
    "Alone in the flat at night",
    "Stressful meeting at work",
    "Back pain flared up",
    "Saw someone I used with",
    "Bored on a Sunday afternoon",
]
_THOUGHTS = [
    "Just once wouldn't hurt",
    "I deserve a break",
    "Nobody would know",
    "I can't handle this feeling",
    "It would make the pain stop",
]
_TAGS = ["work", "family", "weekend", "health", "meeting", "money"]


def _when(day: date, hour: int, rng: random.Random) -> datetime:
    naive = datetime.combine(day, time(hour % 24, rng.randrange(60)))
    return naive.astimezone().replace(microsecond=0)


def generate(
    days: int = 120, *, entries: int | None = None, seed: int = 7, end: date | None = None
) -> Iterator[Entry]:
    """Yield demo entries over ``days`` days ending ``end`` (default yesterday)."""
    rng = random.Random(seed)
    catalogue = load_catalogue()
    triggers = [item.name for item in catalogue.triggers]
    coping = [item.name for item in catalogue.coping]
    end = end or (date.today() - timedelta(days=1))
    start = end - timedelta(days=days - 1)
    per_day = (entries / days) if entries else None
    lapse_days = {start + timedelta(days=int(days * share)) for share in (0.35, 0.8)} if days >= 30 else set()
    mood, craving = 5.0, 6.0
    for index in range(days):
        day = start + timedelta(days=index)
        progress = index / max(days - 1, 1)
        mood = min(9.5, max(1.5, mood + rng.gauss(0.04, 0.8) + (5.5 + 2 * progress - mood) * 0.15))
        craving = min(9.5, max(0.0, craving + rng.gauss(-0.02, 0.9) + (5 - 3.5 * progress - craving) * 0.15))
        day_entries: list[Entry] = []
        if rng.random() < 0.88:
            day_entries.append(_check_in(day, mood, craving, rng, triggers, coping))
        for _ in range(rng.choices([0, 1, 2], [0.55, 0.35, 0.10])[0]):
            day_entries.append(_urge(day, mood, craving, rng, triggers, coping))
        if day in lapse_days:
            day_entries.append(_use(day, rng, triggers))
        if rng.random() < 0.25:
            day_entries.append(_note(day, rng))
        if per_day:
            wanted = int(per_day) + (1 if rng.random() < per_day % 1 else 0)
            while len(day_entries) < wanted:
                maker = rng.choice((_urge, _urge, _note_any, _check_in))
                day_entries.append(maker(day, mood, craving, rng, triggers, coping))
            day_entries = day_entries[:wanted] if wanted else []
        yield from day_entries


def _check_in(
    day: date, mood: float, craving: float, rng: random.Random, triggers: list[str], coping: list[str]
) -> Entry:
    lonely = rng.random() < (0.35 if mood < 4.5 else 0.1)
    return Entry(
        kind=EntryKind.CHECK_IN,
        occurred_at=_when(day, rng.choice([8, 9, 20, 21, 22]), rng),
        mood=max(1, min(10, round(mood + rng.gauss(0, 0.6)))),
        craving=max(0, min(10, round(craving + rng.gauss(0, 0.7)))),
        sleep_hours=round(max(3.0, min(10.0, rng.gauss(6.3 + mood * 0.15, 1.0))) * 2) / 2,
        supportive_contact=rng.random() < (0.75 if not lonely else 0.2),
        halt_hungry=rng.random() < 0.1,
        halt_angry=rng.random() < 0.1,
        halt_lonely=lonely,
        halt_tired=rng.random() < 0.25,
        medication=Medication.TAKEN if rng.random() < 0.93 else Medication.MISSED,
        meeting=rng.random() < 0.3,
        body=rng.choice(["", "", _sentence(rng)]),
        triggers=rng.sample(triggers, rng.choice([0, 0, 1, 2])),
        coping=[CopingUse(name, rng.random() < 0.7) for name in rng.sample(coping, rng.choice([0, 1, 2]))],
        tags=rng.sample(_TAGS, rng.choice([0, 0, 1])),
        private=rng.random() < 0.04,
    )


def _urge(
    day: date, mood: float, craving: float, rng: random.Random, triggers: list[str], coping: list[str]
) -> Entry:
    intensity = max(1, min(10, round(craving + rng.gauss(1.5, 1.5))))
    return Entry(
        kind=EntryKind.CRAVING,
        occurred_at=_when(day, rng.choice([11, 15, 17, 19, 23]), rng),
        craving=intensity,
        situation=rng.choice(_SITUATIONS),
        thought=rng.choice(_THOUGHTS),
        duration_minutes=rng.choice([5, 10, 15, 20, 30, 45]),
        outcome=UrgeOutcome.PASSED,
        halt_lonely=rng.random() < 0.3,
        halt_tired=rng.random() < 0.3,
        triggers=rng.sample(triggers, rng.choice([1, 1, 2])),
        coping=[CopingUse(name, rng.random() < 0.75) for name in rng.sample(coping, rng.choice([1, 2]))],
        private=rng.random() < 0.05,
    )


def _use(day: date, rng: random.Random, triggers: list[str]) -> Entry:
    return Entry(
        kind=EntryKind.USE,
        occurred_at=_when(day, 22, rng),
        substance=SUBSTANCE,
        lead_up="A hard week, money worries and not reaching out to anyone.",
        body="I'm writing this down so I can talk about it in my next session.",
        triggers=rng.sample(triggers, 2),
        private=rng.random() < 0.5,
    )


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_NOTE_OPENINGS)} {rng.choice(_NOTE_MIDDLES)} {rng.choice(_NOTE_ENDINGS)}"


def _note(day: date, rng: random.Random) -> Entry:
    return Entry(
        kind=EntryKind.NOTE,
        occurred_at=_when(day, rng.choice([12, 18, 21]), rng),
        title=rng.choice(_NOTE_OPENINGS),
        body="\n\n".join(_sentence(rng) for _ in range(rng.randint(1, 3))),
        tags=rng.sample(_TAGS, rng.choice([0, 1, 2])),
        private=rng.random() < 0.08,
    )


def _note_any(
    day: date, mood: float, craving: float, rng: random.Random, triggers: list[str], coping: list[str]
) -> Entry:
    return _note(day, rng)


def write_demo(
    db: Database,
    days: int = 120,
    *,
    entries: int | None = None,
    seed: int = 7,
    end: date | None = None,
) -> int:
    """Fill an empty journal with demo data; refuse one that already has entries."""
    from .entries import insert_many

    if days < 1:
        raise JournalError("The demo needs at least one day.")
    if db.execute("SELECT count(*) FROM entries").fetchone()[0]:
        raise JournalError(
            "This journal already has entries; the demo only writes into an empty one. "
            "Use --data-dir to pick a new folder."
        )
    end = end or (date.today() - timedelta(days=1))
    start = end - timedelta(days=days - 1)
    with dbmod.write(db):
        db.execute(
            "INSERT INTO recovery_starts (substance, started_on, note) VALUES (?, ?, ?)",
            [SUBSTANCE, start.isoformat(), "Demo: the day recovery started."],
        )
        count = insert_many(db, generate(days, entries=entries, seed=seed, end=end))
        _demo_plan(db)
        return count


def _demo_plan(db: Database) -> None:
    """A small prevention plan, as a person might have written it with their counsellor."""
    from .plan import Plan, PlanItem, SupportContact

    plan = Plan(db)
    plan.set_response("Money worries", "Call Sam before spending anything; pay the bills first.")
    plan.set_response("Places where I used to use", "Take the long way round; text Sam when I get home.")
    plan.set_response("Loneliness", "Go to the evening meeting, or call my sister.")
    plan.save_contact(SupportContact("Sam", "sponsor", "555-0100"))
    plan.save_contact(SupportContact("Dr. Lee", "counsellor", "555-0199"))
    plan.save_contact(SupportContact("Maya", "sister", "555-0142"))
    for reason in ("Being there for my kids.", "Feeling well in the mornings.", "Keeping my job."):
        plan.save_item(PlanItem("reason", reason))
    plan.save_item(PlanItem("past_sign", "I stop answering my phone."))
    plan.set_response("Rent is due", "Sort the bills with Maya on the first Sunday of the month.")
    from .catalogue import set_trigger_category

    set_trigger_category(db, "Rent is due", "money")
