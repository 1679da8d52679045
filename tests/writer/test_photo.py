"""The CV photo: scaled to 35 × 45 mm at 300 dpi, upright, no metadata left."""

from __future__ import annotations

import pytest
from PIL import Image

from kiosk.writer import photo
from kiosk.writer.errors import PhotoError


def _phone_picture(path, orientation: int) -> None:
    """A 4000 × 3000 picture as a phone stores it: sideways, with EXIF."""
    image = Image.new("RGB", (4000, 3000), "#3a6ea5")
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (50.0, 55.0, 0.0)}  # GPSInfo
    image.save(path, "JPEG", exif=exif)


@pytest.mark.parametrize(
    ("orientation", "upright"),
    [(1, False), (6, True), (8, True)],  # 6 and 8: turned by 90°
)
def test_prepare(tmp_path, orientation, upright) -> None:
    source = tmp_path / "documents" / "IMG_0001.jpg"
    source.parent.mkdir()
    _phone_picture(source, orientation)
    out = photo.prepare(source, tmp_path / "writer")
    assert out == tmp_path / "writer" / "photo.jpg"
    assert out.stat().st_mode & 0o777 == 0o600
    with Image.open(out) as image:
        width, height = image.size
        assert width <= photo.SIZE[0] and height <= photo.SIZE[1]
        assert (height > width) is upright
        assert len(image.getexif()) == 0  # no place, no phone
    assert b"PhoneMaker" not in out.read_bytes()


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 not a picture", b"\xff\xd8\xff"])
def test_not_a_picture_says_so(tmp_path, content) -> None:
    source = tmp_path / "x.jpg"
    source.write_bytes(content)
    with pytest.raises(PhotoError, match="choose another picture or none"):
        photo.prepare(source, tmp_path / "writer")


def test_the_same_photo_is_prepared_once(tmp_path) -> None:
    source = tmp_path / "bild.jpg"
    _phone_picture(source, 1)
    out = photo.prepare(source, tmp_path / "writer")
    first = out.stat().st_mtime_ns
    assert photo.prepare(source, tmp_path / "writer").stat().st_mtime_ns == first
    _phone_picture(source, 6)  # another picture under the same name
    photo.prepare(source, tmp_path / "writer")
    with Image.open(out) as image:
        assert image.size[1] > image.size[0]  # made again: now upright portrait
