"""The demo team: realistic, reproducible, fast to make, and never mixed into real data."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import peewee as pw
import pytest
from account_helpers import PASSWORD, use_fast_hasher

from belteam.accounts import users as accounts
from belteam.cli import main as cli
from belteam.core import phones
from belteam.core.actors import SYSTEM as ACTOR
from belteam.core.actors import Actor, PermissionDenied
from belteam.core.clock import clock
from belteam.demo import team as demo
from belteam.outreach import cases as outreach
from belteam.pairings.plans import parse_plan
from belteam.pairings.running import running as active_on
from belteam.storage.db import DB
from belteam.storage.models import (
    Absence,
    CallAttempt,
    CaseEvent,
    OutreachCase,
    Pairing,
    Pause,
    Resident,
    User,
    Volunteer,
)

ARABIC = re.compile("[\u0600-\u06ff]")
PEOPLE = (CaseEvent, OutreachCase, CallAttempt, Pause, Absence, Pairing, Resident, Volunteer)


def _snapshot() -> dict:
    """What must be equal for equal seeds: people, plans and the call history's shape."""
    return {
        "residents": list(Resident.select(Resident.code, Resident.first_name, Resident.last_name,
                                          Resident.phone, Resident.status)
                          .order_by(Resident.code).tuples()),
        "volunteers": list(Volunteer.select(Volunteer.code, Volunteer.first_name)
                           .order_by(Volunteer.code).tuples()),
        "plans": list(Pairing.select(Resident.code, Volunteer.code, Pairing.rrule,
                                     Pairing.start_date, Pairing.preferred_time)
                      .join(Resident).switch(Pairing).join(Volunteer)
                      .order_by(Resident.code).tuples()),
        "attempts": CallAttempt.select().count(),
        "reached": CallAttempt.select().where(CallAttempt.outcome == "reached").count(),
    }


def _wipe() -> None:
    for model in PEOPLE:
        model.delete().execute()


def test_same_seed_same_team_other_seed_other_team(db):
    demo.generate(ACTOR, residents=40, volunteers=10, years=0.5, seed=7)
    first = _snapshot()
    _wipe()
    demo.generate(ACTOR, residents=40, volunteers=10, years=0.5, seed=7)
    assert _snapshot() == first
    _wipe()
    demo.generate(ACTOR, residents=40, volunteers=10, years=0.5, seed=8)
    other = _snapshot()
    assert other["residents"] != first["residents"]
    assert other["plans"] != first["plans"]


def test_default_demo_counts_and_showcase(db):
    summary = demo.generate(ACTOR)
    assert (summary.residents, summary.volunteers) == (120, 30)
    assert Resident.select().count() == 120 and Volunteer.select().count() == 30
    assert Pairing.select().count() == summary.pairings
    assert CallAttempt.select().count() == summary.attempts == sum(summary.outcomes.values())
    assert Pause.select().count() == summary.pauses
    assert Absence.select().count() == summary.absences
    statuses = Counter(r.status for r in Resident.select())
    assert statuses["waiting"] == summary.waiting > 0
    assert statuses["paused"] == summary.paused > 0
    names = [f"{r.first_name} {r.last_name}" for r in Resident.select()]
    assert any(ARABIC.search(name) for name in names)
    assert any(ch in name for name in names for ch in "čïëéşłó")
    assert {"Havelte", "Diever", "Dwingeloo", "Vledder"} <= {r.area for r in Resident.select()}
    languages = {lang for r in Resident.select() for lang in r.languages}
    assert {"nl", "ar", "tr", "pl"} <= languages
    assert 0.7 < summary.outcomes["reached"] / summary.attempts < 0.9
    assert summary.stopped_answering >= 1
    # The demo leaves an evaluated follow-up queue: nobody has to open the window first.
    assert outreach.is_current(clock.today()) and OutreachCase.select().count() > 0


def test_plans_parse_and_phones_are_e164(db):
    demo.generate(ACTOR, residents=80, volunteers=20, years=0.2, seed=3)
    kinds = Counter(parse_plan(p.rrule).kind for p in Pairing.select())
    assert kinds["weekly"] > 0 and sum(kinds.values()) == Pairing.select().count()
    numbers = [n for r in Resident.select()
               for n in (r.phone, r.phone2, r.emergency_contact_phone) if n]
    numbers += [v.phone for v in Volunteer.select()]
    assert len(numbers) >= 80 + 80 + 20
    for number in numbers:
        assert number.startswith("+31") and phones.normalize(number) == number
    landlines = [n for n in numbers if n.startswith("+31521")]
    assert landlines and all(len(n) == 12 for n in landlines)
    for r in Resident.select():
        assert r.consent_date is not None and r.consent_date <= db_today()
        assert r.emergency_contact_name and r.consent_purpose


def db_today():
    return clock.today()


def db_now():
    return clock.now()


def test_waiting_and_paused_residents(db):
    demo.generate(ACTOR, residents=150, volunteers=30, years=0.5, seed=5)
    today = db_today()
    running = {p.resident_id for p in Pairing.select().where(active_on(today))}
    waiting = list(Resident.select().where(Resident.status == "waiting"))
    assert waiting
    assert not any(r.id in running for r in waiting)
    for pause in Pause.select():
        assert pause.resident.status == "paused"
        during = CallAttempt.select().where(
            CallAttempt.resident == pause.resident_id, CallAttempt.due_date >= pause.start_date)
        assert during.count() == 0
    for p in Pairing.select().where(Pairing.end_date.is_null(False)):
        assert p.resident.status == "stopped" and p.end_date < today and p.ended_reason


def test_volunteer_capacity_is_respected(db):
    demo.generate(ACTOR, residents=200, volunteers=20, years=0, seed=2)
    today = db_today()
    load = Counter(p.volunteer_id for p in Pairing.select().where(active_on(today)))
    for volunteer in Volunteer.select():
        assert load[volunteer.id] <= volunteer.max_residents
    # 20 volunteers cannot take 200 residents: the rest wait for a volunteer
    assert Resident.select().where(Resident.status == "waiting").count() > 50


def test_attempts_lie_between_pairing_start_and_now(db):
    summary = demo.generate(ACTOR, residents=60, volunteers=15, years=1, seed=11)
    now = clock.now()
    assert summary.attempts > 500
    starts = {p.id: (p.start_date, p.preferred_time, p.end_date) for p in Pairing.select()}
    first_of_due: dict[tuple, CallAttempt] = {}
    for a in CallAttempt.select():
        start, _, end = starts[a.pairing_id]
        assert start <= a.due_date < clock.today() and a.at.date() < clock.today() <= now.date()
        assert a.at.date() >= a.due_date and a.at.tzinfo is not None
        assert end is None or a.due_date <= end
        assert a.outcome in CallAttempt.OUTCOMES
        if a.outcome != "reached":
            assert not a.note and a.wellbeing is None
        elif a.wellbeing is not None:
            assert 1 <= a.wellbeing <= 10
        key = (a.pairing_id, a.due_date)
        if key not in first_of_due or a.at < first_of_due[key].at:
            first_of_due[key] = a
    # The first try is near the agreed (Amsterdam) time: proves the UTC round trip.
    for (pairing_id, _), a in first_of_due.items():
        agreed = datetime.combine(a.due_date, starts[pairing_id][1], a.at.tzinfo)
        assert -20 <= (a.at - agreed).total_seconds() / 60 <= 45


def test_history_does_not_depend_on_the_hour(db):
    demo.generate(ACTOR, residents=40, volunteers=10, years=0.3, seed=6)
    morning = _snapshot()
    _wipe()
    clock.pin(datetime.combine(clock.today(), datetime.max.time(), clock.now().tzinfo))
    demo.generate(ACTOR, residents=40, volunteers=10, years=0.3, seed=6)
    assert _snapshot() == morning


def test_aware_datetimes_are_stored_in_utc(db):
    demo.generate(ACTOR, residents=10, volunteers=3, years=0.3, seed=4)
    a = CallAttempt.select().order_by(CallAttempt.id).first()
    raw = db.execute_sql(f"SELECT at FROM call_attempt WHERE id = {a.id:d}").fetchone()[0]
    stored = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    assert stored == a.at.astimezone(UTC).replace(tzinfo=None)
    assert a.at.utcoffset() in (timedelta(hours=1), timedelta(hours=2))


def test_some_residents_stopped_answering(db):
    summary = demo.generate(ACTOR, residents=120, volunteers=30, years=0.5, seed=9)
    assert summary.stopped_answering >= 1
    recent = db_today() - timedelta(days=20)
    outcomes: dict[int, set[str]] = defaultdict(set)
    for a in CallAttempt.select().where(CallAttempt.due_date >= recent):
        outcomes[a.resident_id].add(a.outcome)
    silent = [r for r, seen in outcomes.items() if "reached" not in seen]
    assert silent
    for resident in silent[:3]:  # they did answer before
        assert CallAttempt.select().where(CallAttempt.resident == resident,
                                          CallAttempt.outcome == "reached").exists()


def test_notes_topics_and_flags(db):
    demo.generate(ACTOR, residents=60, volunteers=15, years=1, seed=12)
    reached = CallAttempt.select().where(CallAttempt.outcome == "reached")
    assert reached.where(CallAttempt.note != "").count() > reached.count() / 2
    topics = {t for a in reached for t in a.topics}
    assert topics <= {"loneliness", "health", "groceries", "money", "mobility", "family", "mood"}
    assert len(topics) == 7
    assert reached.where(CallAttempt.confidential == True).exists()  # noqa: E712
    assert reached.where(CallAttempt.practical_help == True).exists()  # noqa: E712
    marks = Counter(a.wellbeing for a in reached if a.wellbeing is not None)
    assert sum(marks[m] for m in (6, 7, 8)) > sum(marks.values()) / 2


def test_refuses_a_database_with_people_unless_forced(db):
    demo.generate(ACTOR, residents=10, volunteers=3, years=0, seed=1)
    with pytest.raises(demo.DemoError, match="--force"):
        demo.generate(ACTOR, residents=10, volunteers=3, years=0, seed=1)
    summary = demo.generate(ACTOR, residents=10, volunteers=3, years=0.1, seed=1, force=True)
    assert summary.residents == 10
    assert Resident.select().count() == 20
    assert Resident.select().where(Resident.code.startswith("D2-")).count() == 10


def test_needs_permission_and_sane_sizes(db):
    volunteer = Actor(username="ann", role="volunteer", volunteer_id=1)
    with pytest.raises(PermissionDenied):
        demo.generate(volunteer, residents=5, volunteers=1)
    with pytest.raises(demo.DemoError):
        demo.generate(ACTOR, residents=-1)
    with pytest.raises(demo.DemoError):
        demo.generate(ACTOR, years=50)
    assert Resident.select().count() == 0


def test_no_history_and_after_demo_hooks(db, monkeypatch):
    seen = []
    monkeypatch.setattr(demo, "AFTER_DEMO", [seen.append])
    stages = []
    summary = demo.generate(ACTOR, residents=30, volunteers=8, years=0, seed=1,
                            progress=lambda stage, done, total: stages.append(stage))
    assert seen == [summary]
    assert summary.attempts == 0 and CallAttempt.select().count() == 0
    assert {"volunteers", "residents", "pairings"} <= set(stages)
    assert all(p.start_date <= db_today() for p in Pairing.select())


def test_cli_demo(db, db_url, capsys, monkeypatch):
    cli.build_parser()  # imports every command module (accounts sets cli.authenticate)
    # The demo adds demo sign-ins (accounts); this test is about the demo command, not sign-in.
    monkeypatch.setattr(cli, "authenticate", lambda args: ACTOR)
    args = ["--db", db_url, "demo", "--residents", "20", "--volunteers", "5", "--years", "0.2",
            "--seed", "3"]
    assert cli.run(args) == 0
    out = capsys.readouterr().out
    assert "residents    20" in out and "volunteers   5" in out
    assert Resident.select().count() == 20
    assert cli.run(args) == 2
    assert "--force" in capsys.readouterr().err
    assert cli.run([*args, "--force", "--json"]) == 0
    assert '"residents": 20' in capsys.readouterr().out
    assert Resident.select().count() == 40


def test_old_sqlite_variable_limit(sqlite_db):
    """SQLite before 3.32 binds at most 999 values a statement: chunks must shrink to fit."""
    sqlite_db.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    summary = demo.generate(ACTOR, residents=120, volunteers=30, years=0.3, seed=1)
    assert CallAttempt.select().count() == summary.attempts > 999 // 14


def test_bulk_insert_sql_binds_every_value(db):
    from belteam.demo.bulk import _statement, _with_defaults, bulk_insert, chunk_rows

    fields, defaults = _with_defaults(Resident, [Resident.code, Resident.first_name])
    rows = [(code, "A", *defaults) for code in ("R1", "R2", "R3")]
    sql = _statement(Resident, fields, rows)
    assert sql.count(db.param) == 3 * len(fields) and "RETURNING" not in sql
    assert bulk_insert(Resident, [Resident.code, Resident.first_name, Resident.created_at,
                                  Resident.updated_at],
                       [(f"X{n}", "Ann", db_now(), db_now()) for n in range(7)]) == 7
    assert Resident.select().where(Resident.status == "waiting").count() == 7
    assert chunk_rows(DB, 13) == chunk_rows(db, 13)  # the models' proxy is seen through
    if isinstance(db, pw.SqliteDatabase):
        limit = db.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        assert chunk_rows(db, 13) * 13 <= limit
        assert chunk_rows(db, 40) * 40 <= limit
    else:
        assert chunk_rows(db, 13) == 5000


def test_demo_accounts_only_in_a_database_without_accounts(db, db_url, capsys, monkeypatch):
    """``demo --force`` on a live database adds people but never the public demo sign-ins."""
    use_fast_hasher(monkeypatch)
    accounts.create_user(ACTOR, "mieke", "coordinator", PASSWORD)
    people_before = Resident.select().count()
    monkeypatch.setenv("BELTEAM_PASSWORD", PASSWORD)
    args = ["--db", db_url, "--user", "mieke", "demo", "--residents", "5", "--volunteers", "2",
            "--years", "0", "--force"]
    assert cli.run(args) == 0
    err = capsys.readouterr().err
    assert "already has accounts" in err and "demo-coordinator" not in err
    assert [u.username for u in User.select()] == ["mieke"]
    assert Resident.select().count() == people_before + 5


def test_demo_accounts_are_made_in_an_empty_database(db, db_url, capsys, monkeypatch):
    use_fast_hasher(monkeypatch)
    args = ["--db", db_url, "demo", "--residents", "5", "--volunteers", "2", "--years", "0"]
    assert cli.run(args) == 0
    shown = capsys.readouterr()
    assert "demo-coordinator" in shown.out + shown.err
    assert {u.username for u in User.select()} == {"coordinator", "staff", "volunteer"}


def test_demo_waiting_residents_have_wanted_plans_and_can_be_matched(sqlite_db):
    from belteam.core.actors import SYSTEM
    from belteam.demo import team as demo_team
    from belteam.matching import batch
    from belteam.matching.availability import parse
    from belteam.storage.models import Resident, Volunteer

    demo_team.generate(SYSTEM, residents=120, volunteers=30, years=0, seed=3)
    waiting = list(Resident.select().where(Resident.status == "waiting"))
    assert waiting and all(r.wanted_plan for r in waiting)
    assert all(parse(v.available).known and not parse(v.available).unread
               for v in Volunteer.select())
    assert batch.propose(SYSTEM).pairs


def test_cli_demo_summary_speaks_singular_and_sign_ins_follow_on_their_own_lines(capsys):
    from belteam.cli import demo as demo_cli

    summary = demo.DemoSummary(seed=1, residents=4, volunteers=2, stopped_answering=1,
                               sign_ins=[("coordinator", "coordinator", "demo-coordinator")])
    demo_cli._print_summary(summary)
    demo_cli._print_sign_ins(summary, __import__("sys").stdout)
    lines = capsys.readouterr().out.splitlines()
    assert lines[4] == "  call attempts 0; 1 resident stopped answering lately"
    assert lines[5:7] == ["", "Demo sign-ins (user name / password):"]
    assert "sign_ins" not in summary.as_dict()


def test_demo_hook_notes_the_sign_ins_in_the_summary(db, monkeypatch, capsys):
    from belteam.demo import accounts as demo_accounts

    monkeypatch.setattr(demo, "AFTER_DEMO", [demo_accounts.demo_accounts_hook])
    summary = demo.generate(ACTOR, residents=10, volunteers=3, years=0, seed=1)
    assert [name for name, _, _ in summary.sign_ins] == ["coordinator", "staff", "volunteer"]
    assert capsys.readouterr().err == ""  # printed by the command after its summary


def test_bulk_insert_keeps_awkward_values(db):
    """PostgreSQL loads through COPY (CSV): quotes, commas, new lines, empty text, None, flags
    and moments come back exactly as given, on both engines."""
    from belteam.demo import bulk

    notes = ['say "hi", then\nhang up', "", "a\\b;c", "Ročak's"]
    when = datetime(2026, 11, 30, 9, 15, 30, tzinfo=UTC)
    bulk.bulk_insert(Resident, [Resident.code, Resident.first_name, Resident.created_at,
                                Resident.updated_at, Resident.lives_alone],
                     [(f"Q{i}", note, when, when, i % 2 == 0) for i, note in enumerate(notes)])
    rows = Resident.select().where(Resident.code.startswith("Q")).order_by(Resident.code)
    assert [(r.first_name, r.lives_alone, r.created_at) for r in rows] == [
        (note, i % 2 == 0, when) for i, note in enumerate(notes)]
    first = rows[0]
    bulk.bulk_insert(Pause, [Pause.resident, Pause.start_date, Pause.end_date, Pause.reason],
                     [(first.id, when.date(), None, "away, \"long\"")])
    pause = Pause.get(Pause.resident == first.id)
    assert (pause.end_date, pause.reason) == (None, 'away, "long"')
