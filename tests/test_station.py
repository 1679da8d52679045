"""The staff panel's view of the station, from the real subsystems' objects."""

from __future__ import annotations

from kiosk.cardreader.atr import CardKind
from kiosk.cardreader.presence import Snapshot
from kiosk.station import readers_of


class _Presence:
    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot


def test_readers_and_cards_for_the_panel() -> None:
    presence = _Presence(
        Snapshot(
            service_up=True,
            readers={"Reader B": None, "Reader A": CardKind.CONTACTLESS},
        )
    )
    readers = readers_of(presence)()
    assert [(r.name, r.card_present, r.card_kind) for r in readers] == [
        ("Reader A", True, "contactless"),
        ("Reader B", False, ""),
    ]


def test_no_service_no_readers() -> None:
    assert readers_of(_Presence(Snapshot()))() == ()
