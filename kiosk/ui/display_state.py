"""What the resident chose for the display: text size and contrast (pure).

Steps, not a slider: a resident taps "Bigger text" and sees the change at
once; five steps reach 200 %, the WCAG 2.1 resize-text target.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5, 1.75, 2.0)


@dataclass(frozen=True)
class DisplayChoice:
    step: int = 0
    high_contrast: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.step < len(TEXT_SCALES):
            raise ValueError(
                f"text size step {self.step} is outside 0..{len(TEXT_SCALES) - 1}"
            )

    @property
    def scale(self) -> float:
        return TEXT_SCALES[self.step]

    @property
    def percent(self) -> int:
        return round(self.scale * 100)

    @property
    def can_grow(self) -> bool:
        return self.step < len(TEXT_SCALES) - 1

    @property
    def can_shrink(self) -> bool:
        return self.step > 0

    @property
    def is_default(self) -> bool:
        return self == DEFAULT_DISPLAY

    def bigger(self) -> DisplayChoice:
        return replace(self, step=min(self.step + 1, len(TEXT_SCALES) - 1))

    def smaller(self) -> DisplayChoice:
        return replace(self, step=max(self.step - 1, 0))

    def with_contrast(self, high: bool) -> DisplayChoice:
        return replace(self, high_contrast=high)


DEFAULT_DISPLAY = DisplayChoice()
