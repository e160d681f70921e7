"""Who is acting, and what each role may do. The one place permissions are decided."""

from __future__ import annotations

from dataclasses import dataclass

from belteam.core.messages import N_, _

SYSTEM_ROLE = "system"
COORDINATOR = "coordinator"
VOLUNTEER = "volunteer"
STAFF = "staff"

# permission -> roles allowed (the system actor may do everything)
PERMISSIONS: dict[str, frozenset[str]] = {
    "people.read_all": frozenset({COORDINATOR, STAFF}),
    "people.edit": frozenset({COORDINATOR}),
    "people.import": frozenset({COORDINATOR}),
    "pairings.edit": frozenset({COORDINATOR}),
    "absences.edit": frozenset({COORDINATOR}),
    "cover.assign": frozenset({COORDINATOR}),
    "calls.log": frozenset({COORDINATOR, VOLUNTEER, STAFF}),
    "calls.read_all": frozenset({COORDINATOR, STAFF}),
    "notes.confidential": frozenset({COORDINATOR, STAFF}),
    "today.team": frozenset({COORDINATOR, STAFF}),
    "outreach.read": frozenset({COORDINATOR, STAFF}),
    "outreach.work": frozenset({COORDINATOR, STAFF}),
    "outreach.evaluate": frozenset({COORDINATOR, STAFF}),
    "reports.read": frozenset({COORDINATOR, STAFF}),
    # A volunteer prints/exports only their OWN call list (ical.py, printing.py check that);
    # data exports (export.data, privacy.export) stay coordinator-only.
    "export.schedule": frozenset({COORDINATOR, VOLUNTEER}),
    "export.data": frozenset({COORDINATOR}),
    "privacy.export": frozenset({COORDINATOR}),
    "privacy.erase": frozenset({COORDINATOR}),
    "privacy.consent": frozenset({COORDINATOR}),
    "privacy.purge": frozenset({COORDINATOR}),
    "audit.read": frozenset({COORDINATOR}),
    "settings.edit": frozenset({COORDINATOR}),
    "users.admin": frozenset({COORDINATOR}),
    # Copying the database into an encrypted file (belteam encrypt).
    "data.encrypt": frozenset({COORDINATOR}),
    # Making and listing backups, and restoring one over the database.
    "data.backup": frozenset({COORDINATOR}),
    "data.restore": frozenset({COORDINATOR}),
}


class PermissionDenied(Exception):
    """The acting user's role does not allow this; the message names the action and role."""


@dataclass(frozen=True)
class Actor:
    """The acting user as the services see it."""

    username: str
    role: str
    user_id: int | None = None
    volunteer_id: int | None = None

    @property
    def is_system(self) -> bool:
        return self.role == SYSTEM_ROLE

    def can(self, permission: str) -> bool:
        if permission not in PERMISSIONS:
            raise KeyError(f"unknown permission {permission!r}")
        return self.is_system or self.role in PERMISSIONS[permission]


SYSTEM = Actor(username="system", role=SYSTEM_ROLE)

# N_ marks the labels for translation (scripts/extract_domain_strings.py); require() translates.
ACTION_LABELS = {
    "people.read_all": N_("seeing all residents and volunteers"),
    "people.edit": N_("changing volunteers and residents"),
    "people.import": N_("importing spreadsheets"),
    "pairings.edit": N_("pairing residents with volunteers"),
    "export.data": N_("exporting data"),
    "privacy.export": N_("exporting a person's data"),
    "privacy.erase": N_("erasing a person"),
    "audit.read": N_("reading the audit log"),
    "settings.edit": N_("changing settings"),
    "users.admin": N_("managing accounts"),
    "calls.read_all": N_("reading every resident's call history"),
    "notes.confidential": N_("reading confidential notes"),
    "today.team": N_("seeing the whole team's calls"),
    "outreach.read": N_("seeing outreach cases"),
    "outreach.work": N_("working on outreach cases"),
    "outreach.evaluate": N_("running the follow-up rules"),
    "reports.read": N_("reading reports"),
    "export.schedule": N_("exporting schedules"),
    "absences.edit": N_("recording absences"),
    "cover.assign": N_("assigning cover"),
    "privacy.consent": N_("recording consent"),
    "privacy.purge": N_("purging old notes"),
    "data.encrypt": N_("encrypting the database"),
    "data.backup": N_("making backups"),
    "data.restore": N_("restoring a backup"),
}
ROLE_NAMES = {COORDINATOR: N_("coordinator"), VOLUNTEER: N_("volunteer"), STAFF: N_("staff"),
              SYSTEM_ROLE: N_("system")}


def role_name(role: str) -> str:
    """The role as people read it, in the current language."""
    return _(ROLE_NAMES[role]) if role in ROLE_NAMES else role


def require(actor: Actor, permission: str) -> None:
    """Raise PermissionDenied unless the actor's role allows ``permission``."""
    if not actor.can(permission):
        what = _(ACTION_LABELS[permission]) if permission in ACTION_LABELS else permission
        raise PermissionDenied(_("Not allowed for the role {role}: {action}.",
                                 role=role_name(actor.role), action=what))


# What a volunteer may not do with another volunteer's things (one wording, translated).
OTHERS_LIST = N_("another volunteer's list")
OTHERS_CALENDAR = N_("another volunteer's calendar")
OTHERS_ABSENCES = N_("another volunteer's absences")
OTHERS_CALL = N_("logging another volunteer's call")


def require_own(actor: Actor, volunteer_id: int | None, what: str) -> None:
    """A volunteer acts only on their own list, calendar, absences and calls.

    ``what`` is one of the OTHERS_* texts; staff and coordinators pass unchanged.
    """
    if actor.role == VOLUNTEER and volunteer_id is not None and volunteer_id != actor.volunteer_id:
        raise PermissionDenied(_("Not allowed for the role {role}: {action}.",
                                 role=role_name(VOLUNTEER), action=_(what)))
