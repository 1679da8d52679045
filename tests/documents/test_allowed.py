"""Which stick files are offered, and safe names on FAT (table-driven, pure)."""

from __future__ import annotations

import pytest

from kiosk.documents import allowed

MB = 1024 * 1024
PDF = b"%PDF-1.7\n"
ZIP = b"PK\x03\x04\x14\x00"


@pytest.mark.parametrize(
    ("name", "size", "head", "offered"),
    [
        ("Lebenslauf.pdf", 1000, PDF, True),
        ("LEBENSLAUF.PDF", 1000, PDF, True),
        ("Foto.JPG", 1000, b"\xff\xd8\xff\xe0", True),
        ("bild.png", 1000, b"\x89PNG\r\n\x1a\n", True),
        ("a.gif", 10, b"GIF89a", True),
        ("a.webp", 20, b"RIFF\0\0\0\0WEBPVP8 ", True),
        ("a.webp", 20, b"RIFF\0\0\0\0WAVEfmt ", False),
        ("Anschreiben.docx", 1000, ZIP, True),
        ("Anschreiben.odt", 1000, ZIP, True),
        ("notiz.txt", 10, "Grüße\n".encode(), True),
        ("notiz.txt", 10, "Grüße".encode("cp1252"), True),
        ("notiz.txt", 10, b"#!/bin/sh\n", False),
        ("notiz.txt", 10, b"a\0b", False),
        ("start.desktop", 100, b"[Desktop Entry]", False),
        ("setup.exe", 100, b"MZ", False),
        ("run.sh", 100, b"#!/bin/sh", False),
        ("x.pdf.exe", 100, PDF, False),
        ("fake.pdf", 100, b"\x7fELF", False),
        ("fake.docx", 100, b"MZ", False),
        (".hidden.pdf", 100, PDF, False),
        ("noext", 100, PDF, False),
        ("empty.pdf", 0, b"", False),
        ("huge.pdf", 26 * MB, PDF, False),
    ],
)
def test_offer(name: str, size: int, head: bytes, offered: bool) -> None:
    assert allowed.offer(name, size, head, 25 * MB).offered is offered


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Lebenslauf.pdf", "Lebenslauf.pdf"),
        ('Bescheid: "Jobcenter"?.pdf', "Bescheid_ _Jobcenter__.pdf"),
        ("a/b\\c.pdf", "a_b_c.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("lpt1", "_lpt1"),
        ("...pdf", "pdf"),
        ("name. ", "name"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
        ("Prüfung Ärger.pdf", "Prüfung Ärger.pdf"),
    ],
)
def test_safe_name(name: str, safe: str) -> None:
    assert allowed.safe_name(name) == safe


def test_unique_name_is_case_blind_like_fat() -> None:
    assert allowed.unique_name("a.pdf", set()) == "a.pdf"
    assert allowed.unique_name("a.pdf", {"A.PDF"}) == "a (2).pdf"
    assert allowed.unique_name("a.pdf", {"a.pdf", "a (2).pdf"}) == "a (3).pdf"
