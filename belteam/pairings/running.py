"""When a pairing runs, and whom a volunteer calls: the one home of both rules."""

from __future__ import annotations

from datetime import date

import peewee as pw

from belteam.core.actors import Actor
from belteam.core.clock import clock
from belteam.storage.models import Cover, Pairing, Resident
from belteam.storage.queries import not_ended, running_on


def running(day: date) -> pw.Expression:
    """Pairings running on ``day`` (a pairing that starts later is not running yet)."""
    return running_on(Pairing, day)


def taking_a_place(day: date) -> pw.Expression:
    """Pairings not ended by ``day``: each takes one of the volunteer's places, future ones too."""
    return not_ended(Pairing, day)


def current_pairing(resident: Resident | int, day: date | None = None) -> Pairing | None:
    """The resident's pairing running on ``day`` (today), or None — never a future one."""
    day = day or clock.today()
    return (Pairing.select().where(Pairing.resident == resident, running(day))
            .order_by(Pairing.start_date.desc(), Pairing.id.desc()).first())


def visible_resident_ids(actor: Actor) -> pw.Select | None:
    """None when the actor may see everyone, else a subquery of the residents they call or cover.

    A volunteer sees a resident from the day the pairing is made (also when it starts later)
    until it ends, and a covered resident until the cover ends.
    """
    if actor.can("people.read_all"):
        return None
    if actor.volunteer_id is None:
        return Resident.select(Resident.id).where(Resident.id == -1)
    today = clock.today()
    own = Pairing.select(Pairing.resident).where(
        Pairing.volunteer == actor.volunteer_id, taking_a_place(today))
    covered = (Pairing.select(Pairing.resident).join(Cover)
               .where(Cover.volunteer == actor.volunteer_id, Cover.end_date >= today))
    return own | covered
