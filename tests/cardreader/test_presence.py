from __future__ import annotations

import pytest

from kiosk.cardreader.atr import CardKind
from kiosk.cardreader.presence import (
    DOWN,
    STATE_CHANGED,
    STATE_EMPTY,
    STATE_MUTE,
    STATE_PRESENT,
    STATE_UNAVAILABLE,
    STATE_UNKNOWN,
    CardInserted,
    CardRemoved,
    ReaderAdded,
    ReaderRemoved,
    ReaderStatus,
    ServiceDown,
    ServiceUp,
    Snapshot,
    card_in,
    diff,
    status,
)

A, B = "Reader A", "Reader B"
C, CL = CardKind.CONTACT, CardKind.CONTACTLESS
UP = Snapshot(True, {})
CONTACTLESS_ATR = bytes.fromhex("3B8A80018031F873F741E082900075")
CONTACT_ATR = bytes.fromhex("3B95138101807 3FF01000B".replace(" ", ""))


@pytest.mark.parametrize(
    ("old", "new", "events"),
    [
        (DOWN, DOWN, ()),
        (DOWN, UP, (ServiceUp(),)),
        (
            DOWN,
            Snapshot(True, {A: None, B: CL}),
            (ServiceUp(), ReaderAdded(A), ReaderAdded(B), CardInserted(B, CL)),
        ),
        (Snapshot(True, {A: None}), Snapshot(True, {A: C}), (CardInserted(A, C),)),
        (Snapshot(True, {A: C}), Snapshot(True, {A: None}), (CardRemoved(A),)),
        (
            Snapshot(True, {A: C}),
            Snapshot(True, {A: CL}),
            (CardRemoved(A), CardInserted(A, CL)),
        ),
        (
            Snapshot(True, {A: C, B: None}),
            DOWN,
            (CardRemoved(A), ReaderRemoved(A), ReaderRemoved(B), ServiceDown()),
        ),
        (
            Snapshot(True, {A: None}),
            Snapshot(True, {B: None}),
            (ReaderRemoved(A), ReaderAdded(B)),
        ),
        (Snapshot(True, {A: C}), Snapshot(True, {A: C}), ()),
    ],
)
def test_diff(old: Snapshot, new: Snapshot, events: tuple[object, ...]) -> None:
    assert diff(old, new) == events


@pytest.mark.parametrize(
    ("state", "atr", "kind"),
    [
        (STATE_EMPTY, b"", None),
        (STATE_EMPTY | STATE_CHANGED, b"", None),
        (STATE_PRESENT, CONTACTLESS_ATR, CL),
        (STATE_PRESENT | STATE_CHANGED, CONTACT_ATR, C),
        (STATE_PRESENT, b"", CardKind.UNKNOWN),
        (STATE_MUTE | STATE_PRESENT, b"", CardKind.UNKNOWN),  # mute: still there
        (STATE_UNAVAILABLE, CONTACT_ATR, None),
        (STATE_UNKNOWN | STATE_CHANGED, b"", None),
        (0x00010000 | STATE_PRESENT, CONTACT_ATR, C),  # event counter bits
    ],
)
def test_card_in(state: int, atr: bytes, kind: CardKind | None) -> None:
    assert card_in(state, atr) is kind


@pytest.mark.parametrize(
    ("snapshot", "expected"),
    [
        (DOWN, ReaderStatus.SERVICE_DOWN),
        (UP, ReaderStatus.NO_READER),
        (Snapshot(True, {A: None}), ReaderStatus.READY),
        (Snapshot(True, {A: None, B: CL}), ReaderStatus.CARD_PRESENT),
    ],
)
def test_status(snapshot: Snapshot, expected: ReaderStatus) -> None:
    assert status(snapshot) is expected


def test_readers_with_card() -> None:
    snap = Snapshot(True, {A: None, B: C})
    assert snap.readers_with_card() == (B,)
    assert snap.cards_present
