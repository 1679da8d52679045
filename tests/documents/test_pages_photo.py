"""The photo cut out of a scanned page (pure, PIL images made here)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from kiosk.documents import pages

LID = (250, 250, 250)


def _page(box: tuple[int, int, int, int] | None) -> Image.Image:
    page = Image.new("RGB", (600, 800), LID)
    if box is not None:
        ImageDraw.Draw(page).rectangle(box, fill=(40, 90, 160))
    return page


@pytest.mark.parametrize(
    ("box", "size"),
    [
        ((0, 0, 206, 265), (207 - 8, 266 - 8)),  # top left corner, as laid
        ((300, 400, 506, 665), (199, 258)),  # anywhere on the glass
        ((0, 0, 599, 799), (592, 792)),  # a dark page: all of it, less the edge
        ((10, 10, 15, 15), (6, 6)),  # too small to lose an edge
        (None, (600, 800)),  # nothing laid on: the page as it is
    ],
)
def test_crop_photo(box, size) -> None:
    assert pages.crop_photo(_page(box)).size == size


def test_the_photo_is_a_jpeg_at_300_dpi() -> None:
    import io

    data = pages.encode_photo(_page((0, 0, 100, 100)).convert("L"))
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        assert image.info["dpi"] == (300, 300)
