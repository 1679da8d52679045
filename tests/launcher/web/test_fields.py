"""Which frame holds the focused field, from reports in any order (table)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from kiosk.launcher.web.fields import FrameFields

TOP_FIELD = QRect(10, 10, 100, 30)
FRAME_FIELD = QRect(10, 500, 100, 30)

# (frame, own report of the top document?, focused?, rect)
Report = tuple[str, bool, bool, QRect]


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        ([("top", True, True, TOP_FIELD)], TOP_FIELD),
        ([("top", True, True, TOP_FIELD), ("top", True, False, QRect())], None),
        # top field → frame field: the top's "into a frame" comes before or
        # after the frame's field; either way the frame's field stays.
        (
            [
                ("top", True, True, TOP_FIELD),
                ("top", False, False, QRect()),
                ("f", False, True, FRAME_FIELD),
            ],
            FRAME_FIELD,
        ),
        (
            [
                ("top", True, True, TOP_FIELD),
                ("f", False, True, FRAME_FIELD),
                ("top", False, False, QRect()),
            ],
            FRAME_FIELD,
        ),
        # frame field → top field: the frame's late "no field" hides nothing.
        (
            [
                ("f", False, True, FRAME_FIELD),
                ("top", True, True, TOP_FIELD),
                ("f", False, False, QRect()),
            ],
            TOP_FIELD,
        ),
        # frame field → the page's text: nothing is focused.
        ([("f", False, True, FRAME_FIELD), ("top", True, False, QRect())], None),
        ([("f", False, True, FRAME_FIELD), ("f", False, False, QRect())], None),
        # frame f → frame g, in either order of their reports.
        (
            [
                ("f", False, True, FRAME_FIELD),
                ("g", False, True, TOP_FIELD),
                ("f", False, False, QRect()),
            ],
            TOP_FIELD,
        ),
        (
            [
                ("f", False, True, FRAME_FIELD),
                ("f", False, False, QRect()),
                ("g", False, True, TOP_FIELD),
            ],
            TOP_FIELD,
        ),
    ],
)
def test_the_focused_field_after_reports(
    reports: list[Report], expected: QRect | None
) -> None:
    frames = FrameFields()
    result: QRect | None = None
    for frame, own, on, rect in reports:
        result = frames.report(frame, own, on, rect)
    assert result == expected


def test_a_new_page_forgets_every_frame() -> None:
    frames = FrameFields()
    frames.report("f", False, True, FRAME_FIELD)
    frames.clear()
    assert frames.report("g", False, False, QRect()) is None
