"""The staff package's exceptions (the tree is in kiosk/staff/__init__.py)."""

from __future__ import annotations


class StaffError(Exception):
    """Base of everything the staff package raises."""


class PinRuleError(StaffError, ValueError):
    """A new PIN breaks the rules; the message says which and how to fix it."""


class PinStoreError(StaffError):
    """The verifier's state directory or files cannot be used."""


class PinRecordError(PinStoreError):
    """The stored hash record cannot be read; set the PIN again."""


class ProtocolError(StaffError, ValueError):
    """A line that is not part of the verifier protocol (never echoes it)."""


class VerifierUnavailable(StaffError):
    """The verifier cannot be reached or answered nonsense; staff cannot unlock."""
