"""What staff see and can do, answered by the running subsystems.

Adapters between the staff panel's small interfaces (`StationStatus`,
`StaffActions`) and the controller, the usage counters, printing and the
card readers. Each subsystem is optional: a station without a printer shows
none, and the panel's actions for it do nothing but log.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kiosk import __version__
from kiosk import log as klog
from kiosk.session.controller import SessionController
from kiosk.session.events import EndReason
from kiosk.session.lifecycle import IN_SESSION, State
from kiosk.staff.status import ReaderState, StationSnapshot

# What printing and the card readers offer the panel (duck-typed, optional).
ReadersFn = Callable[[], tuple[ReaderState, ...]]


class StationStatusSource:
    """`StationStatus` for the panel; `snapshot` runs in the panel's worker."""

    def __init__(
        self,
        controller: SessionController,
        *,
        counters_today: Callable[[], dict[tuple[str, str], int]] | None = None,
        readers: ReadersFn | None = None,
        printer: Callable[[], object] | None = None,
        amount_today_cents: Callable[[], int] | None = None,
        card_forgotten: Callable[[], bool] | None = None,
        started: float | None = None,
    ) -> None:
        self._controller = controller
        self._counters_today = counters_today
        self._readers = readers
        self._printer = printer
        self._amount = amount_today_cents
        self._card_forgotten = card_forgotten
        self._started = started if started is not None else time.monotonic()

    def snapshot(self) -> StationSnapshot:
        state = self._controller.lifecycle.state
        counts = self._counters_today() if self._counters_today else {}
        disk = shutil.disk_usage(self._disk_path())
        return StationSnapshot(
            version=__version__,
            uptime_seconds=int(time.monotonic() - self._started),
            readers=self._readers() if self._readers else (),
            printer=self._printer() if self._printer else None,  # type: ignore[arg-type]
            network_ok=True,
            disk_free_percent=int(disk.free * 100 / disk.total),
            sessions_today=sum(v for (m, _), v in counts.items() if m == "sessions"),
            pages_today=sum(v for (m, _), v in counts.items() if m == "pages"),
            amount_to_collect_cents=self._amount() if self._amount else 0,
            out_of_service=state is State.OUT_OF_SERVICE,
            in_session=state in IN_SESSION,
            card_forgotten=self._card_forgotten() if self._card_forgotten else False,
            counters=tuple(
                sorted((f"{m}:{d}" if d else m, v) for (m, d), v in counts.items())
            ),
        )

    def _disk_path(self) -> Path:
        path = self._controller.session_dir
        while not path.exists() and path != path.parent:
            path = path.parent
        return path


class StaffActionsAdapter:
    """`StaffActions` for the panel: every action has the effect residents see."""

    def __init__(
        self,
        controller: SessionController,
        *,
        cancel_print_job: Callable[[int], None] | None = None,
        print_test_page: Callable[[], None] | None = None,
        acknowledge_card: Callable[[], None] | None = None,
    ) -> None:
        self._controller = controller
        self._cancel = cancel_print_job
        self._test_page = print_test_page
        self._ack = acknowledge_card

    def end_session_now(self) -> None:
        self._controller.end(EndReason.STAFF)

    def set_out_of_service(self, message: str) -> None:
        self._controller.set_out_of_service(message)

    def return_to_service(self) -> None:
        if self._controller.lifecycle.state is State.OUT_OF_SERVICE:
            self._controller.return_to_service()

    def cancel_print_job(self, job_id: int) -> None:
        if self._cancel is None:
            klog.staff.info("no printing on this station: nothing to cancel")
            return
        self._cancel(job_id)

    def print_test_page(self) -> None:
        if self._test_page is None:
            klog.staff.info("no printing on this station: no test page")
            return
        self._test_page()

    def acknowledge_forgotten_card(self) -> None:
        if self._ack is not None:
            self._ack()


def readers_of(presence: object) -> ReadersFn:
    """Readers and whether a card lies on each, from the card presence watcher."""

    def read() -> tuple[ReaderState, ...]:
        snapshot = presence.snapshot  # type: ignore[attr-defined]
        return tuple(
            ReaderState(
                name=name,
                card_present=kind is not None,
                card_kind=kind.value if kind is not None else "",
            )
            for name, kind in sorted(snapshot.readers.items())
        )

    return read


def today_counts(store: object) -> Callable[[], dict[tuple[str, str], int]]:
    def read() -> dict[tuple[str, str], int]:
        return store.values(date.today())  # type: ignore[attr-defined, no-any-return]

    return read
