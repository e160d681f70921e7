"""Names, villages and note snippets for the demo team (``belteam demo``); data only."""

from __future__ import annotations

# (village, postcode digits, weight): villages of Westerveld and around, all on the 0521 net.
VILLAGES: tuple[tuple[str, str, int], ...] = (
    ("Havelte", "7971", 14), ("Diever", "7981", 10), ("Dwingeloo", "7991", 12),
    ("Vledder", "8381", 10), ("Uffelte", "7975", 6), ("Wapse", "7983", 3),
    ("Darp", "7973", 3), ("Wapserveen", "8351", 4), ("Frederiksoord", "8382", 4),
    ("Wilhelminaoord", "8384", 3), ("Nijensleek", "8383", 2), ("Zorgvlied", "8385", 2),
    ("Doldersum", "8386", 1), ("Lhee", "7991", 1), ("Eemster", "7994", 1),
    ("Steenwijk", "8331", 16), ("Nijeveen", "7948", 5),
)

STREETS: tuple[str, ...] = (
    "Dorpsstraat", "Kerkstraat", "Brink", "Molenweg", "Schoolstraat", "Stationsweg",
    "Eursingerweg", "Raadhuisstraat", "Hoofdweg", "Esweg", "Heuvelweg", "Koelespad",
    "Beilerweg", "Vledderweg", "Wittelterweg", "Bosweg", "Meester Kuiperstraat",
    "Prins Hendriklaan", "Julianalaan", "Beatrixstraat", "Eikenlaan", "Berkenlaan",
    "Heideweg", "Zandweg", "De Hoek", "Kampweg", "Markeweg", "Boerhaar", "Holtweg",
    "Spaarbankstraat", "Burgemeester Wijnoldyplein", "Ten Hoopen", "Westeind",
)

# Letters a Dutch postcode may end in (SA, SD and SS are never issued).
POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"

DUTCH_WOMEN: tuple[str, ...] = (
    "Aaltje", "Albertje", "Anna", "Annie", "Berendina", "Bertha", "Corrie", "Dina", "Diny",
    "Ellie", "Femmy", "Fenna", "Geesje", "Gerda", "Gerrie", "Grietje", "Hendrika", "Henny",
    "Hilda", "Ina", "Jannie", "Janke", "Jantje", "Joke", "Klaasje", "Lammie", "Lies",
    "Lutgardis", "Maaïke", "Marchien", "Margje", "Marie", "Minie", "Riek", "Roelie",
    "Sientje", "Stientje", "Tineke", "Trijntje", "Truus", "Willemien", "Wilma", "Zwaantje",
    "Loïs", "Zoë", "Renée",
)
DUTCH_MEN: tuple[str, ...] = (
    "Albert", "Arend", "Bart", "Berend", "Cor", "Dirk", "Egbert", "Evert", "Frits", "Geert",
    "Gerrit", "Harm", "Hendrik", "Henk", "Herman", "Hindrik", "Jaap", "Jan", "Jannes",
    "Jelle", "Johan", "Klaas", "Lammert", "Lucas", "Roelof", "Sietse", "Tinus", "Wiebe",
    "Willem", "Wim", "Wubbo", "Noël", "René",
)
DUTCH_SURNAMES: tuple[str, ...] = (
    "de Vries", "Bakker", "Mulder", "de Boer", "Smit", "Dekker", "Jonker", "Hoekstra",
    "Kuiper", "Pol", "Boerma", "Oosting", "Huisman", "Bos", "Dijkstra", "van der Veen",
    "Zwiers", "Lanting", "Seinen", "Mensinga", "Oldenhuis", "Kremer", "Brinkman", "Jansen",
    "Hulshof", "Koops", "Meijer", "Wolters", "Schepers", "ten Have", "Kroeze", "Zandbergen",
    "Hadders", "Ottens", "Westerhof", "van Dijk", "Nijboer", "Stoel", "Dolfing", "Hoving",
    "Snijder", "Brouwer", "Boxum", "Tiesing", "Kleine", "Ročak", "Lohuis", "van 't Land",
    "Prins", "Hendriks",
)

# Residents and volunteers who speak Arabic, Turkish or Polish, named in their own style.
ARABIC_WOMEN = ("Fatima", "Khadija", "Aicha", "Malika", "Naima", "Zohra", "Rachida", "Samira")
ARABIC_MEN = ("Mohamed", "Abdelkader", "Ahmed", "Mustafa", "Hassan", "Driss", "Youssef", "Omar")
ARABIC_SURNAMES = ("El Amrani", "Bouzid", "Benali", "El Idrissi", "Ait Taleb", "Ouali",
                   "Haddou", "Azzouzi", "El Khattabi", "Boukhari")
# Some prefer their name in Arabic script (first, last).
ARABIC_SCRIPT: tuple[tuple[str, str], ...] = (
    ("خديجة", "العلوي"), ("فاطمة", "بنعلي"), ("محمد", "الإدريسي"), ("عائشة", "بوزيد"),
    ("حسن", "العمراني"),
)
ARABIC_SCRIPT_WOMEN = ("فاطمة", "عائشة", "مليكة", "زهرة")
ARABIC_SCRIPT_MEN = ("محمد", "حسن", "يوسف", "عمر")
TURKISH_WOMEN = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Gülsüm", "Şükran", "Hülya")
TURKISH_MEN = ("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "İsmail", "Osman", "Yusuf", "Şükrü")
TURKISH_SURNAMES = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Doğan",
                    "Kılıç", "Arslan")
POLISH_WOMEN = ("Krystyna", "Danuta", "Halina", "Jadwiga", "Barbara", "Małgorzata", "Zofia")
POLISH_MEN = ("Stanisław", "Józef", "Tadeusz", "Zbigniew", "Andrzej", "Łukasz", "Kazimierz")
# Polish surnames with their feminine form (Kowalski -> Kowalska).
POLISH_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
    ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
    ("Nowak", "Nowak"), ("Dąbrowski", "Dąbrowska"), ("Szymański", "Szymańska"),
)

# The first residents of every demo, so that each shows these cases whatever the seed:
# (first name, last name, languages).
SHOWCASE_RESIDENTS: tuple[tuple[str, str, str], ...] = (
    ("Maaïke", "Oldenhuis", "nl"),
    ("Geert", "Ročak", "nl"),
    ("خديجة", "العلوي", "ar,nl"),
    ("Ayşe", "Yılmaz", "tr,nl"),
    ("Krystyna", "Wiśniewska", "pl"),
)

# Volunteers' language profiles after the Dutch ones: share of the team and languages.
VOLUNTEER_LANGUAGES: tuple[tuple[str, int], ...] = (
    ("nl", 70), ("nl,en", 14), ("nl,ar", 6), ("nl,tr", 4), ("nl,pl", 3), ("nl,de", 3),
)
SHOWCASE_VOLUNTEER_LANGUAGES = ("nl", "nl,ar", "nl,tr", "nl,pl")

# Residents' language profiles: (style of name, languages, weight).
RESIDENT_PROFILES: tuple[tuple[str, str, int], ...] = (
    ("dutch", "nl", 86), ("arabic", "ar,nl", 3), ("arabic", "ar", 2),
    ("turkish", "tr,nl", 3), ("turkish", "tr", 1), ("polish", "pl,nl", 2), ("polish", "pl", 1),
    ("dutch", "nl,de", 2),
)

AVAILABILITY: tuple[str, ...] = (
    "ma di do ochtend", "di do middag", "ma t/m vr ochtend", "wo vr middag", "ma wo vr",
    "di wo ochtend", "do vr middag", "ma t/m za", "ma di middag, avond", "vr ochtend",
)

# Emergency contacts: (relation, a woman?, shares the resident's surname?).
EMERGENCY_RELATIONS: tuple[tuple[str, bool, bool], ...] = (
    ("dochter", True, True), ("dochter", True, True), ("zoon", False, True),
    ("zoon", False, True), ("schoondochter", True, False), ("buurvrouw", True, False),
    ("buurman", False, False), ("nicht", True, False), ("neef", False, False),
    ("zus", True, False), ("broer", False, True), ("mantelzorger", True, False),
)
KEY_HOLDERS: tuple[str, ...] = (
    "buurvrouw op nr. {n}", "buurman op nr. {n}", "dochter", "zoon", "sleutelkluisje bij de voordeur",
    "thuiszorg (code bij coördinator)",
)

CONSENT_BY: tuple[str, ...] = (
    "mondeling, aan de dorpsverbinder", "schriftelijk formulier", "mondeling, via dochter",
    "mondeling, aan de opbouwwerker", "schriftelijk, bij huisbezoek",
)
CONSENT_PURPOSE = "regelmatig gebeld worden door een vrijwilliger; korte notities over welzijn"

PAUSE_REASONS: tuple[str, ...] = (
    "ziekenhuis", "revalidatie na heupoperatie", "logeert bij dochter", "vakantie",
    "kortdurende opname", "op vakantie met de kinderen",
)
STOP_REASONS: tuple[str, ...] = (
    "verhuisd naar verpleeghuis", "wil niet meer gebeld worden", "verhuisd naar familie",
    "heeft genoeg aanspraak gevonden",
)
ABSENCE_REASONS: tuple[str, ...] = ("vakantie", "op reis", "operatie", "familiebezoek")

# Short notes a volunteer jots down after a call that reached the resident.
NOTE_SNIPPETS: tuple[str, ...] = (
    "Gezellig gesprek, dochter komt zondag langs.",
    "Knie doet pijn, wacht op afspraak fysio.",
    "Goed gehumeurd, heeft in de tuin gewerkt.",
    "Voelt zich wat eenzaam sinds de buurvrouw verhuisd is.",
    "Boodschappen lukken niet goed, vraagt naar boodschappendienst.",
    "Kleinzoon is jarig geweest, mooi feest gehad.",
    "Slaapt slecht, maakt zich zorgen over de energierekening.",
    "Was naar de huisarts, bloeddruk is weer goed.",
    "Kort gesprek, had visite.",
    "Vertelde over vroeger op de boerderij, genoot ervan.",
    "Mist haar man, was een moeilijke week.",
    "Gaat weer naar de koffieochtend in het dorpshuis.",
    "Heeft hulp nodig met formulieren van de gemeente.",
    "Rollator is kapot, zoon regelt een nieuwe.",
    "Prima, keek uit naar het voetbal vanavond.",
    "Thuiszorg komt nu drie keer per week.",
    "Moe, nieuwe medicijnen vallen zwaar.",
    "Blij met het gesprek, wil graag volgende week weer.",
    "Heeft gevallen maar niets gebroken, voorzichtig aan.",
    "Vertelde over de kleinkinderen, trots op de examens.",
    "Vindt het stil in huis nu de kinderen terug zijn naar huis.",
    "Regen, kwam de deur niet uit, wel goed van zin.",
    "Heeft de kerkdienst via de radio gevolgd.",
    "Wil graag een keer mee met de dagtocht van de ouderenbond.",
    "Buurman helpt met de heg, fijn contact.",
    "Geld is krap deze maand, tip gegeven over de formulierenbrigade.",
    "Ogen worden slechter, leest nu grootletterboeken.",
    "Wachtte al bij de telefoon, goed gesprek.",
    "Had last van de warmte, drinkt genoeg water.",
    "Hond is overleden, verdrietig.",
    "Nieuwe hoortoestel werkt goed, gesprek ging makkelijker.",
    "Dochter op vakantie, voelt zich wat alleen.",
)

TOPICS: tuple[str, ...] = ("loneliness", "health", "groceries", "money", "mobility", "family",
                           "mood")
