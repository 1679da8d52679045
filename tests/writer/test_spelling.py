"""Which words are checked, which dictionaries, and enchant with de_DE."""

from __future__ import annotations

import pytest
from helpers.tools import require_tool

from kiosk.writer import spelling


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ich bewerbe mich", ["Ich", "bewerbe", "mich"]),
        ("IHK-Prüfung 2019 a", ["IHK-Prüfung"]),
        ("Kfz-Mechaniker, Büro.", ["Kfz-Mechaniker", "Büro"]),
        ("IHK B1", []),
        ("mail: a.b@example.org www.jena.de", ["mail"]),
        ("أنا أبحث عن عمل", ["أنا", "أبحث", "عن", "عمل"]),
    ],
)
def test_words(text, words) -> None:
    assert [w for _, _, w in spelling.words(text)] == words


def test_word_offsets() -> None:
    assert spelling.words("ab cd") == [(0, 2, "ab"), (3, 5, "cd")]


@pytest.mark.parametrize(
    ("languages", "tags"),
    [
        ([], ["de_DE"]),
        (["de"], ["de_DE"]),
        (["ar"], ["de_DE", "ar"]),
        (["uk", "en"], ["de_DE", "uk_UA", "en_US"]),
        (["xx"], ["de_DE"]),
    ],
)
def test_tags(languages, tags) -> None:
    assert spelling.tags_for(languages) == tags


def test_enchant_flags_a_misspelling_and_not_a_correct_word() -> None:
    require_tool("/usr/share/hunspell/de_DE.dic")
    from kiosk.writer.speller import Speller

    speller = Speller(["de"])
    assert speller.tags[0] == "de_DE"
    assert not speller.check("Bewerbumg")
    assert speller.check("Bewerbung")
    assert speller.check("Einzelhandelskauffrau")
    assert "Bewerbung" in speller.suggest("Bewerbumg")
