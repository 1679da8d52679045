"""Is Chromium's sandbox off, or remote debugging on? Decided from env and argv.

Pure: the caller passes the environment mapping and the argument vector (of
this process, or read from /proc for a running shell). Fails closed: any value
of QTWEBENGINE_DISABLE_SANDBOX counts, even "0", because QtWebEngine only asks
whether the variable is set.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

DISABLE_SANDBOX_ENV = "QTWEBENGINE_DISABLE_SANDBOX"
REMOTE_DEBUGGING_ENV = "QTWEBENGINE_REMOTE_DEBUGGING"
CHROMIUM_FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"

# Chromium switches (without dashes) that switch a sandbox layer off.
# --single-process runs renderers inside the browser process: no sandbox at all.
SANDBOX_OFF_SWITCHES = frozenset(
    {
        "no-sandbox",
        "disable-seccomp-filter-sandbox",
        "disable-namespace-sandbox",
        "disable-setuid-sandbox",
        "single-process",
        "no-zygote-sandbox",
    }
)
REMOTE_DEBUGGING_SWITCHES = frozenset(
    {"remote-debugging-port", "remote-debugging-pipe", "remote-debugging-address"}
)


class Risk(enum.StrEnum):
    SANDBOX_OFF = "sandbox-off"
    REMOTE_DEBUGGING = "remote-debugging"


@dataclass(frozen=True)
class Finding:
    """One reason the browser is not locked down; `source` names where it was found."""

    risk: Risk
    source: str  # e.g. "env QTWEBENGINE_DISABLE_SANDBOX" or "argv --no-sandbox"


@dataclass(frozen=True)
class SandboxVerdict:
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def sandbox_off(self) -> bool:
        return any(f.risk is Risk.SANDBOX_OFF for f in self.findings)

    @property
    def remote_debugging(self) -> bool:
        return any(f.risk is Risk.REMOTE_DEBUGGING for f in self.findings)

    def describe(self) -> str:
        if self.ok:
            return "sandbox on, no remote debugging"
        return "; ".join(f"{f.risk.value} ({f.source})" for f in self.findings)


def switch_name(token: str) -> str | None:
    """'--No-Sandbox=1' -> 'no-sandbox'; None for a token that is no switch."""
    if not token.startswith("-") or token in ("-", "--"):
        return None
    name = token.lstrip("-").split("=", 1)[0].strip().lower()
    return name or None


def _from_switches(tokens: Sequence[str], where: str) -> list[Finding]:
    found: list[Finding] = []
    for token in tokens:
        name = switch_name(token)
        if name in SANDBOX_OFF_SWITCHES:
            found.append(Finding(Risk.SANDBOX_OFF, f"{where} --{name}"))
        elif name in REMOTE_DEBUGGING_SWITCHES:
            found.append(Finding(Risk.REMOTE_DEBUGGING, f"{where} --{name}"))
    return found


def evaluate(env: Mapping[str, str], argv: Sequence[str]) -> SandboxVerdict:
    """Every reason, in a stable order, why this browser would not be locked down."""
    found: list[Finding] = []
    if DISABLE_SANDBOX_ENV in env:
        found.append(Finding(Risk.SANDBOX_OFF, f"env {DISABLE_SANDBOX_ENV}"))
    if REMOTE_DEBUGGING_ENV in env:
        found.append(Finding(Risk.REMOTE_DEBUGGING, f"env {REMOTE_DEBUGGING_ENV}"))
    flags = env.get(CHROMIUM_FLAGS_ENV, "")
    found += _from_switches(flags.split(), f"env {CHROMIUM_FLAGS_ENV}")
    # argv[0] is the program; Qt hands the rest (or what follows
    # --webEngineArgs) to Chromium, so any of them counts.
    found += _from_switches(list(argv[1:]), "argv")
    return SandboxVerdict(tuple(found))
