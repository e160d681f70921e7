"""Outreach cases (signalering): opened by the rules, taken, worked and closed by staff.

One open case per resident (status open or taken); later triggers add to its timeline.
Every change is a ``CaseEvent`` with the actor and the time. The rules themselves live in
``belteam.outreach.rules``; the queue and read-side queries in ``belteam.outreach.queue``.

``on_attempt_logged`` (after each logged call) and ``job_evaluate`` (nightly) are wired in by
``belteam.bootstrap.wire()``, which every entry point calls; this module registers nothing itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime

from belteam.audit import log as audit
from belteam.calls.schedule_data import (
    case_flags,  # noqa: F401  (re-exported)
)
from belteam.core.actors import SYSTEM, Actor, require
from belteam.core.clock import clock
from belteam.core.messages import N_, _
from belteam.core.validation import ValidationError, clean_note
from belteam.outreach import texts
from belteam.outreach.facts import fetch, flags
from belteam.outreach.queue import (  # noqa: F401  (re-exported: the read side)
    AttemptLine,
    CaseRow,
    EventLine,
    case_row,
    new_cases_since,
    queue,
)
from belteam.outreach.rules import REASONS, Thresholds, triggers
from belteam.outreach.writing import (  # noqa: F401  (_LOCK_KEY, open_cases: re-exported)
    _LOCK_KEY,
    open_cases,
)
from belteam.outreach.writing import apply as _apply
from belteam.outreach.writing import lock as _lock
from belteam.outreach.writing import lock_case as _lock_case
from belteam.pairings.service import current_pairing, end_pairing
from belteam.storage.db import DB
from belteam.storage.models import (
    CallAttempt,
    CaseEvent,
    JobRun,
    OutreachCase,
    Pause,
    Resident,
    User,
)

log = logging.getLogger(__name__)

OPEN_STATUSES = OutreachCase.OPEN_STATUSES
ACTIONS = ("called_emergency_contact", "home_visit", "reached_by_phone", "message_neighbour",
           "other")
OUTCOMES = OutreachCase.OUTCOMES
# What closing with each outcome does besides closing (the UI asks to confirm this).
# The one wording: the confirmation here, the close dialog and its result all use it.
OUTCOME_EFFECTS = {
    "reached": N_("The counters for {name} start again from now."),
    "hospital": N_("{name} will be paused from today until further notice."),
    "moved": N_("Nothing else changes; end the pairing if the calls stop."),
    "deceased": N_("The pairing ends and {name} is set to stopped."),
    "stopped": N_("The pairing ends and {name} is set to stopped."),
    "other": N_("Nothing else changes."),
}


def effect_words(outcome: str, name: str) -> str:
    """What closing with ``outcome`` does besides closing, in the current language."""
    return _(OUTCOME_EFFECTS[outcome], name=name) if outcome in OUTCOME_EFFECTS else ""
EVALUATED_KEY = "outreach.evaluated"  # JobRun row: when every resident was last evaluated

# Called with the cases an evaluation newly opened (never empty): the window's notifier
# listens here. Listeners may run on a worker thread (the job) and must not touch widgets.
AFTER_EVALUATE: list[Callable[[list[OutreachCase]], None]] = []


class CaseTaken(Exception):
    """Someone else already works on this case; the message names them."""


class CaseNotOpen(ValidationError):
    """The case is closed; nothing was changed."""

    def __init__(self, case: OutreachCase):
        if case.changed_by and case.closed_at:  # say who closed it, so nobody goes twice
            text = _("case {id} was already closed ({outcome}) by {name} at {time}; nothing "
                     "was changed", id=case.id, outcome=case.outcome, name=case.changed_by,
                     time=case.closed_at.strftime("%d-%m-%Y %H:%M"))
        else:
            text = _("case {id} is already closed ({outcome}); nothing was changed",
                     id=case.id, outcome=case.outcome)
        super().__init__({"case": text})


def _event(case: OutreachCase, actor: str, kind: str, reason: str = "", text: str = "") -> None:
    CaseEvent.create(case=case, at=clock.now(), actor=actor[:80], kind=kind, reason=reason[:40],
                     text=clean_note(text))


# Residents read, judged and written per hold of the outreach lock by an evaluation of
# everyone: a logged call about one of them (its hook locks its resident) waits for that
# chunk at most; on SQLite, where every write waits for the one writer, for one chunk.
LOCK_CHUNK = 500


def _notify(opened: list[OutreachCase]) -> None:
    if not opened:
        return
    for listener in list(AFTER_EVALUATE):
        try:
            listener(opened)
        except Exception:  # a broken listener must not undo the evaluation
            log.exception("outreach listener failed")


def run_evaluation(day: date, resident_ids: Iterable[int] | None, actor_name: str,
                   repeat: frozenset[str] = frozenset()) -> list[tuple[OutreachCase, bool]]:
    """Evaluate the rules on ``day`` and write the cases (no permission check: job and hook).

    For everyone, one set-wise read without the lock finds the residents the rules flag; they
    are then settled LOCK_CHUNK at a time, each chunk read again and written under the lock,
    which is released in between: a call logged meanwhile waits for one chunk at most, and
    is either seen by its resident's chunk (not settled yet) or evaluated by its own hook
    after it (already settled), never lost and never counted twice.
    """
    thresholds = Thresholds.load()
    if resident_ids is None:
        candidates = sorted(flags(day, None, thresholds))
    else:
        candidates = sorted(set(resident_ids))
    changed: list[tuple[OutreachCase, bool]] = []
    for start in range(0, len(candidates), LOCK_CHUNK):
        changed += _evaluate_chunk(day, candidates[start:start + LOCK_CHUNK], thresholds,
                                   actor_name, repeat)
    if resident_ids is None:
        _mark_evaluated(max(clock.now(), _newest_call() or clock.now()))
    _notify([case for case, new in changed if new])
    return changed


def _evaluate_chunk(day: date, resident_ids: list[int], thresholds: Thresholds,
                    actor_name: str, repeat: frozenset[str]) -> list[tuple[OutreachCase, bool]]:
    """Read, judge and write some residents in one transaction under the outreach lock."""
    with DB.atomic():
        _lock(resident_ids)
        found = flags(day, resident_ids, thresholds)
        return _apply(found, actor_name, repeat) if found else []


def evaluate(actor: Actor, day: date | None = None,
             resident_ids: Iterable[int] | None = None) -> list[OutreachCase]:
    """Run the rules (all residents, or the given ones); the cases opened or extended."""
    require(actor, "outreach.evaluate")
    return [case for case, _ in run_evaluation(day or clock.today(), resident_ids,
                                               actor.username)]


def evaluate_resident(resident_id: int, day: date) -> list[str]:
    """The reasons that hold for one resident on ``day`` (nothing is written)."""
    thresholds = Thresholds.load()
    facts = fetch(day, [resident_id], thresholds.recent).get(resident_id)
    return [] if facts is None else [t.reason for t in triggers(facts, day, thresholds)]


def on_attempt_logged(attempt: CallAttempt) -> None:
    """AFTER_LOG hook: evaluate the resident at once; a new concern always joins the timeline."""
    try:
        who = attempt.logged_by.username if attempt.logged_by_id else "system"
        repeat = frozenset(r for r, hit in (("concern", attempt.concern),
                                            ("wrong_number", attempt.outcome == "wrong_number"))
                           if hit)
        was_current = is_current(clock.today(), before_id=attempt.id)
        run_evaluation(clock.today(), [attempt.resident_id], who, repeat)
        if was_current:  # the others' facts did not change: the whole queue is still current
            _mark_evaluated(max(last_evaluated() or attempt.at, attempt.at))
    except Exception:  # the call is stored; the scheduled evaluation will catch up
        log.exception("outreach evaluation after logging attempt %s failed", attempt.id)


def last_evaluated() -> datetime | None:
    """When the rules last ran for every resident (None: never)."""
    row = JobRun.get_or_none(JobRun.job_id == EVALUATED_KEY)
    return row.last_run if row else None


def _mark_evaluated(moment: datetime) -> None:
    JobRun.insert(job_id=EVALUATED_KEY, last_run=moment).on_conflict(
        conflict_target=[JobRun.job_id], update={JobRun.last_run: moment}).execute()


def _newest_call(before_id: int | None = None) -> datetime | None:
    """When the newest logged call happened (by id: no scan of the history)."""
    newest = CallAttempt.select(CallAttempt.at).order_by(CallAttempt.id.desc())
    if before_id is not None:
        newest = newest.where(CallAttempt.id < before_id)
    row = newest.first()
    return None if row is None else row.at


def is_current(day: date, before_id: int | None = None) -> bool:
    """The last evaluation is of ``day`` or later and no newer call was logged since.

    ``before_id`` ignores attempts from that id on (the one being logged right now).
    """
    last = last_evaluated()
    if last is None or last.date() < day:
        return False
    newest = _newest_call(before_id)
    return newest is None or newest <= last


def ensure_current(day: date | None = None) -> datetime | None:
    """Evaluate every resident when the queue is stale (see ``is_current``); when it last ran.

    Listing the queue is not a user's evaluation: it runs as the system, like the nightly job.
    """
    day = day or clock.today()
    if not is_current(day):
        run_evaluation(day, None, SYSTEM.username)
    return last_evaluated()


def current_queue(actor: Actor, area: str | None = None, reason: str | None = None,
                  include_closed: bool = False) -> list[CaseRow]:
    """The queue as of today: evaluated first when stale (window, ``outreach``, ``--json``)."""
    require(actor, "outreach.read")
    ensure_current()
    return queue(actor, area, reason, include_closed)


def job_evaluate() -> str:
    """The scheduled job: evaluate every resident today; a one-line summary."""
    changed = run_evaluation(clock.today(), None, SYSTEM.username)
    opened = sum(1 for _, new in changed if new)
    return f"{opened} new case(s), {len(changed) - opened} extended"


def _open_case(case_id: int) -> OutreachCase:
    case = OutreachCase.get_or_none(OutreachCase.id == case_id)
    if case is None:
        raise LookupError(_("No outreach case with id {id}.", id=case_id))
    if case.status not in OPEN_STATUSES:
        raise CaseNotOpen(case)
    return case


def holder(case: OutreachCase) -> str:
    """Who has taken the case (account name), or ''."""
    if case.status != "taken":
        return ""
    if case.taken_by_id:
        return User.select(User.username).where(User.id == case.taken_by_id).scalar() or ""
    last = (CaseEvent.select(CaseEvent.actor).where(CaseEvent.case == case,
                                                    CaseEvent.kind == "taken")
            .order_by(CaseEvent.at.desc(), CaseEvent.id.desc()).scalar())
    return last or ""


def _is_mine(case: OutreachCase, actor: Actor) -> bool:
    if case.taken_by_id is not None and actor.user_id is not None:
        return case.taken_by_id == actor.user_id
    return holder(case) == actor.username


def _taken_message(case: OutreachCase) -> str:
    who = holder(case) or _("someone else")
    if case.taken_at is None:
        return _("{who} already took this case; agree with them first, or take it over "
                 "deliberately (force).", who=who)
    return _("{who} already took this case on {since}; agree with them first, or take it "
             "over deliberately (force).", who=who, since=case.taken_at.strftime("%d-%m-%Y %H:%M"))


def take(actor: Actor, case_id: int, force: bool = False) -> OutreachCase:
    """Take a case so two people do not go to the same door; someone else's only with force."""
    require(actor, "outreach.work")
    with DB.atomic():
        _lock_case(case_id)
        case = _open_case(case_id)
        if case.status == "taken" and not _is_mine(case, actor) and not force:
            raise CaseTaken(_taken_message(case))
        previous = holder(case)
        case.status, case.taken_by, case.taken_at = "taken", actor.user_id, clock.now()
        case.changed_by = actor.username
        case.save()
        text = (texts.compose(texts.TAKEN_OVER, name=previous)
                if previous and previous != actor.username else "")
        _event(case, actor.username, "taken", text=text)
        audit.record_change(actor, audit.CASE_TAKEN, _subject(case), ["status", "taken_by"],
                            f"case={case.id}")
    return case


def _subject(case: OutreachCase) -> str:
    code = Resident.select(Resident.code).where(Resident.id == case.resident_id).scalar()
    return audit.person_subject("resident", code or "")


def add_action(actor: Actor, case_id: int, kind: str, text: str = "") -> CaseEvent:
    """Record what was done (the action code is kept in the event's ``reason``)."""
    require(actor, "outreach.work")
    if kind not in ACTIONS:
        raise ValidationError({"kind": _("'{value}' is not an action; use one of {choices}",
                                         value=kind, choices=", ".join(ACTIONS))})
    case = _open_case(case_id)
    with DB.atomic():
        _event(case, actor.username, "action", kind, (text or "").strip())
        audit.record_change(actor, audit.CASE_ACTION, _subject(case),
                            ["action", *(["text"] if (text or "").strip() else [])],
                            f"case={case.id} action={kind}")
    return CaseEvent.select().where(CaseEvent.case == case).order_by(CaseEvent.id.desc()).get()


def effect(case_id: int, outcome: str) -> str:
    """What closing with ``outcome`` will do, in a sentence (for confirmations)."""
    case = OutreachCase.get_by_id(case_id)
    name = Resident.select(Resident.first_name, Resident.last_name).where(
        Resident.id == case.resident_id).tuples().get()
    return effect_words(outcome, " ".join(p for p in name if p))


def close(actor: Actor, case_id: int, outcome: str, note: str = "",
          confirm: bool = True) -> OutreachCase:
    """Close a case with an outcome and its effect; ``confirm`` False refuses (nothing changes)."""
    require(actor, "outreach.work")
    if outcome not in OUTCOMES:
        raise ValidationError({"outcome": _("'{value}' is not an outcome; use one of {choices}",
                                            value=outcome, choices=", ".join(OUTCOMES))})
    if not confirm:
        raise ValidationError({"confirm": _("closing as {outcome}: {effect} Confirm to close.",
                                            outcome=outcome, effect=effect(case_id, outcome))})
    now = clock.now()
    with DB.atomic():
        _lock_case(case_id)
        case = _open_case(case_id)
        case.status, case.outcome, case.closed_by, case.closed_at = ("closed", outcome,
                                                                     actor.user_id, now)
        if outcome == "reached":
            case.counters_reset_at = now
        case.changed_by = actor.username
        case.save()
        _event(case, actor.username, "closed", outcome, (note or "").strip())
        audit.record_change(actor, audit.CASE_CLOSED, _subject(case),
                            ["status", "outcome", *(["note"] if (note or "").strip() else [])],
                            f"case={case.id} outcome={outcome}")
        _closing_effect(case, outcome, actor)
    return case


def _closing_effect(case: OutreachCase, outcome: str, actor: Actor = SYSTEM) -> None:
    """Hospital pauses the resident; deceased or stopped ends the pairing."""
    today = clock.today()
    resident = Resident.get_by_id(case.resident_id)
    if outcome == "hospital":
        running = Pause.select().where(Pause.resident == resident, Pause.start_date <= today,
                                       Pause.end_date.is_null()).exists()
        if not running:
            Pause.create(resident=resident, start_date=today, end_date=None,
                         reason=f"in hospital (outreach case {case.id})")
            audit.record_change(actor, audit.PAUSE_ADDED, _subject(case),
                                ["start_date", "reason", "status"], f"case={case.id}")
        Resident.update(status="paused", updated_at=clock.now()).where(
            Resident.id == resident.id).execute()
    elif outcome in ("deceased", "stopped"):
        pairing = current_pairing(resident, today)
        if pairing is not None:
            # Closing the case is the staff's authority here; the pairing service checks
            # the coordinator's permission, so it runs as the system on their behalf.
            end_pairing(SYSTEM, pairing, today, reason=outcome)
        Resident.update(status="stopped", updated_at=clock.now()).where(
            Resident.id == resident.id).execute()


__all__ = ["ACTIONS", "AFTER_EVALUATE", "OUTCOMES", "REASONS", "CaseNotOpen", "CaseTaken",
           "add_action", "case_flags", "close", "current_queue", "ensure_current", "evaluate",
           "is_current", "last_evaluated", "evaluate_resident", "new_cases_since",
           "on_attempt_logged", "queue", "take"]
