"""Scanning and USB-stick benchmarks (real libsane test backend, real images).

scan_page_gray_150dpi: one A4 grey page at 150 dpi through `SaneScanner`
    (worker thread, device opened and closed per page). Reference: python-sane
    `scan()` on a device kept open in the calling thread.
scan_pdf_3_pages: three grey 150-dpi pages → encoded → one A4 PDF (img2pdf).
    Reference: img2pdf on already-encoded PNG pages.
stick_save_5mb_fat32 / stick_save_5mb_exfat: `transfer.save_to_stick` of a
    5 MB file onto a FAT32 image (pyfatfs, no mount) / an exFAT image
    (exfat-fuse; root only), including close and read-back of the size.
    Reference: the same bytes written and fsynced to a plain file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Result, median_ms, time_runs

RUNS = 7
TIMEOUT_SECONDS = 300


def _write_plain(path: Path, data: bytes) -> None:
    with path.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    path.unlink()


def _scans(tmp: Path) -> list[Result]:
    from kiosk.documents import pages
    from kiosk.documents.sane_test import write_config

    os.environ["SANE_CONFIG_DIR"] = str(write_config(tmp / "sane"))
    import sane

    from kiosk.documents.scanner import SaneScanner

    scanner = SaneScanner("test:0")
    ours = time_runs(lambda: scanner.scan("Gray", 150).result(60), RUNS)
    images = [scanner.scan("Gray", 150).result(60) for _ in range(3)]
    scanner.close()
    sane.init()
    device = sane.open("test:0")
    device.mode, device.resolution = "Gray", 150
    device.br_x, device.br_y = 210, 297
    ref = time_runs(device.scan, RUNS)
    device.close()
    sane.exit()
    encoded = [pages.encode_page(im, 150) for im in images]
    pdf = time_runs(
        lambda: pages.pages_to_pdf([pages.encode_page(im, 150) for im in images]), RUNS
    )
    pdf_ref = time_runs(lambda: pages.pages_to_pdf(encoded), RUNS)
    return [
        Result(
            "scan_page_gray_150dpi",
            median_ms(ours),
            "ms",
            RUNS,
            "python-sane scan, device kept open",
            median_ms(ref),
        ),
        Result(
            "scan_pdf_3_pages",
            median_ms(pdf),
            "ms",
            RUNS,
            "img2pdf of pre-encoded pages",
            median_ms(pdf_ref),
        ),
    ]


def _stick(tmp: Path, kind: str) -> Result | None:
    from kiosk.documents import transfer, volume

    image = tmp / f"{kind}.img"
    with image.open("wb") as f:
        f.truncate(64 * 1024 * 1024)
    tool = (
        ["mkfs.exfat", str(image)]
        if kind == "exfat"
        else ["mkfs.vfat", "-F", "32", str(image)]
    )
    subprocess.run(tool, check=True, capture_output=True)
    data = os.urandom(5 * 1024 * 1024)
    source = tmp / "Lebenslauf.pdf"
    source.write_bytes(data)
    vol = volume.open_volume(image, tmp / "mnt")
    names: list[str] = []
    try:
        ours = time_runs(
            lambda: names.append(transfer.save_to_stick(vol, source)), RUNS
        )
    finally:
        vol.close()
    ref = time_runs(lambda: _write_plain(tmp / "plain.bin", data), RUNS)
    return Result(
        f"stick_save_5mb_{kind}",
        median_ms(ours),
        "ms",
        RUNS,
        "write + fsync of a plain file",
        median_ms(ref),
    )


def run() -> list[Result]:
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-documents-"))
    out = _scans(tmp)
    out.append(_stick(tmp, "fat32"))
    if os.geteuid() == 0:
        out.append(_stick(tmp, "exfat"))
    else:
        print("stick_save_5mb_exfat: needs root (losetup, fuseblk)", file=sys.stderr)
    return [r for r in out if r is not None]
