from __future__ import annotations

import pytest

from kiosk.ui.display_state import DEFAULT_DISPLAY, TEXT_SCALES, DisplayChoice


@pytest.mark.parametrize(
    ("start", "action", "step", "percent"),
    [
        (0, "bigger", 1, 125),
        (3, "bigger", 4, 200),
        (4, "bigger", 4, 200),  # 200 % is the top: stays there
        (1, "smaller", 0, 100),
        (0, "smaller", 0, 100),  # never below 100 %
    ],
)
def test_steps(start, action, step, percent) -> None:
    choice = getattr(DisplayChoice(step=start), action)()
    assert (choice.step, choice.percent) == (step, percent)


@pytest.mark.parametrize(
    ("choice", "grow", "shrink"),
    [
        (DisplayChoice(0), True, False),
        (DisplayChoice(2), True, True),
        (DisplayChoice(len(TEXT_SCALES) - 1), False, True),
    ],
)
def test_can_grow_and_shrink(choice, grow, shrink) -> None:
    assert (choice.can_grow, choice.can_shrink) == (grow, shrink)


def test_contrast_keeps_the_size() -> None:
    choice = DisplayChoice(step=2).with_contrast(True)
    assert (choice.step, choice.high_contrast, choice.is_default) == (2, True, False)
    assert DisplayChoice().is_default and DEFAULT_DISPLAY.scale == 1.0


@pytest.mark.parametrize("step", [-1, len(TEXT_SCALES)])
def test_out_of_range_step_is_refused_with_the_range(step) -> None:
    with pytest.raises(ValueError, match=r"outside 0\.\.4"):
        DisplayChoice(step=step)
