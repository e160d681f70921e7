"""Dutch for the strings of the volunteer's day (Today screen, log-call and history dialogs, reminders).

Fills only entries that are still empty or unfinished, so a translator's own wording wins:
    bash scripts/update-translations.sh          # adds new source strings to the .ts
    python scripts/translations_today_nl.py      # fills these in
    bash scripts/update-translations.sh          # compiles the .qm
Mnemonics (&) are chosen so that no two clash within the log-call dialog or on the Today screen.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "belteam_nl.ts"

NL: dict[tuple[str, str], str] = {
("CallForm","How did the call go?"): "Hoe ging het gesprek?",
("CallForm","How is the resident doing? What did you talk about? A few sentences are enough."): "Hoe gaat het met de deelnemer? Waar ging het over? Een paar zinnen is genoeg.",
("CallForm","N&ote"): "Noti&tie",
("CallForm","If you spoke with them"): "Als u elkaar gesproken hebt",
("CallForm","not asked"): "niet gevraagd",
("CallForm","W&ellbeing, 1 (bad) to 10 (very good):"): "W&elzijn, 1 (slecht) tot 10 (heel goed):",
("CallForm","Talked about:"): "Gesproken over:",
("CallForm","Wants to be &called again"): "Gr&aag weer bellen",
("CallForm","&Practical help asked"): "&Praktische hulp gevraagd",
("CallForm","Concern: needs follow-&up"): "&Zorgen: opvolging nodig",
("CallForm","Confiden&tial"): "Vertrouwelij&k",
("CallForm","Also"): "Verder",
("CallForm","Only coordinators and staff read a confidential note (and you, who wrote it)."): "Alleen coördinatoren en professionals lezen een vertrouwelijke notitie (en u, die hem schreef).",
("CallForm","%1 / %2"): "%1 / %2",
("CallForm","The note is %1 characters long; at most %2 fit. Shorten it to save — nothing is cut off for you."): "De notitie is %1 tekens lang; er passen er %2. Maak hem korter om op te slaan — er wordt niets voor u afgeknipt.",
("CallWords","&Reached"): "&Bereikt",
("CallWords","&No answer"): "&Geen gehoor",
("CallWords","&Busy"): "&In gesprek",
("CallWords","&Voicemail"): "&Voicemail",
("CallWords","&Wrong number"): "Ve&rkeerd nummer",
("CallWords","&Declined today"): "&Wil vandaag niet",
("CallWords","Not &available"): "&Niet beschikbaar",
("CallWords","To call"): "Te bellen",
("CallWords","Try again"): "Opnieuw proberen",
("CallWords","Missed"): "Gemist",
("CallWords","Needs cover"): "Vervanging nodig",
("CallWords","Done"): "Gedaan",
("CallWords","&Loneliness"): "Eenzaam&heid",
("CallWords","&Health"): "Gezon&dheid",
("CallWords","&Groceries"): "Boods&chappen",
("CallWords","Mone&y"): "Ge&ld",
("CallWords","Mob&ility"): "&Mobiliteit",
("CallWords","&Family"): "&Familie",
("CallWords","&Mood"): "&Stemming",
("CallWords","today"): "vandaag",
("HandOverDialog","Hand over calls"): "Gesprekken overdragen",
("HandOverDialog","%1 is away from %2 to %3. Who calls these residents in that period?"): "%1 is weg van %2 tot en met %3. Wie belt deze deelnemers in die periode?",
("HandOverDialog","&Substitute:"): "&Vervanger:",
("HandOverDialog","From:"): "Van:",
("HandOverDialog","To:"): "Tot en met:",
("HandOverDialog","&Hand over"): "&Overdragen",
("HandOverDialog","Calls"): "Gesprekken",
("HandOverDialog","Tick at least one call and choose a substitute."): "Vink minstens één gesprek aan en kies een vervanger.",
("HistoryDialog","The whole &note of the selected call:"): "De hele &notitie van het gekozen gesprek:",
("HistoryDialog","History — %1"): "Geschiedenis — %1",
("HistoryDialog","%1: calls and notes, newest first"): "%1: gesprekken en notities, nieuwste eerst",
("HistoryDialog","No calls logged yet."): "Nog geen gesprekken vastgelegd.",
("HistoryModel","When"): "Wanneer",
("HistoryModel","Who"): "Wie",
("HistoryModel","Outcome"): "Uitkomst",
("HistoryModel","Wellbeing"): "Welzijn",
("HistoryModel","Topics"): "Onderwerpen",
("HistoryModel","Note"): "Notitie",
("HistoryModel","🔒 confidential"): "🔒 vertrouwelijk",
("HistoryModel","🔒 confidential: %1"): "🔒 vertrouwelijk: %1",
("HistoryModel","🔒 Confidential note"): "🔒 Vertrouwelijke notitie",
("HistoryModel","🔒 Confidential note — only coordinators and staff may read it."): "🔒 Vertrouwelijke notitie — alleen coördinatoren en professionals mogen hem lezen.",
("HistoryModel","(no note)"): "(geen notitie)",
("HistoryModel","wants to be called again"): "wil weer gebeld worden",
("HistoryModel","does NOT want to be called again"): "wil NIET meer gebeld worden",
("HistoryModel","practical help asked"): "praktische hulp gevraagd",
("HistoryModel","concern: needs follow-up"): "zorgen: opvolging nodig",
("LogCallDialog","Log call — %1"): "Gesprek vastleggen — %1",
("LogCallDialog","Call with %1"): "Gesprek met %1",
("LogCallDialog","no phone number known"): "geen telefoonnummer bekend",
("LogCallDialog","earlier"): "eerder",
("LogCallDialog","Last time (%1):"): "Vorige keer (%1):",
("LogCallDialog","%1 wellbeing %2"): "%1 welzijn %2",
("LogCallDialog","No earlier note."): "Geen eerdere notitie.",
("LogCallDialog","Tried for this call: %1"): "Al geprobeerd voor dit gesprek: %1",
("LogCallDialog","Best time to call: %1"): "Beste tijd om te bellen: %1",
("LogCallDialog","&Save  (Ctrl+Enter)"): "&Opslaan  (Ctrl+Enter)",
("LogCallDialog","Close (note is kept)"): "Sluiten (notitie blijft bewaard)",
("LogCallDialog","Your unsaved note is back. It is kept until you save."): "Uw niet-opgeslagen notitie is terug. Hij blijft bewaard tot u opslaat.",
("LogCallDialog","Your note is kept until you save."): "Uw notitie blijft bewaard tot u opslaat.",
("LogCallDialog","First choose how the call went (for example Alt+R for reached)."): "Kies eerst hoe het gesprek ging (bijvoorbeeld Alt+B voor bereikt).",
("Pages","Today"): "Vandaag",
("PeriodDialog","Print list"): "Lijst afdrukken",
("PeriodDialog","This &day only"): "Alleen deze &dag",
("PeriodDialog","The &week from this day (7 days)"): "De &week vanaf deze dag (7 dagen)",
("PeriodDialog","Which calls go on the paper list?"): "Welke gesprekken komen op de papieren lijst?",
("Reminders","1 call today"): "Vandaag 1 gesprek",
("Reminders","%1 calls today"): "Vandaag %1 gesprekken",
("Reminders","A background job failed: %1"): "Een achtergrondtaak is mislukt: %1",
("ScheduleExport","Save the list as PDF"): "Lijst opslaan als pdf",
("ScheduleExport","Saved the list of %1 as %2."): "De lijst van %1 is opgeslagen als %2.",
("ScheduleExport","Save the calendar"): "Agenda opslaan",
("ScheduleExport","Saved the calendar of %1 as %2."): "De agenda van %1 is opgeslagen als %2.",
("TodayModel","Time"): "Tijd",
("TodayModel","Resident"): "Deelnemer",
("TodayModel","Phone"): "Telefoon",
("TodayModel","Status"): "Status",
("TodayModel","Attempts"): "Pogingen",
("TodayModel","Caller"): "Beller",
("TodayModel","Last note"): "Laatste notitie",
("TodayModel","no number"): "geen nummer",
("TodayModel","nobody yet"): "nog niemand",
("TodayModel","holiday: %1"): "feestdag: %1",
("TodayModel","⚑ follow-up open"): "⚑ signalering open",
("TodayModel","from %1"): "van %1",
("TodayModel","%1 · wellbeing %2"): "%1 · welzijn %2",
("TodayModel","wellbeing %1"): "welzijn %1",
("TodayModel","Last reached: %1"): "Laatst bereikt: %1",
("TodayPage","Keys: Enter logs the call · Ctrl+C copies the number · H shows the history · Alt+← and Alt+→ go to another day"): "Toetsen: Enter legt het gesprek vast · Ctrl+C kopieert het nummer · H toont de geschiedenis · Alt+← en Alt+→ gaan naar een andere dag",
("TodayPage","◀ &Previous day"): "◀ &Vorige dag",
("TodayPage","Alt+Left"): "Alt+pijl links",
("TodayPage","T&oday"): "Van&daag",
("TodayPage","Ne&xt day ▶"): "Vo&lgende dag ▶",
("TodayPage","Alt+Right"): "Alt+pijl rechts",
("TodayPage","&Caller:"): "&Beller:",
("TodayPage","&Hand over…"): "&Overdragen…",
("TodayPage","&Log call…"): "&Gesprek vastleggen…",
("TodayPage","Enter on a row"): "Enter op een regel",
("TodayPage","C&all"): "B&ellen",
("TodayPage","Open the phone program with this number"): "Open het belprogramma met dit nummer",
("TodayPage","Cop&y number"): "Nummer &kopiëren",
("TodayPage","Ctrl+C"): "Ctrl+C",
("TodayPage","H&istory…"): "Ges&chiedenis…",
("TodayPage","H"): "H",
("TodayPage","P&rint list…"): "Lijst afdr&ukken…",
("TodayPage","Export calendar (.ics)…"): "Agenda exporteren (.ics)…",
("TodayPage","Whole team"): "Hele team",
("TodayPage","Today, %1"): "Vandaag, %1",
("TodayPage","Yesterday, %1"): "Gisteren, %1",
("TodayPage","Tomorrow, %1"): "Morgen, %1",
("TodayPage","No calls on this day."): "Geen gesprekken op deze dag.",
("TodayPage","All %1 calls done — thank you!"): "Alle %1 gesprekken gedaan — dank u wel!",
("TodayPage","%1 of %2 calls done"): "%1 van %2 gesprekken gedaan",
("TodayPage","1 call needs cover: its caller is away. Hand it to another volunteer for that period."): "1 gesprek heeft vervanging nodig: de beller is weg. Geef het voor die periode aan een andere vrijwilliger.",
("TodayPage","%1 calls need cover: their caller is away. Hand them to another volunteer for that period."): "%1 gesprekken hebben vervanging nodig: de beller is weg. Geef ze voor die periode aan een andere vrijwilliger.",
("TodayPage","&Log call with %1…"): "&Gesprek met %1 vastleggen…",
("TodayPage","Choose a caller first."): "Kies eerst een beller.",
("TodayPage","Saved the call with %1."): "Het gesprek met %1 is opgeslagen.",
("TodayPage","Copied %1 — paste it in your phone program."): "%1 gekopieerd — plak het in uw belprogramma.",
("TodayPage","No phone program answered on this computer; dial %1 yourself."): "Er reageerde geen belprogramma op deze computer; bel %1 zelf.",
}


def _escape(text: str) -> str:
    """XML text as lupdate writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"(<message>\s*<source>(.*?)</source>.*?)"
                      r'<translation type="unfinished"></translation>', re.S)


def fill(path: Path = TS) -> int:
    """Write the Dutch into the unfinished entries of the .ts, leaving the rest of the file
    byte for byte as it was (no re-serialisation); returns how many were filled."""
    text = path.read_text(encoding="utf-8")
    wanted = {(_escape(ctx), _escape(src)): _escape(nl) for (ctx, src), nl in NL.items()}
    count = 0

    def context(match: re.Match) -> str:
        name = match.group(1)

        def message(found: re.Match) -> str:
            nonlocal count
            dutch = wanted.get((name, found.group(2)))
            if dutch is None:
                return found.group(0)
            count += 1
            return f"{found.group(1)}<translation>{dutch}</translation>"

        return match.group(0).replace(match.group(2), _MESSAGE.sub(message, match.group(2)), 1)

    path.write_text(_CONTEXT.sub(context, text), encoding="utf-8")
    return count


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TS
    print(f"filled {fill(target)} entries in {target}")
