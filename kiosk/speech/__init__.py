"""Read aloud and the screen reader: what a screen says, and who says it.

- script: pure; which texts of a screen are read, in which order, cleaned of
  symbols; the voice and the rate for a language
- speaker: one QTextToSpeech (speech-dispatcher) for the shell's life
- read_aloud: the resident's "Read aloud" (second press stops) and the
  essential moments the shell says by itself once it was pressed
- screen_text: the texts of a widget tree, in reading order
- controls: the reading speed row of the Display panel
- screen_reader: Orca for one session, started by staff, stopped by the wipe
- atspi: AT-SPI switched off again on the session bus once Orca has gone

Exceptions::

    SpeechError
    └── ScreenReaderError      the screen reader could not be started
"""


class SpeechError(Exception):
    """Something about speech failed; the message says what and the fix."""


class ScreenReaderError(SpeechError):
    """The screen reader command could not be started."""
