"""``belteam match``, ``pair``, ``unpair`` and ``volunteer stop``: the coordinator's desk."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from pathlib import Path

from belteam.cli.common import CommandError, iso_date, print_json
from belteam.core.actors import Actor
from belteam.core.clock import clock
from belteam.matching import batch, leaving, lists, suggest
from belteam.matching.lists_rows import ResidentFilter, resident_lines
from belteam.pairings import service as pairing_service
from belteam.people.service import resident_by_code, volunteer_by_code
from belteam.privacy import tables


def _hhmm(text: str) -> time:
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time; write HH:MM") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of 1 or more")
    return int(text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help="suggest volunteers for waiting residents, with reasons")
    p.add_argument("--resident", help="only this resident (code)")
    p.add_argument("--limit", type=_positive, help="at most N suggestions per resident")
    p.add_argument("--batch", action="store_true",
                   help="the optimal proposal for the whole waiting list")
    p.add_argument("--apply", action="store_true", help="with --batch: make the pairings")
    p.add_argument("--json", action="store_true", help="as JSON (the default)")
    p.set_defaults(func=cmd_match)

    p = sub.add_parser("pair", help="pair a resident with a volunteer at a call plan")
    p.add_argument("resident", help="resident code")
    p.add_argument("volunteer", help="volunteer code")
    p.add_argument("--plan", required=True, help="e.g. weekly:tue, biweekly:fri, weekdays")
    p.add_argument("--start", type=iso_date, help="first day (default: today), YYYY-MM-DD")
    p.add_argument("--time", type=_hhmm, help="agreed call time, HH:MM")
    p.add_argument("--force", action="store_true", help="pair even though the volunteer is full")
    p.set_defaults(func=cmd_pair)

    p = sub.add_parser("unpair", help="end a resident's pairing (its history stays)")
    p.add_argument("resident", help="resident code")
    p.add_argument("--on", type=iso_date, help="last day of the pairing (default: today)")
    p.add_argument("--reason", default="", help="why it ends")
    p.set_defaults(func=cmd_unpair)

    p = sub.add_parser("volunteer", help="a volunteer who stops")
    vsub = p.add_subparsers(dest="volunteer_command", metavar="ACTION", required=True)
    v = vsub.add_parser("stop", help="end all their pairings; their residents wait first")
    v.add_argument("code", help="volunteer code")
    v.add_argument("--on", type=iso_date, help="last day they call (default: today)")
    v.set_defaults(func=cmd_volunteer_stop)

    p = sub.add_parser("desk", help="lists that answer questions: who waits, who is not "
                                    "reached, which callers are quiet")
    dsub = p.add_subparsers(dest="desk_command", metavar="LIST", required=True)
    d = dsub.add_parser("residents", help="residents with last contact, next call, volunteer")
    d.add_argument("--status", choices=("waiting", "active", "paused", "stopped"))
    d.add_argument("--area")
    d.add_argument("--volunteer", help="volunteer code")
    d.add_argument("--open-case", action="store_true", help="only with an open follow-up case")
    d.add_argument("--not-reached", type=_positive, metavar="DAYS",
                   help="only those not reached for this many days")
    d.add_argument("--json", action="store_true", help="as JSON (the default)")
    d.add_argument("--out", type=Path, help="write the rows to a .csv, .xlsx or .pdf file instead")
    d.set_defaults(func=cmd_desk_residents)
    d = dsub.add_parser("volunteers", help="volunteers with load, free places, last call logged")
    d.add_argument("--quiet", action="store_true",
                   help="only those who logged nothing while calls were due to them")
    d.add_argument("--json", action="store_true", help="as JSON (the default)")
    d.add_argument("--out", type=Path, help="write the rows to a .csv, .xlsx or .pdf file instead")
    d.set_defaults(func=cmd_desk_volunteers)


def cmd_match(args: argparse.Namespace, actor: Actor) -> int:
    if args.apply and not args.batch:
        raise CommandError("--apply goes with --batch: belteam match --batch --apply")
    if args.batch and (args.resident or args.limit):
        raise CommandError("--batch proposes for the whole waiting list; leave out "
                           "--resident and --limit")
    if args.batch:
        proposal = batch.propose(actor)
        print_json({"made": batch.apply(actor, proposal)} if args.apply else proposal.to_json())
        return 0
    if args.resident:
        resident = resident_by_code(actor, args.resident)
        results = [suggest.for_resident(actor, resident.id)]
    else:
        results = suggest.for_waiting(actor)
    print_json([r.to_json(args.limit) for r in results])
    return 0


def cmd_pair(args: argparse.Namespace, actor: Actor) -> int:
    resident = resident_by_code(actor, args.resident)
    volunteer = volunteer_by_code(actor, args.volunteer)
    pairing = pairing_service.pair(actor, resident, volunteer, args.plan, start=args.start,
                                   preferred_time=args.time, force=args.force)
    print_json({"resident": resident.code, "volunteer": volunteer.code, "plan": pairing.rrule,
                "start_date": pairing.start_date,
                "preferred_time": args.time.strftime("%H:%M") if args.time else None})
    return 0


def cmd_unpair(args: argparse.Namespace, actor: Actor) -> int:
    resident = resident_by_code(actor, args.resident)
    day: date = args.on or clock.today()
    pairing = pairing_service.current_pairing(resident, day)
    if pairing is None:
        raise CommandError(f"{resident.code} has no pairing running on {day.isoformat()}")
    pairing_service.end_pairing(actor, pairing, day, args.reason)
    print_json({"resident": resident.code, "volunteer": pairing.volunteer.code,
                "end_date": pairing.end_date})
    return 0


def cmd_volunteer_stop(args: argparse.Namespace, actor: Actor) -> int:
    volunteer = volunteer_by_code(actor, args.code)
    day: date = args.on or clock.today()
    moved = leaving.stop_volunteer(actor, volunteer, day)
    print_json({"volunteer": volunteer.code, "last_day": day, "waiting_first": moved})
    return 0


def cmd_desk_residents(args: argparse.Namespace, actor: Actor) -> int:
    chosen = ResidentFilter(status=args.status or "", area=args.area or "",
                            volunteer=args.volunteer or "", open_case=args.open_case,
                            not_reached_days=args.not_reached or 0)
    rows = resident_lines(actor, chosen)
    return _show(args, actor, [row.to_json() for row in rows], "residents")


def _show(args: argparse.Namespace, actor: Actor, rows: list[dict], what: str) -> int:
    """Print the rows as JSON, or write them to --out (audited, formula-safe)."""
    if args.out is None:
        print_json(rows)
        return 0
    headers = list(rows[0]) if rows else []
    try:
        count = tables.write_table(actor, args.out, headers, [list(r.values()) for r in rows],
                                   f"desk:{what}")
    except (ValueError, OSError) as exc:
        raise CommandError(str(exc)) from None
    print(f"wrote {count} {what} to {args.out}")
    return 0


def cmd_desk_volunteers(args: argparse.Namespace, actor: Actor) -> int:
    rows = [row for row in lists.volunteer_lines(actor) if row.quiet or not args.quiet]
    return _show(args, actor, [row.to_json() for row in rows], "volunteers")
