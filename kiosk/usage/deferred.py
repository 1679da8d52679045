"""The usage counters, opened once the Welcome screen is up.

Opening the counter file imports SQLAlchemy, about a quarter of a second the
resident would otherwise wait for the first screen. Until the shell calls
`open()` (after the first paint), events are held and then handed over in
their order, so nothing is lost and nothing is counted twice. Anything else
asked of the store (the staff panel's today's counts) opens it first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk import log as klog
from kiosk.session import events as ev
from kiosk.session.wipe import WipeStepFailed

WIPE_STEP = "usage"

Sink = Callable[[ev.Event], None]


class DeferredCounters:
    """Lifecycle sink and "usage" wipe step in front of the real counters."""

    def __init__(self, open_counters: Callable[[], tuple[Any, Any]]) -> None:
        self._open_counters = open_counters  # -> (CounterStore, UsageCounters)
        self._store: Any = None
        self._counters: Any = None
        self._held: list[ev.Event] = []

    @property
    def opened(self) -> bool:
        return self._counters is not None

    def open(self) -> None:
        """Open the file and hand over the held events; raises StoreError."""
        if self._counters is not None:
            return
        self._store, self._counters = self._open_counters()
        held, self._held = self._held, []
        for event in held:
            self._counters(event)

    def open_quietly(self) -> None:
        """For a timer: a file that cannot be opened is logged, not raised;
        the wipe after the first session then fails closed on it."""
        try:
            self.open()
        except Exception as exc:
            klog.usage.error("usage counters cannot be opened: %s", exc)

    def __call__(self, event: ev.Event) -> None:
        if self._counters is None and isinstance(event, ev.SessionStarted):
            # A resident began: their count goes to disk now, not after the
            # first paint; a shell killed meanwhile lost it (chaos seed
            # 20261202, session 265: killed right after a restart).
            self.open_quietly()
        if self._counters is not None:
            self._counters(event)
        else:
            self._held.append(event)

    def wipe_step(self) -> None:
        """Wipe step "usage": a resident's session is counted on disk.

        Before the file is open only the boot's own events can be held (the
        shell opens it right after the first screen); a held session is
        written now, or the step fails.
        """
        if self._counters is None:
            if not any(isinstance(e, ev.SessionStarted) for e in self._held):
                return
            try:
                self.open()
            except Exception as exc:
                message = f"usage counters cannot be opened: {exc}"
                raise WipeStepFailed(message) from None
        self._counters.wipe_step()

    def __getattr__(self, name: str) -> Any:
        # The store's reading side (values, last sync …), opened on demand.
        if name.startswith("_"):
            raise AttributeError(name)
        self.open()
        return getattr(self._store, name)
