"""Removing a session's jobs from CUPS: the wipe step and the boot clean-up.

Held, pending and stopped jobs have no backend running and are purged at once.
A printing job is first cancelled *without* purge (the backend then tells the
printer to stop), and purged only once it has ended: purging a printing job
SIGKILLs the backend and the printer never hears of the cancel (research 1.6).
Finished jobs are purged too, so no history of the session stays in CUPS.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from kiosk import log as klog
from kiosk.printing.cups_gateway import PrintGateway
from kiosk.printing.errors import JobNotFound, PrinterUnavailable
from kiosk.printing.jobwatch import PROCESSING, TERMINAL
from kiosk.printing.labels import LabelStore
from kiosk.session.wipe import WipeStepFailed

GatewayFactory = Callable[[str], PrintGateway]


def purge_jobs(
    gateway: PrintGateway,
    *,
    wait_seconds: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> tuple[int, ...]:
    """Cancel and purge every job of the gateway's label; return ids still left."""
    printing: list[int] = []
    for job_id, state in gateway.my_jobs("all").items():
        try:
            if state == PROCESSING:
                gateway.cancel(job_id, purge=False)
                printing.append(job_id)
            else:
                gateway.cancel(job_id, purge=True)
        except JobNotFound:
            pass  # it ended or vanished meanwhile; the final listing decides
    deadline = clock() + wait_seconds
    while printing and clock() < deadline:
        for job_id in list(printing):
            try:
                ended = gateway.job_status(job_id).state in TERMINAL
            except JobNotFound:
                ended = True
            if ended:
                printing.remove(job_id)
                with contextlib.suppress(JobNotFound):
                    gateway.cancel(job_id, purge=True)
        if printing:
            sleep(0.1)
    return tuple(gateway.my_jobs("all"))


def remove_temp_dir(path: Path) -> None:
    """Remove the session's temp PDFs; raise WipeStepFailed if anything stays."""
    shutil.rmtree(path, ignore_errors=True)
    if path.exists():
        raise WipeStepFailed(f"printing: temp folder {path} could not be removed")


def boot_cleanup(store: LabelStore, factory: GatewayFactory) -> tuple[str, ...]:
    """Remove jobs left by crashed sessions; return the labels that still have some.

    A label is forgotten only once CUPS confirms none of its jobs remain.
    """
    dirty: list[str] = []
    for label in store.labels():
        try:
            left = purge_jobs(factory(label))
        except PrinterUnavailable as exc:
            klog.printing.error("boot clean-up: CUPS unavailable: %s", exc)
            dirty.append(label)
            continue
        if left:
            klog.printing.error("boot clean-up: %d job(s) remain in CUPS", len(left))
            dirty.append(label)
        else:
            store.remove(label)
    return tuple(dirty)
