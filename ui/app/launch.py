"""``belteam`` alone opens the window; ``belteam COMMAND …`` runs the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    from belteam.cli.main import build_parser, run

    commands = set()
    for action in build_parser()._subparsers._group_actions:  # the COMMAND choices
        commands.update(action.choices)
    if any(a in commands or a in ("-h", "--help") for a in args):
        sys.exit(run(args))
    from belteam_gui.app.main import main as gui_main

    sys.exit(gui_main(args))
