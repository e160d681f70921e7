"""Which resident fields each role may read: ONE rule for the window, the lists and the CLI.

PRODUCT.md: a volunteer sees only the residents they call or cover (``people.residents``), and
of them only what a caller needs: name, phone numbers, when they like to be called, the
languages to speak, whether calls are on (status) and notes (``calls.history`` leaves out
confidential notes). No address, postcode, birth date, emergency contact, key holder, consent,
living situation or area: those are for the coordinator and the follow-up staff.
"""

from __future__ import annotations

from belteam.core.actors import Actor
from belteam.storage.models import BOOKKEEPING, Resident

# Book-keeping columns, not facts about the person.
# waiting_priority is the waiting list's order, set by the services, never typed in.
_META = frozenset({"archived", "erased", "waiting_priority"}) | BOOKKEEPING

# Everything a coordinator or staff member reads, in the table's order. Derived from the table,
# so a new column is readable by the coordinator and, until it is added below, hidden from callers.
RESIDENT_READ_FIELDS: tuple[str, ...] = tuple(
    name for name in Resident._meta.sorted_field_names if name not in _META)

# The one list of what a volunteer (caller) may read of a resident they call or cover.
# - code: the handle the CLI and the lists use; says nothing about the person.
# - languages: which language to speak on the phone is a caller's first need.
# - status: a paused or stopped resident must not be phoned.
# - area is left out: no screen a caller uses needs the village, and the spec's list omits it.
# The preferred time lives on the pairing and reaches the caller through the due-call list.
VOLUNTEER_RESIDENT_FIELDS: tuple[str, ...] = (
    "code", "first_name", "last_name", "phone", "phone2", "preferred_days", "languages",
    "status",
)


def reads_all_resident_fields(actor: Actor) -> bool:
    """True for coordinators, staff and the system; False for callers."""
    return actor.can("people.read_all")


def resident_fields(actor: Actor) -> tuple[str, ...]:
    """The resident fields this actor may read, in display order."""
    if reads_all_resident_fields(actor):
        return RESIDENT_READ_FIELDS
    return VOLUNTEER_RESIDENT_FIELDS
