"""Removing the station's resident jobs from CUPS (the wipe, also at boot).

The jobs are the ids in the `JobIdStore`, and, after a submit that was cut
short before its id was written, the station's held jobs created since it
began (a test page is never held, another user's job is never listed).
Held, pending and stopped jobs have no backend running and are purged at
once. A printing job is first
cancelled *without* purge (the backend then tells the printer to stop), and
purged only once it has ended: purging a printing job SIGKILLs the backend and
the printer never hears of the cancel (research 1.6). Finished jobs are purged
too, so no history of the session stays in CUPS. An id is forgotten only once
CUPS says it has no such job of ours.

A job its shell never settled (it died first) whose pages may be out
(printing, stopped, or completed) is handed to `out` with its pages before it
goes, and settled in the store: the wipe books it, once.

cupsd may be restarting (systemd restarts it after a crash): CUPS gets
`reconnect_seconds` to come back before the clean-up gives up, fail closed.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from kiosk.printing.cups_gateway import PrintGateway
from kiosk.printing.errors import JobNotFound, PrinterUnavailable
from kiosk.printing.jobids import JobIdStore
from kiosk.printing.jobwatch import COMPLETED, PRINTER_PROCESSING, PROCESSING, STOPPED

Connect = Callable[[], PrintGateway]
Out = Callable[[int, int], None]  # job id, pages: printed, never settled
# States in which a released job's pages may be out of the printer.
_PAGES_OUT = frozenset({PROCESSING, STOPPED, COMPLETED})

RECONNECT_SECONDS = 15.0  # how long the wipe waits for a restarting cupsd
SETTLE_SECONDS = 10.0  # how long a cancelled printing job may take to end
BACKEND_GRACE_SECONDS = 3.0  # how long its backend may take to tell the printer


def purge_jobs(
    store: JobIdStore,
    connect: Connect,
    *,
    reconnect_seconds: float = RECONNECT_SECONDS,
    settle_seconds: float = SETTLE_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    out: Out | None = None,
) -> tuple[int, ...]:
    """Cancel and purge every recorded job; return the ids still left in CUPS.

    Raises PrinterUnavailable when CUPS stays unreachable for
    `reconnect_seconds`.
    """
    unreachable_since: float | None = None
    deadline = clock() + reconnect_seconds + settle_seconds
    gateway: PrintGateway | None = None
    cancelled: dict[int, float] = {}  # job id -> when it was cancelled
    while True:
        ids = store.ids()
        if not ids and store.pending_since() is None:
            return ()
        now = clock()
        if now >= deadline:
            return ids
        try:
            if gateway is None:
                gateway = connect()
                cancelled.clear()  # a restarted cupsd may have restarted them
            adopt_pending(gateway, store)
            for job_id in ids:
                _purge_one(gateway, store, job_id, cancelled, now, out)
            unreachable_since = None
        except PrinterUnavailable as exc:
            gateway = None
            unreachable_since = now if unreachable_since is None else unreachable_since
            if now - unreachable_since >= reconnect_seconds:
                raise PrinterUnavailable(
                    f"CUPS did not come back within {reconnect_seconds:.0f} s "
                    f"({exc}); {len(ids) or 'some'} job(s) may still be there"
                ) from None
            sleep(0.2)
            continue
        sleep(0.05)


def adopt_pending(gateway: PrintGateway, store: JobIdStore) -> None:
    """Turn a submit that was cut short into the ids of the jobs it may have made."""
    since = store.pending_since()
    if since is None:
        return
    for job_id in gateway.held_since(since):
        store.add(job_id)
    store.end_pending()


def _purge_one(
    gateway: PrintGateway,
    store: JobIdStore,
    job_id: int,
    cancelled: dict[int, float],
    now: float,
    out: Out | None = None,
) -> None:
    try:
        state = gateway.job_status(job_id).state
    except JobNotFound:
        store.remove(job_id)  # gone, or the id is no longer ours
        return
    pages = store.unsettled().get(job_id, 0)
    if pages and state in _PAGES_OUT and out is not None:
        store.settle(job_id)  # before it is handed on: booked once at most
        out(job_id, pages)
    with contextlib.suppress(JobNotFound):
        if state == PROCESSING:
            if job_id not in cancelled:
                gateway.cancel(job_id, purge=False)  # the printer is told
                cancelled[job_id] = now
        elif job_id in cancelled and _backend_busy(gateway, now - cancelled[job_id]):
            return  # cancelled, but its backend may not have told the printer yet
        else:
            gateway.cancel(job_id, purge=True)


def _backend_busy(gateway: PrintGateway, since_cancel: float) -> bool:
    """CUPS marks a job cancelled at once; its backend sends Cancel-Job to the
    printer a moment later and the queue stays "processing" until it exits.
    A purge before that SIGKILLs the backend and the printer never hears of
    the cancel (research 1.6), so wait, for BACKEND_GRACE_SECONDS at most."""
    if since_cancel >= BACKEND_GRACE_SECONDS:
        return False
    return gateway.printer_status().state == PRINTER_PROCESSING
