"""A letter per volunteer with their user name and one-time password, in Dutch and English."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from belteam.accounts.onetime import OneTimeAccount
from belteam.settings import store as settings

# Both languages on every letter: the coordinator need not know which one each volunteer reads.
DUTCH = (
    "Beste {name},",
    "",
    "U hebt nu een eigen account voor Belteam, het programma van {organisation}.",
    "Meld u aan met de gebruikersnaam en het eenmalige wachtwoord hieronder.",
    "Bij de eerste keer aanmelden kiest u meteen een eigen wachtwoord;",
    "het eenmalige wachtwoord werkt daarna niet meer.",
)
ENGLISH = (
    "Dear {name},",
    "",
    "You now have your own account for Belteam, the program of {organisation}.",
    "Sign in with the user name and the one-time password below.",
    "At your first sign-in you choose your own password straight away;",
    "after that the one-time password no longer works.",
)
KEEP_SAFE = ("Bewaar deze brief niet bij uw computer. / "
             "Do not keep this letter next to your computer.")


def write(path: str | Path, made: Sequence[OneTimeAccount]) -> Path:
    """Write one A4 page per account to ``path``; returns the path."""
    # reportlab is slow to import: loaded only when letters are printed.
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    target = Path(path)
    organisation = settings.get("organisation_name") or "Belteam"
    pdf = Canvas(str(target), pagesize=A4)
    pdf.setTitle("Belteam")
    width, height = A4
    for account in made:
        y = height - 30 * mm
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(25 * mm, y, organisation)
        y -= 14 * mm
        for block in (DUTCH, ENGLISH):
            pdf.setFont("Helvetica", 12)
            for line in block:
                pdf.drawString(25 * mm, y, line.format(name=account.volunteer_name,
                                                       organisation=organisation))
                y -= 6.5 * mm
            y -= 6 * mm
        pdf.setFont("Helvetica", 12)
        pdf.drawString(25 * mm, y, "Gebruikersnaam / User name:")
        pdf.setFont("Courier-Bold", 16)
        pdf.drawString(95 * mm, y, account.username)
        y -= 10 * mm
        pdf.setFont("Helvetica", 12)
        pdf.drawString(25 * mm, y, "Eenmalig wachtwoord / One-time password:")
        pdf.setFont("Courier-Bold", 16)
        pdf.drawString(25 * mm, y - 9 * mm, account.password)
        pdf.setFont("Helvetica-Oblique", 10)
        pdf.drawString(25 * mm, y - 24 * mm, KEEP_SAFE)
        pdf.showPage()
    pdf.save()
    return target
