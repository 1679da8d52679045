"""Scanning through real libsane with SANE's own `test` backend."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from kiosk.documents import pages
from kiosk.documents.errors import ScanError, ScannerMissing
from kiosk.documents.sane_test import write_config
from kiosk.documents.scanner import SaneScanner

DPI = 25  # small pages: the test is about the path, not the pixels


@pytest.fixture(scope="module")
def sane_config(tmp_path_factory: pytest.TempPathFactory):
    pytest.importorskip("sane", reason="python-sane (pip) needs libsane-dev")
    folder = write_config(tmp_path_factory.mktemp("sane"))
    old = os.environ.get("SANE_CONFIG_DIR")
    os.environ["SANE_CONFIG_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("SANE_CONFIG_DIR", None)
    else:
        os.environ["SANE_CONFIG_DIR"] = old


@pytest.fixture
def scanner(sane_config):
    scanner = SaneScanner("test:0")
    yield scanner
    scanner.close()


def test_three_pages_grey_and_colour_make_one_a4_pdf(scanner, tmp_path: Path) -> None:
    images = [
        scanner.scan("Gray", DPI).result(30),
        scanner.scan("Color", DPI).result(30),
        scanner.scan("Gray", DPI).result(30),
    ]
    assert [im.mode for im in images] == ["L", "RGB", "L"]
    width_mm = images[0].size[0] / DPI * 25.4
    assert 205 < width_mm < 215  # the A4 width was asked for, not the 80 mm default
    out = tmp_path / "scan.pdf"
    out.write_bytes(pages.pages_to_pdf([pages.encode_page(im, DPI) for im in images]))
    assert pages.page_count(out) == 3


def test_info_names_the_device(scanner) -> None:
    info = scanner.info().result(30)
    assert info.name == "test:0"
    assert info.model == "frontend-tester"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("SANE_STATUS_JAMMED", "jammed"),
        ("SANE_STATUS_NO_DOCS", "no-paper"),
        ("SANE_STATUS_COVER_OPEN", "cover-open"),
        ("SANE_STATUS_DEVICE_BUSY", "busy"),
        ("SANE_STATUS_IO_ERROR", "failed"),
    ],
)
def test_scanner_errors_have_a_kind(sane_config, status: str, kind: str) -> None:
    # A 10 mm square: the test backend's reader thread writes the whole
    # picture into its pipe before the error is read. With a page that fills
    # the pipe, sane_cancel may wait for that thread forever while
    # python-sane holds the GIL, and the whole process stops (seen under
    # load in make test).
    scanner = SaneScanner(
        "test:1",
        extra_options={"read_return_value": status, "br_x": 10, "br_y": 10},
    )
    try:
        with pytest.raises(ScanError) as caught:
            scanner.scan("Gray", DPI).result(30)
        assert caught.value.kind == kind
    finally:
        scanner.close()


def test_missing_device_names_the_config_key(sane_config) -> None:
    scanner = SaneScanner("test:7")
    try:
        with pytest.raises(ScannerMissing, match=r"\[documents\] scanner"):
            scanner.scan("Gray", DPI).result(30)
    finally:
        scanner.close()


def _sigpipe_ignored() -> bool:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("SigIgn:"):
                return bool(int(line.split()[1], 16) & (1 << (signal.SIGPIPE - 1)))
    raise AssertionError("no SigIgn in /proc/self/status")


def test_a_scan_leaves_sigpipe_ignored(sane_config) -> None:
    """libsane's reader thread sets SIGPIPE back to its default: the next write
    to a closed socket anywhere in the shell would kill it without a word."""
    assert _sigpipe_ignored()  # as Python starts
    scanner = SaneScanner("test:0")
    try:
        scanner.scan("Gray", DPI).result(30)
    finally:
        scanner.close()
    assert _sigpipe_ignored()
