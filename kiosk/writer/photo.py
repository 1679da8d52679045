"""The CV photo as it goes into the documents: small, upright, without metadata.

A phone picture is often 4000 px and carries EXIF data (the place it was taken,
the phone). The documents get a copy scaled to 35 × 45 mm at 300 dpi, turned
upright and saved without any metadata, in the session's writer folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.writer.errors import PhotoError

# 35 × 45 mm (the German passport photo) at 300 dpi.
SIZE = (413, 531)


def prepare(source: Path, work: Path) -> Path:
    """Write `<work>/photo.jpg` from `source`; PhotoError when it is no picture."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    out = work / "photo.jpg"
    # Made before from the same file: a second "Make PDF" need not decode it.
    stamp = work / "photo.source"
    info = source.stat()
    key = f"{source.resolve()}\n{info.st_mtime_ns}\n{info.st_size}"
    if out.is_file() and stamp.is_file() and stamp.read_text("utf-8") == key:
        return out
    stamp.unlink(missing_ok=True)
    try:
        with Image.open(source) as image:
            # JPEG decodes at 1/2…1/8 scale when asked: a phone picture in 50 ms.
            image.draft("RGB", SIZE)
            upright = ImageOps.exif_transpose(image).convert("RGB")
    except (
        OSError,
        UnidentifiedImageError,
        ValueError,
        Image.DecompressionBombError,
    ) as exc:
        raise PhotoError(
            f"the photo cannot be read ({type(exc).__name__}); choose another "
            "picture or none"
        ) from None
    upright.thumbnail(SIZE)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as stream:
        upright.save(stream, "JPEG", quality=88)  # no EXIF: none is passed on
    fd = os.open(stamp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(key)
    return out
