from __future__ import annotations

import pytest

from kiosk.staff.access import Access, Input, step

A, In = Access, Input


@pytest.mark.parametrize(
    ("state", "event", "after"),
    [
        (A.LOCKED, In.GESTURE, A.PIN_PAD),
        (A.LOCKED, In.SUBMIT, A.LOCKED),
        (A.LOCKED, In.ACCEPTED, A.LOCKED),  # a stray answer never unlocks
        (A.PIN_PAD, In.SUBMIT, A.CHECKING),
        (A.PIN_PAD, In.CANCEL, A.LOCKED),
        (A.PIN_PAD, In.ACCEPTED, A.PIN_PAD),
        (A.CHECKING, In.ACCEPTED, A.UNLOCKED),
        (A.CHECKING, In.REFUSED, A.PIN_PAD),
        (A.CHECKING, In.SUBMIT, A.CHECKING),  # no second PIN while checking
        (A.UNLOCKED, In.GESTURE, A.UNLOCKED),
        (A.UNLOCKED, In.LOCK, A.LOCKED),
        (A.CHECKING, In.LOCK, A.LOCKED),
        (A.PIN_PAD, In.LOCK, A.LOCKED),
        (A.LOCKED, In.LOCK, A.LOCKED),
    ],
)
def test_step(state: Access, event: Input, after: Access) -> None:
    assert step(state, event) is after
