from __future__ import annotations

import pytest

from kiosk.staff.lockout import Attempts, Gate, LockoutPolicy, Verdict

POLICY = LockoutPolicy(
    free_attempts=3,
    first_delay=5,
    factor=2,
    max_delay=60,
    lockout_after=10,
    lockout_seconds=900,
)


@pytest.mark.parametrize(
    ("failures", "delay"),
    [
        (0, 0),
        (1, 0),
        (3, 0),
        (4, 5),
        (5, 10),
        (6, 20),
        (7, 40),
        (8, 60),  # capped at max_delay
        (9, 60),
        (10, 900),  # lockout
        (11, 900),
        (50, 900),
    ],
)
def test_delay_grows_then_locks(failures: int, delay: float) -> None:
    assert POLICY.delay_after(failures) == delay


def test_ten_wrong_pins_give_growing_delays_then_lockout() -> None:
    now, attempts, delays = 1000.0, Attempts(), []
    for _ in range(10):
        assert POLICY.gate(attempts, now).gate is Gate.OPEN
        attempts = POLICY.charge(attempts, now)
        delays.append(attempts.not_before - now)
        now = attempts.not_before
    assert delays == [0, 0, 0, 5, 10, 20, 40, 60, 60, 900]
    assert POLICY.is_lockout(attempts.failures)


@pytest.mark.parametrize(
    ("attempts", "now", "verdict"),
    [
        (Attempts(), 0.0, Verdict(Gate.OPEN)),
        (Attempts(4, 105.0), 100.0, Verdict(Gate.WAIT, 5.0)),
        (Attempts(4, 105.0), 105.0, Verdict(Gate.OPEN)),
        (Attempts(10, 1900.0), 1000.0, Verdict(Gate.LOCKED, 900.0)),
        (Attempts(10, 1900.0), 1899.5, Verdict(Gate.LOCKED, 0.5)),
        (Attempts(10, 1900.0), 1900.0, Verdict(Gate.OPEN)),
        # the clock went back a day: the wait is still only what the policy gives
        (Attempts(4, 105.0), 105.0 - 86400, Verdict(Gate.WAIT, 5.0)),
        (Attempts(10, 1900.0), -1e9, Verdict(Gate.LOCKED, 900.0)),
        # a counter under the free attempts never waits, whatever not_before says
        (Attempts(2, 1e12), 0.0, Verdict(Gate.OPEN)),
    ],
)
def test_gate(attempts: Attempts, now: float, verdict: Verdict) -> None:
    assert POLICY.gate(attempts, now) == verdict


def test_after_lockout_every_wrong_pin_locks_again() -> None:
    attempts = POLICY.charge(Attempts(10, 0.0), 2000.0)
    assert attempts == Attempts(11, 2900.0)


def test_success_resets() -> None:
    assert POLICY.succeeded() == Attempts(0, 0.0)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"free_attempts": 5, "lockout_after": 5},
        {"free_attempts": -1},
        {"first_delay": 0},
        {"factor": 0.5},
        {"lockout_seconds": 0},
        {"first_delay": 10, "max_delay": 5},
    ],
)
def test_bad_policy_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        LockoutPolicy(**kwargs)  # type: ignore[arg-type]
