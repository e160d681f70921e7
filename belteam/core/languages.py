"""Languages as ISO 639-1 codes; names in English and Dutch are accepted too."""

from __future__ import annotations

from belteam.core.messages import _

# The languages a Dutch phone circle meets; codes are ISO 639-1.
NAMES: dict[str, tuple[str, str]] = {
    "nl": ("Dutch", "Nederlands"), "en": ("English", "Engels"), "de": ("German", "Duits"),
    "fr": ("French", "Frans"), "fy": ("Frisian", "Fries"), "ar": ("Arabic", "Arabisch"),
    "tr": ("Turkish", "Turks"), "pl": ("Polish", "Pools"), "pap": ("Papiamento", "Papiaments"),
    "es": ("Spanish", "Spaans"), "pt": ("Portuguese", "Portugees"), "it": ("Italian", "Italiaans"),
    "uk": ("Ukrainian", "Oekraïens"), "ru": ("Russian", "Russisch"), "so": ("Somali", "Somalisch"),
    "ti": ("Tigrinya", "Tigrinya"), "fa": ("Persian", "Perzisch"), "zh": ("Chinese", "Chinees"),
    "ber": ("Berber", "Berbers"), "hi": ("Hindi", "Hindi"), "ro": ("Romanian", "Roemeens"),
    "bg": ("Bulgarian", "Bulgaars"), "ku": ("Kurdish", "Koerdisch"), "sr": ("Serbian", "Servisch"),
    "hr": ("Croatian", "Kroatisch"), "bs": ("Bosnian", "Bosnisch"), "id": ("Indonesian", "Indonesisch"),
    "srn": ("Sranan Tongo", "Sranantongo"), "el": ("Greek", "Grieks"), "hu": ("Hungarian", "Hongaars"),
}
_LOOKUP = {code: code for code in NAMES}
_LOOKUP.update({name.lower(): code for code, names in NAMES.items() for name in names})
_LOOKUP.update({"nederlands": "nl", "turkce": "tr", "türkçe": "tr", "polski": "pl",
                "العربية": "ar", "dutch": "nl", "frysk": "fy"})


# The languages the window itself speaks (``belteam --lang``).
SCREEN_LANGUAGES = ("en", "nl")


class LanguageError(ValueError):
    """An unknown language."""


def parse_languages(text: str | list[str]) -> list[str]:
    """Split 'nl, Turks; ar' into ['nl', 'tr', 'ar']; raise LanguageError naming the unknown one."""
    items = text if isinstance(text, list) else text.replace(";", ",").replace("/", ",").split(",")
    codes: list[str] = []
    for raw in items:
        for word in ([raw] if isinstance(text, list) else raw.split(",")):
            key = word.strip().lower()
            if not key:
                continue
            if key not in _LOOKUP:
                raise LanguageError(_("unknown language '{value}' (use a code such as nl, ar, tr, pl)",
                                       value=word.strip()))
            if _LOOKUP[key] not in codes:
                codes.append(_LOOKUP[key])
    return codes


def language_name(code: str, dutch: bool = False) -> str:
    names = NAMES.get(code)
    return names[1 if dutch else 0] if names else code
