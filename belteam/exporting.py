"""Plain dictionaries of stored records, for JSON output and exports."""

from __future__ import annotations

from typing import Any

from belteam.actors import Actor
from belteam.models import Pairing, Resident, Volunteer


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") and value is not None else value


def volunteer_row(v: Volunteer) -> dict[str, Any]:
    return {"code": v.code, "first_name": v.first_name, "last_name": v.last_name,
            "phone": v.phone, "email": v.email, "languages": v.languages, "area": v.area,
            "available": v.available, "max_residents": v.max_residents, "archived": v.archived}


def resident_row(r: Resident) -> dict[str, Any]:
    return {"code": r.code, "first_name": r.first_name, "last_name": r.last_name,
            "phone": r.phone, "area": r.area, "address": r.address, "postcode": r.postcode,
            "birth_date": _iso(r.birth_date), "languages": r.languages,
            "lives_alone": r.lives_alone, "emergency_contact_name": r.emergency_contact_name,
            "emergency_contact_phone": r.emergency_contact_phone,
            "consent_date": _iso(r.consent_date), "status": r.status, "archived": r.archived}


# What a volunteer may know of the residents they call: no address, emergency contact, etc.
CALLER_RESIDENT_FIELDS = ("code", "first_name", "last_name", "phone", "status")


def resident_row_for(actor: Actor, r: Resident) -> dict[str, Any]:
    """The resident row this actor may see: everything for coordinator/staff, less for callers."""
    row = resident_row(r)
    if actor.can("people.read_all"):
        return row
    return {key: row[key] for key in CALLER_RESIDENT_FIELDS}


def pairing_row(p: Pairing) -> dict[str, Any]:
    return {"resident": p.resident.code, "volunteer": p.volunteer.code, "plan": p.rrule,
            "start_date": _iso(p.start_date), "end_date": _iso(p.end_date),
            "preferred_time": p.preferred_time.strftime("%H:%M") if p.preferred_time else None}
