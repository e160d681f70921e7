"""Accounts: first run, signing in (Argon2id, lock-out), and the coordinator's account admin."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta
from typing import TYPE_CHECKING

import peewee as pw

from belteam.audit import log as audit
from belteam.core import validation as v
from belteam.core.actors import COORDINATOR, SYSTEM, Actor, require
from belteam.core.clock import clock
from belteam.core.messages import N_, _
from belteam.settings import store as settings
from belteam.storage.db import DB
from belteam.storage.models import UnknownSignIn, User, Volunteer

if TYPE_CHECKING:
    from argon2 import PasswordHasher

# Argon2id with the library's defaults, made on first use (argon2 is slow to import and most
# commands never hash); tests swap in cheaper parameters (never no hashing).
HASHER: PasswordHasher | None = None
MAX_FAILURES = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 10

WRONG = N_("The user name or the password is not right.")
LOCKED = N_("Too many failed sign-ins: signing in is locked for {minutes} minutes. "
            "Try again later or ask the coordinator.")
AS_OF_REFUSED = N_("Acting as if it were another day (--as-of) is only for coordinators.")
DISABLED = N_("This account is switched off. Ask the coordinator.")

_dummy: dict[int, str] = {}


class SignInError(Exception):
    """Signing in failed; the message can be shown as it is (it never tells if a name exists)."""


def _hasher() -> PasswordHasher:
    """The Argon2id hasher in use (made with the library's defaults on first use)."""
    global HASHER
    if HASHER is None:
        from argon2 import PasswordHasher

        HASHER = PasswordHasher()
    return HASHER


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def _dummy_hash() -> str:
    hasher = _hasher()
    key = id(hasher)
    if key not in _dummy:
        _dummy[key] = hasher.hash("belteam-dummy-password")
    return _dummy[key]


def _verify(stored: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problem(password: str) -> str | None:
    """Why a new password is not acceptable, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return _("A password needs at least {minimum} characters ({length} given).",
                 minimum=MIN_PASSWORD_LENGTH, length=len(password))
    if password.strip() == "" or len(set(password)) < 4:
        return _("This password is too easy to guess; use a few words or mixed characters.")
    return None


def password_strength(password: str) -> int:
    """0 (too short) to 4 (strong): a hint for the screen, not a rule."""
    if len(password) < MIN_PASSWORD_LENGTH or password_problem(password):
        return 0
    kinds = sum(any(test(c) for c in password)
                for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    score = 1 + (len(password) >= 14) + (len(password) >= 20) + (kinds >= 3)
    return min(score, 4)


def check_new_password(password: str, repeat: str | None = None) -> None:
    """Raise ValidationError when the new password is too weak or the repeat differs."""
    problem = password_problem(password)
    if problem:
        raise v.ValidationError({"password": problem})
    if repeat is not None and not hmac.compare_digest(password, repeat):
        raise v.ValidationError({"repeat": _("The two passwords are not the same.")})


def has_users() -> bool:
    """True once any account exists (then everyone must sign in)."""
    return User.select().exists()


def may_pretend(actor: Actor) -> bool:
    """Who may act as if it were another day (``--as-of``): coordinators, and anyone while no
    account exists. Volunteers and staff could otherwise reach residents of ended pairings."""
    return actor.role in (COORDINATOR, SYSTEM.role) or not has_users()


def actor_for(user: User) -> Actor:
    return Actor(username=user.username, role=user.role, user_id=user.id,
                 volunteer_id=user.volunteer_id)


def _lock_message() -> str:
    return _(LOCKED, minutes=LOCK_MINUTES)


def sign_in(username: str, password: str, where: str = "window") -> Actor:
    """Check name and password; raise SignInError with a message that reveals nothing.

    Lock-outs use the real clock (never ``--as-of``), and failures are counted in the
    database in one UPDATE, so parallel attempts cannot undercount them."""
    name = username.strip()
    user = User.get_or_none(User.username == name)
    if user is None:
        return _unknown_user(name, password, where)
    if user.locked_until is not None and user.locked_until > clock.real_now():
        _verify(user.password_hash, password)  # same cost as a real check; result ignored
        audit.record(name, audit.SIGNIN_LOCKED, f"user:{name}", where)
        raise SignInError(_lock_message())
    if not _verify(user.password_hash, password):
        locked = _count_failure(User, User.id == user.id, name, f"user:{name}", where)
        raise SignInError(_lock_message() if locked else _(WRONG))
    if user.disabled:
        audit.record(name, audit.SIGNIN_FAILED, f"user:{name}", f"{where}: disabled")
        raise SignInError(_(DISABLED))
    changes: dict = {User.failed_logins: 0, User.locked_until: None}
    if _hasher().check_needs_rehash(user.password_hash):
        changes[User.password_hash] = hash_password(password)
    with DB.atomic():  # one short write: the bookkeeping and its log entry
        User.update(changes).where(User.id == user.id).execute()
        audit.record(name, audit.SIGNIN_OK, f"user:{name}", where)
    return actor_for(user)


def _count_failure(model: type[pw.Model], where_row: pw.Expression, actor: str, subject: str,
                   where: str) -> bool:
    """Add one failure in the database itself and lock from the updated row; True if locked."""
    until = clock.real_now() + timedelta(minutes=LOCK_MINUTES)
    with DB.atomic():
        model.update(failed_logins=model.failed_logins + 1).where(where_row).execute()
        locked = (model.update(failed_logins=0, locked_until=until)
                  .where(where_row, model.failed_logins >= MAX_FAILURES).execute())
        audit.record(actor, audit.SIGNIN_FAILED, subject, where)
    return bool(locked)


def _name_key(name: str) -> str:
    """A short hash of an unknown name: enough to count its failures, too short to confirm
    a password that was typed into the name field (about a million names share each key)."""
    return hashlib.sha256(name.lower().encode("utf-8")).hexdigest()[:6]


def _stand_in_hash() -> str:
    """A real account's hash: checking an unknown name costs exactly what a real check costs
    (no extra hashing per process)."""
    stored = User.select(User.password_hash).order_by(User.id).limit(1).scalar()
    return stored or _dummy_hash()


def _unknown_user(name: str, password: str, where: str) -> Actor:
    _verify(_stand_in_hash(), password)  # result ignored: the name does not exist
    key = _name_key(name)
    UnknownSignIn.insert(name_hash=key).on_conflict_ignore().execute()
    row = UnknownSignIn.get(UnknownSignIn.name_hash == key)
    # The typed name is not logged: people type their password into the name field.
    if row.locked_until is not None and row.locked_until > clock.real_now():
        audit.record("?", audit.SIGNIN_FAILED, "", f"{where}: unknown user name")
        raise SignInError(_lock_message())
    locked = _count_failure(UnknownSignIn, UnknownSignIn.name_hash == key, "?", "",
                            f"{where}: unknown user name")
    raise SignInError(_lock_message() if locked else _(WRONG))


def _clean_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 80 or any(c.isspace() for c in name):
        raise v.ValidationError({"username": _("A user name is 1 to 80 characters without spaces.")})
    if User.select().where(User.username == name).exists():
        raise v.ValidationError({"username": _("The user name '{name}' is already taken.",
                                                name=name)})
    return name


def first_run(organisation: str, username: str, password: str, repeat: str | None = None,
              where: str = "window") -> Actor:
    """On an empty database: store the organisation's name and create the first coordinator."""
    if has_users():
        raise v.ValidationError({"username": _("Accounts already exist; sign in instead.")})
    org = organisation.strip()
    if not org:
        raise v.ValidationError({"organisation": _("Fill in the organisation's name.")})
    with DB.atomic():
        settings.set_value(SYSTEM, "organisation_name", org)
        user = create_user(SYSTEM, username, COORDINATOR, password, repeat=repeat)
    audit.record(user.username, audit.FIRST_RUN, f"user:{user.username}", "")
    # The coordinator is signed in from here on: the log must show it like any sign-in.
    audit.record(user.username, audit.SIGNIN_OK, f"user:{user.username}", where)
    return actor_for(user)


def create_user(actor: Actor, username: str, role: str, password: str,
                volunteer_id: int | None = None, repeat: str | None = None) -> User:
    """A coordinator (or the system, before any account exists) creates an account."""
    require(actor, "users.admin")
    if role not in User.ROLES:
        raise v.ValidationError({"role": _("'{role}' is not a role; use one of {roles}.", role=role,
                                            roles=", ".join(User.ROLES))})
    name = _clean_username(username)
    check_new_password(password, repeat)
    volunteer = _volunteer(role, volunteer_id)
    user = User.create(username=name, password_hash=hash_password(password), role=role,
                       volunteer=volunteer, created_at=clock.real_now())
    audit.record(actor.username, audit.ACCOUNT_CREATED, f"user:{name}", f"role={role}")
    return user


def _volunteer(role: str, volunteer_id: int | None) -> Volunteer | None:
    if volunteer_id is None:
        if role == "volunteer":
            raise v.ValidationError(
                {"volunteer": _("A volunteer's account is linked to their volunteer record.")})
        return None
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None or volunteer.erased:
        raise v.ValidationError({"volunteer": _("That volunteer does not exist.")})
    return volunteer


def _user(username: str) -> User:
    user = User.get_or_none(User.username == username)
    if user is None:
        raise LookupError(_("No account named '{name}'.", name=username))
    return user


def reset_password(actor: Actor, username: str, password: str, repeat: str | None = None) -> None:
    """Give an account a new password (and lift a lock-out)."""
    require(actor, "users.admin")
    user = _user(username)
    check_new_password(password, repeat)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.save()
    audit.record(actor.username, audit.PASSWORD_RESET, f"user:{username}", "")


def change_own_password(actor: Actor, current: str, password: str,
                        repeat: str | None = None) -> None:
    """The signed-in user replaces their own password, after typing the current one."""
    user = User.get_or_none(User.id == actor.user_id) if actor.user_id is not None else None
    if user is None:
        raise LookupError(_("Only a signed-in account can change its password."))
    if not _verify(user.password_hash, current):
        raise v.ValidationError({"current": _("The current password is not right.")})
    check_new_password(password, repeat)
    user.password_hash = hash_password(password)
    user.must_change_password = False
    user.save()
    audit.record(actor.username, audit.PASSWORD_CHANGED, f"user:{user.username}", "")


def must_change_password(actor: Actor) -> bool:
    """True while the signed-in account still has its one-time password."""
    if actor.user_id is None:
        return False
    flag = User.select(User.must_change_password).where(User.id == actor.user_id).scalar()
    return bool(flag)


def set_disabled(actor: Actor, username: str, disabled: bool = True) -> None:
    """Switch an account off or on; the last active coordinator stays on."""
    require(actor, "users.admin")
    user = _user(username)
    if disabled and user.role == COORDINATOR and not user.disabled:
        others = User.select().where(User.role == COORDINATOR, User.disabled == False,  # noqa: E712
                                     User.id != user.id)
        if not others.exists():
            raise v.ValidationError(
                {"username": _("This is the last coordinator account; it stays on.")})
    user.disabled = disabled
    user.save()
    action = audit.ACCOUNT_DISABLED if disabled else audit.ACCOUNT_ENABLED
    audit.record(actor.username, action, f"user:{username}", "")


def link_volunteer(actor: Actor, username: str, volunteer_id: int | None) -> None:
    """Link a (volunteer) account to a volunteer record."""
    require(actor, "users.admin")
    user = _user(username)
    user.volunteer = _volunteer(user.role, volunteer_id)
    user.save()
    audit.record(actor.username, audit.ACCOUNT_LINKED, f"user:{username}",
                 f"volunteer_id={volunteer_id}")


def users(actor: Actor) -> list[User]:
    """Every account, for the coordinator."""
    require(actor, "users.admin")
    return list(User.select(User, Volunteer).join(Volunteer, pw.JOIN.LEFT_OUTER)
                .order_by(User.username))


def user_row(user: User) -> dict:
    now = clock.real_now()
    return {"username": user.username, "role": user.role,
            "volunteer": user.volunteer.code if user.volunteer_id else None,
            "disabled": user.disabled,
            "locked": bool(user.locked_until and user.locked_until > now),
            "created_at": user.created_at.isoformat()}


def unlock(actor: Actor, password: str) -> Actor:
    """The inactivity lock: the same user signs in again (same lock-out rules)."""
    return sign_in(actor.username, password, where="unlock")


def sign_out(actor: Actor) -> None:
    if not actor.is_system:
        audit.record(actor.username, audit.SIGNOUT, f"user:{actor.username}", "")
