"""``belteam list`` for scripts."""

from __future__ import annotations

import argparse

from belteam.cli.common import print_json
from belteam.core.actors import Actor
from belteam.pairings import service as pairing_service
from belteam.people.export_rows import export_residents, export_volunteers, pairing_row


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="print volunteers, residents or pairings")
    p.add_argument("kind", choices=["volunteers", "residents", "pairings"])
    p.add_argument("--json", action="store_true", help="as JSON (the default)")
    p.add_argument("--archived", action="store_true", help="include archived people and ended pairings")
    p.set_defaults(func=cmd_list)


def cmd_list(args: argparse.Namespace, actor: Actor) -> int:
    if args.kind == "volunteers":
        rows = export_volunteers(actor, args.archived)
    elif args.kind == "residents":
        rows = export_residents(actor, args.archived)
    else:
        rows = [pairing_row(p) for p in pairing_service.pairings(actor, args.archived)]
    print_json(rows)
    return 0
