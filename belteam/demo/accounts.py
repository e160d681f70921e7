"""Demo sign-ins for ``belteam demo``: one account per role, with known passwords.

``belteam.bootstrap.wire()`` adds ``demo_accounts_hook`` to belteam.demo.summary.AFTER_DEMO.
"""

from __future__ import annotations

import sys

from belteam.accounts import users as accounts
from belteam.core.actors import SYSTEM
from belteam.demo.summary import DemoSummary
from belteam.settings import store as settings
from belteam.storage.models import User, Volunteer
from belteam.storage.queries import not_erased

# (user name, role, password): shown to whoever made the demo; never use them for real data.
DEMO_ACCOUNTS = [
    ("coordinator", "coordinator", "demo-coordinator"),
    ("staff", "staff", "demo-staff-2026"),
    ("volunteer", "volunteer", "demo-volunteer"),
]


NO_ACCOUNTS = ("This database already has accounts: the demo added people but no accounts "
               "(the demo passwords are public, so they never go into a live database).")


def create_demo_accounts() -> list[tuple[str, str, str]]:
    """Make the demo accounts, only in a database without any account (their passwords are
    in the README); the volunteer is the first volunteer."""
    if accounts.has_users():
        return []
    first = (Volunteer.select().where(not_erased(Volunteer))
             .order_by(Volunteer.id).first())
    made = []
    for name, role, password in DEMO_ACCOUNTS:
        if User.select().where(User.username == name).exists():
            continue
        if role == "volunteer" and first is None:
            continue
        accounts.create_user(SYSTEM, name, role, password,
                             volunteer_id=first.id if role == "volunteer" else None)
        made.append((name, role, password))
    if not settings.get("organisation_name"):
        settings.set_value(SYSTEM, "organisation_name", "Demo belteam")
    return made


def demo_accounts_hook(summary: DemoSummary | None = None) -> list[tuple[str, str, str]]:
    """AFTER_DEMO hook: create the demo sign-ins and note them in the summary (the command
    prints them after its own lines, so nothing runs into the progress bar or the summary)."""
    if accounts.has_users():
        print(NO_ACCOUNTS, file=sys.stderr)
        return []
    made = create_demo_accounts()
    if summary is not None:
        summary.sign_ins = made
    return made
