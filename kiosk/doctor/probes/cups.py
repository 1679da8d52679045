"""CUPS through pycups: queue exists? accepts jobs? what the printer reports."""

from __future__ import annotations

from kiosk.doctor import ProbeFailed
from kiosk.doctor.checks import QueueState


class PycupsQueues:
    """Talks to the cupsd at host:port (a socket path as host works too)."""

    def __init__(self, host: str | None = None, port: int | None = None) -> None:
        self._host = host
        self._port = port

    def queue(self, name: str) -> QueueState | None:
        import cups

        try:
            if self._host is not None:
                cups.setServer(self._host)
            if self._port is not None:
                cups.setPort(self._port)
            conn = cups.Connection()
            if name not in conn.getPrinters():
                return None
            # getPrinters() leaves out printer-is-accepting-jobs: ask for it.
            attrs = conn.getPrinterAttributes(
                name,
                requested_attributes=[
                    "printer-is-accepting-jobs",
                    "printer-state",
                    "printer-state-reasons",
                ],
            )
        except (RuntimeError, cups.IPPError) as exc:
            raise ProbeFailed(f"cupsd at {self._where()}: {exc}") from None
        reasons = attrs.get("printer-state-reasons", [])
        if isinstance(reasons, str):
            reasons = [reasons]
        return QueueState(
            accepting=bool(attrs.get("printer-is-accepting-jobs", False)),
            state=int(attrs.get("printer-state", 0)),
            reasons=tuple(str(r) for r in reasons),
        )

    def _where(self) -> str:
        if self._host is None:
            return "the default server"
        return f"{self._host}:{self._port}" if self._port else self._host
