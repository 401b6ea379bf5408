"""Warning signs the person noted themselves in an entry (any of the eight)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from ..db import Database
from ..messages import _, n_
from .result import Evidence, SignResult, day_text

WINDOW_DAYS = 14  # a sign noted in the last two weeks is shown
MIN_NOTES = 1


def detect_all(db: Database, today: date) -> list[SignResult]:
    start = today - timedelta(days=WINDOW_DAYS - 1)
    rows = db.execute(
        "SELECT ws.sign_key, e.local_date, json_group_array(e.id) "
        "FROM entries e JOIN entry_warning_signs ws ON ws.entry_id = e.id "
        "WHERE e.local_date BETWEEN ? AND ? GROUP BY ws.sign_key, e.local_date "
        "ORDER BY ws.sign_key, e.local_date",
        [start.isoformat(), today.isoformat()],
    ).fetchall()
    by_sign: dict[str, list[Evidence]] = {}
    for key, day_iso, ids in rows:
        day = date.fromisoformat(day_iso)
        by_sign.setdefault(key, []).append(
            Evidence(
                day,
                _("{day}: you noted this in your journal").format(day=day_text(day)),
                None,
                tuple(json.loads(ids)),
            )
        )
    return [
        SignResult(
            key=key,
            title="",
            window_start=start,
            window_end=today,
            summary=n_(
                "You noted this yourself on {n} day in the last two weeks.",
                "You noted this yourself on {n} days in the last two weeks.",
                len(days),
            ).format(n=len(days)),
            baseline="",
            evidence=days,
        )
        for key, days in by_sign.items()
        if len(days) >= MIN_NOTES
    ]
