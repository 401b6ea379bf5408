"""`import` and `export`: moving entries in from other apps and out to the people a person chooses."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..core import paths
from ..core.errors import JournalError
from ..core.journal import Journal
from ..core.messages import _, format_number, n_, p_
from ..core.transfer import exporting, formats, sealed
from ..core.transfer.daylio import parse_mood_map
from ..core.transfer.options import ExportOptions, parse_fields, parse_kinds
from ..core.transfer.source import ImportOptions

EXPORT_FORMATS = (*exporting.FORMATS, "pdf")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a date like 2025-06-01").format(text=text)
        ) from None


def _zone(text: str):
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a time zone like Europe/Berlin").format(text=text)
        ) from None


def _arg(parse):
    """An argparse type from a parser that raises JournalError (shown as a usage error, exit 1)."""

    def convert(text: str):
        try:
            return parse(text)
        except JournalError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def register(sub, common) -> None:
    p = sub.add_parser(
        "import",
        parents=[common],
        help=_("bring entries in from an export or backup (this app, Daylio, jrnl or Day One)"),
    )
    p.add_argument(
        "file", type=Path, metavar=p_("command-line placeholder", "FILE"), help=_("the exported file")
    )
    p.add_argument(
        "--format",
        choices=formats.format_names(),
        default=formats.AUTO,
        help=_("what kind of file it is (default: tell from its contents)"),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=_("only say what would be added or updated; change nothing")
    )
    p.add_argument(
        "--keep-mine",
        action="store_true",
        help=_("entries imported before that differ from the file keep the journal's version"),
    )
    p.add_argument(
        "--mood-map",
        metavar=p_("command-line placeholder", "LABEL=N,..."),
        type=_arg(parse_mood_map),
        default={},
        help=_(
            "what Daylio mood labels mean from 1 (worst) to 10 (best), e.g. 'great=8,so so=4' "
            "(quote a label with a comma: '\"so, so\"=4')"
        ),
    )
    p.add_argument(
        "--timezone",
        type=_zone,
        default=None,
        metavar=p_("command-line placeholder", "ZONE"),
        help=_("the time zone of times written without one (Daylio, jrnl); default: this computer's"),
    )
    p.add_argument("--json", action="store_true", help=_("print what was (or would be) added as JSON"))
    p.set_defaults(handler=cmd_import)

    file = p_("command-line placeholder", "FILE")
    p = sub.add_parser(
        "export", parents=[common], help=_("write chosen entries to a JSON, CSV, Markdown or PDF file")
    )
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True, help=_("the kind of file to write"))
    p.add_argument("--out", type=Path, required=True, metavar=file, help=_("where to write it"))
    p.add_argument(
        "--from",
        dest="date_from",
        type=_day,
        metavar=p_("command-line placeholder", "YYYY-MM-DD"),
        help=_("first day (inclusive)"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_day,
        metavar=p_("command-line placeholder", "YYYY-MM-DD"),
        help=_("last day (inclusive)"),
    )
    p.add_argument("--include-private", action="store_true", help=_("include entries marked private"))
    p.add_argument(
        "--kinds",
        type=_arg(parse_kinds),
        default=frozenset(),
        metavar=p_("command-line placeholder", "LIST"),
        help=_("only these kinds, e.g. check_in,craving (default: all)"),
    )
    p.add_argument(
        "--tag",
        default=None,
        metavar=p_("command-line placeholder", "NAME"),
        help=_("only entries with this tag"),
    )
    p.add_argument(
        "--fields",
        type=_arg(parse_fields),
        default=None,
        metavar=p_("command-line placeholder", "LIST"),
        help=_("only these fields or groups, e.g. measures,triggers (default: all)"),
    )
    p.add_argument(
        "--no-text",
        action="store_true",
        help=_("leave out titles and written words (notes, situations, thoughts)"),
    )
    p.add_argument("--bom", action="store_true", help=_("start a CSV with a byte-order mark (for Excel)"))
    p.add_argument("--encrypt", action="store_true", help=_("protect the file with a passphrase"))
    p.add_argument(
        "--overwrite", action="store_true", help=_("replace {file} if it exists").format(file=file)
    )
    p.add_argument("--json", action="store_true", help=_("print what was written as JSON"))
    p.set_defaults(handler=cmd_export)


class StderrProgress:
    """Progress for long work on standard error: a live percentage on a terminal, a few lines otherwise."""

    def __init__(self, label: str, stream=None, *, min_total: int = 20_000):
        self.label, self.stream, self.min_total = label, stream or sys.stderr, min_total
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if total < self.min_total and not self.stream.isatty():
            return
        percent = 100 * done // max(total, 1)
        step = percent if self.stream.isatty() else percent - percent % 25
        if step != self.shown:
            self.shown = step
            end = "\r" if self.stream.isatty() and percent < 100 else "\n"
            print(
                _("{label}: {percent}%").format(label=self.label, percent=step),
                end=end,
                file=self.stream,
                flush=True,
            )


def _journal_for_import(args, ctx):
    """The journal to import into. A folder with no journal yet is compared with an empty one in
    memory first: a file that is refused creates no journal."""
    if not paths.journal_file(ctx.data_dir_path()).exists():
        return Journal.in_memory()
    return ctx.open_journal(create=True)


def cmd_import(args, ctx) -> int:
    journal = _journal_for_import(args, ctx)
    options = ImportOptions(
        format=args.format, mood_map=args.mood_map, zone=args.timezone, keep_mine=args.keep_mine
    )
    try:
        plan = journal.transfer.prepare_import(args.file, options)
    except sealed.PassphraseNeededError:
        options = dataclasses.replace(
            options,
            passphrase=ctx.secrets.ask(
                _("Passphrase of the export: "), what=_("the passphrase of the export")
            ),
        )
        plan = journal.transfer.prepare_import(args.file, options)
    added = 0
    if not args.dry_run and (plan.items or plan.to_update):
        if journal.data_dir is None:  # the file checked out: now the new journal is started
            journal.close()
            journal = ctx.open_journal(create=True)
        added = journal.transfer.apply_import(plan, progress=StderrProgress(_("Importing")))
    if args.json:
        summary = {**plan.summary(), "dry_run": args.dry_run, "added": added, "updated": plan.updated}
        print(json.dumps(summary, indent=2))
    elif args.dry_run:
        print(_("Dry run: {summary} Nothing was changed.").format(summary=plan.describe()))
    elif plan.items or plan.updated:
        added_text = n_("Added {n} entry", "Added {n} entries", added).format(n=format_number(added, 0))
        updated_text = n_("updated {n} entry", "updated {n} entries", plan.updated).format(
            n=format_number(plan.updated, 0)
        )
        if plan.updated and (added or not plan.updated):
            done = _("{added} and {updated}").format(added=added_text, updated=updated_text)
        elif plan.updated:
            done = n_("Updated {n} entry", "Updated {n} entries", plan.updated).format(
                n=format_number(plan.updated, 0)
            )
        else:
            done = added_text
        print(
            _("{done} from {source} ({format}){span}.{notes}").format(
                done=done,
                source=plan.source,
                format=plan.format_label,
                span=plan.span(),
                notes=plan.notes_text(applied=True),
            )
        )
    else:
        print(_("Nothing to add. {summary}").format(summary=plan.describe()))
    return 0


def _options(args) -> ExportOptions:
    return ExportOptions(
        date_from=args.date_from,
        date_to=args.date_to,
        kinds=args.kinds,
        include_private=args.include_private,
        include_text=not args.no_text,
        fields=args.fields,
        tag=args.tag,
    )


def cmd_export(args, ctx) -> int:
    options = _options(args)
    journal = ctx.open_journal()
    if args.encrypt and args.format not in ("json", "csv"):
        raise JournalError(_("Only JSON and CSV exports can be encrypted (the app can import those back)."))
    if args.bom and args.format != "csv":
        raise JournalError(_("--bom is only for CSV files."))
    passphrase = (
        ctx.secrets.ask(
            _("Passphrase for the export: "), confirm=True, what=_("the passphrase for the export")
        )
        if args.encrypt
        else None
    )
    progress = StderrProgress(_("Exporting"))
    if args.format == "pdf":
        from ..report import pdf

        pdf.ensure_gui_application()
        count = journal.transfer.write_report(
            pdf.write_report, args.out, options, progress=progress, overwrite=args.overwrite
        )
    else:
        count = journal.transfer.export(
            args.out,
            args.format,
            options,
            progress=progress,
            passphrase=passphrase,
            bom=args.bom,
            overwrite=args.overwrite,
        )
    if args.json:
        print(
            json.dumps(
                {
                    "file": str(args.out),
                    "format": args.format,
                    "entries": count,
                    "encrypted": passphrase is not None,
                    "selection": options.as_dict(),
                },
                indent=2,
            )
        )
    else:
        exported = n_("Exported {n} entry to {file}.", "Exported {n} entries to {file}.", count)
        private = "" if options.include_private else " " + _("Private entries were left out.")
        print(exported.format(n=format_number(count, 0), file=args.out) + private)
    return 0
