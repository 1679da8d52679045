"""The writer's data: paragraphs, the name check, cleaning, the draft (tables)."""

from __future__ import annotations

import pytest

from kiosk.writer import model as m
from kiosk.writer.errors import IncompleteDocument


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("", ()),
        ("Eins.", (m.Block((m.Run("Eins."),)),)),
        (
            "Eins\nzwei.\n\nDrei.",
            (m.Block((m.Run("Eins zwei."),)), m.Block((m.Run("Drei."),))),
        ),
        ("- a\n- b", (m.Block((m.Run("a"),), "item"), m.Block((m.Run("b"),), "item"))),
        ("\n\n\n", ()),
    ],
)
def test_paragraphs(text, blocks) -> None:
    assert m.paragraphs(text) == blocks


@pytest.mark.parametrize(
    "document",
    [m.CV(), m.Letter(), m.CV(personal=m.Personal(name="  "))],
)
def test_a_name_is_needed(document) -> None:
    with pytest.raises(IncompleteDocument, match="needs a name"):
        m.check(document)


@pytest.mark.parametrize(
    "document",
    [m.CV(personal=m.Personal(name="A B")), m.Letter(sender=m.Personal(name="A"))],
)
def test_nothing_else_is_needed(document) -> None:
    m.check(document)


def test_clean_cv_drops_empty_rows() -> None:
    cv = m.CV(
        personal=m.Personal(name="X"),
        school=(m.Entry(), m.Entry("2010", "Abitur")),
        skills=("", " Kasse "),
        languages=(m.LanguageSkill(), m.LanguageSkill("Deutsch", "B2")),
        interests=(" ",),
    )
    clean = m.clean_cv(cv)
    assert clean.school == (m.Entry("2010", "Abitur"),)
    assert clean.skills == ("Kasse",)
    assert clean.languages == (m.LanguageSkill("Deutsch", "B2"),)
    assert clean.interests == ()


def test_draft_round_trip() -> None:
    cv = m.CV(
        personal=m.Personal("Amira Haddad", city="07749 Jena"),
        school=(m.Entry("2010", "Abitur", "Jena", "Note 2,1"),),
        skills=("Kasse",),
        languages=(m.LanguageSkill("Arabisch", "Muttersprache"),),
    )
    letter = m.Letter(
        sender=cv.personal,
        recipient=("Firma",),
        body=(m.Block((m.Run("fett", True), m.Run(" normal")), "item"),),
    )
    assert m.from_data(m.to_data(cv, letter)) == (cv, letter)


@pytest.mark.parametrize(
    ("args", "text"),
    [
        ((2, 12, 2026, "Jena"), "Jena, 2. Dezember 2026"),
        ((1, 3, 2026, ""), "1. März 2026"),
    ],
)
def test_german_date(args, text) -> None:
    assert m.german_date(*args) == text


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("07749 Jena", "Jena"),
        ("Jena", "Jena"),
        ("07743 Bad Klosterlausnitz", "Bad Klosterlausnitz"),
        ("", ""),
    ],
)
def test_town_of(line, town) -> None:
    assert m.town_of(line) == town


def test_texts_list_every_field() -> None:
    letter = m.Letter(
        sender=m.Personal("N", "S", "C", "P", "E"),
        recipient=("R1", "R2"),
        place_date="D",
        subject="Sub",
        body=(m.Block((m.Run("B"),)),),
    )
    texts = m.letter_texts(letter)
    for text in ("N", "S", "C", "P", "E", "R1", "R2", "D", "Sub", "B"):
        assert text in texts


@pytest.mark.parametrize(
    ("contact", "salutation"),
    [
        ("", "Sehr geehrte Damen und Herren,"),
        ("Personalabteilung", "Sehr geehrte Damen und Herren,"),
        ("Frau Berger", "Sehr geehrte Frau Berger,"),
        ("Personalabteilung, Herr Dr. Kaya", "Sehr geehrter Herr Dr. Kaya,"),
        ("Frau", "Sehr geehrte Damen und Herren,"),
    ],
)
def test_salutation_for(contact, salutation) -> None:
    assert m.salutation_for(contact) == salutation


@pytest.mark.parametrize(
    ("subject", "job"),
    [
        ("Bewerbung als Kundenberaterin", "Kundenberaterin"),
        ("Bewerbung um die Stelle als Koch", "Koch"),
        ("Initiativbewerbung", ""),
    ],
)
def test_job_of(subject, job) -> None:
    assert m.job_of(subject) == job
