"""The documents package's exceptions (the tree is in the package docstring)."""

from __future__ import annotations


class DocumentsError(Exception):
    """Base of everything the documents package raises on purpose."""


class ScanError(DocumentsError):
    """The scanner refused or failed; `kind` is one of `SCAN_KINDS`."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


class ScannerMissing(ScanError):
    def __init__(self, device: str, detail: str = "") -> None:
        super().__init__(
            "missing",
            f"SANE device {device!r} cannot be opened ({detail}); check "
            "[documents] scanner in the station config (`scanimage -L` lists "
            "the names), the cable and the power",
        )


class StickError(DocumentsError):
    """Something about the USB stick."""


class StickUnreadable(StickError):
    """Not a FAT12/16/32 or exFAT stick, or a damaged one."""


class StickRemoved(StickError):
    """The stick went away; a copy that was running is not saved."""


class StickFull(StickError):
    """No room left on the stick for this file."""


class StickReleaseFailed(StickError):
    """The stick could not be let go (still mounted, helper still running)."""
