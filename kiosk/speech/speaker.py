"""One QTextToSpeech for the shell's whole life, through speech-dispatcher.

Making it reads the voice list (1.5 s with espeak-ng's 13,000 voices), so it
is made once, after Welcome has painted (`warm`), or at the first press. The
voice is chosen by name per language (the config's first, then espeak-ng's);
without one, by the language's locale.

Pitfall: once its speech-dispatcher has died, Qt's speechd engine segfaults
on `rate()`, `setRate()` and `setLocale()` (measured, PySide6 6.12). So the
rate is kept here and set only when it changes, and before touching a speechd
engine the daemon's socket is tried: a dead daemon's engine is dropped, and
the next use makes a new one (which autospawns a new daemon).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from kiosk import log
from kiosk.qtsignals import emit
from kiosk.speech import script
from kiosk.speech.speechd import socket_path


class Speaker(QObject):
    speakingChanged = Signal(bool)

    def __init__(
        self,
        engine: str = "speechd",
        voices: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._configured = dict(voices or {})
        self._tts: QTextToSpeech | None = None
        self._voices: dict[str, QVoice | None] = {}
        self._language = ""
        self.rate_step = script.NORMAL_RATE_STEP
        self.speaking = False

    def warm(self) -> None:
        """Make the engine now (it blocks while it reads the voice list)."""
        self._engine()

    def _alive(self) -> bool:
        """Whether the engine's speech-dispatcher still takes connections."""
        if self._engine_name != "speechd":
            return True
        path = socket_path(os.environ)
        if path is None:
            return True  # an inet address: nothing to try cheaply, trust it
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            try:
                probe.connect(str(path))
            except OSError:
                return False
        return True

    def _drop_dead_engine(self) -> None:
        """Forget an engine whose daemon died (touching it would crash)."""
        tts = self._tts
        if tts is None or self._alive():
            return
        log.init.warning("speech: speech-dispatcher is gone; a new one starts")
        self._tts = None
        self._voices.clear()
        self._language = ""
        tts.stop()  # stop() and deletion are safe on a dead connection
        tts.deleteLater()
        if self.speaking:
            self.speaking = False
            emit(self.speakingChanged, False)

    def _engine(self) -> QTextToSpeech:
        self._drop_dead_engine()
        if self._tts is None:
            # An engine without a voice for the default locale ("C" in CI)
            # stays in Error; a real language first gives Ready.
            if QLocale().name() in ("C", ""):
                QLocale.setDefault(QLocale("en_GB"))
            tts = QTextToSpeech(self._engine_name, self)
            tts.stateChanged.connect(self._state_changed)
            tts.errorOccurred.connect(
                lambda _reason, message: log.init.warning("speech: %s", message)
            )
            tts.setRate(script.rate_for(self.rate_step))
            self._tts = tts
        return self._tts

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused)
        if speaking != self.speaking:
            self.speaking = speaking
            emit(self.speakingChanged, speaking)

    def _use_language(self, tts: QTextToSpeech, language: str) -> None:
        if language == self._language:
            return
        tts.setLocale(QLocale(script.locale_for(language)))
        if language not in self._voices:
            by_name = {v.name(): v for v in tts.availableVoices()}
            wanted = script.voice_for(language, self._configured)
            self._voices[language] = next(
                (by_name[n] for n in wanted if n in by_name), None
            )
        voice = self._voices[language]
        if voice is not None:
            tts.setVoice(voice)
        self._language = language

    def say(self, text: str, language: str) -> None:
        """Speak `text` in `language`, replacing what is being said."""
        if not text.strip():
            return
        tts = self._engine()
        if (
            tts.state() is QTextToSpeech.State.Error
            and tts.errorReason() is QTextToSpeech.ErrorReason.Initialization
        ):
            # No speech-dispatcher: nothing will be said, the button stays "Read".
            log.init.warning("speech: %s", tts.errorString())
            return
        # say() itself stops what is being said; a stop() of our own first
        # would report Ready late, after the new text began.
        self._use_language(tts, language)
        tts.say(text)
        if not self.speaking:  # the engine says so a moment later
            self.speaking = True
            emit(self.speakingChanged, True)

    def stop(self) -> None:
        """Stop at once; the engine confirms later, and is not waited for."""
        if self._tts is not None:
            self._tts.stop()
        if self.speaking:
            self.speaking = False
            emit(self.speakingChanged, False)

    def set_rate_step(self, step: int) -> None:
        step = max(0, min(len(script.RATES) - 1, step))
        if step == self.rate_step:
            return  # the wipe sets normal speed every time: touch nothing
        self.rate_step = step
        self._drop_dead_engine()
        if self._tts is not None:
            self._tts.setRate(script.rate_for(self.rate_step))

    def state(self) -> QTextToSpeech.State | None:
        return self._tts.state() if self._tts is not None else None

    def rate(self) -> float:
        """The rate the engine was given (asking the engine could crash)."""
        return script.rate_for(self.rate_step)
