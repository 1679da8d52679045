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
from kiosk.printing.jobwatch import PROCESSING
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
    """Cancel and purge every job of the gateway's label; return ids still left.

    Repeats until CUPS lists nothing for the label: a just-cancelled job
    cannot be purged until its backend has exited.
    """
    deadline = clock() + wait_seconds
    cancelled: set[int] = set()
    while True:
        jobs = gateway.my_jobs("all")
        if not jobs:
            return ()
        if clock() >= deadline:
            return tuple(jobs)
        for job_id, state in jobs.items():
            with contextlib.suppress(JobNotFound):
                if state == PROCESSING and job_id not in cancelled:
                    gateway.cancel(job_id, purge=False)  # the printer is told
                    cancelled.add(job_id)
                elif state != PROCESSING:
                    gateway.cancel(job_id, purge=True)
        sleep(0.05)


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
