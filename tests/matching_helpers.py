"""A small team for the matching tests."""

from __future__ import annotations

from belteam.core.actors import SYSTEM
from belteam.people.service import save_resident, save_volunteer
from belteam.settings import store as settings


def volunteer(code: str, **fields):
    data = {"code": code, "first_name": code, "languages": "nl", "max_residents": 2, **fields}
    return save_volunteer(SYSTEM, data)


def resident(code: str, **fields):
    return save_resident(SYSTEM, {"code": code, "first_name": code, "status": "waiting", **fields})


def neighbours(text: str) -> None:
    settings.set_value(SYSTEM, "neighbour_areas", text)
