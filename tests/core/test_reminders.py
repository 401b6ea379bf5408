"""Reminder timing with a fake clock: midnight, DST, a suspended laptop, a clock set back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from journal_app.core import reminders as rem

BERLIN = ZoneInfo("Europe/Berlin")


class FakeClock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def set(self, *args: int) -> None:
        self.moment = datetime(*args, tzinfo=BERLIN)

    def advance(self, **kwargs: float) -> None:
        # real time passes: add in UTC so DST changes behave like a real clock
        self.moment = (self.moment.astimezone(ZoneInfo("UTC")) + timedelta(**kwargs)).astimezone(BERLIN)


def scheduler(clock: FakeClock, *times: str, **kwargs) -> rem.Scheduler:
    plan = rem.build_plan(times, today=clock().date(), **kwargs)
    assert plan.problems == []
    return rem.Scheduler(plan, clock=clock, zone=BERLIN)


def run_minutes(sched: rem.Scheduler, clock: FakeClock, minutes: int, done=lambda k, d: False):
    shown = []
    for _ in range(minutes):
        clock.advance(minutes=1)
        shown += sched.due(done)
    return shown


def test_a_reminder_is_shown_once_at_its_time():
    clock = FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00", message="Time to pause")
    shown = run_minutes(sched, clock, 120)
    assert [(d.kind, d.message, d.scheduled.time()) for d in shown] == [
        ("checkin", "Time to pause", time(9, 0))
    ]


def test_nothing_is_shown_when_todays_checkin_is_done():
    clock = FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00", evening="21:00")
    shown = run_minutes(sched, clock, 14 * 60, done=lambda kind, day: kind == rem.CHECKIN)
    assert [d.kind for d in shown] == [rem.EVENING]


def test_across_midnight_each_day_gets_its_reminder_once():
    clock = FakeClock(datetime(2026, 11, 30, 23, 0, tzinfo=BERLIN))
    sched = scheduler(clock, "23:30", "00:15")
    shown = run_minutes(sched, clock, 26 * 60)
    days = [(d.scheduled.date(), d.scheduled.time()) for d in shown]
    assert days == [
        (date(2026, 11, 30), time(23, 30)),
        (date(2026, 12, 1), time(0, 15)),
        (date(2026, 12, 1), time(23, 30)),
        (date(2026, 12, 2), time(0, 15)),
    ]


def test_suspended_laptop_waking_after_the_time_shows_one_reminder_the_same_day():
    clock = FakeClock(datetime(2026, 11, 30, 8, 0, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00", "11:00")
    sched.due()
    clock.set(2026, 11, 30, 12, 5)  # the lid was closed from 8:00 to 12:05
    shown = sched.due()
    assert [d.scheduled.time() for d in shown] == [time(11, 0)]  # one, not two
    assert run_minutes(sched, clock, 60) == []


def test_waking_the_next_morning_does_not_show_yesterdays_evening_review():
    clock = FakeClock(datetime(2026, 11, 30, 20, 0, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00", evening="21:00")
    sched.due()
    clock.set(2026, 12, 1, 8, 0)  # asleep through the evening
    assert sched.due() == []
    assert [d.kind for d in run_minutes(sched, clock, 90)] == [rem.CHECKIN]


def test_spring_forward_a_skipped_time_is_shown_once_after_the_jump():
    clock = FakeClock(datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN))  # 02:00 -> 03:00 that night
    sched = scheduler(clock, "02:30")
    shown = run_minutes(sched, clock, 4 * 60)
    assert len(shown) == 1
    assert shown[0].scheduled.astimezone(BERLIN).time() == time(3, 30)


def test_fall_back_a_repeated_time_is_shown_once():
    clock = FakeClock(datetime(2026, 10, 25, 1, 0, tzinfo=BERLIN))  # 03:00 -> 02:00 that night
    sched = scheduler(clock, "02:30")
    shown = run_minutes(sched, clock, 5 * 60)
    assert len(shown) == 1


def test_a_clock_set_back_repeats_nothing():
    clock = FakeClock(datetime(2026, 11, 30, 8, 55, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00")
    assert len(run_minutes(sched, clock, 10)) == 1
    clock.set(2026, 11, 30, 8, 50)  # set back ten minutes
    assert sched.due() == []
    assert run_minutes(sched, clock, 30) == []


def test_the_app_started_after_the_time_does_not_remind_of_it():
    clock = FakeClock(datetime(2026, 11, 30, 10, 0, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00")
    assert run_minutes(sched, clock, 60) == []


def test_snooze_shows_it_again_later_the_same_day():
    clock = FakeClock(datetime(2026, 11, 30, 8, 59, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00")
    (first,) = run_minutes(sched, clock, 1)
    sched.snooze(first)
    again = run_minutes(sched, clock, 20)
    assert [d.scheduled.time() for d in again] == [time(9, 15)]


def test_snooze_is_dropped_when_the_checkin_is_done_meanwhile():
    clock = FakeClock(datetime(2026, 11, 30, 8, 59, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00")
    (first,) = run_minutes(sched, clock, 1)
    sched.snooze(first)
    assert run_minutes(sched, clock, 30, done=lambda k, d: True) == []


def test_quiet_hours_over_midnight_hold_a_snoozed_reminder_back():
    clock = FakeClock(datetime(2026, 11, 30, 21, 40, tzinfo=BERLIN))
    sched = scheduler(clock, "21:45", quiet_start="22:00", quiet_end="07:00")
    (first,) = run_minutes(sched, clock, 5)
    sched.snooze(first)  # would come back at 22:00, in quiet hours
    assert run_minutes(sched, clock, 60) == []
    assert sched.quiet_now() and rem.in_quiet_hours(time(6, 59), sched.plan.quiet)
    assert not rem.in_quiet_hours(time(7, 0), sched.plan.quiet)


def test_times_that_collide_or_fall_in_quiet_hours_are_named():
    plan = rem.build_plan(
        ["08:00", "08:05", "23:30", "25:00", "soon"], quiet_start="22:00", quiet_end="07:00"
    )
    assert [r.at for r in plan.reminders] == [time(8, 0)]
    text = " ".join(plan.problems)
    assert "08:05 is the same as the one at 08:00" in text
    assert "23:30 falls in your quiet hours" in text
    assert "“25:00” is not a time" in text and "“soon” is not a time" in text


def test_half_given_quiet_hours_are_off_with_a_message():
    plan = rem.build_plan(["08:00"], quiet_start="22:00")
    assert plan.quiet is None and "Quiet hours need a start and an end" in plan.problems[0]


def test_messages_never_carry_the_word_relapse_and_stay_one_short_line():
    assert rem.safe_message("Relapse check!") == "Time for your check-in"
    assert rem.safe_message("") == "Time for your check-in"
    assert rem.safe_message("  Tea\nand a  pause ") == "Tea and a pause"
    assert len(rem.safe_message("x" * 500)) == rem.MAX_MESSAGE
    plan = rem.build_plan(["08:00"], evening="21:00", medication_times=["12:00"], message="relapse?")
    assert all("relapse" not in r.message.casefold() for r in plan.reminders)


def test_appointments_are_announced_an_hour_before_on_their_day_only():
    clock = FakeClock(datetime(2026, 12, 1, 12, 0, tzinfo=BERLIN))
    plan = rem.build_plan(
        [],
        appointments=["2026-12-01 14:30", "2026-12-02 09:00", "2026-11-01 10:00", "next week"],
        today=date(2026, 12, 1),
    )
    assert "“next week” is not a date and time" in plan.problems[0]
    sched = rem.Scheduler(plan, clock=clock, zone=BERLIN)
    shown = run_minutes(sched, clock, 3 * 60)
    assert [(d.kind, d.scheduled.time()) for d in shown] == [(rem.APPOINTMENT, time(13, 30))]


def test_next_time_for_the_timer():
    clock = FakeClock(datetime(2026, 11, 30, 22, 0, tzinfo=BERLIN))
    sched = scheduler(clock, "09:00")
    assert sched.next_time() == datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN)
    assert rem.Scheduler(rem.build_plan([]), clock=clock).next_time() is None
