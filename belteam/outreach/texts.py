"""The words a case timeline stores, kept in one language-neutral form, and read back.

A trigger's (and a take-over's) text is stored as the English template filled with plain
values: ISO dates, numbers, outcome codes written with spaces. The database therefore never
holds the language of whichever screen happened to run the rules. ``parse`` recognises
those texts again, including ones stored before this module existed (same wording), so the
screen can show them in its own language (ui/case_view.py); any other text, such as a
staff member's note, is shown as written.
"""

from __future__ import annotations

import re
from datetime import date

from belteam.core.messages import N_

FAILED_RUN = N_("{count} unsuccessful attempts in a row over {days} days "
                "(last: {outcome} on {day})")
MISSED = N_("{count} due calls in a row were missed (last due {day})")
NO_CONTACT_SINCE = N_("No successful contact for {days} days (last successful contact {day})")
NO_CONTACT_FROM = N_("No successful contact for {days} days (counting from {day})")
CONCERN = N_("A caller marked 'concern: needs follow-up' on {day}")
WRONG_NUMBER = N_("Wrong number logged on {day}")
TAKEN_OVER = N_("taken over from {name}")

# Which stored texts each event kind may hold.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "trigger": (FAILED_RUN, MISSED, NO_CONTACT_SINCE, NO_CONTACT_FROM, CONCERN, WRONG_NUMBER),
    "taken": (TAKEN_OVER,),
}

_VALUE_PATTERNS = {"count": r"\d+", "days": r"\d+", "day": r"\d{4}-\d{2}-\d{2}",
                   "outcome": r"[a-z][a-z ]*", "name": r".+"}


def compose(template: str, **values: object) -> str:
    """The text to store: the English template with plain values (dates as ISO)."""
    plain = {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
    outcome = plain.get("outcome")
    if isinstance(outcome, str):
        plain["outcome"] = outcome.replace("_", " ")
    return template.format(**plain)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>{_VALUE_PATTERNS[part]})"
                    for i, part in enumerate(parts))
    return re.compile(regex)


_PATTERNS = {kind: [(t, _pattern(t)) for t in templates] for kind, templates in TEMPLATES.items()}


def parse(kind: str, text: str) -> tuple[str, dict[str, str]] | None:
    """(template, values) when ``text`` is a stored text of this kind of event, else None.

    Values come back as stored: ISO dates, digits, and the outcome as its code.
    """
    for template, pattern in _PATTERNS.get(kind, ()):
        found = pattern.fullmatch(text)
        if found:
            values = found.groupdict()
            if "outcome" in values:
                values["outcome"] = values["outcome"].replace(" ", "_")
            return template, values
    return None
