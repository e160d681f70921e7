"""``belteam outreach``: the follow-up queue, the evaluation, taking and closing cases."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from belteam.cli.common import CommandError, print_json
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.outreach import cases as outreach
from belteam.outreach.queue import CaseRow
from belteam.people.service import resident_by_code
from belteam.storage.models import OutreachCase


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("outreach", help="residents not reached: the staff's follow-up queue")
    p.add_argument("--all", action="store_true", help="closed cases too")
    p.add_argument("--json", action="store_true", help="print JSON (default: a readable table)")
    p.add_argument("--area", help="only residents in this area")
    p.add_argument("--reason", choices=outreach.REASONS, help="only cases with this reason")
    p.set_defaults(func=cmd_queue)
    cmds = p.add_subparsers(dest="outreach_command", metavar="ACTION")

    ev = cmds.add_parser("evaluate", help="run the flag rules now (as the scheduled job does)")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_evaluate)

    take = cmds.add_parser("take", help="take a resident's open case (so nobody else goes)")
    take.add_argument("resident", help="resident code")
    take.add_argument("--force", action="store_true", help="take it over from someone else")
    take.set_defaults(func=cmd_take)

    act = cmds.add_parser("act", help="record what was done on a resident's open case")
    act.add_argument("resident", help="resident code")
    act.add_argument("--kind", required=True, choices=outreach.ACTIONS)
    act.add_argument("--text", default="")
    act.set_defaults(func=cmd_act)

    close = cmds.add_parser("close", help="close a resident's open case with its outcome")
    close.add_argument("resident", help="resident code")
    close.add_argument("--outcome", required=True, choices=outreach.OUTCOMES,
                       help="reached resets the counters; hospital pauses the resident; "
                            "deceased or stopped ends the pairing")
    close.add_argument("--note", default="")
    close.set_defaults(func=cmd_close)


def case_dict(row: CaseRow) -> dict[str, Any]:
    data: dict[str, Any] = {
        "case": row.case_id, "resident": row.resident_code, "name": row.resident_name,
        "area": row.area, "opened": row.opened_at.date().isoformat(),
        "reasons": list(row.reasons), "why": list(row.why), "status": row.status,
        "taken_by": row.taken_by or None, "lives_alone": row.lives_alone,
        "last_contact": row.last_contact.isoformat() if row.last_contact else None,
        "days_since_contact": row.days_since_contact,
    }
    if row.status == "closed":
        data["outcome"] = row.outcome
        data["closed"] = row.closed_at.date().isoformat() if row.closed_at else None
    return data


def _table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("No outreach cases.")
        return
    for r in rows:
        days = "never reached" if r["days_since_contact"] is None else \
            f"{r['days_since_contact']} days since contact"
        status = r["status"] + (f" by {r['taken_by']}" if r["taken_by"] else "")
        status += f" ({r['outcome']})" if r.get("outcome") else ""
        print(f"{r['resident']:<10} {r['name']:<28} {r['opened']}  {status:<22} {days}")
        print(f"{'':<10} {', '.join(r['reasons'])}")


def cmd_queue(args: argparse.Namespace, actor: Actor) -> int:
    rows = [case_dict(r) for r in outreach.current_queue(actor, args.area, args.reason, args.all)]
    checked = outreach.last_evaluated()
    when = f"Rules last checked {checked:%Y-%m-%d %H:%M}." if checked else "Rules never checked."
    if args.json:
        print_json(rows)
        print(when, file=sys.stderr)  # stdout stays pure JSON
    else:
        print(when)
        _table(rows)
    return 0


def cmd_evaluate(args: argparse.Namespace, actor: Actor) -> int:
    start = clock.now()
    cases = outreach.evaluate(actor)
    opened = {c.id for c in cases if c.opened_at >= start}
    rows = [dict(case_dict(outreach.case_row(actor, c.id)), new=c.id in opened) for c in cases]
    if args.json:
        print_json(rows)
    else:
        print(f"{len(opened)} new case(s), {len(cases) - len(opened)} extended.")
        _table(rows)
    return 0


def _case_of(actor: Actor, code: str) -> OutreachCase:
    require(actor, "outreach.work")
    res = resident_by_code(actor, code)
    case = outreach.open_cases([res.id]).get(res.id)
    if case is None:
        raise CommandError(f"{code} has no open outreach case.")
    return case


def cmd_take(args: argparse.Namespace, actor: Actor) -> int:
    case = _case_of(actor, args.resident)
    try:
        outreach.take(actor, case.id, force=args.force)
    except outreach.CaseTaken as exc:
        raise CommandError(f"{exc} Use --force to take it over.") from None
    print(f"Took the case of {args.resident}.")
    return 0


def cmd_act(args: argparse.Namespace, actor: Actor) -> int:
    outreach.add_action(actor, _case_of(actor, args.resident).id, args.kind, args.text)
    print(f"Recorded {args.kind.replace('_', ' ')} for {args.resident}.")
    return 0


def cmd_close(args: argparse.Namespace, actor: Actor) -> int:
    case = _case_of(actor, args.resident)
    what = outreach.effect(case.id, args.outcome)
    outreach.close(actor, case.id, args.outcome, args.note)  # the outcome given is the consent
    print(f"Closed the case of {args.resident} as {args.outcome}: {what}.")
    return 0
