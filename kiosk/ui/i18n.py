"""Shell languages: names in their own language, direction, and Qt translators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk import log

# Each language named in itself, so a resident finds theirs without reading German.
LANGUAGE_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "uk": "Українська",
    "ru": "Русский",
    "tr": "Türkçe",
}
RIGHT_TO_LEFT = frozenset({"ar"})
TRANSLATIONS = Path(__file__).parent / "translations"


class Languages:
    """Installs the translator of the chosen language on the application."""

    def __init__(self, app: QCoreApplication, folder: Path = TRANSLATIONS) -> None:
        self._app = app
        self._folder = folder
        self._translator: QTranslator | None = None
        self.current = ""

    def reset(self) -> None:
        """Take our translator off the application (shutdown, tests)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.current = ""

    def switch(self, language: str) -> None:
        if language == self.current:
            return
        # Direction first: the LanguageChange that the translator sends makes
        # every screen retranslate, and some texts depend on the direction.
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if language in RIGHT_TO_LEFT
                else Qt.LayoutDirection.LeftToRight
            )
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self._app)
        qm = self._folder / f"kiosk_{language}.qm"
        if qm.exists() and translator.load(str(qm)):
            self._app.installTranslator(translator)
            self._translator = translator
        elif language != "en":
            log.init.warning("no translation for %s; showing English", language)
        QLocale.setDefault(QLocale(language))
        self.current = language
