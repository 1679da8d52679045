from __future__ import annotations

import pytest

from kiosk.staff.gesture import Corner, CornerTaps, in_corner

W, H = 1920, 1080  # zone: 8 % of 1080 = 86.4 px


@pytest.mark.parametrize(
    ("corner", "x", "y", "inside"),
    [
        ("top-right", W - 1, 0, True),
        ("top-right", W - 86, 86, True),
        ("top-right", W - 87, 0, False),
        ("top-right", W - 1, 87, False),
        ("top-left", 0, 0, True),
        ("top-left", W - 1, 0, False),
        ("bottom-left", 10, H - 10, True),
        ("bottom-right", W - 10, H - 10, True),
        ("bottom-right", W - 10, 10, False),
        ("top-right", W, 0, False),  # off screen
        ("top-left", -1, 0, False),
    ],
)
def test_in_corner(corner: Corner, x: float, y: float, inside: bool) -> None:
    assert in_corner(corner, x, y, W, H) is inside


def test_small_screen_keeps_a_48px_zone() -> None:
    assert in_corner("top-left", 47, 47, 320, 240)
    assert not in_corner("top-left", 48, 0, 320, 240)


@pytest.mark.parametrize(
    ("presses", "fires_at"),
    [
        # (x, y, time) … ; index of the press that completes the gesture or None
        ([(W - 5, 5, t * 0.5) for t in range(5)], 4),
        ([(W - 5, 5, t * 0.5) for t in range(4)], None),
        # too slow: 5 presses over 4 s never fit a 3 s window
        ([(W - 5, 5, t * 1.0) for t in range(5)], None),
        # a sliding window: the first press drops out, six taps complete it
        ([(W - 5, 5, t) for t in (0.0, 1.5, 2.0, 2.5, 3.2, 3.3)], 5),
        # a press elsewhere starts the count again
        (
            [(W - 5, 5, 0.1), (W - 5, 5, 0.2), (500, 500, 0.3)]
            + [(W - 5, 5, 0.4 + t * 0.1) for t in range(5)],
            7,
        ),
    ],
)
def test_taps(presses: list[tuple[float, float, float]], fires_at: int | None) -> None:
    taps = CornerTaps("top-right", taps=5, within_seconds=3.0)
    fired = [i for i, (x, y, t) in enumerate(presses) if taps.press(x, y, W, H, t)]
    assert fired == ([] if fires_at is None else [fires_at])


def test_counts_again_from_zero_after_firing() -> None:
    taps = CornerTaps("top-left", taps=3, within_seconds=3.0)
    results = [taps.press(1, 1, W, H, t * 0.1) for t in range(6)]
    assert results == [False, False, True, False, False, True]
