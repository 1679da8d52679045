"""The lifecycle state machine, table-driven, no Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.session import events as ev
from kiosk.session.lifecycle import Lifecycle, LifecycleError, State


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def booted(terms: bool = False) -> tuple[Lifecycle, list[ev.Event], Clock]:
    clock = Clock()
    lc = Lifecycle(terms_required=terms, clock=clock)
    seen: list[ev.Event] = []
    lc.subscribe(seen.append)
    lc.begin_wipe()
    lc.wipe_finished(ok=True)
    return lc, seen, clock


@pytest.mark.parametrize(
    ("terms", "steps", "final"),
    [
        (False, ["start"], State.ACTIVE),
        (True, ["start"], State.TERMS),
        (True, ["start", "accept"], State.ACTIVE),
        (True, ["start", "decline"], State.ENDING),
        (False, ["start", "idle"], State.IDLE_WARNING),
        (False, ["start", "idle", "resume"], State.ACTIVE),
        (False, ["start", "idle", "end"], State.ENDING),
        (False, ["start", "end", "wipe", "clean"], State.WELCOME),
        (False, ["start", "end", "wipe", "dirty"], State.OUT_OF_SERVICE),
        (False, ["start", "oos", "end", "wipe", "clean"], State.OUT_OF_SERVICE),
        (False, ["oos"], State.OUT_OF_SERVICE),
        (False, ["oos", "back", "clean"], State.WELCOME),
        (False, ["start", "end", "end"], State.ENDING),
    ],
)
def test_transitions(terms: bool, steps: list[str], final: State) -> None:
    lc, _, _ = booted(terms)
    actions = {
        "start": lambda: lc.start("de"),
        "accept": lc.accept_terms,
        "decline": lc.decline_terms,
        "idle": lc.idle_warning,
        "resume": lc.resume,
        "end": lambda: lc.end(ev.EndReason.RESIDENT),
        "wipe": lc.begin_wipe,
        "clean": lambda: lc.wipe_finished(ok=True),
        "dirty": lambda: lc.wipe_finished(ok=False, failed_steps=("files",)),
        "oos": lambda: lc.set_out_of_service("staff"),
        "back": lc.return_to_service,
    }
    for step in steps:
        actions[step]()
    assert lc.state is final


@pytest.mark.parametrize(
    ("steps", "bad"),
    [
        ([], "accept"),  # no terms on WELCOME
        ([], "end"),  # no session to end
        (["start"], "start"),  # one session at a time
        (["start"], "resume"),
        (["start", "end"], "open"),  # no service after the end
        (["oos"], "start"),  # out of service refuses sessions
    ],
)
def test_forbidden_transitions(steps: list[str], bad: str) -> None:
    lc, _, _ = booted()
    actions = {
        "start": lambda: lc.start("de"),
        "accept": lc.accept_terms,
        "end": lambda: lc.end(ev.EndReason.RESIDENT),
        "resume": lc.resume,
        "open": lambda: lc.open_service("bank"),
        "oos": lambda: lc.set_out_of_service("staff"),
    }
    for step in steps:
        actions[step]()
    with pytest.raises(LifecycleError):
        actions[bad]()


def test_events_carry_duration_and_reason() -> None:
    lc, seen, clock = booted()
    lc.start("ar")
    lc.open_service("bank")
    clock.now += timedelta(minutes=7)
    lc.end(ev.EndReason.IDLE)
    kinds = [type(e) for e in seen]
    assert kinds == [
        ev.WipeFinished,
        ev.SessionStarted,
        ev.ServiceOpened,
        ev.SessionEnded,
    ]
    ended = seen[-1]
    assert isinstance(ended, ev.SessionEnded)
    assert ended.reason is ev.EndReason.IDLE
    assert ended.at - ended.started_at == timedelta(minutes=7)


def test_a_broken_sink_does_not_stop_the_lifecycle() -> None:
    lc, seen, _ = booted()

    def broken(event: ev.Event) -> None:
        raise RuntimeError("sink down")

    lc.subscribe(broken)
    lc.start("de")
    lc.end(ev.EndReason.RESIDENT)
    assert lc.state is State.ENDING
    assert isinstance(seen[-1], ev.SessionEnded)


def test_session_is_forgotten_after_the_wipe() -> None:
    lc, _, _ = booted()
    lc.start("tr")
    assert lc.session is not None and lc.session.language == "tr"
    lc.end(ev.EndReason.RESIDENT)
    lc.begin_wipe()
    lc.wipe_finished(ok=True)
    assert lc.session is None


def _failed_wipe() -> tuple[Lifecycle, list[ev.Event], Clock]:
    lc, seen, clock = booted()
    lc.start("de")
    lc.end(ev.EndReason.RESIDENT)
    lc.begin_wipe()
    lc.wipe_finished(ok=False, failed_steps=("printing",))
    seen.clear()
    return lc, seen, clock


@pytest.mark.parametrize(
    ("tries", "final", "events"),
    [
        # CUPS still down: out of service again, nothing new counted
        ([False], State.OUT_OF_SERVICE, []),
        ([False, False], State.OUT_OF_SERVICE, []),
        # CUPS back: clean, and the outage is closed as staff would close it
        ([True], State.WELCOME, ["WipeFinished", "OutOfServiceChanged"]),
        ([False, True], State.WELCOME, ["WipeFinished", "OutOfServiceChanged"]),
    ],
)
def test_a_failed_wipe_is_retried_without_staff(
    tries: list[bool], final: State, events: list[str]
) -> None:
    """Chaos seed 20261202 session 13: cupsd down during the wipe left the
    station out of service for good although CUPS came back."""
    lc, seen, clock = _failed_wipe()
    for ok in tries:
        assert lc.may_retry_wipe
        clock.now += timedelta(minutes=1)
        lc.retry_wipe()
        assert lc.state is State.WIPE
        lc.wipe_finished(ok=ok, failed_steps=() if ok else ("printing",))
    assert lc.state is final
    assert [type(e).__name__ for e in seen] == events
    if final is State.WELCOME:
        assert seen[-1] == ev.OutOfServiceChanged(
            clock.now, out_of_service=False, reason=ev.OutOfServiceReason.NONE
        )
        assert lc.out_of_service_reason is ev.OutOfServiceReason.NONE
        assert not lc.may_retry_wipe


@pytest.mark.parametrize("reason", [ev.OutOfServiceReason.STAFF, "hold"])
def test_staff_outages_are_never_retried(reason: object) -> None:
    lc, _, _ = _failed_wipe() if reason == "hold" else booted()
    lc.set_out_of_service(ev.OutOfServiceReason.STAFF)
    assert lc.state is State.OUT_OF_SERVICE
    assert not lc.may_retry_wipe
    with pytest.raises(LifecycleError, match="no wipe retry"):
        lc.retry_wipe()


def test_a_card_left_outage_is_not_retried() -> None:
    lc, _, _ = booted()
    lc.set_out_of_service(ev.OutOfServiceReason.CARD_LEFT)
    assert not lc.may_retry_wipe
