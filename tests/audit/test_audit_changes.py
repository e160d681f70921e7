"""The audit trail records changes to data: who, when, whose record, which fields (no values)."""

import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from account_helpers import use_fast_hasher
from dayhelp import COORD, STAFF, pair, resident, volunteer

from belteam.calls import absences
from belteam.cli import main as cli
from belteam.core.actors import SYSTEM
from belteam.importing.importer import import_file
from belteam.outreach import cases as outreach
from belteam.pairings import service as pairings
from belteam.people import service as people
from belteam.storage.models import AuditEntry, OutreachCase

MON = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


def trail(since_id: int = 0) -> list[tuple[str, str, str, str]]:
    return [(e.actor, e.action, e.subject, e.detail) for e in
            AuditEntry.select().where(AuditEntry.id > since_id).order_by(AuditEntry.id)]


def last_id() -> int:
    return AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).scalar() or 0


def test_every_change_to_people_pairings_absences_covers_pauses_and_cases(db, clock):
    anna = people.save_volunteer(COORD, {"code": "V1", "first_name": "Anna", "phone": "0611111111"})
    bert = volunteer("V2", "Bert")
    jan = people.save_resident(COORD, {"code": "R1", "first_name": "Jan",
                                       "address": "Dorpsstraat 1", "phone": "0612345678"})
    people.save_resident(COORD, {"address": "Kerkweg 9", "first_name": "Jan"}, pk=jan.id)
    pairing = pairings.pair(COORD, jan, anna, "weekly:mon", start=date(2026, 11, 2),
                            preferred_time=time(10))
    pairings.change_plan(COORD, pairing, "weekly:tue", time(10))
    absence = absences.add_absence(COORD, anna.id, MON, MON + timedelta(days=6), "vakantie")
    absences.cover_absence(COORD, absence.id, bert.id)
    pause = absences.pause_resident(COORD, jan.id, MON + timedelta(days=10), None)
    absences.end_pause(COORD, pause.id, MON + timedelta(days=12))
    case = OutreachCase.create(resident=jan, status="open", opened_at=clock.now())
    outreach.take(STAFF, case.id)
    outreach.add_action(STAFF, case.id, "home_visit", "Neighbour has a key")
    outreach.close(STAFF, case.id, "reached", "All well")
    pairings.end_pairing(COORD, pairing, MON + timedelta(days=20))
    people.set_archived(COORD, jan)
    got = [(who, action, subject, detail) for who, action, subject, detail in trail()
           if who in ("coco", "stef")]
    assert got == [
        ("coco", "volunteer_created", "volunteer:V1", "fields=code,first_name,phone"),
        ("coco", "resident_created", "resident:R1", "fields=address,code,first_name,phone"),
        ("coco", "resident_changed", "resident:R1", "fields=address"),
        ("coco", "pairing_created", "resident:R1",
         f"fields=preferred_time,rrule,start_date,volunteer pairing={pairing.id}"),
        ("coco", "plan_changed", "resident:R1", f"fields=rrule pairing={pairing.id}"),
        ("coco", "absence_added", "volunteer:V1", "fields=end_date,reason,start_date"),
        ("coco", "cover_assigned", "resident:R1",
         f"fields=end_date,start_date,volunteer pairing={pairing.id}"),
        ("coco", "pause_added", "resident:R1", "fields=start_date"),
        ("coco", "pause_ended", "resident:R1", "fields=end_date"),
        ("stef", "case_taken", "resident:R1", f"fields=status,taken_by case={case.id}"),
        ("stef", "case_action", "resident:R1",
         f"fields=action,text case={case.id} action=home_visit"),
        ("stef", "case_closed", "resident:R1",
         f"fields=note,outcome,status case={case.id} outcome=reached"),
        ("coco", "pairing_ended", "resident:R1", f"fields=end_date pairing={pairing.id}"),
        ("coco", "resident_archived", "resident:R1", "fields=archived"),
    ]
    text = json.dumps(trail())
    for secret in ("Dorpsstraat", "Kerkweg", "0612345678", "vakantie", "Neighbour", "All well",
                   "Jan", "Anna"):
        assert secret not in text


def test_an_import_records_its_row_count(db, tmp_path: Path):
    sheet = tmp_path / "residents.csv"
    sheet.write_text("code,first_name,phone\nR1,Jan,0612345678\nR2,Mien,0612345679\n",
                     encoding="utf-8")
    start = last_id()
    import_file(COORD, "residents", sheet)
    [(who, action, subject, detail)] = [t for t in trail(start) if t[1] == "people_imported"]
    assert (who, subject) == ("coco", "") and "kind=residents rows=2 created=2" in detail


def test_audit_json_filters_by_action_person_user_and_period(db, db_url, capsys, clock):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", date(2026, 11, 2))
    absences.pause_resident(COORD, res.id, MON, None)
    clock.advance(timedelta(days=3))
    absences.resume_resident(COORD, res.id)

    def run(*args: str) -> list[dict]:
        assert cli.run(["--db", db_url, "audit", "--json", *args]) == 0
        return json.loads(capsys.readouterr().out)

    assert {e["action"] for e in run("--person", "R1")} >= {
        "resident_created", "pairing_created", "pause_added", "pause_ended"}
    assert {e["subject"] for e in run("--person", "V1")} == {"volunteer:V1"}
    assert [e["action"] for e in run("--action", "pause_ended")] == ["pause_ended"]
    assert {e["actor"] for e in run("--by", "coco")} == {"coco"}
    assert [e["action"] for e in run("--from", "2026-12-03")] == ["pause_ended"]
    assert "pause_ended" not in [e["action"] for e in run("--to", "2026-12-02")]
    assert SYSTEM.username in {e["actor"] for e in run("--person", "R1")}
