"""``belteam today``, ``log-call``, ``absence``, ``cover``, ``pause``, ``resume``, ``ics`` and
``print-list``."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from belteam.calls import absences, ical, printing, schedule
from belteam.calls import log as calls
from belteam.cli.common import CommandError, in_range, iso_date, print_json
from belteam.core.actors import Actor
from belteam.core.clock import aware, clock
from belteam.core.phones import display
from belteam.people.service import resident_by_code, volunteer_by_code


def _date(text: str) -> date:
    return iso_date(text)


def _moment(text: str) -> datetime:
    try:
        moment = aware(datetime.fromisoformat(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a moment; write YYYY-MM-DDTHH:MM") from None
    in_range(moment.date())
    return moment


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("today", help="the due calls of a day (one volunteer or the whole team)")
    p.add_argument("--date", type=_date, help="the day (default: today)")
    p.add_argument("--volunteer", help="volunteer code (default: the whole team)")
    p.add_argument("--json", action="store_true", help="print JSON (default: a readable table)")
    p.set_defaults(func=cmd_today)

    p = sub.add_parser("log-call", help="log one call attempt, with an optional note")
    p.add_argument("resident", help="resident code")
    p.add_argument("--outcome", required=True, choices=calls.OUTCOMES)
    p.add_argument("--note", default="")
    p.add_argument("--wellbeing", type=int, help="mark from 1 to 10")
    p.add_argument("--topic", action="append", default=[], choices=calls.TOPICS,
                   help="topic talked about (repeatable)")
    p.add_argument("--concern", action="store_true", help="needs follow-up")
    p.add_argument("--confidential", action="store_true")
    p.add_argument("--at", type=_moment, help="when (default: now), YYYY-MM-DDTHH:MM")
    p.add_argument("--by", help="code of the volunteer who called")
    p.set_defaults(func=cmd_log_call)

    p = sub.add_parser("absence", help="a volunteer's absences")
    asub = p.add_subparsers(dest="absence_command", metavar="ACTION", required=True)
    a = asub.add_parser("add", help="record an absence")
    a.add_argument("volunteer")
    a.add_argument("--from", dest="frm", type=_date, required=True)
    a.add_argument("--to", type=_date, required=True)
    a.add_argument("--reason", default="")
    a.set_defaults(func=cmd_absence_add)
    a = asub.add_parser("list", help="list absences")
    a.add_argument("volunteer", nargs="?")
    a.set_defaults(func=cmd_absence_list)

    p = sub.add_parser("cover", help="hand all of a volunteer's calls to another for a period")
    p.add_argument("volunteer")
    p.add_argument("--by", required=True, help="code of the substitute volunteer")
    p.add_argument("--from", dest="frm", type=_date, required=True)
    p.add_argument("--to", type=_date, required=True)
    p.set_defaults(func=cmd_cover)

    p = sub.add_parser("pause", help="pause a resident's calls")
    p.add_argument("resident")
    p.add_argument("--from", dest="frm", type=_date, required=True)
    p.add_argument("--to", type=_date, help="last paused day (default: until further notice)")
    p.add_argument("--reason", default="")
    p.set_defaults(func=cmd_pause)

    p = sub.add_parser("resume", help="end a resident's pause: calls are due again from that day")
    p.add_argument("resident")
    p.add_argument("--on", type=_date, help="first day with calls again (default: today)")
    p.set_defaults(func=cmd_resume)

    p = sub.add_parser("ics", help="a volunteer's calls as an iCalendar file")
    p.add_argument("volunteer")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_ics)

    p = sub.add_parser("print-list", help="a volunteer's call list as a PDF to print")
    p.add_argument("volunteer")
    p.add_argument("--from", dest="frm", type=_date, required=True)
    p.add_argument("--to", type=_date)
    p.add_argument("--lang", choices=sorted(printing.LABELS), default="nl")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_print_list)


def call_row(call: schedule.DueCall) -> dict[str, Any]:
    return {
        "resident": call.resident_code, "resident_name": call.resident_name,
        "volunteer": call.volunteer_code, "volunteer_name": call.volunteer_name,
        "due_date": call.due_date.isoformat(), "status": call.status,
        "earlier": [d.isoformat() for d in call.earlier],
        "attempts": len(call.attempts),
        "attempt_outcomes": [a.outcome for a in call.attempts],
        "phone": call.phone,
        "preferred_time": call.preferred_time.strftime("%H:%M") if call.preferred_time else None,
        "holiday": call.holiday, "last_note": call.last_note,
        "last_wellbeing": call.last_wellbeing,
        "last_contact": call.last_contact.isoformat() if call.last_contact else None,
    }


def cmd_today(args: argparse.Namespace, actor: Actor) -> int:
    vid = volunteer_by_code(actor, args.volunteer).id if args.volunteer else None
    rows = [call_row(c) for c in schedule.today_list(actor, args.date, vid)]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['preferred_time'] or '--:--'}  {row['status']:<11} {row['resident_name']:<28} "
              f"{display(row['phone']):<14} {row['volunteer'] or '-':<8} {row['due_date']}"
              f"{'  ' + row['holiday'] if row['holiday'] else ''}  ({row['attempts']}x)")
    return 0


def cmd_log_call(args: argparse.Namespace, actor: Actor) -> int:
    resident = resident_by_code(actor, args.resident)
    vid = volunteer_by_code(actor, args.by).id if args.by else None
    attempt = calls.log_call(actor, resident.id, args.outcome, note=args.note,
                             wellbeing=args.wellbeing, topics=args.topic, concern=args.concern,
                             confidential=args.confidential, at=args.at, volunteer_id=vid)
    print_json({"id": attempt.id, "resident": resident.code, "outcome": attempt.outcome,
                "due_date": attempt.due_date.isoformat(), "at": attempt.at.isoformat()})
    return 0


def cmd_absence_add(args: argparse.Namespace, actor: Actor) -> int:
    volunteer = volunteer_by_code(actor, args.volunteer)
    absence = absences.add_absence(actor, volunteer.id, args.frm, args.to, args.reason)
    print_json({"id": absence.id, "volunteer": volunteer.code,
                "from": absence.start_date.isoformat(), "to": absence.end_date.isoformat()})
    return 0


def cmd_absence_list(args: argparse.Namespace, actor: Actor) -> int:
    vid = volunteer_by_code(actor, args.volunteer).id if args.volunteer else None
    print_json([{"id": a.id, "volunteer": a.volunteer.code, "from": a.start_date.isoformat(),
                 "to": a.end_date.isoformat(), "reason": a.reason}
                for a in absences.absences(actor, vid)])
    return 0


def cmd_cover(args: argparse.Namespace, actor: Actor) -> int:
    volunteer = volunteer_by_code(actor, args.volunteer)
    substitute = volunteer_by_code(actor, args.by)
    ids = absences.volunteer_pairing_ids(volunteer.id, args.frm, args.to)
    if not ids:
        raise CommandError(f"{volunteer.code} has no pairings between {args.frm} and {args.to}.")
    covers = absences.assign_cover(actor, ids, substitute.id, args.frm, args.to)
    print_json({"covered_pairings": len(covers), "volunteer": volunteer.code,
                "substitute": substitute.code, "from": args.frm.isoformat(),
                "to": args.to.isoformat()})
    return 0


def cmd_pause(args: argparse.Namespace, actor: Actor) -> int:
    resident = resident_by_code(actor, args.resident)
    pause = absences.pause_resident(actor, resident.id, args.frm, args.to, args.reason)
    print_json({"id": pause.id, "resident": resident.code, "from": args.frm.isoformat(),
                "to": args.to.isoformat() if args.to else None})
    return 0


def cmd_resume(args: argparse.Namespace, actor: Actor) -> int:
    resident = resident_by_code(actor, args.resident)
    ended = absences.resume_resident(actor, resident.id, args.on)
    print_json({"resident": resident.code, "calls_from": (args.on or clock.today()).isoformat(),
                "pauses_ended": ended})
    return 0


def cmd_ics(args: argparse.Namespace, actor: Actor) -> int:
    volunteer = volunteer_by_code(actor, args.volunteer)
    args.out.write_bytes(ical.volunteer_ics(actor, volunteer.id))
    print(f"Wrote {args.out}")
    return 0


def cmd_print_list(args: argparse.Namespace, actor: Actor) -> int:
    volunteer = volunteer_by_code(actor, args.volunteer)
    to = args.to or args.frm
    if (to - args.frm).days > 62:
        raise CommandError("Print at most two months at once.")
    printing.volunteer_list_pdf(actor, args.out, volunteer.id, args.frm, to, lang=args.lang)
    print(f"Wrote {args.out}")
    return 0

