"""What a demo run made, its errors and the hooks run after it: apart from the making
(numpy and the rest), so the composition root and the command line load only this."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field


class DemoError(ValueError):
    """The demo cannot be made here; the message says why and what to do."""


@dataclass
class DemoSummary:
    """What ``generate`` put in the database."""

    seed: int
    volunteers: int = 0
    residents: int = 0
    pairings: int = 0
    waiting: int = 0
    paused: int = 0
    stopped: int = 0
    stopped_answering: int = 0
    pauses: int = 0
    absences: int = 0
    attempts: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    # (user name, role, password) of the demo sign-ins an AFTER_DEMO hook made.
    sign_ins: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = asdict(self)
        del data["sign_ins"]  # passwords stay out of what scripts keep
        return data


# (stage, done, total): stages are "volunteers", "residents", "pairings", "calls" (pairings done).
Progress = Callable[[str, int, int], None]

# Called with the summary once the demo is stored (e.g. accounts adds demo sign-ins).
AFTER_DEMO: list[Callable[[DemoSummary], None]] = []
