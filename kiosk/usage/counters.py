"""The lifecycle sink that turns session events into stored counters.

The shell subscribes one `UsageCounters` to the lifecycle and registers its
`wipe_step` as the "usage" wipe step. Each event is written in its own
transaction. When a write fails the increments stay in memory and go with the
next event; the wipe step fails closed if the session's counts still cannot be
written, because a station that cannot count must be looked at by staff.
"""

from __future__ import annotations

from datetime import tzinfo

from kiosk import log as klog
from kiosk.session import events as ev
from kiosk.session.wipe import WipeStepFailed
from kiosk.usage.aggregate import Aggregator, Increment
from kiosk.usage.deferred import WIPE_STEP
from kiosk.usage.errors import StoreError, UsageError
from kiosk.usage.store import KEEP, CounterStore

__all__ = ["WIPE_STEP", "UsageCounters"]


class UsageCounters:
    """Callable sink: `lifecycle.subscribe(counters)`."""

    def __init__(self, store: CounterStore, tz: tzinfo) -> None:
        self._store = store
        self._aggregator = Aggregator(tz, outage=store.outage())
        self._pending: list[Increment] = []
        self._outage_dirty = False

    def __call__(self, event: ev.Event) -> None:
        before = self._aggregator.outage
        try:
            increments = self._aggregator.feed(event)
        except UsageError as exc:  # e.g. an impossible service id: count nothing
            klog.usage.warning("usage: %s not counted: %s", type(event).__name__, exc)
            return
        if self._aggregator.outage != before:
            self._outage_dirty = True
        self._pending.extend(increments)
        self.flush()

    @property
    def pending(self) -> int:
        """Increments not yet written (0 when all is on disk)."""
        return len(self._pending) + int(self._outage_dirty)

    def flush(self) -> bool:
        if not self._pending and not self._outage_dirty:
            return True
        outage = self._aggregator.outage if self._outage_dirty else KEEP
        try:
            self._store.apply(self._pending, outage)
        except StoreError as exc:
            klog.usage.error(
                "usage: %d increment(s) kept in memory: %s", self.pending, exc
            )
            return False
        self._pending.clear()
        self._outage_dirty = False
        return True

    def wipe_step(self) -> None:
        """Wipe step "usage": the session's counts are on disk, nothing held back."""
        if not self.flush():
            raise WipeStepFailed(
                f"{self.pending} usage increment(s) could not be written to "
                f"{self._store.path}"
            )
