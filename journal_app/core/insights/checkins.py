"""Check-ins stopping: a person who usually checks in has gone quiet for a few days."""

from __future__ import annotations

import json
from datetime import date, timedelta

from ..db import Database
from ..messages import _, n_
from .result import Evidence, SignResult, day_text

KEY = "checkins_stopping"
QUIET_DAYS = 3  # full days without a check-in (today is not counted: it is not over)
HABIT_WINDOW = 28  # the four weeks up to the last check-in...
HABIT_DAYS = 14  # ...had check-ins on at least this many days


def detect(db: Database, today: date) -> SignResult | None:
    row = db.execute(
        "SELECT local_date FROM entries WHERE kind = 'check_in' AND local_date <= ? "
        "ORDER BY occurred_utc DESC LIMIT 1",
        [today.isoformat()],
    ).fetchone()
    if row is None:
        return None
    last = date.fromisoformat(row[0])
    quiet = (today - last).days - 1
    if quiet < QUIET_DAYS:
        return None
    habit_start = last - timedelta(days=HABIT_WINDOW - 1)
    habit = db.execute(
        "SELECT count(DISTINCT local_date) FROM entries WHERE kind = 'check_in' "
        "AND local_date BETWEEN ? AND ?",
        [habit_start.isoformat(), last.isoformat()],
    ).fetchone()[0]
    if habit < HABIT_DAYS:
        return None
    ids = db.execute(
        "SELECT json_group_array(id) FROM entries WHERE kind = 'check_in' AND local_date = ?",
        [last.isoformat()],
    ).fetchone()[0]
    used = db.execute(
        "SELECT max(local_date) FROM entries WHERE local_date BETWEEN ? AND ? "
        "AND (kind = 'use' OR (kind = 'craving' AND outcome = 'used'))",
        [last.isoformat(), today.isoformat()],
    ).fetchone()[0]
    summary = n_(
        "Your last check-in was on {day}; {n} full day has passed since. "
        "Life gets busy, and this is only a gentle nudge.",
        "Your last check-in was on {day}; {n} full days have passed since. "
        "Life gets busy, and this is only a gentle nudge.",
        quiet,
    ).format(day=day_text(last), n=quiet)
    if used:  # gone quiet after a use: the safety wording, never blame
        summary = _(
            "Your last check-in was on {day}, and a use was written down on {used}. A lapse is "
            "not the end of recovery. If you are using, please don't use alone, keep naloxone "
            "close, and after a break use far less than before. Get help (F1) has your crisis "
            "numbers."
        ).format(day=day_text(last), used=day_text(date.fromisoformat(used)))
    return SignResult(
        key=KEY,
        title=_("Check-ins have gone quiet"),
        window_start=last + timedelta(days=1),
        window_end=today,
        summary=summary,
        baseline=_("Your usual: check-ins on {habit} of the 28 days up to {day}.").format(
            habit=habit, day=day_text(last)
        ),
        evidence=[
            Evidence(
                last, _("{day}: your last check-in").format(day=day_text(last)), None, tuple(json.loads(ids))
            )
        ],
    )
