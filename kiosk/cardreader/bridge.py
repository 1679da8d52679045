"""The PC/SC watcher's events as Qt signals on the GUI thread.

The watcher calls `_incoming` on its own thread; Qt queues that signal to
this object's thread, where the snapshot is stored and the public signals
are emitted. Nothing here blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.cardreader.presence import (
    DOWN,
    CardInserted,
    CardRemoved,
    PresenceEvent,
    ReaderAdded,
    ReaderRemoved,
    ReaderStatus,
    ServiceDown,
    ServiceUp,
    Snapshot,
    status,
)
from kiosk.qtsignals import emit, emit_steals_true


class PresenceSource(Protocol):
    """What the bridge needs of a watcher (PcscWatcher is one)."""

    def start(
        self, sink: Callable[[Snapshot, tuple[PresenceEvent, ...]], None]
    ) -> None: ...

    def stop(self, timeout: float = 5.0) -> None: ...


class CardPresence(QObject):
    """Readers and cards, seen from the GUI thread."""

    readersChanged = Signal(list)  # list[str]: reader names
    cardInserted = Signal(str, str)  # reader, CardKind value
    cardRemoved = Signal(str)  # reader
    serviceChanged = Signal(bool)  # pcscd reachable
    statusChanged = Signal(str)  # ReaderStatus value
    _incoming = Signal(object, object)

    def __init__(self, source: PresenceSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._snapshot = DOWN
        self._status = status(DOWN)
        self._incoming.connect(self._apply)
        emit_steals_true()  # probe once here, on the GUI thread

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def status(self) -> ReaderStatus:
        return self._status

    def cards_present(self) -> bool:
        return self._snapshot.cards_present

    def readers_with_card(self) -> tuple[str, ...]:
        return self._snapshot.readers_with_card()

    def start(self) -> None:
        self._source.start(self._from_watcher)

    def stop(self) -> None:
        self._source.stop()

    def _from_watcher(
        self, snapshot: Snapshot, events: tuple[PresenceEvent, ...]
    ) -> None:
        emit(self._incoming, snapshot, events)  # queued to the GUI thread

    @Slot(object, object)
    def _apply(self, snapshot: Snapshot, events: tuple[PresenceEvent, ...]) -> None:
        self._snapshot = snapshot
        readers_changed = False
        for event in events:
            if isinstance(event, CardInserted):
                emit(self.cardInserted, event.reader, event.kind.value)
            elif isinstance(event, CardRemoved):
                emit(self.cardRemoved, event.reader)
            elif isinstance(event, ReaderAdded | ReaderRemoved):
                readers_changed = True
            elif isinstance(event, ServiceUp):
                emit(self.serviceChanged, True)
            elif isinstance(event, ServiceDown):
                emit(self.serviceChanged, False)
        if readers_changed:
            emit(self.readersChanged, list(snapshot.readers))
        new_status = status(snapshot)
        if new_status is not self._status:
            self._status = new_status
            emit(self.statusChanged, new_status.value)
