"""Which texts a screen reads, in which order, and with which voice (pure).

A screen is a list of `Item`s: a text and where it sits. They are read top to
bottom, then along the line from its start (the right in Arabic). Symbols
that only decorate (🔒, ⟳, ▶, ✓, A+) are not read; a text said twice in a row
(a button whose name is its label's) is said once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# espeak-ng's voice per shell language, by the name speech-dispatcher lists;
# en_US would pick "English (Caribbean)", so voices are chosen by name.
DEFAULT_VOICES: Mapping[str, str] = {
    "de": "German",
    "en": "English (Great Britain)",
    "ar": "Arabic",
    "uk": "Ukrainian",
    "ru": "Russian",
    "tr": "Turkish",
}
LOCALES: Mapping[str, str] = {
    "de": "de_DE",
    "en": "en_GB",
    "ar": "ar_EG",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "tr": "tr_TR",
}
# Reading speed steps, as QTextToSpeech's rate (-1.0 … 1.0); step 2 is normal.
RATES: tuple[float, ...] = (-0.5, -0.25, 0.0, 0.25, 0.5)
NORMAL_RATE_STEP = 2
LINE_PX = 8  # items whose tops differ by less are on one line


@dataclass(frozen=True)
class Item:
    text: str
    top: int
    left: int
    right_to_left: bool = False


def reading_order(items: Iterable[Item]) -> list[str]:
    """The cleaned texts of `items`, top to bottom and along each line."""

    def key(item: Item) -> tuple[int, int]:
        return (item.top // LINE_PX, -item.left if item.right_to_left else item.left)

    return compose(item.text for item in sorted(items, key=key))


_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Sm", "Co", "Cn"})
_ZOOM = re.compile(r"(?<!\w)A[+−-](?!\w)")
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """`text` without decorative symbols and extra blanks ("" if nothing is left)."""
    text = _ZOOM.sub(" ", text)
    kept = "".join(
        " " if unicodedata.category(ch) in _SYMBOL_CATEGORIES else ch for ch in text
    )
    kept = kept.replace("\ufe0f", "")
    kept = _SPACES.sub(" ", kept).replace("( ", "(").replace(" )", ")")
    return kept.replace("()", "").strip()


def compose(texts: Iterable[str]) -> list[str]:
    """Cleaned, non-empty texts; one said twice in a row is said once."""
    said: list[str] = []
    for text in texts:
        line = clean(text)
        if line and (not said or said[-1] != line):
            said.append(line)
    return said


def utterance(texts: Sequence[str]) -> str:
    """One text to speak: each part ends as a sentence, so voices pause."""
    parts = [t if t[-1:] in ".?!:;…؟" else t + "." for t in texts if t]
    return " ".join(parts)


def voice_for(language: str, configured: Mapping[str, str]) -> tuple[str, ...]:
    """Voice names to try for `language`, best first (the config's, then espeak's)."""
    names = [configured.get(language, ""), DEFAULT_VOICES.get(language, "")]
    return tuple(dict.fromkeys(n for n in names if n))


def locale_for(language: str) -> str:
    return LOCALES.get(language, language)


def rate_for(step: int) -> float:
    """QTextToSpeech's rate for a speed step (clamped to the steps there are)."""
    return RATES[max(0, min(len(RATES) - 1, step))]
