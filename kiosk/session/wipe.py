"""The wipe: named steps from every subsystem, all run, one report.

A step is a callable that raises when it cannot prove it did its job. The
wipe runs every step even after one fails and returns a report; the caller
fails closed (any failure → OUT_OF_SERVICE).

Exceptions::

    WipeError              base for what steps raise
    └── WipeStepFailed     a step could not prove its work (message: what is left)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk import log as klog

Step = Callable[[], None]


class WipeError(Exception):
    """Base for errors raised by wipe steps."""


class WipeStepFailed(WipeError):
    """A step could not prove its work; the message says what is left."""


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    seconds: float
    error: str = ""


@dataclass(frozen=True)
class WipeReport:
    steps: tuple[StepResult, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.steps)

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.steps if not s.ok)

    def summary(self) -> str:
        parts = [
            f"{s.name}={'ok' if s.ok else 'FAILED: ' + s.error} ({s.seconds * 1000:.0f} ms)"  # noqa: E501
            for s in self.steps
        ]
        return "; ".join(parts) or "no steps"


class Wiper:
    """Holds the registered steps in order and runs them all."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._steps: list[tuple[str, Step]] = []
        self._clock = clock

    def register(self, name: str, step: Step, *, before: str = "") -> None:
        """Add a step at the end, or before the step named `before`."""
        names = self.step_names
        if name in names:
            raise ValueError(f"wipe step {name!r} registered twice")
        if before and before not in names:
            raise ValueError(f"wipe step {before!r} is not registered")
        at = names.index(before) if before else len(names)
        self._steps.insert(at, (name, step))

    @property
    def step_names(self) -> tuple[str, ...]:
        return tuple(n for n, _ in self._steps)

    def run(self) -> WipeReport:
        results = []
        for name, step in self._steps:
            started = self._clock()
            try:
                step()
            except Exception as exc:  # every step runs, whatever the others did
                error = str(exc) or type(exc).__name__
                results.append(StepResult(name, False, self._clock() - started, error))
                klog.session.error("wipe step %s failed: %s", name, error)
            else:
                results.append(StepResult(name, True, self._clock() - started))
        report = WipeReport(tuple(results))
        klog.session.info(
            "wipe %s: %s", "clean" if report.ok else "FAILED", report.summary()
        )
        return report
