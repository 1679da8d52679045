"""Verdicts, one row per check, the table IT reads and the exit status.

Pure. A FAIL on a check a resident needs makes the exit status non-zero;
problems only staff or the city notice (the usage collector, a clock that
is merely unsynchronised) are reported but keep the status zero.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass

EXIT_OK = 0
EXIT_RESIDENT_BROKEN = 1


class Verdict(enum.StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"
    SKIP = "skip"


@dataclass(frozen=True)
class CheckResult:
    name: str
    verdict: Verdict
    detail: str
    fix: str = ""
    # True when a resident would notice this being broken.
    resident_needs: bool = True

    @property
    def breaks_station(self) -> bool:
        return self.verdict is Verdict.FAIL and self.resident_needs


@dataclass(frozen=True)
class Report:
    results: tuple[CheckResult, ...]

    @classmethod
    def of(cls, results: Iterable[CheckResult]) -> Report:
        return cls(tuple(results))

    def result(self, name: str) -> CheckResult:
        for r in self.results:
            if r.name == name:
                return r
        raise KeyError(name)

    @property
    def exit_status(self) -> int:
        if any(r.breaks_station for r in self.results):
            return EXIT_RESIDENT_BROKEN
        return EXIT_OK

    def summary(self) -> str:
        counts = {v: sum(r.verdict is v for r in self.results) for v in Verdict}
        broken = [r.name for r in self.results if r.breaks_station]
        head = ", ".join(f"{n} {v.value}" for v, n in counts.items() if n)
        if broken:
            return f"{head}. Residents are affected by: {', '.join(broken)}."
        return f"{head}. Nothing a resident needs is broken."

    def table(self) -> str:
        """A plain-text table: check, verdict, detail, then the fix on its own line."""
        width = max((len(r.name) for r in self.results), default=5)
        lines = [f"{'check'.ljust(width)}  verdict  detail"]
        for r in self.results:
            verdict = r.verdict.value.ljust(7)
            lines.append(f"{r.name.ljust(width)}  {verdict}  {r.detail}")
            if r.fix and r.verdict in (Verdict.FAIL, Verdict.WARN):
                lines.append(f"{''.ljust(width)}  {'fix:'.ljust(7)}  {r.fix}")
        lines.append("")
        lines.append(self.summary())
        return "\n".join(lines)

    def to_json(self) -> str:
        rows = [
            {
                "name": r.name,
                "verdict": r.verdict.value,
                "detail": r.detail,
                "fix": r.fix,
                "resident_needs": r.resident_needs,
            }
            for r in self.results
        ]
        return json.dumps({"exit_status": self.exit_status, "checks": rows}, indent=2)
