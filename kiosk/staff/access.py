"""Who may see the staff panel right now: a tiny pure state machine.

LOCKED --gesture--> PIN_PAD --submit--> CHECKING --OK--> UNLOCKED
   ^                  |  ^                 |                |
   +----cancel--------+  +---wrong/wait----+                |
   +----------- idle / session started / lock now ----------+
"""

from __future__ import annotations

import enum


class Access(enum.Enum):
    LOCKED = "locked"
    PIN_PAD = "pin_pad"
    CHECKING = "checking"
    UNLOCKED = "unlocked"


class Input(enum.Enum):
    GESTURE = "gesture"
    SUBMIT = "submit"
    CANCEL = "cancel"
    ACCEPTED = "accepted"
    REFUSED = "refused"  # wrong PIN, a delay, lockout, or no verifier
    LOCK = "lock"  # idle, a resident session started, or "lock now"


_TABLE: dict[tuple[Access, Input], Access] = {
    (Access.LOCKED, Input.GESTURE): Access.PIN_PAD,
    (Access.PIN_PAD, Input.SUBMIT): Access.CHECKING,
    (Access.PIN_PAD, Input.CANCEL): Access.LOCKED,
    (Access.CHECKING, Input.ACCEPTED): Access.UNLOCKED,
    (Access.CHECKING, Input.REFUSED): Access.PIN_PAD,
}


def step(state: Access, event: Input) -> Access:
    """The next state; anything not in the table leaves the state as it is,
    except LOCK, which always locks (fail closed)."""
    if event is Input.LOCK:
        return Access.LOCKED
    return _TABLE.get((state, event), state)
