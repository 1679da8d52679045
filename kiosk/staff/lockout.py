"""Growing delays and then a lockout after wrong PINs: the pure policy.

No I/O and no clock of its own: the verifier passes the wall-clock time in
and persists the returned `Attempts` before it compares the PIN, so a killed
or restarted verifier never forgets a failure.

Times are wall-clock seconds (they must survive a reboot). A clock set back
can never stretch a wait beyond what the policy gives for that many failures.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Gate(enum.Enum):
    OPEN = "open"  # an attempt may be checked now
    WAIT = "wait"  # a growing delay runs
    LOCKED = "locked"  # the lockout runs


@dataclass(frozen=True)
class Attempts:
    """What is persisted: failures in a row and when the next try is allowed."""

    failures: int = 0
    not_before: float = 0.0


@dataclass(frozen=True)
class Verdict:
    gate: Gate
    wait_seconds: float = 0.0


@dataclass(frozen=True)
class LockoutPolicy:
    """Wrong PINs 1..free_attempts cost nothing; then each one doubles the wait
    (from first_delay up to max_delay); from lockout_after on, every wrong PIN
    locks for lockout_seconds."""

    free_attempts: int = 3
    first_delay: float = 5.0
    factor: float = 2.0
    max_delay: float = 120.0
    lockout_after: int = 10
    lockout_seconds: float = 900.0

    def __post_init__(self) -> None:
        if self.free_attempts < 0 or self.lockout_after <= self.free_attempts:
            raise ValueError(
                "lockout_after must be greater than free_attempts (both >= 0), "
                f"got free_attempts={self.free_attempts}, "
                f"lockout_after={self.lockout_after}"
            )
        if self.first_delay <= 0 or self.factor < 1 or self.lockout_seconds <= 0:
            raise ValueError(
                "first_delay and lockout_seconds must be > 0 and factor >= 1"
            )
        if self.max_delay < self.first_delay:
            raise ValueError("max_delay must be at least first_delay")

    def delay_after(self, failures: int) -> float:
        """Seconds to wait after `failures` wrong PINs in a row."""
        if failures <= self.free_attempts:
            return 0.0
        if failures >= self.lockout_after:
            return self.lockout_seconds
        step = failures - self.free_attempts - 1
        return float(min(self.first_delay * self.factor**step, self.max_delay))

    def is_lockout(self, failures: int) -> bool:
        return failures >= self.lockout_after

    def gate(self, attempts: Attempts, now: float) -> Verdict:
        """May an attempt be checked now?"""
        # Never wait longer than the policy allows, even if the clock went back.
        remaining = min(attempts.not_before - now, self.delay_after(attempts.failures))
        if remaining <= 0:
            return Verdict(Gate.OPEN)
        kind = Gate.LOCKED if self.is_lockout(attempts.failures) else Gate.WAIT
        return Verdict(kind, remaining)

    def charge(self, attempts: Attempts, now: float) -> Attempts:
        """Count an attempt as failed *before* comparing (fail closed)."""
        failures = attempts.failures + 1
        return Attempts(failures, now + self.delay_after(failures))

    @staticmethod
    def succeeded() -> Attempts:
        return Attempts()
