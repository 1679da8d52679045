"""The session lifecycle as a pure state machine.

    BOOT → WIPE → WELCOME → (TERMS) → ACTIVE ⇄ IDLE_WARNING → ENDING → WIPE → WELCOME
                     ↘ OUT_OF_SERVICE (a wipe step failed, or staff set it) ↙

No Qt here: the shell drives it and reacts to its state changes; sinks such as
the usage counters subscribe to its events.

Exceptions::

    LifecycleError       a transition that is not allowed in the current state
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk import log as klog
from kiosk.session import events as ev


class State(enum.Enum):
    BOOT = "boot"
    WIPE = "wipe"
    WELCOME = "welcome"
    TERMS = "terms"
    ACTIVE = "active"
    IDLE_WARNING = "idle_warning"
    ENDING = "ending"
    OUT_OF_SERVICE = "out_of_service"


IN_SESSION = frozenset({State.TERMS, State.ACTIVE, State.IDLE_WARNING})


class LifecycleError(Exception):
    """A transition that is not allowed in the current state."""


@dataclass(frozen=True)
class Session:
    """What the shell knows of the current resident: nothing personal."""

    started_at: datetime
    language: str


Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Lifecycle:
    def __init__(self, *, terms_required: bool, clock: Clock = utc_now) -> None:
        self._terms_required = terms_required
        self._clock = clock
        self._state = State.BOOT
        self._session: Session | None = None
        self._end_reason: ev.EndReason | None = None
        self._out_of_service_reason = ev.OutOfServiceReason.NONE
        self._staff_hold = False
        self._retrying = False  # the running wipe retries a failed one
        self._sinks: list[ev.Sink] = []
        self._watchers: list[Callable[[State, State], None]] = []

    # -- observation ---------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def end_reason(self) -> ev.EndReason | None:
        return self._end_reason

    @property
    def out_of_service_reason(self) -> ev.OutOfServiceReason:
        return self._out_of_service_reason

    def subscribe(self, sink: ev.Sink) -> None:
        """Receive every event: the lifecycle's and those published by subsystems."""
        self._sinks.append(sink)

    def watch(self, watcher: Callable[[State, State], None]) -> None:
        """Be called with (old, new) on every state change."""
        self._watchers.append(watcher)

    def publish(self, event: ev.Event) -> None:
        for sink in self._sinks:
            try:
                sink(event)
            except Exception:  # a broken sink must never stop a wipe
                klog.session.exception("event sink failed on %s", type(event).__name__)

    # -- transitions ---------------------------------------------------------

    def begin_wipe(self) -> None:
        """BOOT or ENDING → WIPE."""
        self._require(State.BOOT, State.ENDING)
        self._set(State.WIPE)

    def wipe_finished(self, ok: bool, failed_steps: tuple[str, ...] = ()) -> None:
        """WIPE → WELCOME when clean, OUT_OF_SERVICE when any step failed."""
        self._require(State.WIPE)
        retry, self._retrying = self._retrying, False
        if retry and not ok:
            # Still failing: the outage (and its failure, counted once) go on.
            self._set(State.OUT_OF_SERVICE)
            return
        now = self._clock()
        self.publish(ev.WipeFinished(at=now, ok=ok, failed_steps=failed_steps))
        self._session = None
        if retry:  # clean now: the outage ends as when staff end it
            self._out_of_service_reason = ev.OutOfServiceReason.NONE
            self.publish(
                ev.OutOfServiceChanged(
                    at=now, out_of_service=False, reason=ev.OutOfServiceReason.NONE
                )
            )
        if not ok:
            self._go_out_of_service(ev.OutOfServiceReason.WIPE_FAILED)
        elif self._staff_hold:
            self._set(State.OUT_OF_SERVICE)
        else:
            self._set(State.WELCOME)

    def start(self, language: str) -> None:
        """WELCOME → TERMS (when configured) or ACTIVE."""
        self._require(State.WELCOME)
        now = self._clock()
        self._session = Session(started_at=now, language=language)
        self._end_reason = None
        self.publish(ev.SessionStarted(at=now, language=language))
        self._set(State.TERMS if self._terms_required else State.ACTIVE)

    def change_language(self, language: str) -> None:
        self._require(*IN_SESSION)
        assert self._session is not None
        self._session = Session(started_at=self._session.started_at, language=language)
        self.publish(ev.LanguageChosen(at=self._clock(), language=language))

    def accept_terms(self) -> None:
        self._require(State.TERMS)
        self._set(State.ACTIVE)

    def decline_terms(self) -> None:
        """Back from the terms: the session ends without a trace, like End session."""
        self.end(ev.EndReason.RESIDENT)

    def open_service(self, service_id: str) -> None:
        self._require(State.ACTIVE)
        self.publish(ev.ServiceOpened(at=self._clock(), service_id=service_id))

    def idle_warning(self) -> None:
        self._require(State.ACTIVE, State.TERMS)
        self._set(State.IDLE_WARNING)

    def resume(self) -> None:
        """The resident pressed Continue (or touched the screen) during the warning."""
        self._require(State.IDLE_WARNING)
        self._set(State.ACTIVE)

    def end(self, reason: ev.EndReason) -> None:
        """Any in-session state → ENDING. Calling it twice is harmless."""
        if self._state is State.ENDING:
            return
        self._require(*IN_SESSION)
        assert self._session is not None
        self._end_reason = reason
        self.publish(
            ev.SessionEnded(
                at=self._clock(), started_at=self._session.started_at, reason=reason
            )
        )
        self._set(State.ENDING)

    def set_out_of_service(
        self, reason: ev.OutOfServiceReason = ev.OutOfServiceReason.STAFF
    ) -> None:
        """Staff (or a subsystem) takes the station out of service.

        In a session the session must be ended and wiped first; the wipe then
        lands in OUT_OF_SERVICE instead of WELCOME.
        """
        self._staff_hold = True
        if self._state in (State.WELCOME, State.BOOT):
            self._go_out_of_service(reason)
        else:
            self._out_of_service_reason = reason

    def return_to_service(self) -> None:
        """Staff puts the station back: it wipes once more before Welcome."""
        self._require(State.OUT_OF_SERVICE)
        self._staff_hold = False
        self.publish(
            ev.OutOfServiceChanged(
                at=self._clock(),
                out_of_service=False,
                reason=ev.OutOfServiceReason.NONE,
            )
        )
        self._out_of_service_reason = ev.OutOfServiceReason.NONE
        self._state = State.ENDING  # re-enter through WIPE, never straight to WELCOME
        self.begin_wipe()

    @property
    def may_retry_wipe(self) -> bool:
        """Out of service only because a wipe failed, and staff did not hold it."""
        return (
            self._state is State.OUT_OF_SERVICE
            and self._out_of_service_reason is ev.OutOfServiceReason.WIPE_FAILED
            and not self._staff_hold
        )

    def retry_wipe(self) -> None:
        """OUT_OF_SERVICE after a failed wipe → WIPE once more, without staff.

        The wipe proves itself step by step, so a clean retry (CUPS back, the
        disk writable again) is as good as staff's "back in service"; a
        failing one leaves the station out of service without new events.
        A card left or staff's own hold are never retried.
        """
        if not self.may_retry_wipe:
            raise LifecycleError(
                f"no wipe retry in {self._state.name} "
                f"(reason {self._out_of_service_reason.value or 'none'})"
            )
        self._retrying = True
        self._state = State.ENDING  # re-enter through WIPE, as return_to_service
        self.begin_wipe()

    # -- internals -----------------------------------------------------------

    def _go_out_of_service(self, reason: ev.OutOfServiceReason) -> None:
        self._out_of_service_reason = reason
        self.publish(
            ev.OutOfServiceChanged(at=self._clock(), out_of_service=True, reason=reason)
        )
        self._set(State.OUT_OF_SERVICE)

    def _require(self, *allowed: State) -> None:
        if self._state not in allowed:
            names = ", ".join(s.name for s in allowed)
            raise LifecycleError(f"not allowed in {self._state.name}; needs {names}")

    def _set(self, new: State) -> None:
        old, self._state = self._state, new
        klog.session.info("state %s → %s", old.name, new.name)
        for watcher in self._watchers:
            watcher(old, new)
