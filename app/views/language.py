"""The interface language: the setting, the translators (ours and Qt's own), the default locale.

The setting `ui/language` holds '' (follow the system), 'zh_CN' or 'en'. Changing it takes effect when
the window is next started (the first-run dialog switches live: it rebuilds its pages).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.paths import LANGUAGE_KEY
from app.resources import resource_path

LANGUAGES = ("zh_CN", "en")          # what the app is translated into (English is the source)
CATALOG = "community_desk"


def stored_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def effective_language(setting: str) -> str:
    """'zh_CN' or 'en' for a setting ('' = the system locale: Chinese systems get Chinese)."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def language_name(language: str) -> str:
    """Each language in its own words (so a person can find theirs whatever is showing)."""
    return {"zh_CN": "简体中文", "en": "English"}.get(language, language)


def install_translators(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Install Qt's own translations and ours for *language* ('' = the system's), replacing any
    installed before, and make it QLocale's default so numbers and dates follow it."""
    app = app or QCoreApplication.instance()
    for old in getattr(app, "_community_desk_translators", []):
        app.removeTranslator(old)
    chosen = effective_language(language)
    system = QLocale.system()
    if chosen == "zh_CN":
        locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    elif system.language() == QLocale.Language.English:
        locale = system                      # en_GB keeps its dates
    else:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    installed = []
    if chosen != "en":
        for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                             (CATALOG, str(resource_path("translations")))):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder):
                app.installTranslator(translator)
                installed.append(translator)
    app._community_desk_translators = installed
    return installed
