"""Every service that reads or changes people, calls, cases, accounts or settings, tried for
every role; and no route lets a volunteer see another volunteer's resident.

Adding a service is one line in SERVICES: (name, call(world, actor), roles allowed).
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from account_helpers import PASSWORD, World, build_world, use_fast_hasher

from belteam.accounts import users as accounts
from belteam.audit import log as audit
from belteam.calls import absences, ical, printing, schedule
from belteam.calls import log as calls
from belteam.core.actors import PERMISSIONS, SYSTEM, PermissionDenied
from belteam.core.clock import clock as the_clock
from belteam.matching import batch, leaving, lists, lists_rows, suggest
from belteam.matching.lists_rows import ResidentFilter
from belteam.outreach import cases as outreach
from belteam.outreach import queue as outreach_queue
from belteam.pairings import service as pairings
from belteam.people import export_rows
from belteam.people import service as people
from belteam.privacy import ledger, tables
from belteam.privacy import restore as restoring
from belteam.privacy import rights as privacy
from belteam.reports import exports as report_exports
from belteam.reports import overview as reports
from belteam.reports import periods
from belteam.settings import store as settings
from belteam.storage import backup
from belteam.storage.db import DB
from belteam.storage.models import OutreachCase, Pairing


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)

C, S, V = "coordinator", "staff", "volunteer"
ALL = {C, S, V}
TODAY = date(2026, 11, 30)




def p_of(w: World, r) -> Pairing:
    return Pairing.get(Pairing.resident == r.id)


WEEK = (TODAY + timedelta(days=7), TODAY + timedelta(days=14))


def _case(w: World) -> int:
    return OutreachCase.get(OutreachCase.resident == w.r2.id).id


# Every service, written out: a module that moves or is renamed fails here, never drops rows.
SERVICES: list[tuple[str, object, set[str]]] = [
    # people.py — a volunteer's lists are filtered (see the tests below), not refused.
    ("people.residents", lambda w, a: list(people.residents(a)), ALL),
    ("people.volunteers", lambda w, a: list(people.volunteers(a)), ALL),
    ("people.get_resident own", lambda w, a: people.get_resident(a, w.r1.id), ALL),
    ("people.get_resident other", lambda w, a: people.get_resident(a, w.r2.id), {C, S}),
    ("people.resident_view other", lambda w, a: people.resident_view(a, w.r2.id), {C, S}),
    ("people.get_volunteer other", lambda w, a: people.get_volunteer(a, w.v2.id), {C, S}),
    ("people.save_resident", lambda w, a: people.save_resident(a, {"area": "Diever"}, w.r1.id), {C}),
    ("people.save_volunteer", lambda w, a: people.save_volunteer(a, {"area": "Uffelte"}, w.v1.id), {C}),
    ("people.set_archived", lambda w, a: people.set_archived(a, w.r2), {C}),
    # export_rows.py — bulk machine-readable output of people is a data export.
    ("export_rows.export_residents", lambda w, a: export_rows.export_residents(a), {C}),
    ("export_rows.export_volunteers", lambda w, a: export_rows.export_volunteers(a), {C}),
    # pairings.py
    ("pairings.pair", lambda w, a: pairings.pair(a, w.r2, w.v1, "weekly:mon", force=True), {C}),
    ("pairings.change_plan", lambda w, a: pairings.change_plan(a, p_of(w, w.r1), "weekly:wed"), {C}),
    ("pairings.end_pairing", lambda w, a: pairings.end_pairing(a, p_of(w, w.r1)), {C}),
    ("pairings.get_pairing other", lambda w, a: pairings.get_pairing(a, p_of(w, w.r2).id), {C, S}),
    ("people.resident_by_code other", lambda w, a: people.resident_by_code(a, "R2"), {C, S}),
    # matching
    ("suggest.for_resident", lambda w, a: suggest.for_resident(a, w.r2.id), {C}),
    ("suggest.for_waiting", lambda w, a: suggest.for_waiting(a), {C}),
    ("batch.propose", lambda w, a: batch.propose(a), {C}),
    ("batch.apply", lambda w, a: batch.apply(a, batch.Proposal()), {C}),
    ("leaving.stop_volunteer", lambda w, a: leaving.stop_volunteer(a, w.v2), {C}),
    ("lists_rows.resident_lines", lambda w, a: lists_rows.resident_lines(a, ResidentFilter()),
     {C, S}),
    ("lists.volunteer_lines", lambda w, a: lists.volunteer_lines(a), {C, S}),
    ("tables.write_table", lambda w, a: tables.write_table(
        a, Path(tempfile.gettempdir()) / "belteam-permission.csv", ["a"], [[1]], "test"), {C}),
    # settings.py
    ("settings.set_value", lambda w, a: settings.set_value(a, "grace_days", 3), {C}),
    # accounts.py
    ("accounts.users", lambda w, a: accounts.users(a), {C}),
    ("accounts.create_user", lambda w, a: accounts.create_user(a, "newbie", "staff", PASSWORD), {C}),
    ("accounts.reset_password", lambda w, a: accounts.reset_password(a, "bram", PASSWORD), {C}),
    ("accounts.set_disabled", lambda w, a: accounts.set_disabled(a, "bram"), {C}),
    ("accounts.link_volunteer", lambda w, a: accounts.link_volunteer(a, "bram", w.v2.id), {C}),
    # audit.py, privacy.py
    ("audit.entries", lambda w, a: list(audit.entries(a)), {C}),
    ("privacy.record_consent", lambda w, a: privacy.record_consent(a, w.r1.id, TODAY, "self", "calls"), {C}),
    ("privacy.export_person", lambda w, a: privacy.export_person(a, "R1"), {C}),
    ("privacy.erase_person", lambda w, a: privacy.erase_person(a, "R2"), {C}),
    ("ledger.erase_in_backups", lambda w, a: ledger.erase_in_backups(a, []), {C}),
    ("restore.check", lambda w, a: restoring.check(a, backup.make_backup(DB.obj)), {C}),
    ("people.version_of other", lambda w, a: people.version_of(a, "resident", w.r2.id), {C, S}),
    ("privacy.purge_old_notes", lambda w, a: privacy.purge_old_notes(a, TODAY), {C}),
    ("calls.log_call own", lambda w, a: calls.log_call(a, w.r1.id, "reached"), ALL),
    ("calls.log_call other", lambda w, a: calls.log_call(a, w.r2.id, "reached"), {C, S}),
    ("calls.history own", lambda w, a: calls.history(a, w.r1.id), ALL),
    ("calls.history other", lambda w, a: calls.history(a, w.r2.id), {C, S}),
    ("schedule.today_list own", lambda w, a: schedule.today_list(a, TODAY, w.v1.id) if a.role == V
     else schedule.today_list(a, TODAY), ALL),
    ("schedule.today_list other", lambda w, a: schedule.today_list(a, TODAY, w.v2.id), {C, S}),
    # A volunteer reports their own absence (the coordinator arranges cover), nobody else's.
    ("absences.add_absence own", lambda w, a: absences.add_absence(a, w.v1.id, *WEEK), {C, V}),
    ("absences.add_absence other", lambda w, a: absences.add_absence(a, w.v2.id, *WEEK), {C}),
    ("absences.pause_resident", lambda w, a: absences.pause_resident(a, w.r1.id, *WEEK), {C}),
    ("absences.pauses", lambda w, a: absences.pauses(a), {C, S}),
    ("absences.covers", lambda w, a: absences.covers(a), {C, S}),
    ("absences.absences other", lambda w, a: absences.absences(a, w.v2.id), {C}),
    ("absences.assign_cover", lambda w, a: absences.assign_cover(
        a, [p_of(w, w.r2).id], w.v1.id, *WEEK), {C}),
    ("ical.volunteer_ics own", lambda w, a: ical.volunteer_ics(a, w.v1.id), {C, V}),
    ("ical.volunteer_ics other", lambda w, a: ical.volunteer_ics(a, w.v2.id), {C}),
    ("printing.volunteer_list_pdf other", lambda w, a: printing.volunteer_list_pdf(
        a, "/dev/null", w.v2.id, TODAY), {C}),
    ("outreach.evaluate", lambda w, a: outreach.evaluate(a, TODAY), {C, S}),
    ("outreach.take", lambda w, a: outreach.take(a, _case(w)), {C, S}),
    ("outreach.add_action", lambda w, a: outreach.add_action(a, _case(w), "other", "x"), {C, S}),
    ("outreach_queue.queue", lambda w, a: outreach_queue.queue(a), {C, S}),
    ("outreach.current_queue", lambda w, a: outreach.current_queue(a), {C, S}),
    ("outreach_queue.case_row", lambda w, a: outreach_queue.case_row(a, _case(w)), {C, S}),
    ("absences.uncovered_calls", lambda w, a: absences.uncovered_calls(a, w.v1.id, *WEEK), {C}),
    ("absences.substitutes", lambda w, a: absences.substitutes(a, w.v1.id, *WEEK), {C}),
    ("absences.resume_resident", lambda w, a: absences.resume_resident(a, w.r1.id, WEEK[0])
     if absences.pause_resident(SYSTEM, w.r1.id, TODAY, None) else None, {C}),
    # reports
    ("reports.overview", lambda w, a: reports.overview(a, periods.week_of(TODAY), True), {C, S}),
    ("reports.reach_series", lambda w, a: reports.reach_series(a), {C, S}),
    ("reports.export", lambda w, a: report_exports.export(
        a, reports.overview(SYSTEM, periods.week_of(TODAY)), "json"), {C, S}),
]


HIDDEN = {"pairings.get_pairing other", "people.resident_by_code other"}


@pytest.mark.parametrize("role", [C, S, V])
@pytest.mark.parametrize("name,call,allowed", SERVICES, ids=[s[0] for s in SERVICES])
def test_every_service_checks_the_role(db, name, call, allowed, role):
    world = build_world()
    actor = world.actor(role)
    if role in allowed:
        call(world, actor)
    elif name in HIDDEN:  # lookups answer "not found" rather than confirm the record exists
        with pytest.raises(LookupError, match="may see"):
            call(world, actor)
    else:
        with pytest.raises(PermissionDenied, match=f"Not allowed for the role {role}"):
            call(world, actor)


def test_the_matrix_matches_the_roles():
    volunteer = {p for p, roles in PERMISSIONS.items() if V in roles}
    staff = {p for p, roles in PERMISSIONS.items() if S in roles}
    coordinator = {p for p, roles in PERMISSIONS.items() if C in roles}
    assert coordinator == set(PERMISSIONS)  # everything
    assert volunteer == {"calls.log", "export.schedule"}  # own list only, nothing else
    assert not any(p.startswith(("users.", "audit.", "settings.", "privacy.")) for p in staff)
    assert {"outreach.read", "outreach.work", "people.read_all", "calls.read_all",
            "notes.confidential", "reports.read"} <= staff


def _codes(rows) -> set[str]:
    return {r.code for r in rows}


def test_volunteer_sees_only_own_and_covered_residents_by_every_route(db):
    w = build_world()
    a = w.vol1  # calls R1, covers R3 this week; R2 belongs to vol2
    assert _codes(people.residents(a, include_archived=True)) == {"R1", "R3"}
    assert _codes(people.resident_rows(a, include_archived=True)) == {"R1", "R3"}
    assert {p.resident.code for p in pairings.pairings(a, include_ended=True)} <= {"R1", "R3"}
    with pytest.raises(PermissionDenied):
        people.get_resident(a, w.r2.id)
    with pytest.raises(LookupError):
        people.resident_by_code(a, "R2")
    with pytest.raises(PermissionDenied):
        privacy.export_person(a, "R2")
    with pytest.raises(PermissionDenied):
        audit.entries(a)
    assert _codes(people.volunteers(a)) == {"V1"}
    with pytest.raises(PermissionDenied):
        calls.history(a, w.r2.id)
    assert "R2" not in {c.resident_code for c in schedule.today_list(a, TODAY)}
    # Once the cover ends, R3 is gone too.
    the_clock.advance(timedelta(days=8))
    assert _codes(people.residents(a)) == {"R1"}


def test_volunteer_never_reads_confidential_notes_of_others(db):
    w = build_world()
    notes = {h.note for h in calls.history(w.vol1, w.r1.id)}
    assert "Talked about the garden of Wilhelmina" in notes
    assert "Confidential: Zwartjes debts" not in notes
    staff_notes = {h.note for h in calls.history(w.staff, w.r1.id)}
    assert "Confidential: Zwartjes debts" in staff_notes


def test_no_account_means_no_rights(db):
    """A volunteer account without a volunteer record sees nobody."""
    w = build_world()
    lonely = accounts.Actor("ghost", V, user_id=99)
    assert list(people.residents(lonely)) == []
    assert w.vol1.volunteer_id is not None
