"""`kiosk usage sync`: push every unconfirmed day, and today, to the collector.

The sync reads a snapshot of each day (values and revision) from the station
file, sends it in batches, and confirms a day's revision only after the
collector stored it. A day changed meanwhile is sent again next time; a day
sent twice is harmless because the collector upserts absolute values.
"""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import httpx

from kiosk import log as klog
from kiosk.log import safe_url
from kiosk.usage import retry, wire
from kiosk.usage.errors import CollectorRejected, CollectorUnavailable, SyncError
from kiosk.usage.store import CounterStore


class Collector(Protocol):
    """The one seam to the city: deliver one batch or raise SyncError."""

    def send(self, body: dict[str, Any]) -> None: ...


class HttpCollector:
    """POST batches to <base_url>/v1/days with a bearer token, with retries."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        ca_file: str | None = None,
        attempts: int = 6,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        if not base_url.startswith("https://"):
            raise SyncError(
                f"collector URL {safe_url(base_url)} must start with https://"
            )
        self.url = base_url.rstrip("/") + "/v1/days"
        self.heartbeat_url = base_url.rstrip("/") + "/v1/heartbeat"
        # Certificate checks always on; a private CA may be named for the city's PKI.
        verify = ssl.create_default_context(cafile=ca_file) if ca_file else True
        self._client = httpx.Client(
            verify=verify,
            timeout=timeout,
            headers={"Authorization": f"Bearer {token}"},
        )
        self._attempts = attempts
        self._base = base_delay
        self._cap = max_delay
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.retries = 0

    def close(self) -> None:
        self._client.close()

    def send(self, body: dict[str, Any]) -> None:
        self._post(self.url, body, self._attempts)

    def send_heartbeat(self, body: dict[str, Any], attempts: int = 2) -> None:
        """POST the station's state; few tries: the next heartbeat is minutes away."""
        self._post(self.heartbeat_url, body, attempts)

    def _post(self, url: str, body: dict[str, Any], attempts: int) -> None:
        waits = retry.delays(attempts, self._base, self._cap, self._rng)
        last = ""
        while True:
            status: int | None
            try:
                response = self._client.post(url, json=body)
                status = response.status_code
            except httpx.TransportError as exc:
                status, last = None, f"network error: {type(exc).__name__}"
            verdict = retry.classify(status)
            if verdict is retry.Verdict.DONE:
                return
            if verdict is retry.Verdict.REJECTED:
                raise CollectorRejected(status or 0, _detail(response))
            if status is not None:
                last = f"HTTP {status}"
            wait = next(waits, None)
            if wait is None:
                raise CollectorUnavailable(
                    f"{safe_url(url)}: {last} after {attempts} attempts"
                )
            self.retries += 1
            klog.usage.warning("usage sync: %s; retrying in %.1f s", last, wait)
            self._sleep(wait)


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail", "")
    except ValueError:
        detail = ""
    return str(detail)[:300] or response.reason_phrase


@dataclass(frozen=True)
class SyncResult:
    days_sent: int
    batches: int
    days_left: int
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    def summary(self, where: str) -> str:
        if self.ok:
            return (
                f"usage sync ok: {self.days_sent} day(s) in {self.batches} "
                f"batch(es) to {where}"
            )
        return (
            f"usage sync FAILED: {self.days_sent} day(s) sent, {self.days_left} "
            f"kept for the next run: {self.error}"
        )


def run(
    store: CounterStore,
    collector: Collector,
    today: date,
    batch_days: int = wire.MAX_DAYS_PER_BATCH,
) -> SyncResult:
    """Send every pending day in batches, oldest first; stop at the first failure."""
    days = store.pending_days(today)
    sent = batches = 0
    for group in wire.batches(days, batch_days):
        snapshots = store.snapshot(group)
        body = {"days": [wire.encode_day(s.day, s.counts) for s in snapshots]}
        try:
            collector.send(body)
        except CollectorRejected as exc:
            klog.usage.error("usage sync: %s; the data is kept", exc)
            return SyncResult(sent, batches, len(days) - sent, str(exc))
        except SyncError as exc:
            return SyncResult(sent, batches, len(days) - sent, str(exc))
        store.confirm(snapshots)
        sent += len(group)
        batches += 1
    return SyncResult(sent, batches, 0)
