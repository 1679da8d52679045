"""Normalise a PDF and count the exact bytes that will be sent (pikepdf).

The meter is `len(pdf.pages)` of the file *as saved*: pikepdf walks the real
page tree, while QtPdf, qpdf --show-npages and pdfinfo trust a forged /Count.
Refused: password-protected, print-forbidden and damaged files (pikepdf would
"repair" them, but the result can still make CUPS's pdftopdf fail). Page
ranges are cut here, never sent as `page-ranges`, so count and bytes agree.
"""

from __future__ import annotations

import io
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from kiosk.printing.errors import (
    BadPageRange,
    DamagedDocument,
    PasswordProtected,
    PrintingForbidden,
)

_RANGE_RE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


@dataclass(frozen=True)
class Normalised:
    path: Path  # the file to send; lives in the session's temp dir
    pages: int  # counted on the saved file


def parse_ranges(text: str, page_count: int) -> list[int]:
    """'1-3, 5' → zero-based page indexes, in order; raise BadPageRange."""
    picked: list[int] = []
    for part in text.split(","):
        m = _RANGE_RE.match(part)
        if not m:
            raise BadPageRange(
                f"page selection {part.strip()!r} is not understood; "
                "write pages like '1-3, 5'"
            )
        first = int(m.group(1))
        last = int(m.group(2) or first)
        if first < 1 or last < first or last > page_count:
            raise BadPageRange(
                f"pages {first}-{last} are not in the document, "
                f"which has pages 1-{page_count}"
            )
        picked.extend(range(first - 1, last))
    return picked


def normalise(
    source: bytes | Path, out_dir: Path, page_ranges: str | None = None
) -> Normalised:
    """Check, cut and save `source` into out_dir; return the new file and its count.

    Raises DocumentRefused subclasses; the source is never modified.
    """
    try:
        pdf = pikepdf.open(io.BytesIO(source) if isinstance(source, bytes) else source)
    except pikepdf.PasswordError:
        raise PasswordProtected(
            "the PDF is protected by a password; open it without one first"
        ) from None
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        raise DamagedDocument(
            f"not a readable PDF ({type(exc).__name__}); download it again"
        ) from None
    with pdf:
        if pdf.get_warnings():
            raise DamagedDocument("the PDF is damaged; download it again")
        if pdf.is_encrypted and not (pdf.allow.print_lowres or pdf.allow.print_highres):
            raise PrintingForbidden("the PDF's permissions do not allow printing")
        try:
            count = len(pdf.pages)
        except pikepdf.PdfError:
            raise DamagedDocument("the PDF's page tree is damaged") from None
        if page_ranges and page_ranges.strip():
            keep = parse_ranges(page_ranges, count)
            _keep_pages(pdf, keep)
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = out_dir / f"print-{secrets.token_hex(8)}.pdf"
        try:
            # Saving decrypted rewrites the page tree, including a wrong /Count.
            pdf.save(target, encryption=False)
        except pikepdf.PdfError:
            target.unlink(missing_ok=True)
            raise DamagedDocument(
                "the PDF is damaged; it cannot be rewritten"
            ) from None
    return Normalised(target, _count_saved(target))


def count_pages(path: Path) -> int:
    """Pages of a saved file, walking the real tree."""
    return _count_saved(path)


def _count_saved(path: Path) -> int:
    with pikepdf.open(path) as saved:
        return len(saved.pages)


def _keep_pages(pdf: pikepdf.Pdf, keep: list[int]) -> None:
    originals = list(pdf.pages)
    chosen = [originals[i] for i in keep]
    # Copies of a page object keep duplicated selections ('1,1') valid.
    for i in reversed(range(len(originals))):
        del pdf.pages[i]
    for page in chosen:
        pdf.pages.append(page)
