"""``belteam`` alone opens the window; ``belteam COMMAND …`` runs the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def wants_window(args: Sequence[str]) -> bool:
    """Only no command (and no --help) opens the window; a mistyped command never does."""
    from belteam.cli.main import command_word

    return command_word(args) is None and not any(a in ("-h", "--help") for a in args)


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if not wants_window(args):
        from belteam.cli.main import run

        sys.exit(run(args))
    from belteam_gui.app.main import main as gui_main

    sys.exit(gui_main(args))
