"""From an ATR, only the kind of card: contact or contactless.

An ATR does not identify an ID card: contactless readers synthesise it
(PC/SC part 3: `3B 8n 80 01` + historical bytes), and bank cards, passports
and health cards look the same. Whether a card is an eID card is only ever
learnt from AusweisApp's READER messages.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence


class CardKind(enum.Enum):
    CONTACT = "contact"
    CONTACTLESS = "contactless"
    UNKNOWN = "unknown"  # a card is there, but its ATR is malformed


_DIRECT = 0x3B
_INVERSE = 0x3F


def classify_atr(atr: bytes | Sequence[int]) -> CardKind:
    """Contactless when the ATR has the PC/SC part-3 shape, else contact.

    Total: a malformed ATR still means "a card is present", so it gives
    UNKNOWN rather than an error.
    """
    data = bytes(atr)
    if len(data) < 2 or data[0] not in (_DIRECT, _INVERSE):
        return CardKind.UNKNOWN
    t0 = data[1]
    # PC/SC part 3: TS=3B, T0=8n (only TD1 follows, n historical bytes),
    # TD1=80 (TD2 follows, T=0), TD2=01 (T=1), then n bytes and TCK.
    if (
        data[0] == _DIRECT
        and t0 & 0xF0 == 0x80
        and len(data) >= 4
        and data[2] == 0x80
        and data[3] == 0x01
    ):
        historical = t0 & 0x0F
        if len(data) == 4 + historical + 1:
            return CardKind.CONTACTLESS
    return CardKind.CONTACT
