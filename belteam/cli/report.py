"""``belteam report``: the overview of a period (counts only) as text, JSON, PDF, XLSX or CSV."""

from __future__ import annotations

import argparse
from datetime import timedelta

from belteam.cli.common import CommandError, iso_date
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.reports import exports, periods
from belteam.reports import labels as words
from belteam.reports.overview import overview
from belteam.reports.tables import tables


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="the overview of a period (default: last week), counts only")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--week", metavar="YYYY-Www", help="an ISO week, e.g. 2026-W48")
    when.add_argument("--month", metavar="YYYY-MM", help="a calendar month, e.g. 2026-11")
    when.add_argument("--from", dest="frm", type=iso_date, metavar="D", help="first day (with --to)")
    p.add_argument("--to", type=iso_date, metavar="D", help="last day (with --from)")
    p.add_argument("--by", choices=["area"], help="also per area")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--pdf", metavar="FILE", help="write a PDF report")
    out.add_argument("--xlsx", metavar="FILE", help="write an XLSX workbook with charts")
    out.add_argument("--csv", metavar="DIR", help="write one CSV file per table into DIR")
    p.add_argument("--lang", choices=words.LANGS, default="nl", help="language of the export")
    p.set_defaults(func=cmd_report)


def period_of(args: argparse.Namespace) -> periods.Period:
    """The period the arguments ask for; last complete week when none."""
    if (args.frm is None) != (args.to is None):
        raise CommandError("--from and --to go together: give both dates")
    if args.week:
        return periods.parse_week(args.week)
    if args.month:
        return periods.parse_month(args.month)
    if args.frm:
        return periods.dates(args.frm, args.to)
    return periods.week_of(clock.today() - timedelta(days=7))


def cmd_report(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "reports.read")
    view = overview(actor, period_of(args), by_area=args.by == "area")
    if args.json:
        print(exports.export(actor, view, "json"))
        return 0
    for fmt, target in (("pdf", args.pdf), ("xlsx", args.xlsx), ("csv", args.csv)):
        if target:
            try:
                written = exports.export(actor, view, fmt, target, args.lang)
            except OSError as exc:
                raise CommandError(f"could not write {target}: {exc.strerror or exc}") from None
            print(f"Wrote {written}")
            return 0
    for table in tables(view, args.lang):
        print(f"\n{table.title}")
        for row in [table.header, *table.rows]:
            print("  " + " | ".join(str(cell) for cell in row))
    return 0
