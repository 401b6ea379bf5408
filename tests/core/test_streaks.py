"""Streaks and milestones: days without use, kept with compassion across a lapse."""

from hypothesis import given, settings
from hypothesis import strategies as st
from journal_builder import TODAY, day, urge, use

from journal_app.core.insights import streaks
from journal_app.core.journal import Journal
from journal_app.core.models import UrgeOutcome


def only(journal):
    (streak,) = journal.streaks(TODAY)
    return streak


def test_a_hundred_days_without_use(journal):
    journal.add_recovery_start("Opioids", day(100))
    streak = only(journal)
    assert (streak.current_days, streak.longest_days, streak.total_days_without_use) == (100, 100, 100)
    reached = [m.name for m in streak.milestones if m.reached]
    assert reached == ["1 day", "1 week", "30 days", "90 days"]
    assert streak.next_milestone.days == 180 and streak.days_to_next == 80
    assert "100 days without use" in streak.message


def test_a_use_starts_a_new_stretch_and_keeps_the_days_before(journal):
    journal.add_recovery_start("Opioids", day(100))
    journal.insert_many([use(10)])
    streak = only(journal)
    # the same count the streak chart shows: days since the last use (0 on the day of a use)
    assert streak.current_start == day(10) and streak.current_days == 10
    assert streak.longest_days == 89  # the highest the count reached before the use
    assert streak.total_days_without_use == 99
    assert streak.last_use == day(10)
    assert "not the end of recovery" in streak.message
    assert "99 days without use still count" in streak.message
    assert "failure" not in streak.message.casefold()


def test_use_today_is_day_zero(journal):
    journal.add_recovery_start("Opioids", day(20))
    journal.insert_many([use(0)])
    streak = only(journal)
    assert streak.current_days == 0 and streak.longest_days == 19


def test_an_urge_that_ended_in_use_counts_as_a_use(journal):
    journal.add_recovery_start("Opioids", day(50))
    journal.insert_many([urge(5, 9, outcome=UrgeOutcome.USED), urge(3, 9, outcome=UrgeOutcome.PASSED)])
    assert only(journal).current_days == 5


def test_each_substance_has_its_own_streak(journal):
    journal.add_recovery_start("Opioids", day(60))
    journal.add_recovery_start("Alcohol", day(30))
    journal.insert_many([use(10, "Alcohol")])
    by_name = {s.substance: s for s in journal.streaks(TODAY)}
    assert by_name["Opioids"].current_days == 60
    assert by_name["Alcohol"].current_days == 10


def test_a_use_without_a_substance_named_counts_for_every_substance(journal):
    journal.add_recovery_start("Opioids", day(60))
    journal.add_recovery_start("Alcohol", day(30))
    journal.insert_many([use(10, "")])
    assert {s.current_days for s in journal.streaks(TODAY)} == {10}


def test_a_new_recovery_start_begins_a_new_stretch(journal):
    journal.add_recovery_start("Opioids", day(200))
    journal.add_recovery_start("Opioids", day(40))
    streak = only(journal)
    assert streak.recovery_start == day(200)
    assert streak.current_days == 40 and streak.longest_days == 159


def test_five_years_comes_with_the_five_year_fact(journal):
    journal.add_recovery_start("Opioids", day(1830))
    streak = only(journal)
    five = streak.milestones[-1]
    assert five.name == "5 years" and five.reached
    assert "five years" in five.note
    assert streak.next_milestone is None


def test_milestone_reached_today(journal):
    journal.add_recovery_start("Opioids", day(30))
    assert streaks.milestone_reached_today(only(journal)).name == "30 days"


def test_no_recovery_start_no_streak(journal):
    journal.insert_many([use(3)])
    assert journal.streaks(TODAY) == []


@settings(max_examples=40, deadline=None)
@given(start=st.integers(1, 400), uses=st.lists(st.integers(0, 400), max_size=8))
def test_streak_arithmetic_holds_for_any_history(start, uses):
    journal = Journal.in_memory()
    try:
        journal.add_recovery_start("Opioids", day(start))
        used = sorted({n for n in uses if n <= start})
        journal.insert_many([use(n) for n in used])
        streak = only(journal)
        assert 0 <= streak.current_days <= streak.longest_days <= start
        assert streak.total_days_without_use == max(0, start - len(used))
        if used:
            assert streak.last_use == day(min(used))
            assert streak.current_days == min(used)
        else:
            assert streak.current_days == start
    finally:
        journal.close()


# -- families and the one number (issue 10) ------------------------------------------------


def test_a_start_for_opioids_and_a_use_of_heroin_are_one_streak(journal):
    journal.add_recovery_start("Opioids", day(60))
    journal.insert_many([use(10, "Heroin")])
    streak = only(journal)
    assert streak.substance == "Opioids" and streak.current_days == 10 and streak.last_use == day(10)


def test_opioid_and_fentanyl_also_reset_the_opioid_streak(journal):
    journal.add_recovery_start("opioids", day(60))
    journal.insert_many([use(20, "Opioid"), use(12, "fentanyl")])
    assert only(journal).current_days == 12


def test_the_streak_is_the_one_days_without_use_number(journal):
    journal.add_recovery_start("Opioids", day(60))
    journal.add_recovery_start("Alcohol", day(30))
    journal.insert_many([use(10, "heroin"), use(4, "wine"), urge(2, 8, outcome=UrgeOutcome.PASSED)])
    by_name = {s.substance: s for s in journal.streaks(TODAY)}
    assert by_name["Opioids"].current_days == journal.days_without_use("opioids", TODAY).days == 10
    assert by_name["Alcohol"].current_days == journal.days_without_use("alcohol", TODAY).days == 4
    assert journal.days_without_use(None, TODAY).days == 4  # everything
    assert journal.days_without_use("cannabis", TODAY) is None  # no start: no invented number


def test_the_five_year_fact_is_only_for_opioids(journal):
    journal.add_recovery_start("Alcohol", day(1830))
    assert only(journal).milestones[-1].note == ""
