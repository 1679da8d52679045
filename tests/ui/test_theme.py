"""Theme: WCAG contrast of every text pair, focus and state rules per role."""

from __future__ import annotations

import re

import pytest

from kiosk.ui import theme

TARGETS = [(theme.NORMAL, 4.5), (theme.HIGH_CONTRAST, 7.0)]
PAIRS = [
    (palette, minimum, what, fg, bg)
    for palette, minimum in TARGETS
    for what, fg, bg in theme.text_pairs(palette)
]


@pytest.mark.parametrize(
    ("palette", "minimum", "what", "fg", "bg"),
    PAIRS,
    ids=[f"{p.name}-{w}" for p, _, w, _, _ in PAIRS],
)
def test_text_contrast_meets_wcag(palette, minimum, what, fg, bg) -> None:
    ratio = theme.contrast_ratio(fg, bg)
    assert ratio >= minimum, f"{palette.name}: {what} is {ratio:.2f}:1 < {minimum}:1"


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#777777", "#ffffff", 4.48),  # the classic "just fails AA" grey
    ],
)
def test_contrast_ratio_matches_wcag_examples(fg, bg, expected) -> None:
    assert theme.contrast_ratio(fg, bg) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("palette", [theme.NORMAL, theme.HIGH_CONTRAST])
def test_focus_ring_stands_out_from_the_background(palette) -> None:
    # WCAG 2.1 non-text contrast: 3:1 for the focus indicator.
    assert theme.contrast_ratio(palette.focus, palette.background) >= 3
    assert theme.contrast_ratio(palette.focus, palette.surface) >= 3


@pytest.mark.parametrize(
    "selector",
    [
        "QPushButton:focus",
        "QPushButton#primary:focus",
        "QPushButton#danger:focus",
        "QPushButton#start:focus",
        "QPushButton#tile:focus",
    ],
)
@pytest.mark.parametrize("palette", [theme.NORMAL, theme.HIGH_CONTRAST])
def test_every_button_role_has_a_visible_focus_rule(palette, selector) -> None:
    sheet = theme.stylesheet(palette)
    rule = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert rule, f"no {selector} rule: keyboard users would not see the focus"
    assert palette.focus in rule.group(1)
    width = re.search(r"border:\s*(\d+)px", rule.group(1))
    assert width and int(width.group(1)) >= 4


def test_checked_and_disabled_are_not_shown_by_colour_alone() -> None:
    sheet = theme.stylesheet(theme.NORMAL)
    assert re.search(r"QPushButton:checked\s*\{[^}]*double", sheet)
    assert re.search(r"QPushButton:disabled\s*\{[^}]*dashed", sheet)


@pytest.mark.parametrize(("scale", "base"), [(1.0, 20), (1.5, 30), (2.0, 40)])
def test_text_scale_reaches_200_percent(scale, base) -> None:
    sheet = theme.stylesheet(theme.NORMAL, scale)
    assert f"font-size: {base}px" in sheet
    sizes = [int(v) for v in re.findall(r"min-height: (\d+)px", sheet)]
    assert sizes and min(sizes) >= theme.MIN_TARGET_PX
