"""Accounts for many volunteers at once, each with a one-time password to change at first use."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from belteam.accounts import users as accounts
from belteam.audit import log as audit
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.storage.db import DB
from belteam.storage.models import User, Volunteer

# No look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B): the password is read from paper and typed.
ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
GROUPS = 4
GROUP_SIZE = 4


@dataclass(frozen=True)
class OneTimeAccount:
    """What the coordinator hands over once: the password is never stored in clear."""

    volunteer_id: int
    volunteer_name: str
    username: str
    password: str


def one_time_password() -> str:
    """Four groups of four characters from ALPHABET (about 74 bits), e.g. ``K7QX-MT3A-…``."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE))
                    for _ in range(GROUPS))


def without_account(actor: Actor) -> list[Volunteer]:
    """Active volunteers who have no account yet, by code."""
    require(actor, "users.admin")
    linked = User.select(User.volunteer).where(User.volunteer.is_null(False))
    return list(Volunteer.select().where(Volunteer.erased == False,  # noqa: E712
                                         Volunteer.archived == False,  # noqa: E712
                                         Volunteer.id.not_in(linked))
                .order_by(Volunteer.code))


def _free_username(code: str) -> str:
    base = "".join(c for c in code.strip().lower() if not c.isspace())[:70] or "vrijwilliger"
    name, number = base, 1
    while User.select().where(User.username == name).exists():
        number += 1
        name = f"{base}{number}"
    return name


def create_accounts_for(actor: Actor, volunteer_ids: list[int] | None = None) -> list[OneTimeAccount]:
    """Make a volunteer account with a one-time password for each volunteer without one.

    ``None`` means every active volunteer without an account; volunteers who already have an
    account, or are erased or archived, are passed over."""
    require(actor, "users.admin")
    candidates = without_account(actor)
    if volunteer_ids is not None:
        wanted = set(volunteer_ids)
        candidates = [v for v in candidates if v.id in wanted]
    made: list[OneTimeAccount] = []
    with DB.atomic():
        for volunteer in candidates:
            password = one_time_password()
            name = _free_username(volunteer.code)
            User.create(username=name, password_hash=accounts.hash_password(password),
                        role="volunteer", volunteer=volunteer, must_change_password=True,
                        created_at=clock.real_now())
            audit.record(actor.username, audit.ACCOUNT_CREATED, f"user:{name}",
                         "role=volunteer one-time password")
            made.append(OneTimeAccount(volunteer.id, volunteer.name, name, password))
    return made
