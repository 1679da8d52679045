from __future__ import annotations

import pytest

from kiosk.cardreader.atr import CardKind, classify_atr

C = CardKind.CONTACT


def hexbytes(text: str) -> bytes:
    return bytes.fromhex(text.replace(" ", ""))


@pytest.mark.parametrize(
    ("atr", "kind"),
    [
        # Reader-synthesised contactless ATRs (PC/SC part 3), from smartcard_list.
        ("3B 8A 80 01 80 31 F8 73 F7 41 E0 82 90 00 75", CardKind.CONTACTLESS),
        ("3B 88 80 01 E1 F3 5E 11 77 83 00 00 A0", CardKind.CONTACTLESS),
        ("3B 87 80 01 80 31 C0 73 D6 31 C0 23", CardKind.CONTACTLESS),  # girocard
        ("3B 85 80 01 30 01 01 30 30 34", CardKind.CONTACTLESS),  # eGK contactless
        ("3B 80 80 01 01", CardKind.CONTACTLESS),  # no historical bytes
        # Contact cards.
        ("3B 95 13 81 01 80 73 FF 01 00 0B", CardKind.CONTACT),  # vicc iso7816
        (
            "3B 7F 96 00 00 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00",
            CardKind.CONTACT,
        ),
        ("3F 65 25 00 2C 09 69 90 00", CardKind.CONTACT),  # inverse convention
        ("3B 02 14 50", CardKind.CONTACT),
        # The part-3 prefix but the wrong length is not a synthesised ATR.
        ("3B 8A 80 01 80 31", CardKind.CONTACT),
        ("3B 81 80 02 00 00", CardKind.CONTACT),  # TD2 says T=2, not T=1
        # Malformed: a card is there, but nothing can be said about it.
        ("", CardKind.UNKNOWN),
        ("3B", CardKind.UNKNOWN),
        ("00 11 22", CardKind.UNKNOWN),
    ],
)
def test_classify_atr(atr: str, kind: CardKind) -> None:
    assert classify_atr(hexbytes(atr)) is kind


def test_accepts_a_list_of_ints_as_pyscard_gives_it() -> None:
    assert classify_atr([0x3B, 0x80, 0x80, 0x01, 0x01]) is CardKind.CONTACTLESS
