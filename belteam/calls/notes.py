"""Who may read a confidential call note: the one rule, for rows in Python and for SQL.

A confidential note is read by its author (the volunteer who made the call, or the user who
logged it), by staff and by coordinators, on every route; never by another volunteer.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from belteam.core.actors import Actor


def may_read_note(actor: Actor, attempt: Any) -> bool:
    """True when ``actor`` may read the note of ``attempt`` (a CallAttempt or a row like it)."""
    if not attempt.confidential or actor.can("notes.confidential"):
        return True
    own_volunteer = actor.volunteer_id is not None and attempt.volunteer_id == actor.volunteer_id
    own_user = actor.user_id is not None and attempt.logged_by_id == actor.user_id
    return own_volunteer or own_user


def readable_notes(actor: Actor, attempts: Any) -> pw.Expression:
    """The same rule as :func:`may_read_note`, as a condition on the attempts table ``attempts``
    (the model or an alias of it)."""
    if actor.can("notes.confidential"):
        return pw.SQL("1 = 1")
    mine = attempts.confidential == False  # noqa: E712  (peewee builds SQL from ==)
    if actor.volunteer_id is not None:
        mine = mine | (attempts.volunteer == actor.volunteer_id)
    if actor.user_id is not None:
        mine = mine | (attempts.logged_by == actor.user_id)
    return mine
