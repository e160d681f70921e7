"""``belteam backup [--out FILE]``, ``belteam backup list|scrub`` and ``belteam restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from belteam.audit import log as audit
from belteam.cli.common import CommandError, print_json
from belteam.core.actors import Actor, require
from belteam.privacy import ledger
from belteam.privacy import restore as restoring
from belteam.storage import backup
from belteam.storage.db import DB


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="make a backup now and print its path (or list them)",
                       description="Make a backup of the database now. Scheduled backups are "
                                   "made every night and kept by rotation (settings).")
    p.add_argument("--out", metavar="FILE", help="write the backup here instead of the backups folder")
    p.set_defaults(func=cmd_backup)
    actions = p.add_subparsers(dest="backup_command", metavar="ACTION")
    listing = actions.add_parser("list", help="the backups: file, when, size, schema version, engine")
    listing.add_argument("--json", action="store_true", help="as JSON")
    listing.set_defaults(func=cmd_list)
    scrub = actions.add_parser("scrub", help="erase everyone in the erasure ledger inside the backups too")
    scrub.set_defaults(func=cmd_scrub)

    r = sub.add_parser("restore", help="replace the database with a backup (checked first)",
                       description="Check a backup, save the current database as a backup, "
                                   "then restore, update and re-apply every erasure made since.")
    r.add_argument("file", metavar="FILE")
    r.add_argument("--yes", action="store_true", help="confirm: the current data are replaced")
    r.set_defaults(func=cmd_restore)


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} kB"


def cmd_backup(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "data.backup")
    made = backup.make_backup(DB.obj, "manual", Path(args.out) if args.out else None)
    if made is None:
        raise CommandError("An in-memory database has nothing to back up.")
    audit.record(actor.username, audit.BACKUP_MADE, "", made.name)
    print(made.resolve())
    return 0


def cmd_list(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "data.backup")
    infos = backup.list_backups(DB.obj.connect_params.get("passphrase"))
    if args.json:
        print_json([info.row() for info in infos])
        return 0
    if not infos:
        print(f"No backups yet in {backup.folder()}.")
    for info in infos:
        version = "?" if info.schema_version is None else str(info.schema_version)
        print(f"{info.when:%Y-%m-%d %H:%M}  {_size(info.size):>9}  v{version:<3} "
              f"{info.engine:<10} {info.path}")
    return 0


def cmd_scrub(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "privacy.erase")
    holding = ledger.backups_holding(ledger.lines())
    rewritten, deleted = ledger.erase_in_backups(actor, holding)
    print(f"{len(rewritten)} backup(s) rewritten, {len(deleted)} PostgreSQL dump(s) deleted; "
          "no backup holds an erased person any more.")
    return 0


def report_copies(entries: list[ledger.Line]) -> None:
    """Tell which backups still hold the erased people, and how to erase them there too."""
    holding = ledger.backups_holding(entries)
    if holding:
        print(f"{len(holding)} backup(s) still hold this person:")
        for path in holding:
            print(f"  {path}")
        print("Run  belteam backup scrub  to erase them there too.")


def cmd_restore(args: argparse.Namespace, actor: Actor) -> int:
    info = restoring.check(actor, args.file)
    if not args.yes:
        raise CommandError(
            f"{info.path.name} (made {info.when:%Y-%m-%d %H:%M}, schema version "
            f"{info.schema_version}) is whole. Restoring replaces every change made since; the "
            "current database is backed up first. Run again with --yes to restore.")
    done = restoring.restore(actor, info.path)
    print(f"Restored {info.path.name}. The database as it was is saved in {done.safety_copy}.")
    if done.migrated_from and done.migrated_from < restoring.migrations.CURRENT_VERSION:
        print(f"Updated from schema version {done.migrated_from}.")
    if done.reerased:
        print(f"{done.reerased} person(s) erased after this backup was made were erased again.")
    return 0
