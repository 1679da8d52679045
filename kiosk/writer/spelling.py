"""Which words of a text to check, and which dictionary fits a language.

Pure. The enchant adapter (speller.py) and the editor's highlighter use it.
"""

from __future__ import annotations

import re
from typing import Final

# Shell language → hunspell dictionary tag (Debian's hunspell-* packages).
DICTIONARIES: Final = {
    "de": "de_DE",
    "en": "en_US",
    "ar": "ar",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "tr": "tr_TR",
}
# Letters of any script, with inner apostrophes and hyphens ("Kfz-Mechaniker").
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word worth checking.

    Single letters, words written in capitals only (abbreviations such as
    "IHK") and parts of e-mail addresses and web links are skipped.
    """
    skip: list[tuple[int, int]] = [
        m.span() for m in re.finditer(r"\S*[@/]\S*|\S+\.(de|com|org|net)\b", text)
    ]
    found = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if len(word) < 2 or word.isupper():
            continue
        if any(a <= start < b for a, b in skip):
            continue
        found.append((start, end, word))
    return found


def tags_for(languages: list[str]) -> list[str]:
    """Dictionary tags for the document's languages, German first, no repeats."""
    tags: list[str] = []
    for language in ["de", *languages]:
        tag = DICTIONARIES.get(language)
        if tag and tag not in tags:
            tags.append(tag)
    return tags
