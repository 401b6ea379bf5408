"""Chart figures on hand-built journals: exact values, gaps, DST and travel (no Qt)."""

from datetime import UTC, date, datetime, timedelta, timezone

import numpy as np
import pytest

from journal_app.core import annotations
from journal_app.core.charts_data import (
    ChartData,
    DateRange,
    RangePreset,
    by_mean_craving,
    calendar_grid,
    day_from_number,
    day_number,
    rolling_mean,
    sleep_pairs,
)
from journal_app.core.errors import JournalError
from journal_app.core.models import CopingUse, Entry, EntryKind, UrgeOutcome

LONDON_WINTER = timezone(timedelta(hours=0))
LONDON_SUMMER = timezone(timedelta(hours=1))
LA = timezone(timedelta(hours=-7))
BERLIN = timezone(timedelta(hours=2))
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def add(journal, when: datetime, kind=EntryKind.CHECK_IN, **fields) -> Entry:
    if kind is EntryKind.CHECK_IN:
        fields.setdefault("mood", 5)
    if kind is EntryKind.NOTE:
        fields.setdefault("body", "a note")
    return journal.save(Entry(kind=kind, occurred_at=when, **fields), now=NOW)


def at(day: str, hour: int = 12, tz=UTC, minute: int = 0) -> datetime:
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=tz)


def nan_list(values) -> list:
    return [None if np.isnan(v) else float(v) for v in values]


# daily series -----------------------------------------------------------------
def test_daily_values_leave_days_without_entries_empty(journal):
    add(journal, at("2025-05-01", 9), mood=4, craving=6, sleep_hours=6)
    add(journal, at("2025-05-01", 21), mood=7, craving=2, sleep_hours=8)
    add(journal, at("2025-05-01", 15), EntryKind.CRAVING, craving=9)
    add(journal, at("2025-05-03", 22), EntryKind.USE, substance="Opioids")
    add(journal, at("2025-05-04", 9), mood=8)
    series = ChartData(journal.db).daily(DateRange(date(2025, 5, 1), date(2025, 5, 4)))

    assert [day_from_number(d) for d in series.days] == [date(2025, 5, d) for d in (1, 2, 3, 4)]
    assert nan_list(series.mood) == [5.5, None, None, 8.0]  # mean of the day's moods
    assert nan_list(series.craving) == [9.0, None, None, None]  # the day's peak, urges included
    assert nan_list(series.sleep) == [7.0, None, None, None]
    assert series.entries.tolist() == [3, 0, 1, 1]
    assert series.used.tolist() == [False, False, True, False]
    assert [day_from_number(d) for d in series.use_days] == [date(2025, 5, 3)]


def test_an_empty_journal_gives_an_empty_series_not_zeros(journal):
    series = ChartData(journal.db).daily(DateRange(date(2025, 1, 1), date(2025, 1, 7)))
    assert len(series.days) == 7
    assert np.isnan(series.mood).all() and np.isnan(series.craving).all()
    assert series.entries.sum() == 0 and not series.has_values


def test_seven_day_mean_needs_three_days_and_reaches_before_the_range(journal):
    moods = {"2025-03-01": 2, "2025-03-02": 4, "2025-03-04": 6, "2025-03-08": 10, "2025-03-09": 1}
    for day, mood in moods.items():
        add(journal, at(day), mood=mood)
    series = ChartData(journal.db).daily(DateRange(date(2025, 3, 3), date(2025, 3, 10)))
    # 3 Mar: 1–3 Mar hold 2 and 4 -> only two days, no mean yet
    # 4 Mar: 2, 4, 6 -> 4.0 (reaching back before the range's first day)
    # 7 Mar: 1–7 Mar -> 2, 4, 6 -> 4.0;  8 Mar: 2–8 Mar -> 4, 6, 10 -> 6.666…
    # 9 Mar: 3–9 Mar -> 6, 10, 1 -> 5.666…; 10 Mar: 4–10 Mar -> 6, 10, 1 -> 5.666…
    assert nan_list(series.mood_mean7) == pytest.approx(
        [None, 4.0, 4.0, 4.0, 4.0, 20 / 3, 17 / 3, 17 / 3], nan_ok=True
    )


def test_rolling_mean_on_plain_arrays():
    values = np.array([1, np.nan, 3, 5, np.nan, np.nan, np.nan, np.nan, 7.0])
    assert nan_list(rolling_mean(values)) == [None, None, None, 3.0, 3.0, 3.0, 3.0, None, 5.0]
    assert nan_list(rolling_mean(values, window=2, min_days=1)) == [
        1.0,
        1.0,
        3.0,
        4.0,
        5.0,
        None,
        None,
        None,
        7.0,
    ]


def test_a_dst_change_never_splits_or_merges_a_day(journal):
    # London, 30 March 2025: clocks go forward at 01:00; 26 October: back at 02:00.
    add(journal, at("2025-03-30", 0, LONDON_WINTER, 30), mood=3)
    add(journal, at("2025-03-30", 23, LONDON_SUMMER, 30), mood=5)  # 22:30 UTC, same local day
    add(journal, at("2025-03-31", 0, LONDON_SUMMER, 15), mood=9)  # 23:15 UTC on the 30th
    add(journal, at("2025-10-26", 1, LONDON_SUMMER, 30), mood=2)  # 00:30 UTC
    add(journal, at("2025-10-26", 1, LONDON_WINTER, 30), mood=4)  # the repeated hour, 01:30 UTC
    data = ChartData(journal.db)
    spring = data.daily(DateRange(date(2025, 3, 29), date(2025, 3, 31)))
    assert nan_list(spring.mood) == [None, 4.0, 9.0]
    autumn = data.daily(DateRange(date(2025, 10, 26), date(2025, 10, 26)))
    assert nan_list(autumn.mood) == [3.0] and autumn.entries.tolist() == [2]


def test_travel_keeps_the_days_the_person_lived(journal):
    # 23:30 in Los Angeles on 10 June is 06:30 UTC on 11 June; the next entry,
    # at 08:00 in Berlin on 11 June, is 06:00 UTC: earlier in UTC, a day later locally.
    add(journal, at("2025-06-10", 23, LA, 30), mood=3, craving=7)
    add(journal, at("2025-06-11", 8, BERLIN), mood=6, craving=1)
    series = ChartData(journal.db).daily(DateRange(date(2025, 6, 10), date(2025, 6, 11)))
    assert nan_list(series.mood) == [3.0, 6.0]
    assert nan_list(series.craving) == [7.0, 1.0]


def test_private_entries_count_only_when_asked(journal):
    add(journal, at("2025-02-01"), mood=2, private=True)
    add(journal, at("2025-02-01", 18), mood=6)
    rng = DateRange(date(2025, 2, 1), date(2025, 2, 1))
    assert ChartData(journal.db).daily(rng).mood.tolist() == [4.0]
    assert ChartData(journal.db, include_private=False).daily(rng).mood.tolist() == [6.0]


def test_sleep_pairs_and_bands(journal):
    add(journal, at("2025-04-01"), mood=4, craving=6, sleep_hours=4.5)
    add(journal, at("2025-04-02"), mood=8, craving=2, sleep_hours=8)
    add(journal, at("2025-04-03"), mood=7)  # no sleep figure: not a pair
    pairs = sleep_pairs(ChartData(journal.db).daily(DateRange(date(2025, 4, 1), date(2025, 4, 3))))
    assert pairs.sleep.tolist() == [4.5, 8.0]
    assert pairs.mood.tolist() == [4.0, 8.0] and pairs.craving.tolist() == [6.0, 2.0]
    bands = pairs.mean_by_sleep()
    assert bands[0] == ("under 5 h", 1, 4.0, 6.0)
    assert bands[-1] == ("8 h or more", 1, 8.0, 2.0)
    assert [b[1] for b in bands] == [1, 0, 0, 0, 1]


# triggers and coping ----------------------------------------------------------
def test_trigger_frequency_and_mean_craving(journal):
    add(journal, at("2025-07-01"), craving=8, triggers=["Stress", "Payday"])
    add(journal, at("2025-07-02"), EntryKind.CRAVING, craving=4, triggers=["Stress"])
    add(journal, at("2025-07-03"), EntryKind.NOTE, triggers=["Stress"])  # no craving figure
    add(journal, at("2025-07-09"), craving=1, triggers=["Payday"])  # outside the range
    add(journal, at("2025-07-02", 20), craving=10, triggers=["Old places"], private=True)
    rng = DateRange(date(2025, 7, 1), date(2025, 7, 3))
    stats = ChartData(journal.db).triggers(rng)
    assert [(s.name, s.entries, s.mean_craving, s.craving_entries) for s in stats] == [
        ("Stress", 3, 6.0, 2),
        ("Old places", 1, 10.0, 1),
        ("Payday", 1, 8.0, 1),
    ]
    assert [s.name for s in by_mean_craving(stats)] == ["Old places", "Payday", "Stress"]
    shared = ChartData(journal.db, include_private=False).triggers(rng)
    assert [s.name for s in shared] == ["Stress", "Payday"]


def test_what_helped_counts_each_answer(journal):
    add(journal, at("2025-08-01"), coping=[CopingUse("Called my sponsor", True), CopingUse("Walk", False)])
    add(journal, at("2025-08-02"), coping=[CopingUse("Called my sponsor", True), CopingUse("Walk", None)])
    add(
        journal,
        at("2025-08-03"),
        EntryKind.CRAVING,
        craving=5,
        coping=[CopingUse("Called my sponsor", False)],
    )
    stats = ChartData(journal.db).coping(DateRange(date(2025, 8, 1), date(2025, 8, 3)))
    assert [(s.name, s.used, s.helped, s.not_helped, s.not_said) for s in stats] == [
        ("Called my sponsor", 3, 2, 1, 0),
        ("Walk", 2, 0, 1, 1),
    ]
    assert stats[0].helped_share == pytest.approx(2 / 3)
    assert stats[1].helped_share == 0.0


# heat maps ----------------------------------------------------------------------
def test_urges_by_hour_and_weekday_use_local_time(journal):
    add(journal, at("2025-06-09", 7), EntryKind.CRAVING, craving=4)  # Monday 07:00
    add(journal, at("2025-06-09", 7, minute=50), EntryKind.CRAVING, craving=8)
    add(journal, at("2025-06-10", 23, LA, 30), EntryKind.CRAVING, craving=6)  # Tuesday 23:00 locally
    add(journal, at("2025-06-15", 0, BERLIN, 5), EntryKind.CRAVING, craving=2)  # Sunday 00:00
    add(journal, at("2025-06-11", 7), craving=9)  # a check-in is not an urge
    grid = ChartData(journal.db).hour_weekday(DateRange(date(2025, 6, 9), date(2025, 6, 15)))
    assert grid.total == 4
    assert grid.counts[0, 7] == 2 and grid.mean_craving[0, 7] == 6.0
    assert grid.counts[1, 23] == 1 and grid.counts[6, 0] == 1
    assert grid.counts[2].sum() == 0 and np.isnan(grid.mean_craving[2, 7])


def test_year_in_pixels_places_each_day(journal):
    add(journal, at("2024-02-29"), mood=3)
    add(journal, at("2024-12-31"), mood=9)
    add(journal, at("2025-01-01"), mood=6, craving=4)
    series = ChartData(journal.db).daily(DateRange(date(2024, 2, 28), date(2025, 1, 2)))
    grid = calendar_grid(series, "mood")
    assert grid.years == [2024, 2025]
    assert grid.values[0, 1, 28] == 3.0  # 29 Feb 2024
    assert grid.values[0, 11, 30] == 9.0 and grid.values[1, 0, 0] == 6.0
    assert np.isnan(grid.values[0, 1, 27]) and grid.exists[0, 1, 27]  # 28 Feb: no entry, in range
    assert not grid.exists[0, 1, 29]  # 30 February does not exist
    assert not grid.exists[1, 0, 2]  # 3 Jan 2025 is after the range
    assert int(grid.exists.sum()) == len(series.days)
    assert calendar_grid(series, "craving").values[1, 0, 0] == 4.0


# streaks ---------------------------------------------------------------------------
def test_streak_counts_days_since_start_or_last_use(journal):
    journal.db.execute("INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', '2025-01-03')")
    add(journal, at("2025-01-01", 22), EntryKind.USE, substance="Opioids")  # before the start: ignored
    add(journal, at("2025-01-06", 22), EntryKind.USE, substance="Opioids")
    add(journal, at("2025-01-06", 23), EntryKind.USE, substance="Opioids")
    timeline = ChartData(journal.db).streaks(DateRange(date(2025, 1, 1), date(2025, 1, 9)))
    assert nan_list(timeline.streak) == [None, None, 0, 1, 2, 0, 1, 2, 3]
    assert [day_from_number(d) for d in timeline.use_days] == [date(2025, 1, 1), date(2025, 1, 6)]
    assert [day_from_number(d) for d in timeline.start_days] == [date(2025, 1, 3)]
    assert timeline.longest == 3
    later = ChartData(journal.db).streaks(DateRange(date(2025, 2, 1), date(2025, 2, 2)))
    assert later.streak.tolist() == [26.0, 27.0] and len(later.use_days) == 0


def test_no_recovery_start_means_no_streak(journal):
    add(journal, at("2025-01-06", 22), EntryKind.USE, substance="Opioids")
    timeline = ChartData(journal.db).streaks(DateRange(date(2025, 1, 1), date(2025, 1, 9)))
    assert not timeline.has_start and np.isnan(timeline.streak).all()


def test_a_private_use_is_left_out_of_a_shared_streak(journal):
    journal.db.execute("INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', '2025-01-01')")
    add(journal, at("2025-01-03", 22), EntryKind.USE, substance="Opioids", private=True)
    rng = DateRange(date(2025, 1, 1), date(2025, 1, 4))
    assert ChartData(journal.db).streaks(rng).streak.tolist() == [0, 1, 0, 1]
    assert ChartData(journal.db, include_private=False).streaks(rng).streak.tolist() == [0, 1, 2, 3]


# ranges and markers ------------------------------------------------------------------
def test_range_presets_count_calendar_days_up_to_today(journal):
    data = ChartData(journal.db)
    today = date(2026, 3, 10)
    assert data.resolve(RangePreset.WEEK, today=today) == DateRange(date(2026, 3, 4), today)
    assert data.resolve(RangePreset.MONTH, today=today).days == 30
    assert data.resolve(RangePreset.QUARTER, today=today).days == 90
    assert data.resolve(RangePreset.YEAR, today=today).days == 365
    assert data.resolve(RangePreset.ALL, today=today).note == "There are no entries yet."
    add(journal, at("2025-02-01"), mood=5)
    assert data.resolve(RangePreset.ALL, today=today) == DateRange(date(2025, 2, 1), today)
    custom = data.resolve(RangePreset.CUSTOM, custom=(date(2025, 1, 1), date(2025, 1, 31)))
    assert custom.days == 31
    with pytest.raises(JournalError, match="start date is after the end date"):
        data.resolve(RangePreset.CUSTOM, custom=(date(2025, 2, 1), date(2025, 1, 31)))


def test_since_last_session_starts_on_the_last_session_day(journal):
    data = ChartData(journal.db)
    today = date(2026, 3, 10)
    fallback = data.resolve(RangePreset.SINCE_SESSION, today=today)
    assert fallback.days == 30 and "No session is recorded yet" in fallback.note
    annotations.record_session(journal.db, datetime(2026, 2, 24, 17, 0, tzinfo=BERLIN))
    # recorded later, but held earlier: the last session is the one held last
    annotations.record_session(journal.db, datetime(2026, 2, 10, 9, 0, tzinfo=LA))
    since = data.resolve(RangePreset.SINCE_SESSION, today=today)
    assert since.start == date(2026, 2, 24) and since.end == today
    assert "24 Feb 2026" in since.note


def test_markers_show_labels_in_range_but_never_notes(journal):
    annotations.save_life_event(
        journal.db, annotations.LifeEvent(date(2025, 5, 2), "Moved flat", "very private")
    )
    annotations.save_life_event(journal.db, annotations.LifeEvent(date(2025, 6, 1), "New job"))
    annotations.record_session(journal.db, datetime(2025, 5, 3, 10, 0, tzinfo=UTC))
    markers = ChartData(journal.db).markers(DateRange(date(2025, 5, 1), date(2025, 5, 31)))
    assert [(day_from_number(m.day), m.label, m.kind) for m in markers] == [
        (date(2025, 5, 2), "Moved flat", "life_event"),
        (date(2025, 5, 3), "Session", "session"),
    ]
    assert day_number(date(1970, 1, 2)) == 1


def test_answers_follow_every_change_to_the_journal(journal):
    data = ChartData(journal.db)
    rng = DateRange(date(2025, 9, 1), date(2025, 9, 1))
    assert np.isnan(data.daily(rng).mood).all()
    entry = add(journal, at("2025-09-01"), mood=7, triggers=["Stress"])
    assert data.daily(rng).mood.tolist() == [7.0] and data.triggers(rng)[0].entries == 1
    journal.delete(entry.id)
    assert np.isnan(data.daily(rng).mood).all() and data.triggers(rng) == []


@pytest.mark.parametrize("share", [0.0, 2.0])  # always links first / always entries first
def test_both_ways_of_reading_links_agree(journal, monkeypatch, share):
    monkeypatch.setattr("journal_app.core.charts_data.categories.MOST_OF_THE_JOURNAL", share)
    add(journal, at("2025-07-01"), craving=8, triggers=["Stress"], coping=[CopingUse("Walk", True)])
    add(
        journal,
        at("2025-07-02"),
        craving=2,
        triggers=["Stress"],
        coping=[CopingUse("Walk", None)],
        private=True,
    )
    add(journal, at("2025-07-05"), craving=5, triggers=["Payday"], coping=[CopingUse("Walk", False)])
    rng = DateRange(date(2025, 7, 1), date(2025, 7, 2))
    stats = ChartData(journal.db).triggers(rng)
    assert [(s.name, s.entries, s.mean_craving) for s in stats] == [("Stress", 2, 5.0)]
    coping = ChartData(journal.db, include_private=False).coping(rng)
    assert [(c.name, c.used, c.helped, c.not_said) for c in coping] == [("Walk", 1, 1, 0)]


def test_an_urge_that_ended_in_use_counts_as_a_use(journal):
    journal.db.execute("INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', '2025-01-01')")
    add(journal, at("2025-01-03", 20), EntryKind.CRAVING, craving=9, outcome=UrgeOutcome.USED)
    add(journal, at("2025-01-04", 20), EntryKind.CRAVING, craving=3, outcome=UrgeOutcome.PASSED)
    rng = DateRange(date(2025, 1, 1), date(2025, 1, 5))
    data = ChartData(journal.db)
    assert data.daily(rng).used.tolist() == [False, False, True, False, False]
    assert data.streaks(rng).streak.tolist() == [0, 1, 0, 1, 2]
