"""When to remind: daily check-in times, an evening review, medication and appointments.

Pure timing, no Qt and no journal text. The tray asks :meth:`Scheduler.due`
every minute (and on waking) with whatever the clock says; the scheduler
answers with the reminders whose time has come since it last asked, each
at most once per day, never during quiet hours, and never a check-in
reminder when today's check-in is already done.

- **Midnight**: each reminder belongs to a local day; a day's reminder is
  not shown the next day (a laptop woken at 01:00 does not show yesterday's
  21:00 evening review).
- **DST**: times are wall times in the local zone; a time skipped by the
  clock going forward is shown once, just after the jump; a time repeated by
  the clock going back is shown once.
- **Suspended laptop**: on waking after a reminder's time (the same day) it is
  shown once; several missed times of one kind become one reminder.
- **A clock set back**: what was shown today is remembered, so nothing repeats.

A reminder's words are only what the person chose (``message``); they never
contain journal text, and the word "relapse" is never used (:func:`safe_message`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from .messages import _

CHECKIN = "checkin"
EVENING = "evening"
MEDICATION = "medication"
APPOINTMENT = "appointment"
SNOOZED = "snoozed"

DEFAULT_MESSAGES = {  # English; default_message() gives them in the language in use
    CHECKIN: "Time for your check-in",
    EVENING: "Time for your evening review",
    MEDICATION: "A reminder you set for this time",
    APPOINTMENT: "An appointment you noted is coming up",
}


def default_message(kind: str) -> str:
    """A notification's own words for ``kind``, in the language in use (never journal text)."""
    words = {
        CHECKIN: _("Time for your check-in"),
        EVENING: _("Time for your evening review"),
        MEDICATION: _("A reminder you set for this time"),
        APPOINTMENT: _("An appointment you noted is coming up"),
    }
    return words[kind]


COLLISION_MINUTES = 10  # two reminders closer than this are one
APPOINTMENT_LEAD = timedelta(hours=1)  # an appointment is announced this long before
FORBIDDEN_WORDS = ("relapse", "recaída", "recaida")  # never in a notification, in any language
MAX_MESSAGE = 80

_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Local wall time with the system's zone (the app's clock; tests pass their own)."""
    return datetime.now().astimezone()


@dataclasses.dataclass(frozen=True, slots=True)
class Reminder:
    kind: str
    at: time
    message: str
    on: date | None = None  # a one-off (appointment) on this day; None repeats daily


@dataclasses.dataclass(frozen=True, slots=True)
class Due:
    kind: str
    message: str
    scheduled: datetime


def parse_time(text: str) -> time | None:
    """``"7:30"``, ``"07.30"`` or ``"19:05"`` as a time; None when it is not one."""
    match = _TIME.match(str(text))
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def safe_message(text: str, kind: str = CHECKIN) -> str:
    """The person's own wording, cut to one short line; the default when it is empty or uses a
    word a notification must never show."""
    line = " ".join(str(text or "").split())[:MAX_MESSAGE]
    if not line or any(word in line.casefold() for word in FORBIDDEN_WORDS):
        return default_message(kind)
    return line


def _minutes(at: time) -> int:
    return at.hour * 60 + at.minute


def in_quiet_hours(at: time, quiet: tuple[time, time] | None) -> bool:
    """Whether ``at`` falls in quiet hours (which may run past midnight: 22:00–07:00)."""
    if quiet is None or quiet[0] == quiet[1]:
        return False
    start, end = _minutes(quiet[0]), _minutes(quiet[1])
    value = _minutes(at)
    return start <= value < end if start < end else value >= start or value < end


@dataclasses.dataclass(slots=True)
class ReminderPlan:
    reminders: list[Reminder]
    quiet: tuple[time, time] | None
    problems: list[str]  # what was changed or left out, in plain words


def build_plan(
    checkin_times: Iterable[str] = (),
    *,
    evening: str = "",
    medication_times: Iterable[str] = (),
    appointments: Iterable[str] = (),
    quiet_start: str = "",
    quiet_end: str = "",
    message: str = "",
    today: date | None = None,
) -> ReminderPlan:
    """The reminders from the settings' words, with a sentence for each time that could not be
    used as given: not a time, the same as (or within minutes of) another, or in quiet hours."""
    problems: list[str] = []
    quiet: tuple[time, time] | None = None
    if quiet_start or quiet_end:
        qs, qe = parse_time(quiet_start), parse_time(quiet_end)
        if qs is None or qe is None:
            problems.append(
                _("Quiet hours need a start and an end like 22:00 and 07:00; they are off for now.")
            )
        elif qs != qe:
            quiet = (qs, qe)
    reminders: list[Reminder] = []

    def add(kind: str, text: str, words: str) -> None:
        at = parse_time(text)
        if at is None:
            problems.append(
                _("“{text}” is not a time like 08:30; that {what} was left out.").format(
                    text=text, what=words
                )
            )
            return
        if in_quiet_hours(at, quiet):
            problems.append(
                _(
                    "The {what} at {time} falls in your quiet hours, so it would never be shown; "
                    "move it or change the quiet hours."
                ).format(what=words, time=f"{at:%H:%M}")
            )
            return
        for other in reminders:
            if other.kind == kind and abs(_minutes(other.at) - _minutes(at)) < COLLISION_MINUTES:
                problems.append(
                    _("The {what} at {time} is the same as the one at {other}; one is kept.").format(
                        what=words, time=f"{at:%H:%M}", other=f"{other.at:%H:%M}"
                    )
                )
                return
        reminders.append(Reminder(kind, at, safe_message(message if kind == CHECKIN else "", kind)))

    for text in checkin_times:
        add(CHECKIN, text, _("check-in reminder"))
    if str(evening).strip():
        add(EVENING, evening, _("evening review"))
    for text in medication_times:
        add(MEDICATION, text, _("medication reminder"))
    today = today or date.today()
    for text in appointments:
        try:
            when = datetime.fromisoformat(str(text).strip())
        except ValueError:
            problems.append(
                _("“{text}” is not a date and time like 2026-12-01 14:30; it was left out.").format(text=text)
            )
            continue
        if when.date() < today:
            continue  # past appointments are simply done
        ahead = when - APPOINTMENT_LEAD
        reminders.append(
            Reminder(APPOINTMENT, ahead.time().replace(second=0), default_message(APPOINTMENT), ahead.date())
        )
    reminders.sort(key=lambda r: (r.on or date.min, r.at))
    return ReminderPlan(reminders, quiet, problems)


def wall_time(day: date, at: time, zone: tzinfo | None) -> datetime:
    """``at`` on ``day`` as an aware moment in ``zone`` (None: the system's local rules).

    A wall time the clock skips (spring forward) lands just after the jump; one it
    repeats (fall back) is its first occurrence."""
    naive = datetime.combine(day, at)
    if zone is None:
        return naive.astimezone()
    moment = naive.replace(tzinfo=zone, fold=0)
    # zoneinfo maps a skipped time with the offset from before the jump, which is the moment
    # just after it in real time; normalising through UTC shows that wall time
    return moment.astimezone(UTC).astimezone(zone)


class Scheduler:
    """Which reminders are due, given a clock that may jump, sleep or go back."""

    def __init__(
        self,
        plan: ReminderPlan,
        *,
        clock: Clock = system_clock,
        zone: tzinfo | None = None,
        snooze_minutes: int = 15,
    ):
        self.plan = plan
        self.clock = clock
        self.zone = zone
        self.snooze_minutes = max(1, int(snooze_minutes))
        self.last_asked = clock()
        self.shown: set[tuple[str, date, time]] = set()
        self.snoozed: list[Due] = []

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone) if self.zone is not None else moment.astimezone()

    def due(self, done_today: Callable[[str, date], bool] = lambda kind, day: False) -> list[Due]:
        """The reminders whose time came since the last call (each once), in time order.

        ``done_today(kind, day)``: whether the thing reminded of is already done
        (today's check-in saved), so its reminder is skipped."""
        now = self._local(self.clock())
        last = self._local(self.last_asked)
        self.last_asked = now
        if now <= last:  # the clock went back or stood still: nothing new came due
            return []
        today = now.date()
        latest: dict[str, Due] = {}
        for reminder in self.plan.reminders:
            if reminder.on is not None and reminder.on != today:
                continue
            scheduled = wall_time(today, reminder.at, self.zone)
            key = (reminder.kind, today, reminder.at)
            if key in self.shown or scheduled > now:
                continue
            self.shown.add(key)
            if scheduled <= last:
                continue  # its time had passed before we were asked (the app started after it)
            if done_today(reminder.kind, today) or self.quiet_now(now):
                continue
            latest[reminder.kind] = Due(reminder.kind, reminder.message, scheduled)  # missed ones merge
        for snoozed in list(self.snoozed):
            if snoozed.scheduled <= now:
                self.snoozed.remove(snoozed)
                fits = snoozed.scheduled.date() == today and not self.quiet_now(now)
                if fits and not done_today(snoozed.kind, today):
                    latest.setdefault(snoozed.kind, snoozed)
        return sorted(latest.values(), key=lambda d: d.scheduled)

    def carry_over(self, older: Scheduler) -> Scheduler:
        """Keep what ``older`` already showed and snoozed (the settings changed, not the day)."""
        self.shown |= older.shown
        self.snoozed.extend(older.snoozed)
        self.last_asked = older.last_asked
        return self

    def quiet_now(self, now: datetime | None = None) -> bool:
        moment = self._local(now or self.clock())
        return in_quiet_hours(moment.time(), self.plan.quiet)

    def snooze(self, due: Due) -> datetime:
        """Show ``due`` again in ``snooze_minutes`` (the same day only)."""
        when = self._local(self.clock()) + timedelta(minutes=self.snooze_minutes)
        self.snoozed.append(Due(due.kind, due.message, when))
        return when

    def next_time(self) -> datetime | None:
        """The next moment a reminder could come due (for a timer), or None when none is set."""
        now = self._local(self.clock())
        moments = [s.scheduled for s in self.snoozed]
        for offset in (0, 1):
            day = now.date() + timedelta(days=offset)
            for reminder in self.plan.reminders:
                if reminder.on is not None and reminder.on != day:
                    continue
                scheduled = wall_time(day, reminder.at, self.zone)
                if scheduled > now:
                    moments.append(scheduled)
        return min(moments, default=None)
