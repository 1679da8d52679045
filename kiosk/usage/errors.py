"""The exception tree of kiosk.usage (drawn in the package docstring)."""

from __future__ import annotations


class UsageError(Exception):
    """Base of everything kiosk.usage raises."""


class CounterError(UsageError, ValueError):
    """A metric or dimension outside the vocabulary; the message names the fix."""


class StoreError(UsageError):
    """The station counter file cannot be opened, migrated or written."""


class TokenError(UsageError):
    """No bearer token, or the keyring backend is not safe to hold one."""


class SyncError(UsageError):
    """A sync did not deliver every day; nothing is lost, the next run retries."""


class CollectorRejected(SyncError):
    """The collector refused a batch (4xx); retrying the same data cannot help."""

    def __init__(self, status: int, reason: str) -> None:
        self.status = status
        self.reason = reason
        super().__init__(f"collector refused the batch: HTTP {status}: {reason}")


class CollectorUnavailable(SyncError):
    """Network errors or 5xx answers outlasted every retry."""


class CollectorConfigError(UsageError):
    """The collector's database URL or token store cannot be used."""
