"""`kiosk printing …`: tools for IT and staff (no resident data is printed)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.printing import quota
from kiosk.printing.errors import DocumentRefused
from kiosk.printing.pdf import normalise


def _count(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="kiosk-count-") as tmp:
        try:
            done = normalise(args.file, Path(tmp), args.pages)
        except DocumentRefused as exc:
            print(f"{args.file}: refused: {exc}", file=sys.stderr)
            return 2
    imps = quota.impressions(done.pages, args.copies)
    paper = quota.sheets(done.pages, args.copies, args.duplex)
    print(f"{args.file}: {done.pages} page(s); {imps} side(s) on {paper} sheet(s)")
    return 0


def add_parser(sub: Any) -> None:
    """Add the `printing` command group to the main parser's subparsers."""
    group = sub.add_parser("printing", help="metered printing tools")
    group_sub = group.add_subparsers(dest="printing_command", required=True)
    count = group_sub.add_parser(
        "count", help="check a PDF and count its pages as the kiosk's meter does"
    )
    count.add_argument("file", type=Path)
    count.add_argument("--pages", help="page selection, e.g. '1-3, 5'")
    count.add_argument("--copies", type=int, default=1)
    count.add_argument("--duplex", action="store_true")
    count.set_defaults(func=_count)
