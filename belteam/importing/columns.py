"""Which spreadsheet columns an import knows, in English and Dutch, and what problems look like."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from belteam.core.messages import _

KINDS = ("volunteers", "residents")
REQUIRED = ("code", "first_name")
DUTCH = {"code": "nummer", "first_name": "voornaam"}

# canonical column -> accepted header names (compared after header_key()).
_COMMON: dict[str, tuple[str, ...]] = {
    "code": ("code", "nummer", "nr", "number", "id", "kenmerk"),
    "first_name": ("first_name", "firstname", "given_name", "first", "voornaam", "roepnaam"),
    "infix": ("infix", "tussenvoegsel", "tussenvoegsels", "voorvoegsel"),
    "last_name": ("last_name", "lastname", "surname", "family_name", "achternaam"),
    "phone": ("phone", "telephone", "phone_number", "tel", "telefoon", "telefoonnummer",
              "mobiel", "mobile"),
    "languages": ("languages", "language", "talen", "taal"),
    "area": ("area", "village", "district", "gebied", "dorp", "wijk", "woonplaats", "plaats"),
}

VOLUNTEER_COLUMNS: dict[str, tuple[str, ...]] = {
    **_COMMON,
    "email": ("email", "e_mail", "mail", "email_address", "emailadres", "e_mailadres"),
    "available": ("available", "availability", "beschikbaar", "beschikbaarheid"),
    "max_residents": ("max_residents", "capacity", "max", "max_deelnemers",
                      "maximum_deelnemers", "maximum", "capaciteit"),
}

RESIDENT_COLUMNS: dict[str, tuple[str, ...]] = {
    **_COMMON,
    "phone2": ("phone2", "phone_2", "second_phone", "telefoon2", "telefoon_2", "tweede_telefoon"),
    "address": ("address", "street", "adres", "straat", "straat_en_huisnummer"),
    "postcode": ("postcode", "postal_code", "zip", "zipcode", "zip_code"),
    "birth_date": ("birth_date", "birthdate", "date_of_birth", "dob", "geboortedatum",
                   "geb_datum", "geboren"),
    "lives_alone": ("lives_alone", "alone", "woont_alleen", "alleenwonend", "alleenstaand"),
    "emergency_contact_name": ("emergency_contact_name", "emergency_contact",
                               "contactpersoon_naam", "contactpersoon", "noodcontact",
                               "noodcontact_naam", "naam_contactpersoon"),
    "emergency_contact_phone": ("emergency_contact_phone", "contactpersoon_telefoon",
                                "noodcontact_telefoon", "telefoon_contactpersoon",
                                "telefoon_noodcontact"),
    "key_holder": ("key_holder", "sleuteladres", "sleutelhouder"),
    "consent_date": ("consent_date", "consent", "toestemming_datum", "datum_toestemming",
                     "toestemming"),
    "consent_by": ("consent_by", "toestemming_door"),
    "consent_purpose": ("consent_purpose", "toestemming_doel", "toestemming_voor"),
    "preferred_days": ("preferred_days", "voorkeursdagen", "dagen"),
    "wanted_plan": ("wanted_plan", "wanted", "gewenste_belafspraak", "gewenst_plan", "wens"),
    "volunteer": ("volunteer", "volunteer_code", "caller", "vrijwilliger", "vrijwilliger_code",
                  "beller"),
    "plan": ("plan", "call_plan", "frequency", "belafspraak", "frequentie"),
    "preferred_time": ("preferred_time", "time", "call_time", "voorkeurstijd", "tijd", "beltijd"),
    "start_date": ("start_date", "start", "startdatum", "begindatum", "ingangsdatum"),
}

COLUMNS = {"volunteers": VOLUNTEER_COLUMNS, "residents": RESIDENT_COLUMNS}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the file: row as the spreadsheet numbers it (0: the file as a whole)."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        # English (the command line, its tests and the spec): exactly "row N, column: what".
        if not self.row:
            return self.message
        if not self.column:
            return _("row {row}: {message}", row=self.row, message=self.message)
        return _("row {row}, {column}: {message}", row=self.row, column=self.column,
                 message=self.message)


@dataclass
class ColumnMap:
    """Which file column holds which field; what was ignored or wrong in the header."""

    fields: dict[int, str] = field(default_factory=dict)  # column index -> canonical field
    headers: dict[str, str] = field(default_factory=dict)  # canonical field -> header as written
    unknown: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def header_key(text: str) -> str:
    """Compare headers case-insensitively, with spaces, underscores, hyphens and dots alike."""
    key = unicodedata.normalize("NFKC", text).strip().lower()
    key = re.sub(r"[\s_\-./]+", "_", key)
    return key.strip("_:*?")


def _lookup(kind: str) -> dict[str, str]:
    return {header_key(name): canon for canon, names in COLUMNS[kind].items() for name in names}


def map_headers(kind: str, headers: list[str], header_row: int) -> ColumnMap:
    """Match each header to a known column; report missing required and doubled columns."""
    lookup = _lookup(kind)
    result = ColumnMap()
    for index, header in enumerate(headers):
        if not header:
            continue
        canon = lookup.get(header_key(header))
        if canon is None:
            result.unknown.append(header)
        elif canon in result.headers:
            result.problems.append(Problem(header_row, header, _(
                "is the same column as '{other}' ({field}); keep one of them",
                other=result.headers[canon], field=canon)))
        else:
            result.fields[index] = canon
            result.headers[canon] = header
    missing = [name for name in REQUIRED if name not in result.headers]
    if missing:
        wanted = ", ".join(_("{name} (Dutch: {dutch})", name=name, dutch=DUTCH[name])
                           for name in missing)
        found = ", ".join(h for h in headers if h) or _("none")
        result.problems.append(Problem(header_row, "", _(
            "missing required column(s): {wanted}; the columns found are: {found}",
            wanted=wanted, found=found)))
    return result


def column_label(columns: ColumnMap, name: str) -> str:
    """The header as written in the file, or the canonical name when the file lacks it."""
    return columns.headers.get(name, name)
