"""Welcome and terms: the first screens a resident sees."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.qtsignals import emit
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.widgets import Retranslated, button, label, set_text


class WelcomeScreen(Retranslated, QWidget):
    startRequested = Signal()
    languageChosen = Signal(str)
    displayRequested = Signal()
    readAloud = Signal()

    def __init__(
        self, station_name: str, languages: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(28)
        self.title = label(name="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.station = label(station_name, name="muted")
        self.station.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = label()
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start = button(role="start")
        self.start.clicked.connect(self.startRequested)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.language_buttons: dict[str, QPushButton] = {}
        for index, code in enumerate(languages):
            name = LANGUAGE_NAMES[code]
            lang_button = button(name)
            lang_button.setCheckable(True)
            lang_button.setMinimumSize(220, 72)
            # The name is in its own language; say which language it is for AT.
            lang_button.setAccessibleName(name)
            lang_button.clicked.connect(
                lambda _=False, c=code: emit(self.languageChosen, c)
            )
            grid.addWidget(lang_button, index // 3, index % 3)
            self.language_buttons[code] = lang_button
        layout.addWidget(self.title)
        layout.addWidget(self.station)
        layout.addWidget(self.explain)
        layout.addWidget(self.start, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(grid)
        # Big text and strong contrast before Start, for those who need them to read.
        self.display = button()
        self.display.clicked.connect(self.displayRequested)
        layout.addWidget(self.display, alignment=Qt.AlignmentFlag.AlignCenter)
        # For those who would rather listen (hidden where speech is off).
        self.read = button()
        self.read.clicked.connect(self.readAloud)
        layout.addWidget(self.read, alignment=Qt.AlignmentFlag.AlignCenter)
        self._reading = False
        self.retranslate()

    def show_reading(self, reading: bool) -> None:
        self._reading = reading
        stop, read = self.tr("Stop reading"), self.tr("Read aloud")
        set_text(self.read, ("■ " + stop) if reading else ("🔊 " + read))
        self.read.setAccessibleName(stop if reading else read)
        self.read.setAccessibleDescription(
            self.tr("Read this screen aloud; press again to stop")
        )

    def mark_language(self, code: str) -> None:
        # A tick as well as the checked style: never shown by colour alone.
        for lang, widget in self.language_buttons.items():
            chosen = lang == code
            widget.setChecked(chosen)
            widget.setText(("✓ " if chosen else "") + LANGUAGE_NAMES[lang])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome"))
        self.explain.setText(
            self.tr(
                "You can use this computer for free. "
                "When you are done, everything of yours is deleted."
            )
        )
        set_text(self.start, self.tr("Start"), self.tr("Begin using this computer"))
        for lang_button in self.language_buttons.values():
            lang_button.setAccessibleDescription(
                self.tr("Show all texts in this language")
            )
        set_text(
            self.display,
            self.tr("Bigger text and contrast"),
            self.tr("Change the text size and the colours"),
        )
        self.show_reading(self._reading)


class TermsScreen(Retranslated, QWidget):
    accepted = Signal()
    declined = Signal()

    def __init__(self, terms: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms = dict(terms)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(28)
        self.title = label(name="title")
        self.text = label()
        self.text.setMaximumWidth(1100)
        self.accept = button(role="primary")
        self.back = button()
        self.accept.clicked.connect(self.accepted)
        self.back.clicked.connect(self.declined)
        layout.addWidget(self.title, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.accept, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.back, alignment=Qt.AlignmentFlag.AlignCenter)
        self.language = "de"
        self.retranslate()

    def show_language(self, language: str) -> None:
        self.language = language
        self.text.setText(self._terms.get(language) or self._terms.get("de", ""))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Rules for using this computer"))
        set_text(
            self.accept, self.tr("I agree"), self.tr("Accept the rules and continue")
        )
        set_text(self.back, self.tr("Back"), self.tr("Go back to the start screen"))
