"""The screen speaks Dutch and English: Qt translators from resources/translations."""

from __future__ import annotations

from belteam_gui.resources import resource
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from belteam.core import messages
from belteam.core.languages import SCREEN_LANGUAGES

TRANSLATIONS = resource("translations")
SUPPORTED = SCREEN_LANGUAGES
_installed: list[QTranslator] = []


def pick_language(setting: str = "") -> str:
    """The setting if given, else the system locale when supported, else English."""
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def _translate_domain(template: str) -> str:
    return QCoreApplication.translate("Domain", template)


def install(language: str) -> str:
    """Install the translators for ``language`` (replacing earlier ones); returns it."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands))
    if language == "en":
        messages.set_translator(None)
        return language
    # The domain's messages (errors under fields, sign-in, imports) speak the screen's language.
    messages.set_translator(_translate_domain)
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"belteam_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
