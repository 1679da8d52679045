"""HTML → PDF with WeasyPrint, in this process (a worker thread calls it).

WeasyPrint, not Chromium's printToPdf: it honours CSS @page (the DIN margins
live in the template, not in code), needs no QtWebEngine outside
kiosk/launcher/web/, and measured 0.1 s warm for a two-page CV
(docs/writer.md). It fetches nothing from the network: the URL fetcher gives
it only files inside the folders it is handed (the template, the photo).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from kiosk.writer.errors import OutputError


def _fetcher(allowed: list[Path]) -> Any:
    from weasyprint.urls import URLFetcher

    class Fetcher(URLFetcher):  # type: ignore[misc]
        """Files inside the allowed folders only: never the network."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            parsed = urlparse(url)
            path = Path(unquote(parsed.path)).resolve()
            if parsed.scheme != "file" or not any(
                path.is_relative_to(folder) for folder in allowed
            ):
                raise ValueError("not a file of the template or the photo")
            return super().fetch(url, headers)

    return Fetcher(allowed_protocols=["file"], allow_redirects=False)


def preload() -> None:
    """Import WeasyPrint ahead (half a second) so "Make PDF" does not wait for it."""
    import weasyprint  # noqa: F401


def write_pdf(html: str, out: Path, *, base: Path, allowed: Iterable[Path]) -> Path:
    """Render `html` to `out` (written beside it first, then renamed)."""
    from weasyprint import HTML

    folders = [Path(p).resolve() for p in (base, *allowed)]
    temp = out.with_name(f".{out.name}.part")
    try:
        document = HTML(
            string=html, base_url=str(base) + "/", url_fetcher=_fetcher(folders)
        )
        document.write_pdf(temp, pdf_variant=None)
        os.chmod(temp, 0o644)  # CUPS and the viewer read it
        os.replace(temp, out)
    except OutputError:
        raise
    except Exception as exc:  # WeasyPrint raises many kinds; the file is the point
        temp.unlink(missing_ok=True)
        raise OutputError(f"the PDF could not be written: {exc}") from exc
    return out


def page_count(path: Path) -> int:
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)
