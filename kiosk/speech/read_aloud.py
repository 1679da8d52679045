"""The resident's "Read aloud": one press reads the screen, a second stops.

The first press also switches on the essential moments the shell then says
by itself (`announce`: the idle countdown, "take your card", "your print is
ready") until the wipe puts everything back: speech stopped, announcements
off, normal speed.

What a screen says comes from a `Fetch`: it hands the texts to a callback,
at once for the shell's own screens, later for a web page (its text comes
from the page's renderer). A press while waiting for a page stops, too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from kiosk.qtsignals import emit
from kiosk.session.wipe import WipeStepFailed
from kiosk.speech import script
from kiosk.speech.speaker import Speaker

# (texts, language or "" for the session's) -> None
Said = Callable[[Sequence[str], str], None]
Fetch = Callable[[Said], None]


class ReadAloud(QObject):
    readingChanged = Signal(bool)  # True while reading or about to
    announcingChanged = Signal(bool)

    def __init__(
        self,
        speaker: Speaker,
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self._language = language
        self._ticket = 0
        self._waiting = False
        self.announcing = False
        self.last_text = ""  # what was said last (tests, bench); never logged
        speaker.speakingChanged.connect(lambda _on: self._tell())

    @property
    def reading(self) -> bool:
        return self._waiting or self.speaker.speaking

    def _tell(self) -> None:
        emit(self.readingChanged, self.reading)

    def press(self, fetch: Fetch) -> None:
        """The button: read what `fetch` gives, or stop if reading."""
        if self.reading:
            self.stop()
            return
        self.set_announcing(True)
        self._ticket += 1
        ticket = self._ticket
        self._waiting = True
        self._tell()
        fetch(lambda texts, language="": self._got(ticket, texts, language))

    def _got(self, ticket: int, texts: Sequence[str], language: str) -> None:
        if ticket != self._ticket:
            return  # stopped (or pressed again) while the page answered
        self._waiting = False
        self._say(texts, language)
        self._tell()

    def _say(self, texts: Sequence[str], language: str) -> None:
        self.last_text = script.utterance(texts)
        self.speaker.say(self.last_text, language or self._language())

    def announce(self, texts: Sequence[str]) -> None:
        """An essential moment: said only once the resident turned reading on."""
        if self.announcing and texts:
            self._ticket += 1
            self._waiting = False
            self._say(texts, "")

    def stop(self) -> None:
        self._ticket += 1
        self._waiting = False
        self.speaker.stop()
        self._tell()

    def set_announcing(self, on: bool) -> None:
        if on != self.announcing:
            self.announcing = on
            emit(self.announcingChanged, on)

    def wipe(self) -> None:
        """Wipe step "speech": silent, announcements off, normal speed."""
        self.stop()
        self.set_announcing(False)
        self.speaker.set_rate_step(script.NORMAL_RATE_STEP)
        self.last_text = ""
        if self.speaker.rate() != script.rate_for(script.NORMAL_RATE_STEP):
            raise WipeStepFailed("speech: the reading speed is not back to normal")
        if self.reading or self.announcing:
            raise WipeStepFailed("speech: reading aloud did not stop")
