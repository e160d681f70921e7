"""Words of the exported overview in Dutch and English (exports are made outside the window)."""

from __future__ import annotations

LANGS = ("nl", "en")

FIGURES: dict[str, tuple[str, str]] = {  # key -> (Dutch, English)
    "due": ("Geplande belbeurten", "Due calls"),
    "attempts": ("Belpogingen", "Call attempts"),
    "reached": ("Bereikt (pogingen)", "Reached (attempts)"),
    "reach_rate": ("Bereikpercentage", "Reach rate"),
    "residents_reached": ("Deelnemers bereikt", "Residents reached"),
    "residents_not_reached": ("Deelnemers niet bereikt", "Residents not reached"),
    "wellbeing_mean": ("Welzijn gemiddeld", "Wellbeing mean"),
    "wellbeing_median": ("Welzijn mediaan", "Wellbeing median"),
    "wellbeing_dropped": ("Welzijn 2 of meer gedaald", "Wellbeing down by 2 or more"),
    "practical_help": ("Praktische hulp gevraagd", "Practical help asked"),
    "not_again": ("Wil niet meer gebeld worden", "Does not want to be called again"),
    "concerns": ("Zorgen gemeld", "Concerns raised"),
    "cases_opened": ("Signaleringen geopend", "Follow-up cases opened"),
    "cases_closed": ("Signaleringen gesloten", "Follow-up cases closed"),
    "case_median_days": ("Mediaan dagen tot sluiten", "Median days to close"),
    "waiting": ("Wachtlijst", "Waiting list"),
    "waiting_median_days": ("Mediaan dagen gewacht", "Median days waited"),
    "volunteers_active": ("Vrijwilligers actief", "Volunteers active"),
    "volunteers_new": ("Vrijwilligers nieuw", "Volunteers new"),
    "volunteers_stopped": ("Vrijwilligers gestopt", "Volunteers stopped"),
    "calls_per_volunteer": ("Pogingen per vrijwilliger", "Attempts per volunteer"),
}
AREA_COLUMNS = ("due", "attempts", "reached", "reach_rate", "residents_reached",
                "residents_not_reached", "wellbeing_mean", "concerns", "cases_opened",
                "waiting", "volunteers_active")
TOPICS = {"loneliness": ("Eenzaamheid", "Loneliness"), "health": ("Gezondheid", "Health"),
          "groceries": ("Boodschappen", "Groceries"), "money": ("Geld", "Money"),
          "mobility": ("Mobiliteit", "Mobility"), "family": ("Familie", "Family"),
          "mood": ("Stemming", "Mood")}
OUTCOMES = {"reached": ("Bereikt", "Reached"), "hospital": ("In het ziekenhuis", "In hospital"),
            "moved": ("Verhuisd", "Moved"), "deceased": ("Overleden", "Deceased"),
            "stopped": ("Gestopt", "Stopped"), "other": ("Anders", "Other")}
WORDS = {
    "title": ("Overzicht belteam", "Phone circle overview"),
    "period": ("Periode", "Period"), "previous": ("Vorige periode", "Previous period"),
    "this": ("Deze periode", "This period"), "organisation": ("Organisatie", "Organisation"),
    "figures": ("Kerncijfers", "Key figures"), "figure": ("Cijfer", "Figure"),
    "wellbeing": ("Welzijn (laatste cijfer per deelnemer)",
                  "Wellbeing (latest mark per resident)"),
    "mark": ("Cijfer", "Mark"), "topics": ("Onderwerpen", "Topics"),
    "topic": ("Onderwerp", "Topic"), "cases": ("Signaleringen gesloten naar uitkomst",
                                               "Follow-up cases closed by outcome"),
    "outcome": ("Uitkomst", "Outcome"), "areas": ("Per gebied", "Per area"),
    "area": ("Gebied", "Area"), "definitions": ("Definities", "Definitions"),
    "reach_chart": ("Bereikpercentage per week", "Reach rate per week"),
    "week": ("Week", "Week"),
    "privacy": ("Alleen aantallen, geen namen of notities. Een cijfer over minder dan {k} "
                "deelnemers staat er als \"<{k}\"; waar de totalen het zouden verraden, is een "
                "tweede cijfer ook verborgen.",
                "Counts only, never names or notes. A figure about fewer than {k} residents "
                "shows as \"<{k}\"; where the totals would give it away, a second figure is "
                "hidden too."),
    "made": ("Gemaakt op", "Made on"), "none": ("(geen gebied)", "(no area)"),
}
DEFINITIONS: dict[str, tuple[str, str]] = {
    "due": ("Data in de periode waarop een belafspraak valt, zonder dagen dat de deelnemer "
            "gepauzeerd is.", "Dates in the period on which a call plan falls, less the days "
            "the resident is paused."),
    "attempts": ("Belpogingen gedaan in de periode, met elke uitkomst.",
                 "Call attempts made in the period, whatever the outcome."),
    "reached": ("Belpogingen in de periode met uitkomst bereikt.",
                "Attempts in the period that reached the resident."),
    "reach_rate": ("Bereikt gedeeld door belpogingen.", "Reached divided by attempts."),
    "residents_reached": ("Deelnemers die minstens één keer bereikt zijn.",
                          "Residents reached at least once."),
    "residents_not_reached": ("Deelnemers met een belbeurt of poging maar niet bereikt.",
                              "Residents with a due call or attempt but not reached."),
    "wellbeing_mean": ("Gemiddelde van het laatste welzijnscijfer (1–10) per deelnemer.",
                       "Mean of each resident's latest wellbeing mark (1–10)."),
    "wellbeing_median": ("Mediaan van die cijfers.", "Median of those marks."),
    "wellbeing_dropped": ("Deelnemers van wie het laatste cijfer 2 of meer lager is dan hun "
                          "laatste cijfer vóór de periode.",
                          "Residents whose latest mark is 2 or more below their last mark "
                          "before the period."),
    "practical_help": ("Deelnemers die om praktische hulp vroegen.",
                       "Residents who asked for practical help."),
    "not_again": ("Deelnemers die niet meer gebeld willen worden.",
                  "Residents who do not want to be called again."),
    "concerns": ("Deelnemers over wie een beller zorgen meldde.",
                 "Residents a caller raised a concern about."),
    "cases_opened": ("Deelnemers voor wie een signalering werd geopend.",
                     "Residents for whom a follow-up case was opened."),
    "cases_closed": ("Signaleringen gesloten in de periode.", "Follow-up cases closed."),
    "case_median_days": ("Mediaan van de dagen van openen tot sluiten.",
                         "Median days from opening to closing."),
    "waiting": ("Deelnemers die nu op een vrijwilliger wachten.",
                "Residents now waiting for a volunteer."),
    "waiting_median_days": ("Mediaan dagen van aanmelding tot eerste koppeling.",
                            "Median days from registration to the first pairing."),
    "volunteers_active": ("Vrijwilligers die minstens één poging deden.",
                          "Volunteers who made at least one attempt."),
    "volunteers_new": ("Vrijwilligers aangemeld in de periode.",
                       "Volunteers registered in the period."),
    "volunteers_stopped": ("Vrijwilligers van wie de laatste koppeling eindigde.",
                           "Volunteers whose last pairing ended."),
    "calls_per_volunteer": ("Belpogingen gedeeld door actieve vrijwilligers.",
                            "Attempts divided by active volunteers."),
}


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "nl" else pair[1]


def word(key: str, lang: str, **values: object) -> str:
    return pick(WORDS[key], lang).format(**values)
