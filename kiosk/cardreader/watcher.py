"""The PC/SC presence watcher: one thread, blocking in SCardGetStatusChange.

It watches every reader plus the PnP pseudo-reader, so reader plug/unplug and
card insert/remove both wake it. `stop()` wakes it with SCardCancel. When
pcscd goes away (NO_SERVICE, RPC transport error …) it reports everything
gone, then re-establishes its context every `retry_seconds` until pcscd is
back. pyscard's CardMonitor/ReaderMonitor die for good on a pcscd restart,
which is why this exists.

The sink is called on the watcher thread; the Qt bridge turns it into signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from kiosk import log as klog
from kiosk.cardreader import pcsc_api as p
from kiosk.cardreader.errors import PcscError
from kiosk.cardreader.presence import (
    DOWN,
    STATE_CHANGED,
    PresenceEvent,
    Snapshot,
    card_in,
    diff,
)

Sink = Callable[[Snapshot, tuple[PresenceEvent, ...]], None]
_UNAWARE = 0
# Calls that fail for these come round again on the next loop.
_RETRY_NOW = frozenset({p.E_TIMEOUT, p.E_UNKNOWN_READER, p.E_READER_UNAVAILABLE})


class PcscWatcher:
    def __init__(self, api: p.PcscApi, *, retry_seconds: float = 1.0) -> None:
        self._api = api
        self._retry = retry_seconds
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._context: int | None = None
        self._snapshot = DOWN
        self._sink: Sink | None = None

    @property
    def snapshot(self) -> Snapshot:
        with self._lock:
            return self._snapshot

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, sink: Sink) -> None:
        if self.running:
            raise RuntimeError("the PC/SC watcher is already running")
        self._sink = sink
        with self._lock:
            self._snapshot = DOWN  # a new listener hears the whole picture
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._run, name="kiosk-pcsc-watcher", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Wake the thread, wait for it, report everything gone.

        Safe to call when not running.
        """
        thread = self._thread
        if thread is None:
            return
        self._stopping.set()
        waited = 0.0
        # SCardCancel only wakes a call already blocking: repeat until it ends.
        while thread.is_alive() and waited < timeout:
            with self._lock:
                context = self._context
            if context is not None:
                try:
                    self._api.cancel(context)
                except Exception:  # the context may be gone with pcscd
                    klog.cardreader.debug("SCardCancel failed", exc_info=True)
            thread.join(0.05)
            waited += 0.05
        if thread.is_alive():
            raise RuntimeError("the PC/SC watcher did not stop in time")
        self._thread = None
        self._publish(DOWN)  # not watching: nothing is known any more

    # -- the thread ------------------------------------------------------------

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                context = self._api.establish()
            except PcscError as exc:
                klog.cardreader.debug("no PC/SC service: %s", exc)
                self._publish(DOWN)
                self._stopping.wait(self._retry)
                continue
            with self._lock:
                self._context = context
            try:
                self._watch(context)
            except PcscError as exc:
                klog.cardreader.warning("PC/SC service lost (%s); reconnecting", exc)
            except Exception:
                klog.cardreader.exception("PC/SC watcher failed; reconnecting")
            finally:
                with self._lock:
                    self._context = None
                try:
                    self._api.release(context)
                except Exception:
                    klog.cardreader.debug("SCardReleaseContext failed", exc_info=True)
            if not self._stopping.is_set():
                self._publish(DOWN)
                self._stopping.wait(self._retry)

    def _watch(self, context: int) -> None:
        states: dict[str, int] = {}
        atrs: dict[str, bytes] = {}
        pnp_state = _UNAWARE
        while not self._stopping.is_set():
            readers = self._api.list_readers(context)
            states = {name: states.get(name, _UNAWARE) for name in readers}
            atrs = {name: atr for name, atr in atrs.items() if name in states}
            # New readers: learn their state at once, so one snapshot shows
            # the reader together with the card already in it.
            fresh = [(name, _UNAWARE) for name, s in states.items() if s == _UNAWARE]
            if fresh:
                self._update(self._call(context, 0, fresh), states, atrs)
            self._publish(self._build(states, atrs))
            query = [*states.items(), (p.PNP_READER, pnp_state)]
            for name, event, _atr in self._update(
                self._call(context, p.INFINITE, query), states, atrs
            ):
                if name == p.PNP_READER:
                    pnp_state = event & ~STATE_CHANGED
            self._publish(self._build(states, atrs))

    def _call(
        self, context: int, timeout_ms: int, query: list[p.ReaderState]
    ) -> list[p.ReaderEvent]:
        try:
            return self._api.get_status_change(context, timeout_ms, query)
        except PcscError as exc:
            if exc.code == p.E_CANCELLED or exc.code in _RETRY_NOW:
                return []
            raise

    @staticmethod
    def _update(
        result: list[p.ReaderEvent], states: dict[str, int], atrs: dict[str, bytes]
    ) -> list[p.ReaderEvent]:
        for name, event, atr in result:
            if name in states:
                states[name] = event & ~STATE_CHANGED
                atrs[name] = atr
        return result

    @staticmethod
    def _build(states: dict[str, int], atrs: dict[str, bytes]) -> Snapshot:
        # A reader joins the snapshot once its first state is known.
        return Snapshot(
            True,
            {
                name: card_in(state, atrs.get(name, b""))
                for name, state in states.items()
                if state != _UNAWARE
            },
        )

    def _publish(self, new: Snapshot) -> None:
        with self._lock:
            old, self._snapshot = self._snapshot, new
        events = diff(old, new)
        if not events or self._sink is None:
            return
        for event in events:
            klog.cardreader.debug("%s", event)  # reader names and card kinds only
        try:
            self._sink(new, events)
        except Exception:
            klog.cardreader.exception("PC/SC event sink failed")
