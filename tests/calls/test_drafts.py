"""Unsaved call notes (drafts) in the database: per user, only for one's own residents, and
reached by erasure, the retention purge and the right of access."""

from __future__ import annotations

from datetime import date, timedelta

import peewee
import pytest
from account_helpers import build_world, use_fast_hasher

from belteam.audit import log as audit
from belteam.calls import drafts
from belteam.core.actors import SYSTEM, PermissionDenied
from belteam.core.validation import ValidationError
from belteam.privacy import rights as privacy
from belteam.privacy.pdf import write_pdf
from belteam.storage.models import CallDraft

SECRET = "Her son Jochem owes money to the neighbour"


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


@pytest.fixture
def world(db):
    return build_world()


def all_text(database: peewee.Database) -> str:
    """Every value of every row of every table, as one string."""
    return "\n".join(str(value) for table in database.get_tables()
                     for row in database.execute_sql(f'SELECT * FROM "{table}"').fetchall()
                     for value in row)


def test_round_trip_overwrite_and_clear(world):
    fields = {"outcome": "reached", "note": "Knee better", "wellbeing": 7,
              "topics": ["health"], "concern": False, "due_date": "2026-11-30"}
    assert drafts.load_draft(world.vol1, world.r1.id) is None
    drafts.save_draft(world.vol1, world.r1.id, fields)
    assert drafts.load_draft(world.vol1, world.r1.id) == fields
    drafts.save_draft(world.vol1, world.r1.id, dict(fields, note="Knee much better"))
    assert drafts.load_draft(world.vol1, world.r1.id)["note"] == "Knee much better"
    row = CallDraft.get()
    assert (row.actor, row.user_id, row.resident_id) == ("anna", world.vol1.user_id, world.r1.id)
    assert CallDraft.select().count() == 1
    drafts.clear_draft(world.vol1, world.r1.id)
    assert drafts.load_draft(world.vol1, world.r1.id) is None
    drafts.clear_draft(world.vol1, world.r1.id)  # clearing nothing is fine


def test_drafts_are_per_user(world):
    drafts.save_draft(world.vol1, world.r1.id, {"note": "Anna's"})
    drafts.save_draft(world.coordinator, world.r1.id, {"note": "the coordinator's"})
    drafts.save_draft(SYSTEM, world.r1.id, {"note": "the system's"})
    assert drafts.load_draft(world.vol1, world.r1.id) == {"note": "Anna's"}
    assert drafts.load_draft(world.coordinator, world.r1.id) == {"note": "the coordinator's"}
    assert drafts.load_draft(world.staff, world.r1.id) is None
    drafts.clear_draft(world.coordinator, world.r1.id)
    assert drafts.load_draft(world.vol1, world.r1.id) == {"note": "Anna's"}
    assert drafts.load_draft(SYSTEM, world.r1.id) == {"note": "the system's"}


def test_volunteer_cannot_touch_drafts_of_another_volunteers_resident(world):
    drafts.save_draft(world.vol2, world.r2.id, {"note": "Bram's"})
    with pytest.raises(PermissionDenied, match="not yours"):
        drafts.save_draft(world.vol1, world.r2.id, {"note": "sneaky"})
    with pytest.raises(PermissionDenied):
        drafts.load_draft(world.vol1, world.r2.id)
    with pytest.raises(PermissionDenied):
        drafts.clear_draft(world.vol1, world.r2.id)
    assert [d.fields for d in CallDraft.select()] == ['{"note": "Bram\'s"}']
    drafts.save_draft(world.vol1, world.r3.id, {"note": "covering this week"})  # cover counts


def test_an_over_long_note_is_kept_up_to_the_draft_cap(world):
    long_note = "y" * 5000  # past the note limit (1000): still being shortened
    drafts.save_draft(world.vol1, world.r1.id, {"note": long_note})
    assert drafts.load_draft(world.vol1, world.r1.id)["note"] == long_note
    with pytest.raises(ValidationError) as refused:
        drafts.save_draft(world.vol1, world.r1.id, {"note": "z" * (drafts.MAX_NOTE_CHARS + 1)})
    assert "50001 characters long; an unsaved note keeps at most 50000" in str(
        refused.value.errors["note"])
    assert drafts.load_draft(world.vol1, world.r1.id)["note"] == long_note
    with pytest.raises(ValidationError):
        drafts.save_draft(world.vol1, world.r1.id, ["not", "named"])


def test_erasing_a_resident_leaves_no_draft(db, world):
    privacy.record_consent(world.coordinator, world.r1.id, date(2026, 11, 2), "Kees Zwartjes",
                           "calls")
    drafts.save_draft(world.vol1, world.r1.id, {"note": SECRET})
    drafts.save_draft(world.coordinator, world.r1.id, {"note": SECRET + " (coordinator)"})
    drafts.save_draft(world.vol2, world.r2.id, {"note": "Gerrit's draft stays"})
    assert SECRET in all_text(db)  # the check can fail
    privacy.erase_person(world.coordinator, "R1")
    assert not CallDraft.select().where(CallDraft.resident == world.r1.id).exists()
    text = all_text(db)
    for secret in (SECRET, "Wilhelmina", "Zwartjes", "+31521111111"):
        assert secret not in text, secret
    assert "Gerrit's draft stays" in text


def test_erasing_a_volunteer_drops_the_drafts_they_wrote(world):
    drafts.save_draft(world.vol1, world.r1.id, {"note": "Anna's"})
    drafts.save_draft(world.coordinator, world.r1.id, {"note": "the coordinator's"})
    privacy.erase_person(world.coordinator, "V1")
    assert [d.actor for d in CallDraft.select()] == ["coordinator"]


def test_purge_drops_drafts_untouched_for_two_weeks(world, clock):
    drafts.save_draft(world.vol1, world.r1.id, {"note": "old"})
    clock.advance(timedelta(days=2))
    drafts.save_draft(world.vol2, world.r2.id, {"note": "younger"})
    clock.advance(timedelta(days=drafts.KEEP_DAYS - 1))  # the first is 15 days old, the other 13
    assert privacy.purge_old_notes(SYSTEM) == 1
    assert [d.actor for d in CallDraft.select()] == ["bram"]
    entry = audit.entries(world.coordinator, action="notes_purged").get()
    assert "1 unsaved drafts" in entry.detail
    clock.advance(timedelta(days=2))
    from belteam.jobs import runner as jobs
    assert jobs.run_job(privacy.PURGE_JOB_ID) == 1
    assert CallDraft.select().count() == 0


def test_export_shows_drafts_about_the_person(world, tmp_path):
    drafts.save_draft(world.vol1, world.r1.id, {"note": SECRET, "outcome": "reached"})
    drafts.save_draft(world.vol2, world.r2.id, {"note": "about someone else"})
    data = privacy.export_person(world.coordinator, "R1")
    assert [d["fields"] for d in data["drafts"]] == [{"note": SECRET, "outcome": "reached"}]
    assert data["drafts"][0]["actor"] == "anna"
    assert write_pdf(data, tmp_path / "r1.pdf").stat().st_size > 1000
