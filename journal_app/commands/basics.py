"""`search`, `stats` and `demo`."""

from __future__ import annotations

import argparse
import json
import sys

from ..core import paths
from ..core.errors import JournalError
from ..core.messages import _, n_, p_
from ..core.models import EntryKind, kind_label


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{text}” is not a whole number").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("must be 1 or more"))
    return value


def register(sub, common) -> None:
    p = sub.add_parser("search", parents=[common], help=_("find entries by words in their title or text"))
    p.add_argument(
        "query",
        metavar=p_("command-line placeholder", "QUERY"),
        help=_("words to find; each matches as a prefix (crav finds craving)"),
    )
    p.add_argument(
        "--limit",
        type=_positive,
        default=20,
        metavar=p_("command-line placeholder", "N"),
        help=_("how many of the newest matches (default 20)"),
    )
    p.add_argument("--json", action="store_true", help=_("print JSON instead of lines"))
    p.add_argument("--include-private", action="store_true", help=_("include entries marked private"))
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("stats", parents=[common], help=_("counts of entries by kind and the dates they span"))
    p.add_argument("--json", action="store_true", help=_("print JSON"))
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser(
        "demo", parents=[common], help=_("write a realistic synthetic journal into an empty data folder")
    )
    p.add_argument(
        "--days",
        type=_positive,
        default=120,
        metavar=p_("command-line placeholder", "N"),
        help=_("how many days it spans (default 120)"),
    )
    p.add_argument(
        "--entries",
        type=_positive,
        default=None,
        metavar=p_("command-line placeholder", "N"),
        help=_("spread about this many entries over the days (for benchmarks)"),
    )
    p.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_demo)


def cmd_search(args, ctx) -> int:
    journal = ctx.open_journal(check=False)
    rows = journal.search(args.query, limit=args.limit, include_private=args.include_private)
    if args.json:
        json.dump([row.as_dict() for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not rows:
        print(_("No entries match."), file=sys.stderr)
    for row in rows:
        print(f"{row.occurred_at[:16].replace('T', ' ')}  {row.kind.label:<10}  {row.summary}")
    return 0


def cmd_stats(args, ctx) -> int:
    stats = ctx.open_journal().stats()
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    print(_("Entries: {n}").format(n=stats["entries"]))
    for kind, count in stats["by_kind"].items():
        label = kind_label(EntryKind(kind)) if kind in EntryKind.__members__.values() else kind
        print("  " + _("{label}: {n}").format(label=label, n=count))
    if stats["first_date"]:
        print(
            n_(
                "From {first} to {last} ({n} day with entries)",
                "From {first} to {last} ({n} days with entries)",
                stats["days_with_entries"],
            ).format(first=stats["first_date"], last=stats["last_date"], n=stats["days_with_entries"])
        )
    print(_("Private entries: {n}").format(n=stats["private_entries"]))
    return 0


def cmd_demo(args, ctx) -> int:
    data_dir = ctx.data_dir_path()
    journal_file = paths.journal_file(data_dir)
    if journal_file.exists():
        journal = ctx.open_journal()
        if journal.count():
            raise JournalError(
                _(
                    "{folder} already holds a journal with entries; the demo only writes into an "
                    "empty folder. Pick another with --data-dir."
                ).format(folder=data_dir)
            )
    journal = ctx.open_journal(create=True)
    count = journal.add_demo(args.days, entries=args.entries, seed=args.seed)
    entries = n_("{n} entry", "{n} entries", count).format(n=count)
    days = n_("{n} day", "{n} days", args.days).format(n=args.days)
    print(
        _("Wrote a demo journal of {entries} over {days} into {folder}.").format(
            entries=entries, days=days, folder=data_dir
        )
    )
    return 0
