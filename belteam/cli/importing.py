"""``belteam import volunteers|residents FILE``: all rows or none, every problem on stderr."""

from __future__ import annotations

import argparse
import sys

from belteam.core.actors import Actor, require
from belteam.importing import importer


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import volunteers or residents from a spreadsheet (.xlsx or .csv)",
                       description="Import volunteers or residents from an .xlsx or .csv file. "
                                   "Every row is checked first; if any row is wrong nothing is stored.")
    p.add_argument("kind", choices=list(importer.KINDS))
    p.add_argument("file", help="the spreadsheet (.xlsx, or .csv with , or ; between columns)")
    p.add_argument("--update", action="store_true",
                   help="change people whose code already exists (otherwise that is an error)")
    p.add_argument("--dry-run", action="store_true",
                   help="check the file and say what would happen, without storing anything")
    p.set_defaults(func=cmd_import, creates_db=True)


def cmd_import(args: argparse.Namespace, actor: Actor) -> int:
    if args.dry_run:
        require(actor, "people.import")
        checked = importer.preview(args.kind, args.file, update=args.update, keep_cells=False)
        _warn(checked.warnings)
        if checked.problems:
            return _fail(checked.problems)
        print(f"dry run, nothing stored: {checked.summary()}")
        return 0
    try:
        result = importer.import_file(actor, args.kind, args.file, update=args.update)
    except importer.ImportProblems as exc:
        return _fail(exc.problems)
    _warn(result.warnings)
    print(f"imported {result.summary()}")
    return 0


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _fail(problems: list[importer.Problem]) -> int:
    for line in importer.problem_lines(problems):
        print(line, file=sys.stderr)
    count = len(problems)
    print(f"nothing was imported: {count} problem{'s' if count != 1 else ''}; fix the file "
          "and import it again", file=sys.stderr)
    return 1
