"""Plain dictionaries of stored records, for JSON output and exports.

Bulk machine-readable output of people is a data export: ``export.data`` (coordinators).
Staff keep what their follow-up needs (the queue and a case's contact details) elsewhere.
"""

from __future__ import annotations

from typing import Any

from belteam.core.actors import Actor, require
from belteam.people import service as people
from belteam.people.visibility import (
    RESIDENT_READ_FIELDS,
    reads_all_resident_fields,
    resident_fields,
)
from belteam.storage.models import Pairing, Resident, Volunteer


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") and value is not None else value


def volunteer_row(v: Volunteer) -> dict[str, Any]:
    return {"code": v.code, "first_name": v.first_name, "last_name": v.last_name,
            "phone": v.phone, "email": v.email, "languages": v.languages, "area": v.area,
            "available": v.available, "max_residents": v.max_residents, "archived": v.archived}


def resident_row(r: Resident) -> dict[str, Any]:
    """Every readable field of a resident, and whether they are archived."""
    return {**{name: _iso(getattr(r, name)) for name in RESIDENT_READ_FIELDS},
            "archived": r.archived}


def resident_row_for(actor: Actor, r: Resident) -> dict[str, Any]:
    """The resident row this actor may see: everything for coordinator/staff; for a volunteer
    only visibility.VOLUNTEER_RESIDENT_FIELDS (the same rule as the window's)."""
    if reads_all_resident_fields(actor):
        return resident_row(r)
    return {name: _iso(getattr(r, name)) for name in resident_fields(actor)}


def pairing_row(p: Pairing) -> dict[str, Any]:
    return {"resident": p.resident.code, "volunteer": p.volunteer.code, "plan": p.rrule,
            "start_date": _iso(p.start_date), "end_date": _iso(p.end_date),
            "preferred_time": p.preferred_time.strftime("%H:%M") if p.preferred_time else None}


def export_residents(actor: Actor, include_archived: bool = False) -> list[dict[str, Any]]:
    """Every resident as a row (``belteam list residents``): a bulk export, coordinators only."""
    require(actor, "export.data")
    return [resident_row_for(actor, r) for r in people.residents(actor, include_archived)]


def export_volunteers(actor: Actor, include_archived: bool = False) -> list[dict[str, Any]]:
    """Every volunteer as a row (``belteam list volunteers``): a bulk export, coordinators only."""
    require(actor, "export.data")
    return [volunteer_row(v) for v in people.volunteers(actor, include_archived)]
