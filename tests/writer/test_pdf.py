"""WeasyPrint as the writer runs it: A4, fonts embedded, and nothing fetched
but the template's and the photo's files (never the network)."""

from __future__ import annotations

import subprocess

import pytest
from helpers.tools import require_tool
from PySide6.QtGui import QColor, QImage

from kiosk.daemons.loopback import LocalServer, Response
from kiosk.writer import pdf


@pytest.fixture
def image(tmp_path):
    def make(folder):
        folder.mkdir(parents=True, exist_ok=True)
        picture = QImage(40, 40, QImage.Format.Format_RGB32)
        picture.fill(QColor("#336699"))
        path = folder / "bild.png"
        assert picture.save(str(path))
        return path

    return make


def _images(path) -> int:
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True
    ).stdout
    return len(out.splitlines()[2:])


def test_only_allowed_files_are_read(tmp_path, image) -> None:
    require_tool("pdftotext")
    allowed = image(tmp_path / "documents")
    other = image(tmp_path / "elsewhere")
    html = f"<p>Text</p><img src='{allowed.as_uri()}'><img src='{other.as_uri()}'>"
    out = pdf.write_pdf(
        html, tmp_path / "a.pdf", base=tmp_path / "template", allowed=[allowed.parent]
    )
    assert _images(out) == 1
    assert out.stat().st_mode & 0o777 == 0o644  # CUPS and the viewer read it
    assert not list(tmp_path.glob(".*.part"))


def test_the_network_is_never_asked(tmp_path) -> None:
    require_tool("pdftotext")
    server = LocalServer().start()
    server.route("*", "/x.png")(lambda _req: Response(b"", content_type="image/png"))
    try:
        url = server.url("allowed", "/x.png")
        html = (
            f"<link rel=stylesheet href='{url}'><p style=\"background:url('{url}')\">"
            f"Text</p><img src='{url}'>"
        )
        pdf.write_pdf(html, tmp_path / "b.pdf", base=tmp_path, allowed=[])
        assert server.log == []
    finally:
        server.stop()


def test_a4_and_embedded_fonts(tmp_path) -> None:
    require_tool("pdftotext")
    out = pdf.write_pdf(
        "<p>Grüße مرحبا</p>", tmp_path / "c.pdf", base=tmp_path, allowed=[]
    )
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows)
    assert pdf.page_count(out) == 1
