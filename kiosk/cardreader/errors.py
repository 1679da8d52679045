"""The card-reader package's exceptions (the tree is in the package docstring)."""

from __future__ import annotations


class CardReaderError(Exception):
    """Base of everything this package raises."""


class FeatureParseError(CardReaderError):
    """A reader's PC/SC part-10 feature list is malformed."""


class PcscError(CardReaderError):
    """A PC/SC call failed; `code` is the SCARD_* result."""

    def __init__(self, call: str, code: int) -> None:
        self.call = call
        self.code = code & 0xFFFFFFFF
        super().__init__(f"{call} failed with 0x{self.code:08X}")


class EidError(CardReaderError):
    """Base for the eID hand-off to AusweisApp."""


class AusweisAppError(EidError):
    """AusweisApp cannot be used."""


class AusweisAppNotFound(AusweisAppError):
    """Neither AusweisApp nor AusweisApp2 is installed."""


class AusweisAppStartError(AusweisAppError):
    """AusweisApp did not start, or did not open its SDK port in time."""


class EidStateError(EidError):
    """An action that does not fit the current eID screen, or a badly formed secret."""
