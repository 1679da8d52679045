"""Normalising and counting PDFs with pikepdf, including hostile files."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from helpers.printing import pdf_bytes

from kiosk.printing.errors import (
    BadPageRange,
    DamagedDocument,
    PasswordProtected,
    PrintingForbidden,
)
from kiosk.printing.pdf import count_pages, normalise, parse_ranges


def _encrypted(user: str, allow_print: bool) -> bytes:
    pdf = pikepdf.open(io.BytesIO(pdf_bytes(5)))
    out = io.BytesIO()
    allow = pikepdf.Permissions(print_lowres=allow_print, print_highres=allow_print)
    pdf.save(out, encryption=pikepdf.Encryption(user=user, owner="o", allow=allow))
    return out.getvalue()


def _lying_count() -> bytes:
    data = pdf_bytes(5)
    assert b"/Count 5" in data
    return data.replace(b"/Count 5", b"/Count 1")


@pytest.mark.parametrize("pages", [1, 5, 300])
def test_counts_the_saved_file(tmp_path: Path, pages: int) -> None:
    done = normalise(pdf_bytes(pages), tmp_path)
    assert done.pages == pages
    assert count_pages(done.path) == pages
    assert done.path.parent == tmp_path


def test_a_forged_page_count_is_corrected(tmp_path: Path) -> None:
    done = normalise(_lying_count(), tmp_path)
    assert done.pages == 5
    assert b"/Count 5" in done.path.read_bytes()


def test_owner_password_with_printing_allowed_is_decrypted(tmp_path: Path) -> None:
    done = normalise(_encrypted(user="", allow_print=True), tmp_path)
    assert done.pages == 5
    with pikepdf.open(done.path) as saved:
        assert not saved.is_encrypted


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (_encrypted(user="secret", allow_print=True), PasswordProtected, "password"),
        (_encrypted(user="", allow_print=False), PrintingForbidden, "do not allow"),
        (pdf_bytes(5)[:-400], DamagedDocument, "damaged"),
        (b"not a pdf at all", DamagedDocument, "not a readable PDF"),
        (b"", DamagedDocument, "not a readable PDF"),
    ],
)
def test_refused_files_leave_nothing(
    tmp_path: Path, data: bytes, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        normalise(data, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_path_source_is_left_untouched(tmp_path: Path) -> None:
    source = tmp_path / "in.pdf"
    source.write_bytes(pdf_bytes(3))
    before = source.read_bytes()
    done = normalise(source, tmp_path / "out", "2")
    assert done.pages == 1
    assert source.read_bytes() == before


@pytest.mark.parametrize(
    ("text", "count", "picked"),
    [
        ("1", 5, [0]),
        ("1-3", 5, [0, 1, 2]),
        (" 2 - 3 , 5", 5, [1, 2, 4]),
        ("4,4", 5, [3, 3]),
        ("5-5", 5, [4]),
    ],
)
def test_parse_ranges(text: str, count: int, picked: list[int]) -> None:
    assert parse_ranges(text, count) == picked


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("0", "not in the document"),
        ("6", "pages 1-5"),
        ("3-2", "not in the document"),
        ("a-b", "not understood"),
        ("1,,2", "not understood"),
    ],
)
def test_bad_ranges_are_explained(text: str, words: str) -> None:
    with pytest.raises(BadPageRange, match=words):
        parse_ranges(text, 5)


def test_duplicated_pages_are_printed_twice(tmp_path: Path) -> None:
    assert normalise(pdf_bytes(3), tmp_path, "1,1,3").pages == 3
