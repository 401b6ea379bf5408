"""The daily loop from a terminal: `checkin`, `urge`, `today` and `insights`.

Each answers in one line (or JSON), fast enough for a shell prompt: they read
only what they show and skip the whole-file check the `stats` command runs.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core.messages import _, n_, p_
from ..core.models import (
    CRAVING_MAX,
    CRAVING_MIN,
    HALT_LABELS,
    MOOD_MAX,
    MOOD_MIN,
    Entry,
    EntryKind,
    UrgeOutcome,
    halt_label,
)

HALT_NAMES = {label.casefold(): field for field, label in HALT_LABELS.items()}


def _halt_names() -> dict[str, str]:
    """The HALT words the command accepts: English always, and the words of the language in use."""
    return {**HALT_NAMES, **{halt_label(field).casefold(): field for field in HALT_LABELS}}


def _score(low: int, high: int):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _("“{text}” is not a whole number from {low} to {high}").format(text=text, low=low, high=high)
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _("{value} is outside {low} to {high}").format(value=value, low=low, high=high)
            )
        return value

    return parse


def _halt(text: str) -> list[str]:
    fields = []
    names = _halt_names()
    for word in filter(None, (part.strip().casefold() for part in text.split(","))):
        if word not in names:
            raise argparse.ArgumentTypeError(
                _("“{word}” is not one of hungry, angry, lonely, tired").format(word=word)
            )
        fields.append(names[word])
    return fields


def register(sub, common) -> None:
    p = sub.add_parser(
        "checkin", parents=[common], help=_("a quick check-in: mood, craving, HALT and a few words")
    )
    p.add_argument(
        "--mood",
        type=_score(MOOD_MIN, MOOD_MAX),
        required=True,
        metavar=p_("command-line placeholder", "N"),
        help=_("{low} (low) to {high}").format(low=MOOD_MIN, high=MOOD_MAX),
    )
    p.add_argument(
        "--craving",
        type=_score(CRAVING_MIN, CRAVING_MAX),
        default=None,
        metavar=p_("command-line placeholder", "N"),
        help=_("{low} (none) to {high}").format(low=CRAVING_MIN, high=CRAVING_MAX),
    )
    p.add_argument(
        "--halt",
        type=_halt,
        default=[],
        metavar=p_("command-line placeholder", "LIST"),
        help=_("any of hungry,angry,lonely,tired (comma-separated)"),
    )
    p.add_argument("--private", action="store_true", help=_("mark it private"))
    p.add_argument(
        "text", nargs="*", metavar=p_("command-line placeholder", "TEXT"), help=_("a few words (optional)")
    )
    p.set_defaults(handler=cmd_checkin)

    p = sub.add_parser("urge", parents=[common], help=_("log an urge: how strong, what set it off"))
    p.add_argument(
        "--intensity",
        type=_score(CRAVING_MIN, CRAVING_MAX),
        required=True,
        metavar=p_("command-line placeholder", "N"),
        help=_("{low} to {high}").format(low=CRAVING_MIN, high=CRAVING_MAX),
    )
    p.add_argument(
        "--trigger",
        action="append",
        default=[],
        metavar=p_("command-line placeholder", "NAME"),
        help=_("what set it off (repeatable)"),
    )
    p.add_argument(
        "--outcome",
        choices=[o.value for o in UrgeOutcome],
        default=None,
        help=_("how it ended, if it has"),
    )
    p.add_argument(
        "text", nargs="*", metavar=p_("command-line placeholder", "TEXT"), help=_("a few words (optional)")
    )
    p.set_defaults(handler=cmd_urge)

    p = sub.add_parser(
        "today", parents=[common], help=_("days without use, the next milestone, today's check-in")
    )
    p.add_argument("--json", action="store_true", help=_("print JSON"))
    p.set_defaults(handler=cmd_today)

    p = sub.add_parser(
        "insights", parents=[common], help=_("warning signs noticed lately, and days without use")
    )
    p.add_argument("--json", action="store_true", help=_("print JSON"))
    p.set_defaults(handler=cmd_insights)


def _save(ctx, entry: Entry) -> Entry:
    journal = ctx.open_journal(create=True, check=False)
    return journal.save(entry)


def cmd_checkin(args, ctx) -> int:
    entry = Entry(
        EntryKind.CHECK_IN,
        mood=args.mood,
        craving=args.craving,
        body=" ".join(args.text),
        private=args.private,
    )
    for field in args.halt:
        setattr(entry, field, True)
    saved = _save(ctx, entry)
    if saved.craving is None:
        print(_("Check-in saved: mood {mood}.").format(mood=saved.mood))
    else:
        print(
            _("Check-in saved: mood {mood}, craving {craving}.").format(
                mood=saved.mood, craving=saved.craving
            )
        )
    return 0


def cmd_urge(args, ctx) -> int:
    entry = Entry(
        EntryKind.CRAVING,
        craving=args.intensity,
        triggers=[" ".join(t.split()) for t in args.trigger if t.strip()],
        outcome=UrgeOutcome(args.outcome) if args.outcome else None,
        body=" ".join(args.text),
    )
    journal = ctx.open_journal(create=True, check=False)
    saved = journal.save(entry)
    print(_("Urge logged: intensity {n}. Urges rise, peak and pass.").format(n=saved.craving))
    notice = journal.lost_tolerance_notice(saved)
    if notice is not None:  # the same safety facts the app shows after a use following a break
        print(notice.heading)
        for item in (*notice.facts, *notice.advice):
            print(f"- {item.text}")
        numbers = notice.crisis_numbers or tuple(journal.plan.crisis_numbers())  # own, else the country's
        for number in numbers:
            print("  " + _("{label}: {number}").format(label=number.label, number=number.number))
        if not numbers:
            from ..core.crisis import device_crisis

            for note in device_crisis(journal.data_dir).notes:
                print(f"  {note}")
        journal.record_safety_notice(saved.id)
    return 0


def _today_dict(journal) -> dict[str, Any]:
    summary = journal.today(include_private=False)
    data = summary.as_dict()
    data["warning_sign"] = journal.top_warning_sign()
    return data


def cmd_today(args, ctx) -> int:
    journal = ctx.open_journal(check=False)
    data = _today_dict(journal)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    parts = []
    for streak in data["days_without_use"]:
        days, left = streak["days"], streak["days_to_next_milestone"]
        nxt = n_("next: {milestone} in {n} day", "next: {milestone} in {n} days", left).format(
            milestone=streak["next_milestone"], n=left
        )
        parts.append(
            n_("{name}: {n} day without use ({next})", "{name}: {n} days without use ({next})", days).format(
                name=streak["name"], n=days, next=nxt
            )
        )
    if not parts:
        parts.append(_("no recovery start set yet"))
    checkin = data["checkin"]
    parts.append(
        _("checked in at {time} (mood {mood})").format(time=checkin["time"], mood=checkin["mood"])
        if checkin
        else _("no check-in yet today")
    )
    if data["warning_sign"]:
        parts.append(_("sign: {title}").format(title=data["warning_sign"]["title"]))
    print(" · ".join(parts))
    return 0


def cmd_insights(args, ctx) -> int:
    journal = ctx.open_journal(check=False)
    signs = journal.warning_signs()
    streaks = journal.today_streaks()
    if args.json:
        data = {
            "days_without_use": [s.as_dict() for s in streaks],
            "warning_signs": [
                {
                    "key": s.key,
                    "title": s.title,
                    "summary": s.summary,
                    "from": s.window_start.isoformat(),
                    "to": s.window_end.isoformat(),
                }
                for s in signs
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not signs:
        print(_("No warning signs noticed lately."))
    for sign in signs:
        print(_("{title}: {summary}").format(title=sign.title, summary=sign.summary))
    for streak in streaks:
        print(
            n_("{name}: {n} day without use", "{name}: {n} days without use", streak.days).format(
                name=streak.name, n=streak.days
            )
        )
    return 0
