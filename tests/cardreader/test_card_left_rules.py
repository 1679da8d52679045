from __future__ import annotations

import pytest

from kiosk.cardreader.card_left_rules import CardLeftWait, Outcome, Phase

# Steps: ("begin", present) / ("card", present) / ("deadline", None) / ("cancel", None)
Step = tuple[str, bool | None]


@pytest.mark.parametrize(
    ("steps", "outcomes", "phase"),
    [
        ([("begin", False)], [Outcome.CARD_TAKEN], Phase.IDLE),
        ([("begin", True)], [Outcome.SHOW_ALARM], Phase.WAITING),
        (
            [("begin", True), ("card", False)],
            [Outcome.SHOW_ALARM, Outcome.CARD_TAKEN],
            Phase.IDLE,
        ),
        (
            [("begin", True), ("card", True)],
            [Outcome.SHOW_ALARM, Outcome.NOTHING],
            Phase.WAITING,
        ),
        (
            [("begin", True), ("deadline", None)],
            [Outcome.SHOW_ALARM, Outcome.TIMED_OUT],
            Phase.TIMED_OUT,
        ),
        (
            [("begin", True), ("deadline", None), ("card", False)],
            [Outcome.SHOW_ALARM, Outcome.TIMED_OUT, Outcome.CARD_TAKEN],
            Phase.IDLE,
        ),
        (
            [("begin", True), ("card", False), ("deadline", None)],
            [Outcome.SHOW_ALARM, Outcome.CARD_TAKEN, Outcome.NOTHING],
            Phase.IDLE,
        ),
        ([("card", False)], [Outcome.NOTHING], Phase.IDLE),
        ([("deadline", None)], [Outcome.NOTHING], Phase.IDLE),
        (
            [("begin", True), ("cancel", None), ("card", False)],
            [Outcome.SHOW_ALARM, Outcome.NOTHING, Outcome.NOTHING],
            Phase.IDLE,
        ),
    ],
)
def test_wait(steps: list[Step], outcomes: list[Outcome], phase: Phase) -> None:
    wait = CardLeftWait()
    got: list[Outcome] = []
    for action, present in steps:
        if action == "begin":
            got.append(wait.begin(bool(present)))
        elif action == "card":
            got.append(wait.card_changed(bool(present)))
        elif action == "deadline":
            got.append(wait.deadline())
        else:
            wait.cancel()
            got.append(Outcome.NOTHING)
    assert got == outcomes
    assert wait.phase is phase


def test_begin_twice_is_an_error() -> None:
    wait = CardLeftWait()
    wait.begin(True)
    with pytest.raises(RuntimeError, match="already waiting"):
        wait.begin(True)
