"""What every command module shares: the error a user can fix, JSON output, date arguments."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from datetime import date
from typing import Any

from belteam.core.validation import check_day


class CommandError(Exception):
    """A command failed in a way the user can fix; the message says how."""


def iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None
    return in_range(day)


def in_range(day: date) -> date:
    """A day the program can work with, else an argument error that says so."""
    try:
        return check_day(day)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def pipe_closed() -> int:
    """The reader of our output went away (``belteam … | head``): end quietly.

    Later writes (Python's own flush at exit) go to the null device instead of raising again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # no real file behind stdout (tests): nothing more will be flushed to it
    return 1


def error(message: str) -> int:
    print(f"belteam: {message}", file=sys.stderr)
    return 2
