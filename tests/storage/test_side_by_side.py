"""Two reads side by side: on a connection of their own only where that is right and faster."""

from __future__ import annotations

import threading

import peewee
from dayhelp import volunteer

from belteam.storage.db import side_by_side
from belteam.storage.models import Volunteer


def _read() -> tuple[int, list[str]]:
    return threading.get_ident(), [v.code for v in Volunteer.select().order_by(Volunteer.code)]


def test_side_by_side_uses_a_second_connection_only_where_it_may(db):
    volunteer("V1")
    server = isinstance(db, peewee.PostgresqlDatabase)
    me = threading.get_ident()
    (there, seen_there), (here, seen_here) = side_by_side(_read, _read)
    assert here == me and there != me  # a file or a server: two connections see the same
    assert seen_there == seen_here == ["V1"]
    (there, _), _ = side_by_side(_read, _read, server_only=True)
    assert (there != me) == server  # SQLite would convoy row by row: one after the other
    with db.atomic():
        volunteer("V2")  # not committed: only this connection sees it
        (there, seen_there), _ = side_by_side(_read, _read)
        assert there == me and seen_there == ["V1", "V2"]
