"""The corner-tap gesture as a pure counter: N presses in one corner within T s.

Coordinates are screen pixels; the caller passes the screen size so the
corner zone follows the display. A press elsewhere starts the count again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right"]

# The zone is a square in the corner: big enough for an unsure finger, small
# enough that a resident's normal taps rarely land there five times.
MIN_ZONE_PX = 48
ZONE_FRACTION = 0.08


def in_corner(corner: Corner, x: float, y: float, width: float, height: float) -> bool:
    zone = max(MIN_ZONE_PX, ZONE_FRACTION * min(width, height))
    if not (0 <= x < width and 0 <= y < height):
        return False
    left = x < zone
    right = x >= width - zone
    top = y < zone
    bottom = y >= height - zone
    return {
        "top-left": top and left,
        "top-right": top and right,
        "bottom-left": bottom and left,
        "bottom-right": bottom and right,
    }[corner]


@dataclass
class CornerTaps:
    corner: Corner
    taps: int
    within_seconds: float
    _times: list[float] = field(default_factory=list)

    def press(
        self, x: float, y: float, width: float, height: float, now: float
    ) -> bool:
        """Record one real press; True when it completes the gesture."""
        if not in_corner(self.corner, x, y, width, height):
            self._times.clear()
            return False
        self._times = [t for t in self._times if now - t <= self.within_seconds]
        self._times.append(now)
        if len(self._times) >= self.taps:
            self._times.clear()
            return True
        return False

    def reset(self) -> None:
        self._times.clear()
