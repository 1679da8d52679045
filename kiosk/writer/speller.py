"""Spell checking with hunspell dictionaries through pyenchant.

pyenchant (libenchant-2 with Debian's hunspell dictionaries) checks a word in
about 14 µs, fast enough to check as the resident types; a word passes when
any of the document's dictionaries knows it. Dictionaries that are not
installed are left out (`missing` names them for `kiosk doctor` and the log).
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk import log as klog
from kiosk.writer.errors import SpellingUnavailable
from kiosk.writer.spelling import tags_for


class Speller:
    def __init__(self, languages: list[str]) -> None:
        try:
            import enchant
        except ImportError as exc:  # the library or libenchant-2 is missing
            raise SpellingUnavailable(
                f"spell checking needs pyenchant and libenchant-2-2 ({exc})"
            ) from None
        self.tags: list[str] = []
        self.missing: list[str] = []
        self._dicts = []
        for tag in tags_for(languages):
            if enchant.dict_exists(tag):
                self._dicts.append(enchant.Dict(tag))
                self.tags.append(tag)
            else:
                self.missing.append(tag)
        if not self._dicts:
            raise SpellingUnavailable(
                f"no dictionary for {', '.join(self.missing)}; install "
                "hunspell-de-de (deploy/packages.txt)"
            )
        self._cache: dict[str, bool] = {}

    def check(self, word: str) -> bool:
        known = self._cache.get(word)
        if known is None:
            known = any(d.check(word) for d in self._dicts)
            if len(self._cache) < 20000:
                self._cache[word] = known
        return known

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Up to `limit` suggestions (about 50 ms each dictionary)."""
        out: list[str] = []
        for d in self._dicts:
            for s in d.suggest(word):
                if s not in out:
                    out.append(s)
        return out[:limit]


class Spelling:
    """The spellers of the languages a session used, each made on first use.

    German is always checked, the resident's language besides it; `clear()`
    (the wipe) forgets them with the words they cached.
    """

    def __init__(self, language: Callable[[], str]) -> None:
        self._language = language
        self._spellers: dict[str, Speller | None] = {}

    def speller(self, language: str | None = None) -> Speller | None:
        language = language or self._language()
        if language not in self._spellers:
            try:
                self._spellers[language] = Speller([language])
            except SpellingUnavailable as exc:
                klog.writer.warning("spell checking off: %s", exc)
                self._spellers[language] = None
        return self._spellers[language]

    def checker(self) -> Callable[[str], bool] | None:
        speller = self.speller()
        return speller.check if speller is not None else None

    def suggest(self, word: str) -> list[str]:
        speller = self.speller()
        return speller.suggest(word) if speller is not None else []

    def clear(self) -> None:
        self._spellers.clear()
