"""Reader and card presence as snapshots, and the events between two of them.

Pure: the PC/SC watcher builds snapshots from SCardGetStatusChange answers;
this module says what changed and what the shell bar should show.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from kiosk.cardreader.atr import CardKind, classify_atr

# dwEventState bits (winscard / pcsc-lite), so the core needs no pyscard.
STATE_CHANGED = 0x0002
STATE_UNKNOWN = 0x0004
STATE_UNAVAILABLE = 0x0008
STATE_EMPTY = 0x0010
STATE_PRESENT = 0x0020
STATE_MUTE = 0x0200


@dataclass(frozen=True)
class Snapshot:
    """Which readers exist and what lies in or on each (None: empty)."""

    service_up: bool = False
    readers: Mapping[str, CardKind | None] = field(default_factory=dict)

    @property
    def cards_present(self) -> bool:
        return any(kind is not None for kind in self.readers.values())

    def readers_with_card(self) -> tuple[str, ...]:
        return tuple(name for name, kind in self.readers.items() if kind is not None)


DOWN = Snapshot()


class ReaderStatus(enum.Enum):
    """What the shell bar and the staff panel show."""

    SERVICE_DOWN = "service-down"
    NO_READER = "no-reader"
    READY = "ready"
    CARD_PRESENT = "card-present"


@dataclass(frozen=True)
class ServiceUp:
    pass


@dataclass(frozen=True)
class ServiceDown:
    pass


@dataclass(frozen=True)
class ReaderAdded:
    reader: str


@dataclass(frozen=True)
class ReaderRemoved:
    reader: str


@dataclass(frozen=True)
class CardInserted:
    reader: str
    kind: CardKind


@dataclass(frozen=True)
class CardRemoved:
    reader: str


PresenceEvent = (
    ServiceUp | ServiceDown | ReaderAdded | ReaderRemoved | CardInserted | CardRemoved
)


def card_in(event_state: int, atr: bytes) -> CardKind | None:
    """The card a reader state reports, or None when the slot is empty.

    A mute card (present but not answering) still has to be taken away.
    """
    if event_state & (STATE_UNKNOWN | STATE_UNAVAILABLE):
        return None
    if event_state & (STATE_PRESENT | STATE_MUTE):
        return classify_atr(atr) if atr else CardKind.UNKNOWN
    return None


def diff(old: Snapshot, new: Snapshot) -> tuple[PresenceEvent, ...]:
    """Events that lead from `old` to `new`, in an order a listener can replay.

    Going down: cards out, readers out, service down. Coming up: the reverse.
    """
    events: list[PresenceEvent] = []
    if old.service_up and not new.service_up:
        pass  # ServiceDown goes last, after the readers it took with it
    elif new.service_up and not old.service_up:
        events.append(ServiceUp())
    for name, kind in old.readers.items():
        if kind is not None and new.readers.get(name) is None:
            events.append(CardRemoved(name))
    for name in old.readers:
        if name not in new.readers:
            events.append(ReaderRemoved(name))
    for name in new.readers:
        if name not in old.readers:
            events.append(ReaderAdded(name))
    for name, kind in new.readers.items():
        before = old.readers.get(name)
        if kind is not None and before is None:
            events.append(CardInserted(name, kind))
        elif kind is not None and before is not None and kind != before:
            # A different card replaced the first between two polls.
            events.append(CardRemoved(name))
            events.append(CardInserted(name, kind))
    if old.service_up and not new.service_up:
        events.append(ServiceDown())
    return tuple(events)


def status(snapshot: Snapshot) -> ReaderStatus:
    if not snapshot.service_up:
        return ReaderStatus.SERVICE_DOWN
    if not snapshot.readers:
        return ReaderStatus.NO_READER
    if snapshot.cards_present:
        return ReaderStatus.CARD_PRESENT
    return ReaderStatus.READY
