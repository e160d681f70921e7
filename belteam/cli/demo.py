"""``belteam demo``: fill an empty database with a demo team and its call history."""

from __future__ import annotations

import argparse
import sys

from belteam.cli.common import CommandError, print_json
from belteam.cli.progress import ProgressBar
from belteam.core.actors import Actor
from belteam.demo.summary import DemoError, DemoSummary


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="fill an empty database with a realistic demo team",
                       description="Make a demo team: Dutch villages, residents and volunteers, "
                                   "call plans and a history of calls up to yesterday. The same "
                                   "--seed gives the same team.")
    p.add_argument("--residents", type=_count, default=120, help="residents (default 120)")
    p.add_argument("--volunteers", type=_count, default=30, help="volunteers (default 30)")
    p.add_argument("--years", type=float, default=1.0,
                   help="years of call history up to yesterday; 0 for none (default 1)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--force", action="store_true",
                   help="add the demo team even though the database already holds people")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_demo, creates_db=True)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 or more")
    return value


def cmd_demo(args: argparse.Namespace, actor: Actor) -> int:
    # Progress only for a person watching: never into a file or a pipe.
    from belteam.demo import team  # numpy and the rest load only for this command

    progress = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        summary = team.generate(actor, residents=args.residents, volunteers=args.volunteers,
                                years=args.years, seed=args.seed, force=args.force,
                                progress=progress)
    except DemoError as exc:
        raise CommandError(str(exc)) from None
    finally:
        if progress:
            progress.close()
    if args.json:
        print_json(summary.as_dict())
        _print_sign_ins(summary, sys.stderr)  # stdout is JSON for a script
    else:
        _print_summary(summary)
        _print_sign_ins(summary, sys.stdout)
    return 0


def _plural(count: int, one: str, more: str) -> str:
    return f"{count} {one if count == 1 else more}"


def _print_summary(s: DemoSummary) -> None:
    reached = s.outcomes.get("reached", 0)
    share = f" ({reached / s.attempts:.0%} reached)" if s.attempts else ""
    print(f"Demo team made (seed {s.seed}) in {s.seconds:.1f} s:")
    print(f"  volunteers   {s.volunteers}  ({s.absences} with a holiday coming)")
    print(f"  residents    {s.residents}  ({s.waiting} waiting for a volunteer, {s.paused} paused, "
          f"{s.stopped} stopped)")
    print(f"  pairings     {s.pairings}")
    print(f"  call attempts {s.attempts}{share}; "
          f"{_plural(s.stopped_answering, 'resident', 'residents')} stopped answering lately")


def _print_sign_ins(s: DemoSummary, stream) -> None:
    if not s.sign_ins:
        return
    print(file=stream)
    print("Demo sign-ins (user name / password):", file=stream)
    for name, role, password in s.sign_ins:
        print(f"  {name:12} {password:18} ({role})", file=stream)
