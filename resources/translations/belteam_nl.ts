<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AbsencesDialog</name>
    <message>
        <source>Remove absence</source>
        <translation>Afwezigheid verwijderen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Absence in the past</source>
        <translation>Afwezigheid in het verleden</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Toch &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Change the dates</source>
        <translation>&amp;Data aanpassen</translation>
    </message>
    <message>
        <source>Absences of %1</source>
        <translation>Afwezigheid van %1</translation>
    </message>
    <message>
        <source>When is %1 away? Their calls in that period show on Today as “needs cover”, to hand to another volunteer.</source>
        <translation>Wanneer is %1 er niet? De gesprekken in die periode staan op Vandaag als “vervanging nodig”, om aan een andere vrijwilliger over te dragen.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Afwezigheden</translation>
    </message>
    <message>
        <source>e.g. holiday, hospital</source>
        <translation>bijv. vakantie, ziekenhuis</translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation>Afwezigheid &amp;toevoegen</translation>
    </message>
    <message>
        <source>A&amp;way from:</source>
        <translation>&amp;Afwezig vanaf:</translation>
    </message>
    <message>
        <source>&amp;To (last day away):</source>
        <translation>T&amp;ot en met (laatste dag weg):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eden:</translation>
    </message>
    <message>
        <source>The absence from %1 to %2 lies wholly in the past and changes no call. Save it anyway?</source>
        <translation>De afwezigheid van %1 tot %2 ligt helemaal in het verleden en verandert geen gesprek. Toch opslaan?</translation>
    </message>
    <message>
        <source>Saved: %1 is away from %2 to %3.</source>
        <translation>Opgeslagen: %1 is afwezig van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>Remove the absence from %1 to %2? Only do this when it was entered by mistake.</source>
        <translation>De afwezigheid van %1 tot en met %2 verwijderen? Doe dit alleen als die per vergissing is ingevoerd.</translation>
    </message>
    <message>
        <source>The absence is removed.</source>
        <translation>De afwezigheid is verwijderd.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Staff (outreach)</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;l</translation>
    </message>
    <message>
        <source>&amp;Volunteer record</source>
        <translation>&amp;Vrijwilliger</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Filter: name, action, code…</source>
        <translation>Zoek op naam, handeling, code…</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 van %2 regels</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Account toegevoegd</translation>
    </message>
    <message>
        <source>Account linked</source>
        <translation>Account gekoppeld</translation>
    </message>
    <message>
        <source>Account switched off</source>
        <translation>Account uitgezet</translation>
    </message>
    <message>
        <source>Account switched on</source>
        <translation>Account aangezet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Gegevens geëxporteerd</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Eerste start</translation>
    </message>
    <message>
        <source>New password set</source>
        <translation>Nieuw wachtwoord ingesteld</translation>
    </message>
    <message>
        <source>Old notes purged</source>
        <translation>Oude notities opgeruimd</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Persoon gewist</translation>
    </message>
    <message>
        <source>Person&apos;s data exported</source>
        <translation>Gegevens van een persoon geëxporteerd</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Aanmelden mislukt</translation>
    </message>
    <message>
        <source>Sign-in while locked out</source>
        <translation>Aanmelden tijdens blokkade</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <source>Volunteer added</source>
        <translation>Vrijwilliger toegevoegd</translation>
    </message>
    <message>
        <source>Volunteer changed</source>
        <translation>Vrijwilliger gewijzigd</translation>
    </message>
    <message>
        <source>Volunteer archived</source>
        <translation>Vrijwilliger gearchiveerd</translation>
    </message>
    <message>
        <source>Volunteer restored</source>
        <translation>Vrijwilliger teruggezet</translation>
    </message>
    <message>
        <source>Resident added</source>
        <translation>Deelnemer toegevoegd</translation>
    </message>
    <message>
        <source>Resident changed</source>
        <translation>Deelnemer gewijzigd</translation>
    </message>
    <message>
        <source>Resident archived</source>
        <translation>Deelnemer gearchiveerd</translation>
    </message>
    <message>
        <source>Resident restored</source>
        <translation>Deelnemer teruggezet</translation>
    </message>
    <message>
        <source>Pairing made</source>
        <translation>Koppeling gemaakt</translation>
    </message>
    <message>
        <source>Call plan changed</source>
        <translation>Belafspraak gewijzigd</translation>
    </message>
    <message>
        <source>Pairing ended</source>
        <translation>Koppeling beëindigd</translation>
    </message>
    <message>
        <source>Absence added</source>
        <translation>Afwezigheid toegevoegd</translation>
    </message>
    <message>
        <source>Absence removed</source>
        <translation>Afwezigheid verwijderd</translation>
    </message>
    <message>
        <source>Calls handed over</source>
        <translation>Belbeurten overgedragen</translation>
    </message>
    <message>
        <source>Hand-over removed</source>
        <translation>Overdracht verwijderd</translation>
    </message>
    <message>
        <source>Calls paused</source>
        <translation>Bellen gepauzeerd</translation>
    </message>
    <message>
        <source>Pause ended</source>
        <translation>Pauze beëindigd</translation>
    </message>
    <message>
        <source>Pause removed</source>
        <translation>Pauze verwijderd</translation>
    </message>
    <message>
        <source>Follow-up case taken</source>
        <translation>Signalering opgepakt</translation>
    </message>
    <message>
        <source>Follow-up action recorded</source>
        <translation>Actie bij signalering vastgelegd</translation>
    </message>
    <message>
        <source>Follow-up case closed</source>
        <translation>Signalering gesloten</translation>
    </message>
    <message>
        <source>People imported</source>
        <translation>Personen geïmporteerd</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Erased people removed from backups</source>
        <translation>Gewiste personen uit back-ups verwijderd</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>Logboek, nieuwste eerst</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <source>How did the call go?</source>
        <translation>Hoe ging het gesprek?</translation>
    </message>
    <message>
        <source>How is the resident doing? What did you talk about? A few sentences are enough.</source>
        <translation>Hoe gaat het met de deelnemer? Waar ging het over? Een paar zinnen is genoeg.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Noti&amp;tie</translation>
    </message>
    <message>
        <source>If you spoke with them</source>
        <translation>Als u elkaar gesproken hebt</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>W&amp;ellbeing, 1 (bad) to 10 (very good):</source>
        <translation>W&amp;elzijn, 1 (slecht) tot 10 (heel goed):</translation>
    </message>
    <message>
        <source>Talked about:</source>
        <translation>Gesproken over:</translation>
    </message>
    <message>
        <source>Wants to be &amp;called again</source>
        <translation>Gr&amp;aag weer bellen</translation>
    </message>
    <message>
        <source>&amp;Practical help asked</source>
        <translation>&amp;Praktische hulp gevraagd</translation>
    </message>
    <message>
        <source>Concern: needs follow-&amp;up</source>
        <translation>&amp;Zorgen: opvolging nodig</translation>
    </message>
    <message>
        <source>Confiden&amp;tial</source>
        <translation>Vertrouwelij&amp;k</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Only coordinators and staff read a confidential note (and you, who wrote it).</source>
        <translation>Alleen coördinatoren en professionals lezen een vertrouwelijke notitie (en u, die hem schreef).</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The note is %1 characters long; at most %2 fit. Shorten it to save — nothing is cut off for you.</source>
        <translation>De notitie is %1 tekens lang; er passen er %2. Maak hem korter om op te slaan — er wordt niets voor u afgeknipt.</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <source>&amp;Reached</source>
        <translation>&amp;Bereikt</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Geen gehoor</translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation>&amp;In gesprek</translation>
    </message>
    <message>
        <source>&amp;Voicemail</source>
        <translation>&amp;Voicemail</translation>
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation>Ve&amp;rkeerd nummer</translation>
    </message>
    <message>
        <source>&amp;Declined today</source>
        <translation>&amp;Wil vandaag niet</translation>
    </message>
    <message>
        <source>Not &amp;available</source>
        <translation>&amp;Niet beschikbaar</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Te bellen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Vervanging nodig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>&amp;Loneliness</source>
        <translation>Eenzaam&amp;heid</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>Gezon&amp;dheid</translation>
    </message>
    <message>
        <source>&amp;Groceries</source>
        <translation>Boods&amp;chappen</translation>
    </message>
    <message>
        <source>Mone&amp;y</source>
        <translation>Ge&amp;ld</translation>
    </message>
    <message>
        <source>Mob&amp;ility</source>
        <translation>&amp;Mobiliteit</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Familie</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>&amp;Stemming</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>What was done for %1?</source>
        <translation>Wat is er gedaan voor %1?</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Signalering afsluiten</translation>
    </message>
    <message>
        <source>How did it end for %1? Closing records who and when; choose the outcome with care.</source>
        <translation>Hoe is het afgelopen met %1? Bij het afsluiten wordt vastgelegd wie en wanneer; kies de uitkomst zorgvuldig.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Afsluiten…</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source> · concern</source>
        <translation> · zorgen</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Belpogingen</translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation>Wat er gebeurde, op volgorde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Last attem&amp;pts and notes</source>
        <translation>Laatste belpo&amp;gingen en notities</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Verloop</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Zo bereikt u de deelnemer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Tweede telefoon</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contactpersoon bij nood</translation>
    </message>
    <message>
        <source>Key holder</source>
        <translation>Sleuteladres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Het nummer kopiëren</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Oppakken</translation>
    </message>
    <message>
        <source>Say that you will follow this up, so nobody else goes to the same door</source>
        <translation>Laat weten dat u dit oppakt, zodat niet ook een ander naar dezelfde deur gaat</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Actie &amp;toevoegen…</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Af&amp;sluiten…</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>Geen signalering gekozen</translation>
    </message>
    <message>
        <source>Choose a case in the list to see why it was opened and how to reach the resident.</source>
        <translation>Kies een signalering in de lijst om te zien waarom die is geopend en hoe u de deelnemer bereikt.</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>geopend %1</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>nooit bereikt</translation>
    </message>
    <message>
        <source>last contact %1 (%2 days ago)</source>
        <translation>laatste contact %1 (%2 dagen geleden)</translation>
    </message>
    <message>
        <source>lives alone</source>
        <translation>woont alleen</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Hui&amp;dig wachtwoord</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password now.</source>
        <translation>U bent aangemeld met een eenmalig wachtwoord. Kies nu uw eigen wachtwoord.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Signalering afsluiten</translation>
    </message>
    <message>
        <source>Close the case of %1?

%2</source>
        <translation>De signalering van %1 afsluiten?

%2</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Restore the backup of %1</source>
        <translation>De back-up van %1 terugzetten</translation>
    </message>
    <message>
        <source>Close Belteam</source>
        <translation>Belteam sluiten</translation>
    </message>
    <message>
        <source>Restored. The damaged database is kept in %1.</source>
        <translation>Teruggezet. De beschadigde database is bewaard in %1.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 1-12, 1 dec or tomorrow</source>
        <translation>bijv. 1-12, 1 dec of morgen</translation>
    </message>
    <message>
        <source>Type a date: 1-12, 1-12-2026, 1 dec, tomorrow. Up and Down move a day; Alt+Down opens a calendar.</source>
        <translation>Typ een datum: 1-12, 1-12-2026, 1 dec, morgen. Pijl omhoog en omlaag gaan een dag verder; Alt+Omlaag opent een kalender.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (Alt+Down)</source>
        <translation>Kies de dag in een kalender (Alt+Omlaag)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source> and {count} more</source>
        <translation> en nog {count}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a .csv, .xlsx or .pdf file</source>
        <translation>&apos;{name}&apos; is geen .csv-, .xlsx- of .pdf-bestand</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role; use one of {roles}.</source>
        <translation>&apos;{role}&apos; is geen rol; kies uit {roles}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Dutch postcode; write it as 7971 AB</source>
        <translation>&apos;{value}&apos; is geen Nederlandse postcode; schrijf die als 7971 AB</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write YYYY-MM-DD or DD-MM-YYYY</source>
        <translation>&apos;{value}&apos; is geen datum; schrijf DD-MM-JJJJ of JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a mark from 1 to 10</source>
        <translation>&apos;{value}&apos; is geen cijfer van 1 tot en met 10</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>&apos;{value}&apos; is geen telefoonnummer</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a status; use one of {choices}</source>
        <translation>&apos;{value}&apos; is geen status; kies uit {choices}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day; write 10:30, morning or ochtend</source>
        <translation>&apos;{value}&apos; is geen tijdstip; schrijf 10:30, ochtend, middag of avond</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number (check the number of digits)</source>
        <translation>&apos;{value}&apos; is geen geldig telefoonnummer (kijk het aantal cijfers na)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; is geen heel getal</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an action; use one of {choices}</source>
        <translation>&apos;{value}&apos; is geen actie; kies uit {choices}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>&apos;{value}&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an outcome; use one of {choices}</source>
        <translation>&apos;{value}&apos; is geen uitkomst; kies uit {choices}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the choices: {choices}</source>
        <translation>&apos;{value}&apos; is geen van de keuzes: {choices}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no; write yes/no or ja/nee</source>
        <translation>&apos;{value}&apos; is geen ja of nee; schrijf ja/nee</translation>
    </message>
    <message>
        <source>...spread over at least this many days</source>
        <translation>...verdeeld over minstens zoveel dagen</translation>
    </message>
    <message>
        <source>A caller marked &apos;concern: needs follow-up&apos; on {day}</source>
        <translation>Een beller heeft op {day} &apos;zorgen: opvolging nodig&apos; aangegeven</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters ({length} given).</source>
        <translation>Een wachtwoord heeft minstens {minimum} tekens nodig (dit zijn er {length}).</translation>
    </message>
    <message>
        <source>A user name is 1 to 80 characters without spaces.</source>
        <translation>Een gebruikersnaam is 1 tot 80 tekens, zonder spaties.</translation>
    </message>
    <message>
        <source>A volunteer&apos;s account is linked to their volunteer record.</source>
        <translation>Het account van een vrijwilliger hoort bij een vrijwilliger in de lijst; kies die.</translation>
    </message>
    <message>
        <source>Accounts already exist; sign in instead.</source>
        <translation>Er zijn al accounts; meld u aan.</translation>
    </message>
    <message>
        <source>After these days an unanswered call counts as missed.</source>
        <translation>Daarna telt een onbeantwoord gesprek als gemist.</translation>
    </message>
    <message>
        <source>BYDAY {code!r} has a week number, which works only with FREQ=MONTHLY</source>
        <translation>BYDAY {code!r} heeft een weeknummer; dat kan alleen bij FREQ=MONTHLY</translation>
    </message>
    <message>
        <source>BYDAY {code!r} is not a day: use {days}</source>
        <translation>BYDAY {code!r} is geen dag: gebruik {days}</translation>
    </message>
    <message>
        <source>BYDAY {value!r} must be one week number and day, e.g. 1MO or -1FR</source>
        <translation>BYDAY {value!r} moet één weeknummer en dag zijn, bijv. 1MO of -1FR</translation>
    </message>
    <message>
        <source>BYSETPOS works only with FREQ=MONTHLY, e.g. BYDAY=FR;BYSETPOS=-1</source>
        <translation>BYSETPOS kan alleen bij FREQ=MONTHLY, bijv. BYDAY=FR;BYSETPOS=-1</translation>
    </message>
    <message>
        <source>COUNT is supported only as FREQ=DAILY;COUNT=1 (once); other plans end with the pairing&apos;s end date</source>
        <translation>COUNT kan alleen als FREQ=DAILY;COUNT=1 (eenmalig); andere belafspraken stoppen op de einddatum van de koppeling</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Bellijst</translation>
    </message>
    <message>
        <source>Calls still not made when their retry days are over.</source>
        <translation>Gesprekken die na de dagen voor opnieuw proberen nog niet gevoerd zijn.</translation>
    </message>
    <message>
        <source>Counted while the resident&apos;s call plan is running.</source>
        <translation>Geteld zolang de belafspraak van de deelnemer loopt.</translation>
    </message>
    <message>
        <source>Days a missed call stays on the list as retry</source>
        <translation>Dagen dat een gemist gesprek op de lijst blijft om opnieuw te proberen</translation>
    </message>
    <message>
        <source>Days a missed daily check-in stays as retry</source>
        <translation>Dagen dat een gemist dagelijks belmoment blijft om opnieuw te proberen</translation>
    </message>
    <message>
        <source>Days without contact before a flag</source>
        <translation>Dagen zonder contact vóór een signalering</translation>
    </message>
    <message>
        <source>Days without contact before a flag (daily check-in)</source>
        <translation>Dagen zonder contact vóór een signalering (dagelijks belmoment)</translation>
    </message>
    <message>
        <source>FREQ=MONTHLY needs the week and day, e.g. BYDAY=1MO (first Monday) or BYDAY=-1FR (last Friday)</source>
        <translation>FREQ=MONTHLY heeft de week en de dag nodig, bijv. BYDAY=1MO (eerste maandag) of BYDAY=-1FR (laatste vrijdag)</translation>
    </message>
    <message>
        <source>FREQ=WEEKLY needs the day(s) to call, e.g. FREQ=WEEKLY;BYDAY=TU</source>
        <translation>FREQ=WEEKLY heeft de beldag(en) nodig, bijv. FREQ=WEEKLY;BYDAY=TU</translation>
    </message>
    <message>
        <source>FREQ={freq} is not supported: use FREQ=DAILY, WEEKLY or MONTHLY</source>
        <translation>FREQ={freq} kan niet: gebruik FREQ=DAILY, WEEKLY of MONTHLY</translation>
    </message>
    <message>
        <source>Fill in the organisation&apos;s name.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s language, or always use Dutch or English.</source>
        <translation>Dezelfde taal als de computer, of altijd Nederlands of Engels.</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Regels voor signalering</translation>
    </message>
    <message>
        <source>For residents who are called every day.</source>
        <translation>Voor deelnemers die elke dag gebeld worden.</translation>
    </message>
    <message>
        <source>INTERVAL on FREQ=DAILY is not supported: use FREQ=WEEKLY;INTERVAL=n</source>
        <translation>INTERVAL bij FREQ=DAILY kan niet: gebruik FREQ=WEEKLY;INTERVAL=n</translation>
    </message>
    <message>
        <source>In characters; a few sentences take about 300.</source>
        <translation>In tekens; een paar zinnen zijn ongeveer 300 tekens.</translation>
    </message>
    <message>
        <source>Keeps the notes safe when nobody is at the computer.</source>
        <translation>Houdt de notities veilig als er niemand achter de computer zit.</translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes</source>
        <translation>Venster vergrendelen na zoveel minuten niets doen</translation>
    </message>
    <message>
        <source>Longest note a caller may write</source>
        <translation>Langste notitie die een vrijwilliger mag schrijven</translation>
    </message>
    <message>
        <source>Missed due calls in a row before a flag</source>
        <translation>Gemiste belafspraken achter elkaar vóór een signalering</translation>
    </message>
    <message>
        <source>Months after which notes are purged</source>
        <translation>Maanden waarna notities worden verwijderd</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Tijd van de ochtendherinnering</translation>
    </message>
    <message>
        <source>No absence with id {id}.</source>
        <translation>Er is geen afwezigheid met id {id}.</translation>
    </message>
    <message>
        <source>No account named &apos;{name}&apos;.</source>
        <translation>Er is geen account met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>No answer, busy or voicemail, one after the other.</source>
        <translation>Geen gehoor, in gesprek of voicemail, de een na de ander.</translation>
    </message>
    <message>
        <source>No outreach case with id {id}.</source>
        <translation>Er is geen signalering met id {id}.</translation>
    </message>
    <message>
        <source>No pairing {number} that you may see.</source>
        <translation>Er is geen koppeling {number} die u mag zien.</translation>
    </message>
    <message>
        <source>No pause with id {id}.</source>
        <translation>Er is geen pauze met id {id}.</translation>
    </message>
    <message>
        <source>No resident with code &apos;{code}&apos; that you may see.</source>
        <translation>Er is geen deelnemer met code &apos;{code}&apos; die u mag zien.</translation>
    </message>
    <message>
        <source>No resident with id {id}.</source>
        <translation>Er is geen deelnemer met id {id}.</translation>
    </message>
    <message>
        <source>No successful contact for {days} days (counting from {day})</source>
        <translation>Al {days} dagen geen contact (geteld vanaf {day})</translation>
    </message>
    <message>
        <source>No successful contact for {days} days (last successful contact {day})</source>
        <translation>Al {days} dagen geen contact (laatste contact {day})</translation>
    </message>
    <message>
        <source>No volunteer with code &apos;{code}&apos;.</source>
        <translation>Er is geen vrijwilliger met code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Not allowed for the role {role}: this resident is not yours.</source>
        <translation>Niet toegestaan voor de rol {role}: u belt deze deelnemer niet.</translation>
    </message>
    <message>
        <source>Not allowed for the role {role}: this volunteer is not you.</source>
        <translation>Niet toegestaan voor de rol {role}: deze vrijwilliger bent u niet.</translation>
    </message>
    <message>
        <source>Not allowed for the role {role}: {action}.</source>
        <translation>Niet toegestaan voor de rol {role}: {action}.</translation>
    </message>
    <message>
        <source>Nothing else changes.</source>
        <translation>Verder verandert er niets.</translation>
    </message>
    <message>
        <source>Nothing else changes; end the pairing if the calls stop.</source>
        <translation>Verder verandert er niets; beëindig de koppeling als de gesprekken stoppen.</translation>
    </message>
    <message>
        <source>Older call notes are removed at night; the counts stay.</source>
        <translation>Oudere notities worden &apos;s nachts verwijderd; de aantallen blijven bewaard.</translation>
    </message>
    <message>
        <source>Organisation &amp; language</source>
        <translation>Organisatie en taal</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Privacy &amp; security</source>
        <translation>Privacy en beveiliging</translation>
    </message>
    <message>
        <source>RRULE part {part!r} is not KEY=VALUE</source>
        <translation>RRULE-deel {part!r} is niet SLEUTEL=WAARDE</translation>
    </message>
    <message>
        <source>Refresh the lists every this many minutes</source>
        <translation>Lijsten elke zoveel minuten verversen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Screen language</source>
        <translation>Taal op het scherm</translation>
    </message>
    <message>
        <source>Shown in the window&apos;s title and on printed lists.</source>
        <translation>Staat bovenaan het venster en op geprinte lijsten.</translation>
    </message>
    <message>
        <source>So that calls logged on other computers show up.</source>
        <translation>Zodat gesprekken die op andere computers zijn ingevoerd ook verschijnen.</translation>
    </message>
    <message>
        <source>So that three tries on one morning do not raise a flag yet.</source>
        <translation>Zodat drie pogingen op één ochtend nog geen signalering geven.</translation>
    </message>
    <message>
        <source>That volunteer does not exist.</source>
        <translation>Die vrijwilliger bestaat niet.</translation>
    </message>
    <message>
        <source>The counters for {name} start again from now.</source>
        <translation>De tellers voor {name} beginnen vanaf nu opnieuw.</translation>
    </message>
    <message>
        <source>The note is {length} characters long; at most {limit} are allowed. Shorten it; nothing was saved.</source>
        <translation>De notitie is {length} tekens lang; er mogen er hoogstens {limit} zijn. Maak haar korter; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The pairing ends and {name} is set to stopped.</source>
        <translation>De koppeling stopt en {name} krijgt de status gestopt.</translation>
    </message>
    <message>
        <source>The same, for residents who are called every day.</source>
        <translation>Hetzelfde, voor deelnemers die elke dag gebeld worden.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is already taken.</source>
        <translation>De gebruikersnaam &apos;{name}&apos; is al in gebruik.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask the coordinator.</source>
        <translation>Dit account staat uit. Vraag de coördinator.</translation>
    </message>
    <message>
        <source>This is the last coordinator account; it stays on.</source>
        <translation>Dit is het laatste account van een coördinator; het blijft aan.</translation>
    </message>
    <message>
        <source>This password is too easy to guess; use a few words or mixed characters.</source>
        <translation>Dit wachtwoord is te makkelijk te raden; gebruik een paar woorden of verschillende tekens.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: signing in is locked for {minutes} minutes. Try again later or ask the coordinator.</source>
        <translation>Te vaak mislukt aangemeld: aanmelden is {minutes} minuten geblokkeerd. Probeer het later opnieuw of vraag de coördinator.</translation>
    </message>
    <message>
        <source>Unsuccessful attempts in a row before a flag</source>
        <translation>Mislukte belpogingen achter elkaar vóór een signalering</translation>
    </message>
    <message>
        <source>WKST must be MO: plan weeks start on Monday</source>
        <translation>WKST moet MO zijn: de weken beginnen op maandag</translation>
    </message>
    <message>
        <source>closing as {outcome}: {effect} Confirm to close.</source>
        <translation>afsluiten als {outcome}: {effect} Bevestig om af te sluiten.</translation>
    </message>
    <message>
        <source>{name} will be paused from today until further notice.</source>
        <translation>{name} wordt vanaf vandaag gepauzeerd, tot nader bericht.</translation>
    </message>
    <message>
        <source>Move holiday calls to the next working day</source>
        <translation>Gesprekken op feestdagen naar de volgende werkdag verschuiven</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a call plan: {hint}</source>
        <translation>&apos;{value}&apos; is geen belafspraak: {hint}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write for example 1-12, 1-12-2026, 1 dec or tomorrow</source>
        <translation>&apos;{value}&apos; is geen datum; schrijf bijvoorbeeld 1-12, 1-12-2026, 1 dec of morgen</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a month; write it as 2026-11.</source>
        <translation>&apos;{value}&apos; is geen maand; schrijf het als 2026-11.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a week; write it as 2026-W48.</source>
        <translation>&apos;{value}&apos; is geen week; schrijf het als 2026-W48.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not two areas; write them as &apos;Havelte – Uffelte&apos;</source>
        <translation>&apos;{value}&apos; zijn geen twee gebieden; schrijf ze als &apos;Havelte – Uffelte&apos;</translation>
    </message>
    <message>
        <source>A backup is made every night; this many recent days are kept.</source>
        <translation>Elke nacht wordt een back-up gemaakt; van zoveel recente dagen blijft er een bewaard.</translation>
    </message>
    <message>
        <source>A call cannot be logged on a later day than it happens: the attempt is on {day}, the call is due on {due}.</source>
        <translation>Een gesprek kan niet vooruit worden vastgelegd: de poging is op {day}, het gesprek staat op {due}.</translation>
    </message>
    <message>
        <source>A call cannot be logged on a later day than today ({today}): {day}.</source>
        <translation>Een gesprek kan niet op een latere dag dan vandaag ({today}) worden vastgelegd: {day}.</translation>
    </message>
    <message>
        <source>A call cannot be logged on {day}: the resident&apos;s first pairing started on {start}.</source>
        <translation>Een gesprek kan niet op {day} worden vastgelegd: de eerste koppeling van de deelnemer begon op {start}.</translation>
    </message>
    <message>
        <source>A draft must be a set of named fields.</source>
        <translation>Een concept moet bestaan uit velden met een naam.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {minimum} characters ({length} given).</source>
        <translation>Een wachtwoord moet minstens {minimum} tekens hebben ({length} gegeven).</translation>
    </message>
    <message>
        <source>A report covers at most three years.</source>
        <translation>Een overzicht beslaat hoogstens drie jaar.</translation>
    </message>
    <message>
        <source>Acting as if it were another day (--as-of) is only for coordinators.</source>
        <translation>Doen alsof het een andere dag is (--as-of) mag alleen een coördinator.</translation>
    </message>
    <message>
        <source>At the foot of every printed call list: whom a volunteer calls with a question.</source>
        <translation>Onderaan elke geprinte bellijst: wie een vrijwilliger belt met een vraag.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Cannot open the encrypted database {path}: the key is wrong (or the file is damaged). Nothing was changed.</source>
        <translation>Kan de versleutelde database {path} niet openen: het wachtwoord klopt niet (of het bestand is beschadigd). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Changed by {name} at {time} since you opened it: {fields}.</source>
        <translation>Gewijzigd door {name} om {time} sinds u het opende: {fields}.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s name</source>
        <translation>Naam van de coördinator</translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone</source>
        <translation>Telefoon van de coördinator</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Dagelijkse back-ups bewaren</translation>
    </message>
    <message>
        <source>Days without a logged call before a flag</source>
        <translation>Dagen zonder vastgelegd gesprek vóór een signaal</translation>
    </message>
    <message>
        <source>Encrypting needs SQLCipher: run  pip install &apos;belteam[encryption]&apos;</source>
        <translation>Versleutelen heeft SQLCipher nodig: voer  pip install &apos;belteam[encryption]&apos;  uit</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Hide figures about fewer residents than</source>
        <translation>Verberg cijfers over minder deelnemers dan</translation>
    </message>
    <message>
        <source>Last week&apos;s overview is saved in the reports folder.</source>
        <translation>Het overzicht van vorige week wordt in de map met overzichten bewaard.</translation>
    </message>
    <message>
        <source>Make the overview PDF every Monday</source>
        <translation>Maak elke maandag het overzicht als pdf</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>Maandelijkse back-ups bewaren</translation>
    </message>
    <message>
        <source>Neighbouring areas</source>
        <translation>Aangrenzende gebieden</translation>
    </message>
    <message>
        <source>Of older backups, one per month is kept for this many months.</source>
        <translation>Van oudere back-ups blijft er één per maand bewaard, zoveel maanden lang.</translation>
    </message>
    <message>
        <source>Of older backups, one per week is kept for this many weeks.</source>
        <translation>Van oudere back-ups blijft er één per week bewaard, zoveel weken lang.</translation>
    </message>
    <message>
        <source>Only a signed-in account can change its password.</source>
        <translation>Alleen een aangemeld account kan zijn wachtwoord wijzigen.</translation>
    </message>
    <message>
        <source>Otherwise they stay on their day, marked as a holiday.</source>
        <translation>Anders blijven ze op hun dag staan, gemarkeerd als feestdag.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Pairs of villages or districts next to each other, e.g. &quot;Havelte – Uffelte; Darp – Havelte&quot;.</source>
        <translation>Paren van dorpen of wijken die aan elkaar grenzen, bijvoorbeeld &quot;Havelte – Uffelte; Darp – Havelte&quot;.</translation>
    </message>
    <message>
        <source>Points for a volunteer who called the resident before and reached them.</source>
        <translation>Punten voor een vrijwilliger die de deelnemer eerder belde en sprak.</translation>
    </message>
    <message>
        <source>Points for a volunteer with all places free, so the calls are spread.</source>
        <translation>Punten voor een vrijwilliger met alle plaatsen vrij, zodat het bellen verdeeld wordt.</translation>
    </message>
    <message>
        <source>Points for the same area; half of them for a neighbouring one.</source>
        <translation>Punten voor hetzelfde gebied; de helft voor een aangrenzend gebied.</translation>
    </message>
    <message>
        <source>Points when the volunteer is free on all the days the resident wants.</source>
        <translation>Punten als de vrijwilliger kan op alle dagen die de deelnemer wil.</translation>
    </message>
    <message>
        <source>Printed next to the coordinator&apos;s name.</source>
        <translation>Geprint naast de naam van de coördinator.</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>Map voor overzichten</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>The backup failed its check and was removed: {problem}</source>
        <translation>De back-up kwam niet door de controle en is verwijderd: {problem}</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>The database file {path} is read-only: Belteam needs to write to it. Ask for write access or copy it to a folder of your own.</source>
        <translation>Het databasebestand {path} is alleen-lezen: Belteam moet erin kunnen schrijven. Vraag om schrijfrechten of kopieer het naar een eigen map.</translation>
    </message>
    <message>
        <source>The database is locked by another program (an import that is still running, or another Belteam window). Wait until it is done and try again.</source>
        <translation>De database is vergrendeld door een ander programma (een import die nog loopt, of een ander Belteam-venster). Wacht tot dat klaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}). Nothing was changed.</source>
        <translation>De database {path} is beschadigd ({problem}). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The encrypted copy did not come out right ({found} instead of {expected}); it was removed. The original is unchanged.</source>
        <translation>De versleutelde kopie is niet goed gelukt ({found} in plaats van {expected}); hij is verwijderd. Het origineel is niet veranderd.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another file.</source>
        <translation>De map {folder} bestaat niet; maak hem aan of kies een ander bestand.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: Belteam needs to write there (the database and its journal). Ask for write access or choose a folder of your own.</source>
        <translation>De map {folder} is alleen-lezen: Belteam moet daar kunnen schrijven (de database en het journaal). Vraag om schrijfrechten of kies een eigen map.</translation>
    </message>
    <message>
        <source>The newest good backup is {file} from {when}: restore it with  belteam restore &quot;{file}&quot; --yes  (the damaged file is kept as a backup first).</source>
        <translation>De nieuwste goede back-up is {file} van {when}: zet die terug met  belteam restore &quot;{file}&quot; --yes  (het beschadigde bestand wordt eerst als back-up bewaard).</translation>
    </message>
    <message>
        <source>The note is {length} characters long; an unsaved note keeps at most {limit}. Shorten it to keep it.</source>
        <translation>De notitie is {length} tekens lang; een niet-opgeslagen notitie bewaart er hoogstens {limit}. Maak haar korter om haar te bewaren.</translation>
    </message>
    <message>
        <source>The overview shows such a figure as &quot;&lt;5&quot; and hides a second one where the totals would give it away.</source>
        <translation>Het overzicht toont zo&apos;n cijfer als &quot;&lt;5&quot; en verbergt een tweede waar de totalen het zouden verraden.</translation>
    </message>
    <message>
        <source>The restore failed, so nothing was changed: {error}</source>
        <translation>Het terugzetten is mislukt, dus er is niets veranderd: {error}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>There is no Belteam database at {path}. Check the path (--db); a new database is made by &apos;belteam import&apos;, &apos;belteam demo&apos; or &apos;belteam user add&apos;.</source>
        <translation>Er is geen Belteam-database op {path}. Controleer het pad (--db); een nieuwe database wordt gemaakt door &apos;belteam import&apos;, &apos;belteam demo&apos; of &apos;belteam user add&apos;.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Er is geen back-upbestand op {path}.</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}; ask for help before changing anything.</source>
        <translation>Er is geen goede back-up in {folder}; vraag hulp voordat u iets verandert.</translation>
    </message>
    <message>
        <source>This draft cannot be kept: {reason}</source>
        <translation>Dit concept kan niet worden bewaard: {reason}</translation>
    </message>
    <message>
        <source>This draft is too large to keep (more than {limit} characters).</source>
        <translation>Dit concept is te groot om te bewaren (meer dan {limit} tekens).</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Volunteers who logged nothing this long while calls were due to them.</source>
        <translation>Vrijwilligers die zo lang niets vastlegden terwijl er gesprekken voor hen gepland stonden.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Wekelijkse back-ups bewaren</translation>
    </message>
    <message>
        <source>Weight of free places</source>
        <translation>Gewicht van vrije plaatsen</translation>
    </message>
    <message>
        <source>Weight of having called before</source>
        <translation>Gewicht van eerder gebeld hebben</translation>
    </message>
    <message>
        <source>Weight of living nearby</source>
        <translation>Gewicht van dichtbij wonen</translation>
    </message>
    <message>
        <source>Weight of shared days and times</source>
        <translation>Gewicht van gedeelde dagen en tijden</translation>
    </message>
    <message>
        <source>When callers hear of the day&apos;s calls; each may pick their own.</source>
        <translation>Wanneer vrijwilligers horen wie ze die dag bellen; ieder mag een eigen tijd kiezen.</translation>
    </message>
    <message>
        <source>Where the Monday overview is saved; empty: the program&apos;s own reports folder.</source>
        <translation>Waar het maandagoverzicht wordt bewaard; leeg: de eigen map van het programma.</translation>
    </message>
    <message>
        <source>Wrong number logged on {day}</source>
        <translation>Verkeerd nummer gemeld op {day}</translation>
    </message>
    <message>
        <source>a birth date cannot lie in the future</source>
        <translation>een geboortedatum kan niet in de toekomst liggen</translation>
    </message>
    <message>
        <source>a birth date more than {years} years ago cannot be right</source>
        <translation>een geboortedatum van meer dan {years} jaar geleden kan niet kloppen</translation>
    </message>
    <message>
        <source>a call plan is given but no volunteer; write the volunteer&apos;s code</source>
        <translation>er is een belafspraak maar geen vrijwilliger; vul de code van de vrijwilliger in</translation>
    </message>
    <message>
        <source>a monthly plan has exactly one day, e.g. monthly:1mon</source>
        <translation>een maandelijkse belafspraak heeft precies één dag, bijv. maandelijks:1ma</translation>
    </message>
    <message>
        <source>a start date more than two years ahead cannot be right</source>
        <translation>een startdatum meer dan twee jaar vooruit kan niet kloppen</translation>
    </message>
    <message>
        <source>a volunteer is given but no call plan; write one, e.g. weekly:tue or biweekly:fri</source>
        <translation>er is een vrijwilliger maar geen belafspraak; vul die in, bijv. wekelijks:di of tweewekelijks:vr</translation>
    </message>
    <message>
        <source>a week number ({nth}) works only for monthly plans, e.g. monthly:1mon</source>
        <translation>een weeknummer ({nth}) kan alleen bij een maandelijkse belafspraak, bijv. maandelijks:1ma</translation>
    </message>
    <message>
        <source>a weekdays plan is Monday to Friday: for other days use weekly:mon+thu</source>
        <translation>werkdagen is maandag tot en met vrijdag: gebruik voor andere dagen wekelijks:ma+do</translation>
    </message>
    <message>
        <source>a weekly plan needs at least one day, e.g. weekly:tue</source>
        <translation>een wekelijkse belafspraak heeft minstens één dag nodig, bijv. wekelijks:di</translation>
    </message>
    <message>
        <source>a {kind} plan has no days: for chosen days use e.g. weekly:mon+thu</source>
        <translation>een belafspraak &apos;{kind}&apos; heeft geen dagen: gebruik voor vaste dagen bijv. wekelijks:ma+do</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>middag</translation>
    </message>
    <message>
        <source>all {count} volunteers who speak {languages} are full</source>
        <translation>alle {count} vrijwilligers die {languages} spreken zitten vol</translation>
    </message>
    <message>
        <source>an RRULE needs FREQ, e.g. FREQ=WEEKLY;BYDAY=TU</source>
        <translation>een RRULE heeft FREQ nodig, bijv. FREQ=WEEKLY;BYDAY=TU</translation>
    </message>
    <message>
        <source>an interval of {interval} works only for weekly plans, e.g. every{interval}weeks:mon</source>
        <translation>om de {interval} weken kan alleen bij een wekelijkse belafspraak, bijv. elke{interval}weken:ma</translation>
    </message>
    <message>
        <source>another volunteer&apos;s absences</source>
        <translation>de afwezigheid van een andere vrijwilliger</translation>
    </message>
    <message>
        <source>another volunteer&apos;s calendar</source>
        <translation>de agenda van een andere vrijwilliger</translation>
    </message>
    <message>
        <source>another volunteer&apos;s list</source>
        <translation>de bellijst van een andere vrijwilliger</translation>
    </message>
    <message>
        <source>assigning cover</source>
        <translation>vervanging regelen</translation>
    </message>
    <message>
        <source>availability not recorded</source>
        <translation>beschikbaarheid niet ingevuld</translation>
    </message>
    <message>
        <source>availability not understood: &apos;{words}&apos;</source>
        <translation>beschikbaarheid niet begrepen: &apos;{words}&apos;</translation>
    </message>
    <message>
        <source>away {start} – {end}</source>
        <translation>afwezig {start} – {end}</translation>
    </message>
    <message>
        <source>called them before</source>
        <translation>belde eerder met deze deelnemer</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>kan {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>case {id} is already closed ({outcome}); nothing was changed</source>
        <translation>signalering {id} is al afgesloten ({outcome}); er is niets gewijzigd</translation>
    </message>
    <message>
        <source>case {id} was already closed ({outcome}) by {name} at {time}; nothing was changed</source>
        <translation>signalering {id} is al afgesloten ({outcome}) door {name} om {time}; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>changing settings</source>
        <translation>instellingen wijzigen</translation>
    </message>
    <message>
        <source>changing volunteers and residents</source>
        <translation>vrijwilligers en deelnemers wijzigen</translation>
    </message>
    <message>
        <source>choose a text size from {low} to {high} %</source>
        <translation>kies een tekstgrootte van {low} tot {high} %</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; appears more than once in the file (rows {rows})</source>
        <translation>code &apos;{code}&apos; staat meer dan eens in het bestand (regels {rows})</translation>
    </message>
    <message>
        <source>code &apos;{code}&apos; belonged to a person who was erased; use another code</source>
        <translation>code &apos;{code}&apos; hoorde bij iemand die is gewist; gebruik een andere code</translation>
    </message>
    <message>
        <source>code {code} already exists; use --update to change it</source>
        <translation>code {code} bestaat al; vink bijwerken aan (of gebruik --update) om die te wijzigen</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is not known and is ignored</source>
        <translation>kolom &apos;{column}&apos; is onbekend en wordt overgeslagen</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is used only with a volunteer and plan; ignored in rows {rows}</source>
        <translation>kolom &apos;{column}&apos; telt alleen mee met een vrijwilliger en belafspraak; overgeslagen in regels {rows}</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>bevat onzichtbare stuurtekens</translation>
    </message>
    <message>
        <source>contains invisible characters (such as a text direction override); type the text again</source>
        <translation>bevat onzichtbare tekens (zoals een omkering van de schrijfrichting); typ de tekst opnieuw</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <source>encrypting the database</source>
        <translation>de database versleutelen</translation>
    </message>
    <message>
        <source>erasing a person</source>
        <translation>iemand wissen</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <source>exporting a person&apos;s data</source>
        <translation>de gegevens van iemand exporteren</translation>
    </message>
    <message>
        <source>exporting data</source>
        <translation>gegevens exporteren</translation>
    </message>
    <message>
        <source>exporting schedules</source>
        <translation>bellijsten exporteren</translation>
    </message>
    <message>
        <source>free on {slots}</source>
        <translation>kan op {slots}</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <source>give the week number once: BYDAY=1MO or BYDAY=MO;BYSETPOS=1</source>
        <translation>geef het weeknummer één keer: BYDAY=1MO of BYDAY=MO;BYSETPOS=1</translation>
    </message>
    <message>
        <source>has {count} more value(s) than the header has columns (a comma or ; inside a value without quotes?)</source>
        <translation>heeft {count} waarde(n) meer dan er kolommen zijn (een komma of ; in een waarde zonder aanhalingstekens?)</translation>
    </message>
    <message>
        <source>importing spreadsheets</source>
        <translation>spreadsheets importeren</translation>
    </message>
    <message>
        <source>interval {interval!r} is out of range: use 1 to {maximum} weeks</source>
        <translation>herhaling {interval!r} kan niet: gebruik 1 tot {maximum} weken</translation>
    </message>
    <message>
        <source>is a formula without a stored result; open and save the file in Excel, or type the value</source>
        <translation>is een formule zonder opgeslagen uitkomst; open en bewaar het bestand in Excel, of typ de waarde</translation>
    </message>
    <message>
        <source>is archived</source>
        <translation>is gearchiveerd</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>is the same column as &apos;{other}&apos; ({field}); keep one of them</source>
        <translation>is dezelfde kolom als &apos;{other}&apos; ({field}); houd er één van over</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {maximum} allowed</source>
        <translation>is {length} tekens lang; er mogen er hoogstens {maximum}</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <source>it is an old Excel 97-2003 (.xls) file; save it as .xlsx or CSV in Excel and import that</source>
        <translation>het is een oud Excel 97-2003-bestand (.xls); sla het in Excel op als .xlsx of CSV en importeer dat</translation>
    </message>
    <message>
        <source>it is not a spreadsheet (CSV or .xlsx)</source>
        <translation>het is geen spreadsheet (CSV of .xlsx)</translation>
    </message>
    <message>
        <source>it is not a spreadsheet (CSV or .xlsx); it holds binary data</source>
        <translation>het is geen spreadsheet (CSV of .xlsx); er staan binaire gegevens in</translation>
    </message>
    <message>
        <source>it is not an .xlsx file or it is damaged</source>
        <translation>het is geen .xlsx-bestand of het is beschadigd</translation>
    </message>
    <message>
        <source>it is not valid {encoding} ({reason})</source>
        <translation>het is geen geldige {encoding} ({reason})</translation>
    </message>
    <message>
        <source>lives elsewhere ({area})</source>
        <translation>woont elders ({area})</translation>
    </message>
    <message>
        <source>logging another volunteer&apos;s call</source>
        <translation>het gesprek van een andere vrijwilliger vastleggen</translation>
    </message>
    <message>
        <source>making backups</source>
        <translation>back-ups maken</translation>
    </message>
    <message>
        <source>managing accounts</source>
        <translation>accounts beheren</translation>
    </message>
    <message>
        <source>missing required column(s): {wanted}; the columns found are: {found}</source>
        <translation>verplichte kolom(men) ontbreken: {wanted}; gevonden kolommen: {found}</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <source>neighbouring area ({area})</source>
        <translation>aangrenzend gebied ({area})</translation>
    </message>
    <message>
        <source>no pairing with id {id}</source>
        <translation>er is geen koppeling met id {id}</translation>
    </message>
    <message>
        <source>no resident with id {id}</source>
        <translation>er is geen deelnemer met id {id}</translation>
    </message>
    <message>
        <source>no shared day</source>
        <translation>geen gedeelde dag</translation>
    </message>
    <message>
        <source>no volunteer with id {id}</source>
        <translation>er is geen vrijwilliger met id {id}</translation>
    </message>
    <message>
        <source>nobody speaks {languages}</source>
        <translation>niemand spreekt {languages}</translation>
    </message>
    <message>
        <source>nobody speaks {languages}, in {area} or elsewhere</source>
        <translation>niemand spreekt {languages}, in {area} of elders</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>pairing residents with volunteers</source>
        <translation>deelnemers aan vrijwilligers koppelen</translation>
    </message>
    <message>
        <source>pg_dump failed: {error}</source>
        <translation>pg_dump is mislukt: {error}</translation>
    </message>
    <message>
        <source>plan {plan!r}: {problem}</source>
        <translation>belafspraak {plan!r}: {problem}</translation>
    </message>
    <message>
        <source>plans repeat daily, weekly or monthly all year</source>
        <translation>belafspraken herhalen het hele jaar elke dag, week of maand</translation>
    </message>
    <message>
        <source>purging old notes</source>
        <translation>oude notities opruimen</translation>
    </message>
    <message>
        <source>reading absences</source>
        <translation>afwezigheden lezen</translation>
    </message>
    <message>
        <source>reading confidential notes</source>
        <translation>vertrouwelijke notities lezen</translation>
    </message>
    <message>
        <source>reading every resident&apos;s call history</source>
        <translation>de belgeschiedenis van alle deelnemers lezen</translation>
    </message>
    <message>
        <source>reading reports</source>
        <translation>overzichten lezen</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>het logboek lezen</translation>
    </message>
    <message>
        <source>recording absences</source>
        <translation>afwezigheid vastleggen</translation>
    </message>
    <message>
        <source>recording consent</source>
        <translation>toestemming vastleggen</translation>
    </message>
    <message>
        <source>resident {code} is archived; restore them before pairing</source>
        <translation>deelnemer {code} is gearchiveerd; zet die eerst terug en koppel dan</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>een back-up terugzetten</translation>
    </message>
    <message>
        <source>row {row}, {column}: {message}</source>
        <translation>regel {row}, kolom {column}: {message}</translation>
    </message>
    <message>
        <source>row {row}: a quote is not closed</source>
        <translation>rij {row}: een aanhalingsteken wordt niet gesloten</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>regel {row}: {message}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>regel {row}: {problem}</translation>
    </message>
    <message>
        <source>running the follow-up rules</source>
        <translation>de signaleringsregels uitvoeren</translation>
    </message>
    <message>
        <source>same area ({area})</source>
        <translation>zelfde gebied ({area})</translation>
    </message>
    <message>
        <source>say which day, e.g. {word}:{example}</source>
        <translation>zeg welke dag, bijv. {word}:{example}</translation>
    </message>
    <message>
        <source>say which week, e.g. BYDAY=1{day} or BYDAY=-1{day} (last)</source>
        <translation>zeg welke week, bijv. BYDAY=1{day} of BYDAY=-1{day} (laatste)</translation>
    </message>
    <message>
        <source>seeing all residents and volunteers</source>
        <translation>alle deelnemers en vrijwilligers zien</translation>
    </message>
    <message>
        <source>seeing outreach cases</source>
        <translation>signaleringen zien</translation>
    </message>
    <message>
        <source>seeing the whole team&apos;s calls</source>
        <translation>de gesprekken van het hele team zien</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation>spreekt {languages}</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <source>taken over from {name}</source>
        <translation>overgenomen van {name}</translation>
    </message>
    <message>
        <source>the call time is agreed separately</source>
        <translation>het tijdstip spreekt u apart af</translation>
    </message>
    <message>
        <source>the code &apos;{code}&apos; is already in use</source>
        <translation>de code &apos;{code}&apos; is al in gebruik</translation>
    </message>
    <message>
        <source>the end date lies before the start date</source>
        <translation>de einddatum ligt vóór de begindatum</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <translation>het bestand is groter dan {size} MB</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>de import is geannuleerd; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>the pairing&apos;s end date ends the plan</source>
        <translation>de einddatum van de koppeling beëindigt de belafspraak</translation>
    </message>
    <message>
        <source>the pause starts after that day; remove it instead</source>
        <translation>de pauze begint pas na die dag; verwijder haar liever</translation>
    </message>
    <message>
        <source>the plan is empty: {hint}</source>
        <translation>de belafspraak is leeg: {hint}</translation>
    </message>
    <message>
        <source>the volunteers who could call them fit others better</source>
        <translation>de vrijwilligers die hen kunnen bellen passen beter bij anderen</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>de werkmap heeft geen bladen</translation>
    </message>
    <message>
        <source>there are no active volunteers</source>
        <translation>er zijn geen actieve vrijwilligers</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>dat bestand bestaat niet</translation>
    </message>
    <message>
        <source>there is no volunteer with code &apos;{code}&apos;: import the volunteers first</source>
        <translation>er is geen vrijwilliger met code &apos;{code}&apos;: importeer eerst de vrijwilligers</translation>
    </message>
    <message>
        <source>unknown RRULE part {key!r}: a plan uses FREQ, INTERVAL and BYDAY</source>
        <translation>onbekend RRULE-deel {key!r}: een belafspraak gebruikt FREQ, INTERVAL en BYDAY</translation>
    </message>
    <message>
        <source>unknown day {day!r}: {hint}</source>
        <translation>onbekende dag {day!r}: {hint}</translation>
    </message>
    <message>
        <source>unknown kind {word!r}: {hint}</source>
        <translation>onbekende soort {word!r}: {hint}</translation>
    </message>
    <message>
        <source>unknown language &apos;{value}&apos; (use a code such as nl, ar, tr, pl)</source>
        <translation>onbekende taal &apos;{value}&apos; (gebruik een code zoals nl, ar, tr, pl)</translation>
    </message>
    <message>
        <source>unknown plan kind {kind!r}: use one of {kinds}</source>
        <translation>onbekende soort belafspraak {kind!r}: kies uit {kinds}</translation>
    </message>
    <message>
        <source>unknown topic(s) {topics}; use {choices}</source>
        <translation>onbekend(e) onderwerp(en) {topics}; kies uit {choices}</translation>
    </message>
    <message>
        <source>use 1, 2, 3, 4 or -1 (last), as in monthly:1mon or monthly:-1fri</source>
        <translation>gebruik 1, 2, 3, 4 of -1 (laatste), zoals maandelijks:1ma of maandelijks:-1vr</translation>
    </message>
    <message>
        <source>use FREQ=WEEKLY;INTERVAL=n for every n weeks</source>
        <translation>gebruik FREQ=WEEKLY;INTERVAL=n voor om de n weken</translation>
    </message>
    <message>
        <source>use a weekday instead, e.g. FREQ=MONTHLY;BYDAY=1MO</source>
        <translation>gebruik een weekdag, bijv. FREQ=MONTHLY;BYDAY=1MO</translation>
    </message>
    <message>
        <source>use daily, weekdays, weekly:tue, weekly:mon+thu, biweekly:fri, monthly:1mon, monthly:-1fri, once, or an RRULE such as FREQ=WEEKLY;INTERVAL=2;BYDAY=FR</source>
        <translation>gebruik dagelijks, werkdagen, wekelijks:di, wekelijks:ma+do, tweewekelijks:vr, maandelijks:1ma, maandelijks:-1vr, eenmalig, of een RRULE zoals FREQ=WEEKLY;INTERVAL=2;BYDAY=FR</translation>
    </message>
    <message>
        <source>use mon, tue, wed, thu, fri, sat, sun (Dutch: ma, di, wo, do, vr, za, zo)</source>
        <translation>gebruik ma, di, wo, do, vr, za, zo (of maandag … zondag)</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>volunteer {code} ({name}) will call {total} residents, more than the agreed maximum of {maximum} (rows {rows})</source>
        <translation>vrijwilliger {code} ({name}) gaat {total} deelnemers bellen, meer dan het afgesproken maximum van {maximum} (regels {rows})</translation>
    </message>
    <message>
        <source>volunteer {code} is archived</source>
        <translation>vrijwilliger {code} is gearchiveerd</translation>
    </message>
    <message>
        <source>week number {nth} is not supported: {hint}</source>
        <translation>weeknummer {nth} kan niet: {hint}</translation>
    </message>
    <message>
        <source>weekdays {days!r} must run from 0 (Monday) to 6 (Sunday)</source>
        <translation>weekdagen {days!r} lopen van 0 (maandag) tot 6 (zondag)</translation>
    </message>
    <message>
        <source>working on outreach cases</source>
        <translation>aan signaleringen werken</translation>
    </message>
    <message>
        <source>{code} has no pause on {day}: their calls are not paused.</source>
        <translation>{code} heeft geen pauze op {day}: de belbeurten zijn niet gepauzeerd.</translation>
    </message>
    <message>
        <source>{count} due calls in a row were missed (last due {day})</source>
        <translation>{count} geplande gesprekken achter elkaar gemist (laatste gepland op {day})</translation>
    </message>
    <message>
        <source>{count} unsuccessful attempts in a row over {days} days (last: {outcome} on {day})</source>
        <translation>{count} mislukte belpogingen achter elkaar, verspreid over {days} dagen (laatste: {outcome} op {day})</translation>
    </message>
    <message>
        <source>{day} is outside the dates Belteam works with ({first} to {last})</source>
        <translation>{day} valt buiten de datums waarmee Belteam werkt ({first} tot en met {last})</translation>
    </message>
    <message>
        <source>{file} cannot be read with this database&apos;s key: it is damaged, encrypted with another key or not a Belteam backup; nothing was changed.</source>
        <translation>{file} is niet te lezen met de sleutel van deze database: het bestand is beschadigd, met een andere sleutel versleuteld of geen Belteam-back-up; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{file} is a backup of a {engine} database, but the open database is {current}; nothing was changed.</source>
        <translation>{file} is een back-up van een {engine}-database, maar de geopende database is {current}; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a Belteam backup ({problem}); nothing was changed.</source>
        <translation>{file} is beschadigd of geen Belteam-back-up ({problem}); er is niets veranderd.</translation>
    </message>
    <message>
        <source>{file} is damaged, encrypted or not a Belteam backup; nothing was changed.</source>
        <translation>{file} is beschadigd, versleuteld of geen Belteam-back-up; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{file} is not a Belteam backup; nothing was changed.</source>
        <translation>{file} is geen Belteam-back-up; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{file} is not a backup of this database (a plain file for an encrypted database, or the other way round, or another key); nothing was changed.</source>
        <translation>{file} is geen back-up van deze database (een onversleuteld bestand voor een versleutelde database, of andersom, of een andere sleutel); er is niets veranderd.</translation>
    </message>
    <message>
        <source>{file} was made by a newer Belteam (schema version {version}; this one knows up to {current}). Install the newer Belteam first; nothing was changed.</source>
        <translation>{file} is gemaakt door een nieuwere Belteam (schemaversie {version}; deze kent tot en met {current}). Installeer eerst de nieuwere Belteam; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{key} appears twice in the RRULE</source>
        <translation>{key} staat twee keer in de RRULE</translation>
    </message>
    <message>
        <source>{key} is not supported in a call plan: {why}</source>
        <translation>{key} kan niet in een belafspraak: {why}</translation>
    </message>
    <message>
        <source>{key}={value} is not a whole number</source>
        <translation>{key}={value} is geen heel getal</translation>
    </message>
    <message>
        <source>{name} (Dutch: {dutch})</source>
        <translation>{name} (of: {dutch})</translation>
    </message>
    <message>
        <source>{name} already calls this resident</source>
        <translation>{name} belt deze deelnemer al</translation>
    </message>
    <message>
        <source>{name} already calls {count} residents, the agreed maximum</source>
        <translation>{name} belt al {count} deelnemers, het afgesproken maximum</translation>
    </message>
    <message>
        <source>{name} is archived</source>
        <translation>{name} is gearchiveerd</translation>
    </message>
    <message>
        <source>{name} is away from {start} to {end}</source>
        <translation>{name} is afwezig van {start} tot en met {end}</translation>
    </message>
    <message>
        <source>{number} is outside {low}–{high}</source>
        <translation>{number} ligt niet tussen {low} en {high}</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{path} bestaat al; kies een nieuwe bestandsnaam (er is niets overschreven).</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the encrypted copy. Nothing was overwritten.</source>
        <translation>{path} bestaat al; kies een nieuwe bestandsnaam voor de versleutelde kopie. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>{path} has a header but no rows to import</source>
        <translation>{path} heeft een kopregel, maar geen regels om te importeren</translation>
    </message>
    <message>
        <source>{path} is empty: there is no header row</source>
        <translation>{path} is leeg: er is geen kopregel</translation>
    </message>
    <message>
        <source>{path} is encrypted: give its key in {env}.</source>
        <translation>{path} is versleuteld: geef het wachtwoord in {env}.</translation>
    </message>
    <message>
        <source>{path} is not a plain (unencrypted) SQLite database file.</source>
        <translation>{path} is geen gewoon (onversleuteld) SQLite-databasebestand.</translation>
    </message>
    <message>
        <source>{taken} of {maximum} places taken</source>
        <translation>{taken} van {maximum} plaatsen bezet</translation>
    </message>
    <message>
        <source>{text!r} is not a week number and a day: {hint}</source>
        <translation>{text!r} is geen weeknummer met dag: {hint}</translation>
    </message>
    <message>
        <source>{tool} is not installed: install the PostgreSQL client tools (Debian/Ubuntu: postgresql-client; Windows and macOS: the PostgreSQL installer) and try again. Nothing was changed.</source>
        <translation>{tool} is niet geïnstalleerd: installeer de PostgreSQL-clientprogramma&apos;s (Debian/Ubuntu: postgresql-client; Windows en macOS: het PostgreSQL-installatieprogramma) en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{who} already took this case on {since}; agree with them first, or take it over deliberately (force).</source>
        <translation>{who} heeft deze signalering al opgepakt op {since}; overleg eerst, of neem haar bewust over (force).</translation>
    </message>
    <message>
        <source>{who} already took this case; agree with them first, or take it over deliberately (force).</source>
        <translation>{who} heeft deze signalering al opgepakt; overleg eerst, of neem haar bewust over (force).</translation>
    </message>
    <message>
        <source>{word!r} takes no day: for chosen days use weekly:{days}</source>
        <translation>bij {word!r} hoort geen dag: gebruik voor vaste dagen wekelijks:{days}</translation>
    </message>
    <message>
        <source>… and {count} more problems in {column}</source>
        <translation>… en nog {count} problemen in {column}</translation>
    </message>
    <message>
        <source>… and {count} more problems with whole rows</source>
        <translation>… en nog {count} problemen met hele rijen</translation>
    </message>
</context>
<context>
    <name>EndPairingDialog</name>
    <message>
        <source>No longer wants calls</source>
        <translation>Wil niet meer gebeld worden</translation>
    </message>
    <message>
        <source>Volunteer stops</source>
        <translation>Vrijwilliger stopt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>The trial call is done</source>
        <translation>Het proefgesprek is gedaan</translation>
    </message>
    <message>
        <source>Other volunteer</source>
        <translation>Andere vrijwilliger</translation>
    </message>
    <message>
        <source>End pairing</source>
        <translation>Koppeling beëindigen</translation>
    </message>
    <message>
        <source>End the pairing of %1 with %2?</source>
        <translation>De koppeling van %1 met %2 beëindigen?</translation>
    </message>
    <message>
        <source>The calls stop after the last day. The history stays: nothing is deleted.</source>
        <translation>Na de laatste dag stoppen de gesprekken. De geschiedenis blijft bewaard: er wordt niets gewist.</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&amp;End pairing</source>
        <translation>Koppeling &amp;beëindigen</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Belteam</source>
        <translation>Welkom bij Belteam</translation>
    </message>
    <message>
        <source>This is a new database. Fill in your organisation&apos;s name and make the first coordinator account; you can add the other accounts after that.</source>
        <translation>Dit is een nieuwe database. Vul de naam van uw organisatie in en maak het eerste account voor een coördinator; daarna kunt u de andere accounts toevoegen.</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;user name</source>
        <translation>&amp;Gebruikersnaam coördinator</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Maken en aanmelden</translation>
    </message>
</context>
<context>
    <name>ForWhomBox</name>
    <message>
        <source>Make accounts</source>
        <translation>Accounts maken</translation>
    </message>
    <message>
        <source>Make accounts with a one-time password for volunteers who have none?</source>
        <translation>Accounts met een eenmalig wachtwoord maken voor vrijwilligers die er nog geen hebben?</translation>
    </message>
    <message>
        <source>&amp;All without an account</source>
        <translation>&amp;Iedereen zonder account</translation>
    </message>
    <message>
        <source>Only the &amp;selected volunteer</source>
        <translation>Alleen de &amp;gekozen vrijwilliger</translation>
    </message>
    <message>
        <source>Every chosen volunteer has an account already.</source>
        <translation>Elke gekozen vrijwilliger heeft al een account.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over calls</source>
        <translation>Gesprekken overdragen</translation>
    </message>
    <message>
        <source>%1 is away from %2 to %3. Who calls these residents in that period?</source>
        <translation>%1 is weg van %2 tot en met %3. Wie belt deze deelnemers in die periode?</translation>
    </message>
    <message>
        <source>&amp;Substitute for all:</source>
        <translation>&amp;Vervanger voor allen:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot en met:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <source>same area</source>
        <translation>zelfde gebied</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>spreekt %1</translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation>%1 plaatsen vrij</translation>
    </message>
    <message>
        <source>Residents with calls in the period</source>
        <translation>Deelnemers met belbeurten in deze periode</translation>
    </message>
    <message>
        <source>%1 (from %2, %3 calls)</source>
        <translation>%1 (vanaf %2, %3 belbeurten)</translation>
    </message>
    <message>
        <source>the substitute for all</source>
        <translation>de vervanger voor allen</translation>
    </message>
    <message>
        <source>Every call in this period is covered.</source>
        <translation>Elke belbeurt in deze periode is overgedragen.</translation>
    </message>
    <message>
        <source>Tick at least one call and choose a substitute.</source>
        <translation>Vink minstens één gesprek aan en kies een vervanger.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>The whole &amp;note of the selected call:</source>
        <translation>De hele &amp;notitie van het gekozen gesprek:</translation>
    </message>
    <message>
        <source>Calls and notes, newest first</source>
        <translation>Gesprekken en notities, nieuwste eerst</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>Geschiedenis — %1</translation>
    </message>
    <message>
        <source>%1: calls and notes, newest first</source>
        <translation>%1: gesprekken en notities, nieuwste eerst</translation>
    </message>
    <message>
        <source>No calls logged yet.</source>
        <translation>Nog geen gesprekken vastgelegd.</translation>
    </message>
    <message>
        <source>Wellbeing over time</source>
        <translation>Welzijn door de tijd</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>confidential: %1</source>
        <translation>vertrouwelijk: %1</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Vertrouwelijke notitie</translation>
    </message>
    <message>
        <source>Confidential note — only coordinators and staff may read it.</source>
        <translation>Vertrouwelijke notitie — alleen coördinatoren en professionals mogen hem lezen.</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(geen notitie)</translation>
    </message>
    <message>
        <source>wants to be called again</source>
        <translation>wil weer gebeld worden</translation>
    </message>
    <message>
        <source>does NOT want to be called again</source>
        <translation>wil NIET meer gebeld worden</translation>
    </message>
    <message>
        <source>practical help asked</source>
        <translation>praktische hulp gevraagd</translation>
    </message>
    <message>
        <source>concern: needs follow-up</source>
        <translation>zorgen: opvolging nodig</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import volunteers</source>
        <translation>Vrijwilligers importeren</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>Choose a spreadsheet (.xlsx or .csv). Every row is checked first; the import stores all rows or, when anything is wrong, none. &quot;Save example file…&quot; gives a spreadsheet with the right columns to fill in.</source>
        <translation>Kies een spreadsheet (.xlsx of .csv). Elke rij wordt eerst gecontroleerd; de import slaat alle rijen op of, als er iets mis is, geen enkele. &quot;Voorbeeldbestand opslaan…&quot; geeft een spreadsheet met de juiste kolommen om in te vullen.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Save e&amp;xample file…</source>
        <translation>&amp;Voorbeeldbestand opslaan…</translation>
    </message>
    <message>
        <source>&amp;Update people whose code already exists</source>
        <translation>Personen &amp;bijwerken van wie de code al bestaat</translation>
    </message>
    <message>
        <source>Without this, a known code is reported as a problem (the command line calls it --update).</source>
        <translation>Zonder dit vinkje wordt een bekende code als probleem gemeld (op de opdrachtregel heet dit --update).</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Problemen en waarschuwingen</translation>
    </message>
    <message>
        <source>&amp;Problems and warnings:</source>
        <translation>&amp;Problemen en waarschuwingen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rijen van het bestand</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Regels in het bestand</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Kies een spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save example file</source>
        <translation>Voorbeeldbestand opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the example file: %1</source>
        <translation>Het voorbeeldbestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Example file saved as %1</source>
        <translation>Voorbeeldbestand opgeslagen als %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>%1 problem(s): nothing can be imported until they are fixed in the file. Rows with a problem are marked.</source>
        <translation>%1 probleem/problemen: er kan niets worden geïmporteerd tot ze in het bestand zijn opgelost. Regels met een probleem zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>Ready to import %1 row(s): %2 new, %3 to update.</source>
        <translation>Klaar om %1 regel(s) te importeren: %2 nieuw, %3 bij te werken.</translation>
    </message>
    <message>
        <source>%1 new pairing(s).</source>
        <translation>%1 nieuwe koppeling(en).</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Het bestand kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 bijgewerkt.</translation>
    </message>
    <message>
        <source>%1 already as in the file.</source>
        <translation>%1 waren al zoals in het bestand.</translation>
    </message>
    <message>
        <source>%1 pairing(s) made.</source>
        <translation>%1 koppeling(en) gemaakt.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The file changed and now has problems; nothing was stored.</source>
        <translation>Het bestand is veranderd en heeft nu problemen; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The import failed; nothing was stored: %1</source>
        <translation>De import is mislukt; er is niets opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>This row has a problem</source>
        <translation>Deze regel heeft een probleem</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Let op: %1</translation>
    </message>
</context>
<context>
    <name>LinkVolunteerDialog</name>
    <message>
        <source>Link %1 to a volunteer</source>
        <translation>%1 aan een vrijwilliger koppelen</translation>
    </message>
    <message>
        <source>&amp;Volunteer record</source>
        <translation>&amp;Vrijwilliger</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Log call — %1</source>
        <translation>Gesprek vastleggen — %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Gesprek met %1</translation>
    </message>
    <message>
        <source>no phone number known</source>
        <translation>geen telefoonnummer bekend</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>eerder</translation>
    </message>
    <message>
        <source>Last time (%1):</source>
        <translation>Vorige keer (%1):</translation>
    </message>
    <message>
        <source>%1 wellbeing %2</source>
        <translation>%1 welzijn %2</translation>
    </message>
    <message>
        <source>No earlier note.</source>
        <translation>Geen eerdere notitie.</translation>
    </message>
    <message>
        <source>Tried for this call: %1</source>
        <translation>Al geprobeerd voor dit gesprek: %1</translation>
    </message>
    <message>
        <source>Best time to call: %1</source>
        <translation>Beste tijd om te bellen: %1</translation>
    </message>
    <message>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>&amp;Opslaan  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close (note is kept)</source>
        <translation>Sluiten (notitie blijft bewaard)</translation>
    </message>
    <message>
        <source>Your unsaved note is back. It is kept until you save.</source>
        <translation>Uw niet-opgeslagen notitie is terug. Ze blijft bewaard tot u opslaat.</translation>
    </message>
    <message>
        <source>Your note is kept until you save.</source>
        <translation>Uw notitie blijft bewaard tot u opslaat.</translation>
    </message>
    <message>
        <source>First choose how the call went (for example Alt+R for reached).</source>
        <translation>Kies eerst hoe het gesprek ging (bijvoorbeeld Alt+B voor bereikt).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>%1 — Belteam</source>
        <translation>%1 — Belteam</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Import &amp;volunteers…</source>
        <translation>&amp;Vrijwilligers importeren…</translation>
    </message>
    <message>
        <source>Import &amp;residents…</source>
        <translation>&amp;Deelnemers importeren…</translation>
    </message>
    <message>
        <source>Re&amp;store a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Print my list…</source>
        <translation>Mijn bellijst &amp;printen…</translation>
    </message>
    <message>
        <source>Save my &amp;calendar (.ics)…</source>
        <translation>Mijn &amp;kalender opslaan (.ics)…</translation>
    </message>
    <message>
        <source>Report my &amp;absence…</source>
        <translation>Mijn afwezigheid &amp;melden…</translation>
    </message>
    <message>
        <source>C&amp;hange my password…</source>
        <translation>Mijn &amp;wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation>&amp;Afmelden / andere gebruiker…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Tekstgrootte: %1 %</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordsDialog</name>
    <message>
        <source>New accounts</source>
        <translation>Nieuwe accounts</translation>
    </message>
    <message>
        <source>These passwords are shown only now. Give each volunteer theirs (or print the letters); they choose their own at first sign-in.</source>
        <translation>Deze wachtwoorden ziet u alleen nu. Geef elke vrijwilliger het zijne (of druk de brieven af); bij de eerste keer aanmelden kiezen zij een eigen wachtwoord.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Eenmalig wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Print letters…</source>
        <translation>&amp;Brieven afdrukken…</translation>
    </message>
    <message>
        <source>Print letters</source>
        <translation>Brieven afdrukken</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letters could not be saved: %1</source>
        <translation>De brieven konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Letters saved in %1.</source>
        <translation>Brieven opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Alleen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Search name or code</source>
        <translation>Naam of code</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <source>Show cl&amp;osed cases</source>
        <translation>Toon ook afges&amp;loten</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Nu nakijken</translation>
    </message>
    <message>
        <source>Run the follow-up rules for every resident now</source>
        <translation>Nu voor elke deelnemer nakijken of opvolging nodig is</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>G&amp;ebied:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Residents to follow up</source>
        <translation>Deelnemers om op te volgen</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>Rules last checked: %1</source>
        <translation>Regels het laatst nagelopen: %1</translation>
    </message>
    <message>
        <source>Rules not checked yet</source>
        <translation>Regels nog niet nagelopen</translation>
    </message>
    <message>
        <source>Checking the rules…</source>
        <translation>Regels nalopen…</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>Take over?</source>
        <translation>Overnemen?</translation>
    </message>
    <message>
        <source>Take the case over anyway?</source>
        <translation>De signalering toch overnemen?</translation>
    </message>
    <message>
        <source>You took the case of %1.</source>
        <translation>U hebt de signalering van %1 opgepakt.</translation>
    </message>
    <message>
        <source>Action recorded: %1.</source>
        <translation>Actie vastgelegd: %1.</translation>
    </message>
    <message>
        <source>Case closed. %1</source>
        <translation>Signalering afgesloten. %1</translation>
    </message>
    <message>
        <source>Checking every resident…</source>
        <translation>Alle deelnemers nakijken…</translation>
    </message>
    <message>
        <source>Checked: %1 case(s) opened or extended.</source>
        <translation>Nagekeken: %1 signalering(en) geopend of aangevuld.</translation>
    </message>
</context>
<context>
    <name>OutreachWords</name>
    <message>
        <source>Concern: needs follow-up</source>
        <translation>Zorgen: opvolging nodig</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Verkeerd nummer</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Gemiste gesprekken</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Neemt niet op</translation>
    </message>
    <message>
        <source>No contact for too long</source>
        <translation>Te lang geen contact</translation>
    </message>
    <message>
        <source>A caller marked concern / needs follow-up.</source>
        <translation>Een beller gaf aan: zorgen / opvolging nodig.</translation>
    </message>
    <message>
        <source>A caller logged a wrong number.</source>
        <translation>Een beller meldde een verkeerd nummer.</translation>
    </message>
    <message>
        <source>Planned calls in a row went by without reaching them.</source>
        <translation>Meerdere geplande gesprekken achter elkaar zonder contact.</translation>
    </message>
    <message>
        <source>Several tries in a row, on different days, failed.</source>
        <translation>Meerdere belpogingen achter elkaar, op verschillende dagen, zonder gehoor.</translation>
    </message>
    <message>
        <source>Nobody has spoken to them for longer than agreed.</source>
        <translation>Niemand heeft de deelnemer gesproken, langer dan afgesproken.</translation>
    </message>
    <message>
        <source>Called the emergency contact</source>
        <translation>Contactpersoon bij nood gebeld</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Reached by phone</source>
        <translation>Telefonisch bereikt</translation>
    </message>
    <message>
        <source>Asked a neighbour</source>
        <translation>Buren gevraagd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Reached, all is well</source>
        <translation>Bereikt, alles is goed</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>In het ziekenhuis</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>No longer wants calls</source>
        <translation>Wil niet meer gebeld worden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Opgepakt door %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Afgesloten: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Gesignaleerd</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Opgepakt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 new follow-up case</source>
        <translation>1 nieuwe signalering</translation>
    </message>
    <message>
        <source>%1 new follow-up cases</source>
        <translation>%1 nieuwe signaleringen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Days since the last successful contact</source>
        <translation>Dagen sinds het laatste contact</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Opslaan als &amp;Excel…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Figures of the period and the one before</source>
        <translation>Cijfers van deze periode en de vorige</translation>
    </message>
    <message>
        <source>Figures per area</source>
        <translation>Cijfers per gebied</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <source>%1 to %2, beside %3 to %4. Counts only; a figure about fewer than %5 residents shows as &quot;&lt;%5&quot;.</source>
        <translation>%1 tot en met %2, naast %3 tot en met %4. Alleen aantallen; een cijfer over minder dan %5 deelnemers staat er als &quot;&lt;%5&quot;.</translation>
    </message>
    <message>
        <source>Wellbeing: latest mark per resident</source>
        <translation>Welzijn: laatste cijfer per deelnemer</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(geen gebied)</translation>
    </message>
    <message>
        <source>Reach rate per week (%)</source>
        <translation>Bereikpercentage per week (%)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the overview</source>
        <translation>Het overzicht opslaan</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Opslaan lukte niet: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>OverviewWords</name>
    <message>
        <source>Last week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Due calls</source>
        <translation>Geplande belbeurten</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Belpogingen</translation>
    </message>
    <message>
        <source>Reached (attempts)</source>
        <translation>Bereikt (pogingen)</translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation>Bereikpercentage</translation>
    </message>
    <message>
        <source>Residents reached</source>
        <translation>Deelnemers bereikt</translation>
    </message>
    <message>
        <source>Residents not reached</source>
        <translation>Deelnemers niet bereikt</translation>
    </message>
    <message>
        <source>Wellbeing mean</source>
        <translation>Welzijn gemiddeld</translation>
    </message>
    <message>
        <source>Wellbeing median</source>
        <translation>Welzijn mediaan</translation>
    </message>
    <message>
        <source>Wellbeing down by 2 or more</source>
        <translation>Welzijn 2 of meer gedaald</translation>
    </message>
    <message>
        <source>Practical help asked</source>
        <translation>Praktische hulp gevraagd</translation>
    </message>
    <message>
        <source>Does not want to be called again</source>
        <translation>Wil niet meer gebeld worden</translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation>Zorgen gemeld</translation>
    </message>
    <message>
        <source>Follow-up cases opened</source>
        <translation>Signaleringen geopend</translation>
    </message>
    <message>
        <source>Follow-up cases closed</source>
        <translation>Signaleringen gesloten</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Mediaan dagen tot sluiten</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Median days waited</source>
        <translation>Mediaan dagen gewacht</translation>
    </message>
    <message>
        <source>Volunteers active</source>
        <translation>Vrijwilligers actief</translation>
    </message>
    <message>
        <source>Volunteers new</source>
        <translation>Vrijwilligers nieuw</translation>
    </message>
    <message>
        <source>Volunteers stopped</source>
        <translation>Vrijwilligers gestopt</translation>
    </message>
    <message>
        <source>Attempts per volunteer</source>
        <translation>Pogingen per vrijwilliger</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Eenzaamheid</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>Boodschappen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Change call plan</source>
        <translation>Belafspraak wijzigen</translation>
    </message>
    <message>
        <source>New pairing</source>
        <translation>Nieuwe koppeling</translation>
    </message>
    <message>
        <source>Pair &amp;anyway</source>
        <translation>Toch koppe&amp;len</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Eindigt op</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Belafspraak opslaan</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>&amp;Deelnemer</translation>
    </message>
    <message>
        <source>&amp;Volunteer</source>
        <translation>&amp;Vrijwilliger</translation>
    </message>
    <message>
        <source>Agreed now</source>
        <translation>Nu afgesproken</translation>
    </message>
    <message>
        <source>no shared language</source>
        <translation>geen gedeelde taal</translation>
    </message>
    <message>
        <source>waiting for a volunteer</source>
        <translation>wacht op een vrijwilliger</translation>
    </message>
    <message>
        <source>%1/%2 residents</source>
        <translation>%1/%2 deelnemers</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>Mind: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>Nobody fits: %1</source>
        <translation>Niemand past: %1</translation>
    </message>
    <message>
        <source>%1 already calls %2 residents, the agreed maximum.</source>
        <translation>%1 belt al %2 deelnemers, het afgesproken maximum.</translation>
    </message>
    <message>
        <source>Now called by %1; that pairing ends the day before this one starts.</source>
        <translation>Wordt nu gebeld door %1; die koppeling stopt de dag voordat deze begint.</translation>
    </message>
    <message>
        <source>Call plan</source>
        <translation>Belafspraak</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Press Save plan again to replace their plan with yours, or Cancel to keep theirs.</source>
        <translation>Druk nogmaals op Belafspraak opslaan om hun belafspraak door de uwe te vervangen, of op Annuleren om die van hen te houden.</translation>
    </message>
    <message>
        <source>Choose a resident.</source>
        <translation>Kies een deelnemer.</translation>
    </message>
    <message>
        <source>Choose a volunteer.</source>
        <translation>Kies een vrijwilliger.</translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message>
        <source>Resident</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Call plan</source>
        <translation>Belafspraak</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>Type to find a resident, volunteer or plan…</source>
        <translation>Typ een deelnemer, vrijwilliger of belafspraak…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Show en&amp;ded pairings</source>
        <translation>Toon ook &amp;afgelopen koppelingen</translation>
    </message>
    <message>
        <source>&amp;New pairing…</source>
        <translation>&amp;Nieuwe koppeling…</translation>
    </message>
    <message>
        <source>Pair a resident with a volunteer (Ctrl+N)</source>
        <translation>Een deelnemer aan een vrijwilliger koppelen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change plan…</source>
        <translation>Belafspraak &amp;wijzigen…</translation>
    </message>
    <message>
        <source>End pairin&amp;g…</source>
        <translation>Koppeling &amp;stoppen…</translation>
    </message>
    <message>
        <source>&amp;Propose pairings…</source>
        <translation>Koppelingen &amp;voorstellen…</translation>
    </message>
    <message>
        <source>The best pairings for the whole waiting list</source>
        <translation>De beste koppelingen voor de hele wachtlijst</translation>
    </message>
    <message>
        <source>Volunteer &amp;stops…</source>
        <translation>Vrijwilliger s&amp;topt…</translation>
    </message>
    <message>
        <source>%1 pairings</source>
        <translation>%1 koppelingen</translation>
    </message>
    <message>
        <source>%1 of %2 pairings</source>
        <translation>%1 van %2 koppelingen</translation>
    </message>
    <message>
        <source>End pairing</source>
        <translation>Koppeling beëindigen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database — Belteam</source>
        <translation>Versleutelde database — Belteam</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Melding over het wachtwoord</translation>
    </message>
    <message>
        <source>A new encrypted database will be made in %1. Choose a passphrase and type it twice.</source>
        <translation>In %1 wordt een nieuwe versleutelde database gemaakt. Kies een wachtwoord en typ het twee keer.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Type its passphrase to open it.</source>
        <translation>De database %1 is versleuteld. Typ het wachtwoord om hem te openen.</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it in a safe place. If it is lost, nobody can recover the data: not the coordinator, not the makers of Belteam.</source>
        <translation>Schrijf het wachtwoord op en bewaar het op een veilige plek. Raakt het kwijt, dan kan niemand de gegevens terughalen: de coördinator niet en de makers van Belteam ook niet.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Herhaal wachtwoord</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Too short or too simple</source>
        <translation>Te kort of te eenvoudig</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Herhaal wachtwoord</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nieuw &amp;wachtwoord</translation>
    </message>
    <message>
        <source>At least %1 characters. A few words together are easy to remember and hard to guess.</source>
        <translation>Minstens %1 tekens. Een paar woorden achter elkaar zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
</context>
<context>
    <name>PeopleColumns</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>Nobody calls this resident yet.</source>
        <translation>Nog niemand belt deze deelnemer.</translation>
    </message>
    <message>
        <source>%1 calls (%2)</source>
        <translation>%1 belt (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Calls %1 residents; at most %2 agreed.</source>
        <translation>Belt %1 deelnemers; maximaal %2 afgesproken.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Logged no call lately while calls were due: ask how it goes.</source>
        <translation>Heeft de laatste tijd geen gesprek vastgelegd terwijl er gesprekken gepland stonden: vraag hoe het gaat.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Area / village</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Alleen</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Next absence</source>
        <translation>Volgende afwezigheid</translation>
    </message>
    <message>
        <source>Last call logged</source>
        <translation>Laatst vastgelegd</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Belt</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Print the list as PDF</source>
        <translation>De lijst als pdf afdrukken</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>De lijst exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, puntkomma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2</source>
        <translation>%1 regels opgeslagen in %2</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Type a name, code, village or phone number</source>
        <translation>Typ een naam, code, dorp of telefoonnummer</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Toon ook &amp;gearchiveerden</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Iemand toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the selected person (Enter)</source>
        <translation>De gekozen persoon openen (Enter)</translation>
    </message>
    <message>
        <source>Archi&amp;ve…</source>
        <translation>&amp;Archiveren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the rows on screen as a spreadsheet (Excel or CSV)</source>
        <translation>De regels op het scherm opslaan als spreadsheet (Excel of CSV)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Save the rows on screen as a PDF to print</source>
        <translation>De regels op het scherm opslaan als pdf om af te drukken</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>Niemand voldoet aan deze filters.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Press Esc to clear the search.</source>
        <translation>Niemand gevonden bij “%1”. Druk op Esc om het zoeken te wissen.</translation>
    </message>
    <message>
        <source>Nobody here yet.</source>
        <translation>Hier staat nog niemand.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>%1 is back on the list.</source>
        <translation>%1 staat weer op de lijst.</translation>
    </message>
    <message>
        <source>Archive %1?

Their history (calls, notes and pairings) is kept. A running pairing ends today. You can restore them later: tick “Show archived”, select them and press Restore.</source>
        <translation>%1 archiveren?

De geschiedenis (gesprekken, notities en koppelingen) blijft bewaard. Een lopende koppeling stopt vandaag. U kunt de persoon later terugzetten: vink “Toon ook gearchiveerden” aan, kies de persoon en druk op Terugzetten.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>%1 is archived. Tick “Show archived” to see them.</source>
        <translation>%1 is gearchiveerd. Vink “Toon ook gearchiveerden” aan om die weer te zien.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Print list</source>
        <translation>Lijst afdrukken</translation>
    </message>
    <message>
        <source>This &amp;day only</source>
        <translation>Alleen deze &amp;dag</translation>
    </message>
    <message>
        <source>The &amp;week from this day (7 days)</source>
        <translation>De &amp;week vanaf deze dag (7 dagen)</translation>
    </message>
    <message>
        <source>Which calls go on the paper list?</source>
        <translation>Welke gesprekken komen op de papieren lijst?</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>You changed this person but did not save. Close without saving?</source>
        <translation>U hebt iets gewijzigd, maar nog niet opgeslagen. Sluiten zonder op te slaan?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder invullen</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Intussen gewijzigd</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your changes; Overwrite saves yours over theirs.</source>
        <translation>Opnieuw laden toont hun versie en laat uw wijzigingen vallen; Overschrijven bewaart die van u over die van hen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>You may look at this person but not change them.</source>
        <translation>U mag deze gegevens bekijken, maar niet wijzigen.</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>Nog invullen: %1.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Verbeter de velden die rood zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>Fields marked * are required. Press Save when you are done.</source>
        <translation>Velden met een * zijn verplicht. Druk op Opslaan als u klaar bent.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 since you opened it: %3.</source>
        <translation>Gewijzigd door %1 om %2 sinds u het opende: %3.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>waiting for a volunteer</source>
        <translation>wacht op een vrijwilliger</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <source>e.g. 06 12345678</source>
        <translation>bijv. 06 12345678</translation>
    </message>
    <message>
        <source>e.g. Dutch, Arabic</source>
        <translation>bijv. Nederlands, Arabisch</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Area / village</source>
        <translation>Gebied / dorp</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>e.g. Mon Tue morning</source>
        <translation>bijv. ma di ochtend</translation>
    </message>
    <message>
        <source>At most residents</source>
        <translation>Maximaal aantal deelnemers</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Tweede telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>e.g. 7971 AB</source>
        <translation>bijv. 7971 AB</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Woont alleen</translation>
    </message>
    <message>
        <source>Preferred days</source>
        <translation>Liefst op</translation>
    </message>
    <message>
        <source>e.g. Tuesday morning</source>
        <translation>bijv. dinsdagochtend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contactpersoon bij nood</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <source>Key holder (address)</source>
        <translation>Sleuteladres</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Toestemming gegeven door</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Toestemming voor</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Contact and availability</source>
        <translation>Contact en beschikbaarheid</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Bij nood</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Weekly</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Om de week</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Om de zoveel weken</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <source>Weekdays only</source>
        <translation>Alleen werkdagen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Eens per maand</translation>
    </message>
    <message>
        <source>Once, to try</source>
        <translation>Eenmalig, om te proberen</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Geen voorkeur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>Vaste tijd</translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation>Tijd van het gesprek</translation>
    </message>
    <message>
        <source>The next dates of the plan</source>
        <translation>De volgende data van de afspraak</translation>
    </message>
    <message>
        <source>every</source>
        <translation>om de</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>the</source>
        <translation>de</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>van de maand</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>Hoe v&amp;aak</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>Da&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>Her&amp;haling</translation>
    </message>
    <message>
        <source>&amp;Which day</source>
        <translation>&amp;Welke dag</translation>
    </message>
    <message>
        <source>&amp;Starting</source>
        <translation>Va&amp;naf</translation>
    </message>
    <message>
        <source>&amp;Time of day</source>
        <translation>&amp;Tijdstip</translation>
    </message>
    <message>
        <source>Next calls:</source>
        <translation>Volgende gesprekken:</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Kies minstens één dag.</translation>
    </message>
    <message>
        <source>The plan keeps counting from the start of the pairing.</source>
        <translation>De belafspraak telt door vanaf het begin van de koppeling.</translation>
    </message>
    <message>
        <source>No calls before the end date.</source>
        <translation>Geen gesprekken vóór de einddatum.</translation>
    </message>
    <message>
        <source>The first call is on %1: the weeks count from the week of the start date, and that week&apos;s call day has passed. For a call sooner, start a week earlier.</source>
        <translation>Het eerste gesprek is op %1: de weken tellen vanaf de week van de startdatum, en de beldag van die week is al voorbij. Wilt u eerder bellen, begin dan een week eerder.</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>elke %1</translation>
    </message>
    <message>
        <source>every other %1</source>
        <translation>om de week op %1</translation>
    </message>
    <message>
        <source>every other week on %1</source>
        <translation>om de week op %1</translation>
    </message>
    <message>
        <source>every %1 weeks on %2</source>
        <translation>om de %1 weken op %2</translation>
    </message>
    <message>
        <source>once, to try</source>
        <translation>eenmalig, om te proberen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>every weekday (Mon–Fri)</source>
        <translation>elke werkdag (ma–vr)</translation>
    </message>
    <message>
        <source>the %1 %2 of the month</source>
        <translation>de %1 %2 van de maand</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>middag</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>part of day (clock time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>days, time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Propose pairings</source>
        <translation>Koppelingen voorstellen</translation>
    </message>
    <message>
        <source>The best pairings for the waiting list as a whole: together they fit better than choosing one by one. Untick any you do not want, then apply.</source>
        <translation>De beste koppelingen voor de wachtlijst als geheel: samen passen ze beter dan één voor één kiezen. Vink uit wat u niet wilt en pas dan toe.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody proposed for:
%1</source>
        <translation>Niemand voorgesteld voor:
%1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>1 call today</source>
        <translation>Vandaag 1 gesprek</translation>
    </message>
    <message>
        <source>%1 calls today</source>
        <translation>Vandaag %1 gesprekken</translation>
    </message>
    <message>
        <source>The overview of week %1 is ready.</source>
        <translation>Het overzicht van week %1 staat klaar.</translation>
    </message>
    <message>
        <source>A background job failed: %1</source>
        <translation>Een achtergrondtaak is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nieuw wachtwoord voor %1</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>New resident</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>Deelnemer %1</translation>
    </message>
</context>
<context>
    <name>ResidentFilterBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open &amp;follow-up</source>
        <translation>Open signa&amp;lering</translation>
    </message>
    <message>
        <source>Only residents with an open follow-up case</source>
        <translation>Alleen deelnemers met een open signalering</translation>
    </message>
    <message>
        <source>Not reac&amp;hed for</source>
        <translation>Ni&amp;et bereikt in</translation>
    </message>
    <message>
        <source>Only residents nobody spoke to in these days (or ever)</source>
        <translation>Alleen deelnemers met wie in deze dagen (of nooit) niemand gesproken heeft</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Days not reached</source>
        <translation>Dagen niet bereikt</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Villa&amp;ge:</source>
        <translation>Do&amp;rp:</translation>
    </message>
    <message>
        <source>Vo&amp;lunteer:</source>
        <translation>Vr&amp;ijwilliger:</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Res&amp;ume calls</source>
        <translation>Bellen &amp;hervatten</translation>
    </message>
    <message>
        <source>End this resident&apos;s pause: their calls are due again from today</source>
        <translation>De pauze van deze deelnemer beëindigen: vanaf vandaag wordt er weer gebeld</translation>
    </message>
    <message>
        <source>The calls with %1 are due again from today.</source>
        <translation>Vanaf vandaag wordt %1 weer gebeld.</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Residents: %1</source>
        <translation>Deelnemers: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 residents</source>
        <translation>%1 van %2 deelnemers</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Belteam backups (*.sqlite3 *.sqlcipher *.pgdump);;All files (*)</source>
        <translation>Belteam-back-ups (*.sqlite3 *.sqlcipher *.pgdump);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Terugzetten niet mogelijk</translation>
    </message>
    <message>
        <source>Restore %1, made %2?

Every change made since then is replaced. The current data are saved as a backup first, and people erased since then stay erased.</source>
        <translation>%1 terugzetten, gemaakt op %2?

Alles wat sindsdien is gewijzigd, wordt vervangen. De huidige gegevens worden eerst als back-up bewaard, en wie sindsdien is gewist, blijft gewist.</translation>
    </message>
    <message>
        <source>Restored. The data as they were are saved in %1.</source>
        <translation>Teruggezet. De gegevens zoals ze waren, zijn bewaard in %1.</translation>
    </message>
    <message>
        <source>%1 person(s) erased after this backup were erased again.</source>
        <translation>%1 persoon/personen die na deze back-up zijn gewist, zijn opnieuw gewist.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
</context>
<context>
    <name>ScheduleExport</name>
    <message>
        <source>Save the list as PDF</source>
        <translation>Lijst opslaan als pdf</translation>
    </message>
    <message>
        <source>Saved the list of %1 as %2.</source>
        <translation>De lijst van %1 is opgeslagen als %2.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Agenda opslaan</translation>
    </message>
    <message>
        <source>Saved the calendar of %1 as %2.</source>
        <translation>De agenda van %1 is opgeslagen als %2.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Zoals de computer</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaardwaarden terugzetten</translation>
    </message>
    <message>
        <source>Put every setting back to its default value and save?</source>
        <translation>Alle instellingen terugzetten naar hun standaardwaarde en opslaan?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Restore defaults…</source>
        <translation>&amp;Standaardwaarden terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save the changed settings (Ctrl+S)</source>
        <translation>De gewijzigde instellingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the settings marked in red.</source>
        <translation>Er is niets opgeslagen: verbeter de instellingen die rood gemarkeerd zijn.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>De instellingen zijn opgeslagen.</translation>
    </message>
    <message>
        <source>The settings were saved. The screen language has changed; some texts change when you open a screen again.</source>
        <translation>De instellingen zijn opgeslagen. De taal is gewijzigd; sommige teksten veranderen pas als u een scherm opnieuw opent.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Locked — Belteam</source>
        <translation>Vergrendeld — Belteam</translation>
    </message>
    <message>
        <source>Sign in — Belteam</source>
        <translation>Aanmelden — Belteam</translation>
    </message>
    <message>
        <source>The window was locked because nobody used it for a while. Type your password to go on; nothing you typed is lost.</source>
        <translation>Het venster is vergrendeld, omdat het een tijdje niet is gebruikt. Typ uw wachtwoord om verder te gaan; wat u had getypt, blijft bewaard.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Meld u aan met naam en wachtwoord.</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Melding bij aanmelden</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Fill in your user name and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>First choose your own password; until then you cannot go on.</source>
        <translation>Kies eerst uw eigen wachtwoord; tot die tijd kunt u niet verder.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask the coordinator.</source>
        <translation>Dit account staat uit. Vraag de coördinator.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: signing in is locked for %1 minutes. Try again later or ask the coordinator.</source>
        <translation>Te vaak mislukt aangemeld: aanmelden is %1 minuten geblokkeerd. Probeer het later opnieuw of vraag de coördinator.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Type a time: 14, 1400, 14:00 or 14.00</source>
        <translation>Typ een tijd: 14, 1400, 14:00 of 14.00</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Laatste notitie</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>geen nummer</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>wellbeing %1</source>
        <translation>welzijn %1</translation>
    </message>
    <message>
        <source>holiday: %1</source>
        <translation>feestdag: %1</translation>
    </message>
    <message>
        <source>follow-up open</source>
        <translation>signalering open</translation>
    </message>
    <message>
        <source>not reached since %1, 1 call missed</source>
        <translation>niet bereikt sinds %1, 1 belbeurt gemist</translation>
    </message>
    <message>
        <source>not reached since %1, %2 calls missed</source>
        <translation>niet bereikt sinds %1, %2 belbeurten gemist</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>%1 · wellbeing %2</source>
        <translation>%1 · welzijn %2</translation>
    </message>
    <message>
        <source>last note: %1</source>
        <translation>laatste notitie: %1</translation>
    </message>
    <message>
        <source>Last reached: %1</source>
        <translation>Laatst bereikt: %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Keys: Enter logs the call · Ctrl+C copies the number · H shows the history · Alt+← and Alt+→ go to another day</source>
        <translation>Toetsen: Enter legt het gesprek vast · Ctrl+C kopieert het nummer · H toont de geschiedenis · Alt+← en Alt+→ gaan naar een andere dag</translation>
    </message>
    <message>
        <source>◀ &amp;Previous day</source>
        <translation>◀ &amp;Vorige dag</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+pijl links</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <source>Ne&amp;xt day ▶</source>
        <translation>Vo&amp;lgende dag ▶</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+pijl rechts</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Beller:</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <source>Calls of the day</source>
        <translation>Gesprekken van de dag</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Gesprek vastleggen…</translation>
    </message>
    <message>
        <source>Enter on a row</source>
        <translation>Enter op een regel</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>B&amp;ellen</translation>
    </message>
    <message>
        <source>Open the phone program with this number</source>
        <translation>Open het belprogramma met dit nummer</translation>
    </message>
    <message>
        <source>Cop&amp;y number</source>
        <translation>Nummer &amp;kopiëren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>P&amp;rint list…</source>
        <translation>Lijst afdr&amp;ukken…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Agenda exporteren (.ics)…</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Gisteren, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Morgen, %1</translation>
    </message>
    <message>
        <source>No calls on this day.</source>
        <translation>Geen gesprekken op deze dag.</translation>
    </message>
    <message>
        <source>1 call planned. You can log it on the day itself.</source>
        <translation>1 gesprek gepland. U kunt het op die dag zelf vastleggen.</translation>
    </message>
    <message>
        <source>%1 calls planned. You can log them on the day itself.</source>
        <translation>%1 gesprekken gepland. U kunt ze op die dag zelf vastleggen.</translation>
    </message>
    <message>
        <source>The call is done — thank you!</source>
        <translation>Het gesprek is gedaan — dank u wel!</translation>
    </message>
    <message>
        <source>0 of 1 call done</source>
        <translation>0 van 1 gesprek gedaan</translation>
    </message>
    <message>
        <source>All %1 calls done — thank you!</source>
        <translation>Alle %1 gesprekken gedaan — dank u wel!</translation>
    </message>
    <message>
        <source>%1 of %2 calls done</source>
        <translation>%1 van %2 gesprekken gedaan</translation>
    </message>
    <message>
        <source>Nobody to call yet. Start with the people: File ▸ Import residents… reads a spreadsheet, or add one person with New… on the Residents screen. Do the same for the volunteers.</source>
        <translation>Nog niemand om te bellen. Begin met de mensen: Bestand ▸ Deelnemers importeren… leest een spreadsheet in, of voeg één persoon toe met Nieuw… op het scherm Deelnemers. Doe hetzelfde voor de vrijwilligers.</translation>
    </message>
    <message>
        <source>No calls yet: no resident has a volunteer. Pair them on the Pairings screen; their calls then show here.</source>
        <translation>Nog geen gesprekken: geen enkele deelnemer heeft een vrijwilliger. Koppel ze op het scherm Koppelingen; hun gesprekken verschijnen dan hier.</translation>
    </message>
    <message>
        <source>1 call needs cover: its caller is away. Hand it to another volunteer for that period.</source>
        <translation>1 gesprek heeft vervanging nodig: de beller is weg. Geef het voor die periode aan een andere vrijwilliger.</translation>
    </message>
    <message>
        <source>%1 calls need cover: their caller is away. Hand them to another volunteer for that period.</source>
        <translation>%1 gesprekken hebben vervanging nodig: de beller is weg. Geef ze voor die periode aan een andere vrijwilliger.</translation>
    </message>
    <message>
        <source>&amp;Log call with %1…</source>
        <translation>&amp;Gesprek met %1 vastleggen…</translation>
    </message>
    <message>
        <source>Choose a caller first.</source>
        <translation>Kies eerst een beller.</translation>
    </message>
    <message>
        <source>This call is on %1: log it on that day.</source>
        <translation>Dit gesprek staat op %1: leg het op die dag vast.</translation>
    </message>
    <message>
        <source>Saved the call with %1.</source>
        <translation>Het gesprek met %1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Copied %1 — paste it in your phone program.</source>
        <translation>%1 gekopieerd — plak het in uw belprogramma.</translation>
    </message>
    <message>
        <source>No phone program answered on this computer; dial %1 yourself.</source>
        <translation>Er reageerde geen belprogramma op deze computer; bel %1 zelf.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet. Close without saving?</source>
        <translation>Wat u hier invulde is nog niet opgeslagen. Sluiten zonder op te slaan?</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>Sluiten &amp;zonder opslaan</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nieuw &amp;wachtwoord…</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Uitzetten</translation>
    </message>
    <message>
        <source>&amp;Link to volunteer…</source>
        <translation>&amp;Koppelen aan vrijwilliger…</translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation>A&amp;anzetten</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nieuw wachtwoord ingesteld voor %1.</translation>
    </message>
    <message>
        <source>Volunteer link changed for %1.</source>
        <translation>Koppeling met vrijwilliger gewijzigd voor %1.</translation>
    </message>
    <message>
        <source>Switch off account</source>
        <translation>Account uitzetten</translation>
    </message>
    <message>
        <source>Switch off the account %1? It can be switched on again later.</source>
        <translation>Het account %1 uitzetten? U kunt het later weer aanzetten.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Locked for a few minutes</source>
        <translation>Een paar minuten geblokkeerd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Uitgezet</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>Nieuwe vrijwilliger</translation>
    </message>
    <message>
        <source>Volunteer %1</source>
        <translation>Vrijwilliger %1</translation>
    </message>
</context>
<context>
    <name>VolunteerStopDialog</name>
    <message>
        <source>Volunteer stops</source>
        <translation>Vrijwilliger stopt</translation>
    </message>
    <message>
        <source>All pairings of this volunteer end on the last day. Their residents go to the front of the waiting list and keep their call plan; then you can propose new volunteers for them.</source>
        <translation>Alle koppelingen van deze vrijwilliger eindigen op de laatste dag. De deelnemers komen vooraan op de wachtlijst en houden hun belafspraak; daarna kunt u nieuwe vrijwilligers voor hen voorstellen.</translation>
    </message>
    <message>
        <source>&amp;Volunteer</source>
        <translation>&amp;Vrijwilliger</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Choose a volunteer.</source>
        <translation>Kies een vrijwilliger.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>A&amp;bsences…</source>
        <translation>A&amp;fwezigheid…</translation>
    </message>
    <message>
        <source>When this volunteer is away (holiday, illness)</source>
        <translation>Wanneer deze vrijwilliger er niet is (vakantie, ziekte)</translation>
    </message>
    <message>
        <source>&amp;Make accounts…</source>
        <translation>Accounts &amp;maken…</translation>
    </message>
    <message>
        <source>Accounts with a one-time password for the selected volunteer or all without one</source>
        <translation>Accounts met een eenmalig wachtwoord voor de gekozen vrijwilliger of iedereen zonder account</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Volunteers: %1</source>
        <translation>Vrijwilligers: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 volunteers</source>
        <translation>%1 van %2 vrijwilligers</translation>
    </message>
</context>
</TS>
