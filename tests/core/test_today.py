"""Today's numbers: days without use agree with the streaks, milestones, the plan's words, regained."""

from __future__ import annotations

from datetime import timedelta

from journal_app.core import today as today_mod
from journal_app.core.journal import Journal
from journal_app.core.plan import PlanItem
from tests.journal_builder import TODAY, check_in, day, urge, use


def test_days_without_use_agree_with_the_streaks_in_insights():
    j = Journal.in_memory()
    j.db.execute(
        "INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', ?)", [day(60).isoformat()]
    )
    j.db.execute(
        "INSERT INTO recovery_starts (substance, started_on) VALUES ('Alcohol', ?)", [day(10).isoformat()]
    )
    j.insert_many([use(20), urge(5, 8, outcome="used"), check_in(0)], now=None)
    ours = {d.name: d.days for d in j.today_streaks(TODAY)}
    theirs = {s.substance: s.current_days for s in j.streaks(TODAY)}
    assert ours == theirs == {"Opioids": 5, "Alcohol": 5}  # counted from the day of the use
    j.insert_many([use(0, "Alcohol")])
    assert {d.name: d.days for d in j.today_streaks(TODAY)} == {
        s.substance: s.current_days for s in j.streaks(TODAY)
    }


def test_a_start_in_the_future_is_not_counted_yet():
    j = Journal.in_memory()
    j.db.execute(
        "INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', ?)",
        [(TODAY + timedelta(days=3)).isoformat()],
    )
    assert j.today_streaks(TODAY) == []


def test_milestones_then_every_year():
    assert [today_mod.next_milestone(d) for d in (0, 1, 6, 7, 29, 90, 364, 365, 800)] == [
        1,
        7,
        7,
        30,
        30,
        180,
        365,
        730,
        1095,
    ]
    assert today_mod.milestone_name(730) == "2 years" and today_mod.milestone_name(7) == "1 week"
    assert today_mod.is_milestone(1095) and not today_mod.is_milestone(400)


def test_a_milestone_is_celebrated_once():
    j = Journal.in_memory()
    j.db.execute(
        "INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', ?)", [day(7).isoformat()]
    )
    first = j.milestones_to_celebrate(TODAY)
    assert [(m.name, m.milestone_today) for m in first] == [("Opioids", "1 week")]
    assert j.milestones_to_celebrate(TODAY) == []
    assert j.milestones_to_celebrate(TODAY + timedelta(days=1)) == []  # day 8 is no milestone


def test_a_clock_set_back_celebrates_no_milestone_a_second_time():
    j = Journal.in_memory()
    j.db.execute(
        "INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', ?)", [day(30).isoformat()]
    )
    assert [m.milestone_today for m in j.milestones_to_celebrate(TODAY)] == ["30 days"]
    assert j.milestones_to_celebrate(TODAY - timedelta(days=23)) == []  # the clock set back: day 7 again
    assert j.milestones_to_celebrate(TODAY) == []  # and forward: day 30 was celebrated already
    j.db.execute(
        "INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', ?)", [day(7).isoformat()]
    )
    assert [m.milestone_today for m in j.milestones_to_celebrate(TODAY)] == ["1 week"]  # a new stretch


def test_summary_gathers_checkin_reasons_and_responses_for_frequent_triggers():
    j = Journal.in_memory()
    j.plan.save_item(PlanItem("reason", "My daughter"))
    j.plan.set_response("Stress", "Walk round the block and call Sam")
    j.plan.set_response("Boredom", "Guitar")
    j.insert_many(
        [urge(3, 6, triggers=["Stress"]), urge(2, 5, triggers=["Stress"]), check_in(0, 7, halt_tired=True)]
    )
    s = j.today(TODAY)
    assert s.checkin is not None and s.checkin["mood"] == 7 and s.checkin["halt"] == ["tired"]
    assert s.reasons == ["My daughter"]
    assert s.responses == [("Stress", "Walk round the block and call Sam")]  # Boredom was not frequent
    assert len(s.entries) == 1 and not s.is_empty
    assert j.checkin_done(TODAY) and not j.checkin_done(day(1))


def test_empty_journal_is_a_clear_start():
    s = Journal.in_memory().today(TODAY)
    assert s.is_empty and s.streaks == [] and s.checkin is None and s.regained is None


def test_regained_needs_a_positive_daily_cost_and_refuses_absurd_ones():
    j = Journal.in_memory()
    j.db.execute(
        "INSERT INTO recovery_starts (substance, started_on) VALUES ('Opioids', ?)", [day(10).isoformat()]
    )
    assert j.today(TODAY).regained is None  # no cost set
    for bad in (0, -5, 10**9, "lots", float("nan"), float("inf")):
        j.set_setting("recovery.daily_cost", bad)
        assert j.today(TODAY).regained is None, bad
    j.set_setting("recovery.daily_cost", 20)
    j.set_setting("recovery.daily_hours", 3)
    j.set_setting("recovery.currency", "€")
    r = j.today(TODAY).regained
    assert r is not None and r.money == 200 and r.hours == 30
    assert r.text() == "€200 and 30 hours regained in 10 days"


def test_the_top_warning_sign_is_kept_until_what_it_depends_on_changes():
    j = Journal.in_memory()
    calls = []

    class Sign:
        key, title, summary = "isolation", "Pulling away", "Fewer contacts lately."

    def compute():
        calls.append(1)
        return [Sign()]

    first = today_mod.top_warning_sign(j.db, TODAY, compute)
    assert first == {"key": "isolation", "title": "Pulling away", "summary": "Fewer contacts lately."}
    assert today_mod.top_warning_sign(j.db, TODAY, compute) == first and len(calls) == 1
    j.insert_many([check_in(0)])  # a new entry: worked out again
    today_mod.top_warning_sign(j.db, TODAY, compute)
    j.set_setting("insights.snoozed", {"isolation": "2025-07-07"})  # snoozed: again
    today_mod.top_warning_sign(j.db, TODAY, compute)
    today_mod.top_warning_sign(j.db, TODAY + timedelta(days=1), compute)  # a new day: again
    assert len(calls) == 4
    assert j.top_warning_sign(TODAY) is None  # the real detectors on this journal: nothing stands out
