"""``belteam person export|erase|consent``, ``belteam audit`` and ``belteam purge-notes``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from belteam.audit import log as audit
from belteam.cli import backup as backup_cli
from belteam.cli.common import CommandError, iso_date, print_json
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.privacy import ledger
from belteam.privacy import rights as privacy
from belteam.privacy.pdf import write_pdf


def register(sub: argparse._SubParsersAction) -> None:
    person = sub.add_parser("person", help="AVG/GDPR: export or erase everything about one person")
    cmds = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    exp = cmds.add_parser("export", help="write everything stored about a person (JSON, optional PDF)")
    exp.add_argument("code")
    exp.add_argument("--kind", choices=["resident", "volunteer"], help="when both have this code")
    exp.add_argument("--out", required=True, metavar="FILE.json")
    exp.add_argument("--pdf", metavar="FILE.pdf", help="also a readable PDF")
    exp.set_defaults(func=cmd_export)
    erase = cmds.add_parser("erase", help="erase a person for good (leaves anonymous counts)")
    erase.add_argument("code")
    erase.add_argument("--kind", choices=["resident", "volunteer"], help="when both have this code")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.set_defaults(func=cmd_erase)
    consent = cmds.add_parser("consent", help="record a resident's consent")
    consent.add_argument("code")
    consent.add_argument("--date", type=iso_date, help="YYYY-MM-DD (default today)")
    consent.add_argument("--by", required=True, help="who gave consent")
    consent.add_argument("--purpose", required=True, help="what for")
    consent.set_defaults(func=cmd_consent)

    log = sub.add_parser("audit", help="print the audit log (newest first)")
    log.add_argument("--json", action="store_true", help="as JSON (the default)")
    log.add_argument("--action", help="only this action, e.g. person_erased")
    log.add_argument("--person", metavar="CODE", help="only entries about this resident or volunteer")
    log.add_argument("--by", dest="who", metavar="USER", help="only entries by this account")
    log.add_argument("--from", dest="since", type=iso_date, help="from this day (YYYY-MM-DD)")
    log.add_argument("--to", dest="until", type=iso_date, help="up to and including this day")
    log.add_argument("--limit", type=int, default=1000)
    log.set_defaults(func=cmd_audit)

    purge = sub.add_parser("purge-notes", help="blank notes older than the retention period")
    purge.set_defaults(func=cmd_purge)


def cmd_export(args: argparse.Namespace, actor: Actor) -> int:
    data = privacy.export_person(actor, args.code, args.kind)
    out = Path(args.out)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    print(f"Wrote {out}")
    if args.pdf:
        print(f"Wrote {write_pdf(data, args.pdf)}")
    return 0


def cmd_erase(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "privacy.erase")
    person = privacy.find_person(args.code, args.kind)
    if not args.yes:
        raise CommandError(
            f"Erasing {args.code} removes their name, phone numbers, address, emergency "
            "contact and every note for good; only anonymous counts remain. This cannot be "
            "undone. Export first if needed, then run again with --yes.")
    kind = privacy.subject_of(person).split(":")[0]
    counts = privacy.erase_person(actor, args.code, args.kind)
    print(f"Erased {kind} {args.code}: "
          f"{counts.calls_made} calls ({counts.calls_reached} reached) kept as anonymous counts.")
    if not counts.wal_cleared:
        print("Another program has this database open, so the database's write-ahead log "
              "(the -wal file) still holds an old copy; Belteam empties it the next time it "
              "starts. Close the other Belteam windows to finish it sooner.")
    backup_cli.report_copies([line for line in ledger.lines()
                              if line.kind == kind and line.person_id == person.id])
    return 0


def cmd_consent(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "privacy.consent")
    resident = privacy.find_person(args.code, "resident")
    privacy.record_consent(actor, resident.id, args.date or clock.today(), args.by, args.purpose)
    print(f"Consent recorded for {args.code}.")
    return 0


def cmd_audit(args: argparse.Namespace, actor: Actor) -> int:
    print_json([audit.entry_row(e) for e in audit.entries(
        actor, action=args.action, person=args.person, who=args.who, since=args.since,
        until=args.until, limit=args.limit)])
    return 0


def cmd_purge(args: argparse.Namespace, actor: Actor) -> int:
    count = privacy.purge_old_notes(actor, clock.today())
    print(f"Purged {count} notes older than the retention period.")
    return 0
