"""The print flow the shell talks to: one request at a time, confirmed once.

    IDLE → PREPARING → CONFIRMING → PRINTING → IDLE
               ↘ refused / unavailable ↙   (cancel returns to IDLE)

Lives in the GUI thread and owns the session ledger; all slow work happens in
a `PrintWorker` on its own thread. A request while another is preparing,
waiting for confirmation or printing is ignored (a page calling
`window.print()` in a loop never floods the queue), and `confirm()` acts only
in CONFIRMING, so a double tap prints once.

Resident-facing texts are plain English sources for translation; they never
contain a document's name or content.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from kiosk import log as klog
from kiosk.config import PrintingConfig
from kiosk.printing import quota
from kiosk.printing.jobids import JobIdStore
from kiosk.printing.jobwatch import (
    Observation,
    Settlement,
    Trouble,
    Verdict,
    WatchRules,
)
from kiosk.printing.ledger import SessionLedger, Totals
from kiosk.printing.worker import Finished, GatewayFactory, PrintWorker
from kiosk.qtsignals import emit
from kiosk.session import events as ev
from kiosk.session.wipe import WipeStepFailed

Publish = Callable[[ev.Event], None]
Ended = tuple[tuple[int, Finished], ...]  # token, how the worker ended it
STALLED_ALERT = "stalled"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintFlow", text)


class Phase(enum.Enum):
    IDLE = "idle"
    PREPARING = "preparing"
    CONFIRMING = "confirming"
    PRINTING = "printing"


@dataclass(frozen=True)
class Summary:
    """What the confirmation shows."""

    quote: quota.Quote
    currency: str


@dataclass(frozen=True)
class Outcome:
    """A job's end, for the UI and staff: no document data."""

    pages: int
    sheets: int
    price_cents: int
    printed: bool  # completed normally
    charged: bool  # booked (it may have printed) rather than refunded


class PrintFlow(QObject):
    confirmationNeeded = Signal(object)  # Summary
    refused = Signal(str)  # why not, with the price when that is the reason
    progress = Signal(str)  # a calm status line while printing
    troubleNeedsStaff = Signal(str)  # "please ask the staff"; the job is kept
    # For the staff panel, once trouble lasted `staff_alert_after_seconds`: a
    # `Trouble` value ("jam", "paper", …), or "stalled" for a job cancelled
    # because it made no progress.
    staffAlert = Signal(str)
    done = Signal(object)  # Outcome
    failed = Signal(str)  # printing is not possible (right now)
    # CUPS stopped answering during a job (crashed or restarted) and came back
    # with the job: for the staff panel.
    printServiceBack = Signal()
    # 1 from confirm until the job has ended, then 0. Not `bool`: PySide6 6.12 on
    # Python 3.11 drops a reference to True/False on every emit of a Python bool
    # through a Python-defined signal (found here; crashes at exit).
    inFlightChanged = Signal(int)

    # To the worker (queued: it lives in another thread).
    _startSession = Signal()
    _prepare = Signal(int, object, object)
    _submit = Signal(int, str, int, int, int)  # duplex as 0/1, see above
    _cancel = Signal(int)
    _endSession = Signal(object)

    def __init__(
        self,
        config: PrintingConfig,
        gateway_factory: GatewayFactory,
        jobs: JobIdStore,
        temp_dir: Path,
        publish: Publish,
        *,
        poll_ms: int = 500,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._config = config
        self._rules = quota.Rules(
            free_pages=config.free_pages,
            price_per_page_cents=config.price_per_page_cents,
            max_pages_per_job=config.max_pages_per_job,
            max_copies=config.max_copies,
            max_pages_per_session=config.max_pages_per_session,
        )
        self._publish = publish
        self._now = now
        self._phase = Phase.IDLE
        self._token = 0
        self._copies = 1
        self._duplex = config.duplex_default
        self._ledger = SessionLedger()
        self._pending: tuple[int, str, quota.Quote] | None = None  # token, path, quote
        self._reserved: dict[int, tuple[int, quota.Quote]] = {}  # token → ledger key
        self._thread = QThread()
        self._thread.setObjectName("print-worker")
        self._worker = PrintWorker(
            gateway_factory,
            jobs,
            temp_dir,
            WatchRules(
                staff_alert_after=config.staff_alert_after_seconds,
                stall_base=config.stall_base_seconds,
                stall_per_page=config.stall_seconds_per_page,
            ),
            poll_ms=poll_ms,
        )
        self._worker.moveToThread(self._thread)
        self._startSession.connect(self._worker.start_session)
        self._prepare.connect(self._worker.prepare)
        self._submit.connect(self._worker.submit)
        self._cancel.connect(self._worker.cancel)
        self._endSession.connect(self._worker.end_session)
        self._worker.prepared.connect(self._on_prepared)
        self._worker.prepareFailed.connect(self._on_prepare_failed)
        self._worker.submitFailed.connect(self._on_submit_failed)
        self._worker.released.connect(self._on_released)
        self._worker.observed.connect(self._on_observed)
        self._worker.finished.connect(self._on_finished)
        self._worker.reconnected.connect(lambda _token: emit(self.printServiceBack))
        self._thread.start()
        self.start_session()

    # -- what the shell calls -------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def busy(self) -> bool:
        return self._phase is not Phase.IDLE

    def start_session(self) -> None:
        """A fresh ledger: call when a resident session begins."""
        self._ledger = SessionLedger()
        emit(self._startSession)

    def request_print(
        self,
        source: bytes | Path,
        *,
        copies: int = 1,
        duplex: bool | None = None,
        page_ranges: str | None = None,
    ) -> bool:
        """Start a print of a PDF (bytes from printToPdf, or a session file).

        Returns False (and does nothing) while another request is under way.
        """
        if not self._config.enabled:
            emit(self.failed, _tr("Printing is not offered at this computer."))
            return False
        if self.busy:
            return False
        self._token += 1
        self._copies = copies
        self._duplex = self._config.duplex_default if duplex is None else duplex
        self._set_phase(Phase.PREPARING)
        emit(self._prepare, self._token, source, page_ranges)
        return True

    def confirm(self) -> bool:
        """The resident's one tap. Acts only once per confirmation."""
        if self._phase is not Phase.CONFIRMING or self._pending is None:
            return False
        token, path, q = self._pending
        self._pending = None
        # Reserved before CUPS sees the job: fail closed on a crash.
        self._reserved[token] = (self._ledger.reserve(q), q)
        self._set_phase(Phase.PRINTING)
        emit(self._submit, token, path, q.copies, int(q.duplex), q.impressions)
        return True

    def cancel(self) -> None:
        """Cancel the confirmation, or a job still held by printer trouble."""
        if self._phase is Phase.CONFIRMING and self._pending is not None:
            Path(self._pending[1]).unlink(missing_ok=True)
            self._pending = None
            self._set_phase(Phase.IDLE)
        elif self._phase is Phase.PRINTING:
            emit(self._cancel, self._token)

    def session_totals(self) -> Totals:
        return self._ledger.totals()

    def wipe(self, timeout: float = 40.0) -> None:
        """The wipe step 'printing': nothing of the session (or a crashed one) stays.

        Raises WipeStepFailed when CUPS cannot confirm the jobs are gone.
        """
        self._pending = None
        self._set_phase(Phase.IDLE)
        result: Future[tuple[tuple[int, ...], Ended, tuple[int, ...]]]
        result = Future()
        emit(self._endSession, result)
        try:
            left, ended, orphans = result.result(timeout=timeout)
            # Every job the worker ended this session, settled here unless its
            # report was handled already: one cut short now (released: pages
            # may be out, booked), and one that ended just before, whose report
            # is still queued for this thread (chaos seed 20261202, session 31).
            for token, finished in ended:
                printed = finished.verdict is Verdict.COMPLETED
                self._settle(token, finished.settlement, printed=printed)
            # Jobs whose shell died before settling them, pages out: booked
            # now (at boot), so the books hold every page printed.
            for pages in orphans:
                self._publish(
                    ev.PrintJobFinished(
                        at=self._now(), pages=pages, sheets=pages, completed=True
                    )
                )
        except FutureTimeout:
            raise WipeStepFailed(
                f"printing: CUPS did not answer within {timeout:.0f} s"
            ) from None
        except Exception as exc:
            raise WipeStepFailed(f"printing: {exc}") from None
        finally:
            self._reserved.clear()
            self.start_session()
        if left:
            raise WipeStepFailed(
                f"printing: {len(left)} job(s) remain in CUPS "
                f"(ids {', '.join(map(str, left))}); check with `lpstat -o` "
                "and cancel them"
            )

    def shutdown(self) -> None:
        """Stop the worker thread (at application exit)."""
        self._thread.quit()
        self._thread.wait()

    # -- from the worker ------------------------------------------------------

    def _on_prepared(self, token: int, pages: int, path: str) -> None:
        if token != self._token or self._phase is not Phase.PREPARING:
            Path(path).unlink(missing_ok=True)
            return
        request = quota.Request(pages, self._copies, self._duplex)
        result = quota.quote(self._rules, request, self._ledger.used_pages())
        if isinstance(result, quota.Refused):
            Path(path).unlink(missing_ok=True)
            self._refuse(self._refusal_text(result), result.quote)
            return
        self._pending = (token, path, result)
        self._set_phase(Phase.CONFIRMING)
        emit(self.confirmationNeeded, Summary(result, self._config.currency))

    def _on_prepare_failed(self, token: int, kind: str, detail: str) -> None:
        if token != self._token:
            return
        klog.printing.info("print request refused: %s", kind)
        if kind == "unavailable":
            self._set_phase(Phase.IDLE)
            emit(self.failed, _tr("Printing is not possible right now."))
            return
        self._refuse(
            _DOCUMENT_TEXTS.get(kind, _DOCUMENT_TEXTS["DamagedDocument"])(), None
        )

    def _on_submit_failed(self, token: int, detail: str) -> None:
        klog.printing.warning("submit failed: %s", detail)
        self._settle(token, Settlement.REFUND, printed=False)
        emit(
            self.failed, _tr("Printing is not possible right now. Nothing was charged.")
        )

    def _on_released(self, token: int) -> None:
        if token == self._token:
            emit(self.progress, _tr("Printing …"))

    def _on_observed(self, token: int, seen: object) -> None:
        assert isinstance(seen, Observation)
        if token != self._token:
            return
        if seen.verdict in (Verdict.TROUBLE, Verdict.ALERT_STAFF):
            trouble = seen.trouble or Trouble.OFFLINE
            emit(self.troubleNeedsStaff, _trouble_text(trouble))
            if seen.verdict is Verdict.ALERT_STAFF:
                emit(self.staffAlert, trouble.value)
        elif seen.verdict is Verdict.PRINTING:
            emit(self.progress, _tr("Printing …"))

    def _on_finished(self, token: int, finished: object) -> None:
        assert isinstance(finished, Finished)
        verdict = finished.verdict
        if verdict is Verdict.STALLED:
            emit(self.staffAlert, STALLED_ALERT)
        outcome = self._settle(
            token, finished.settlement, printed=verdict is Verdict.COMPLETED
        )
        if outcome is None:
            return
        if verdict is Verdict.COMPLETED:
            emit(self.done, outcome)
        elif finished.settlement is Settlement.REFUND:
            emit(
                self.failed,
                _tr("The document could not be printed. Nothing was charged."),
            )
            emit(self.done, outcome)
        else:
            emit(self.failed, _tr("Printing stopped. Please ask the staff."))
            emit(self.done, outcome)

    # -- internals ------------------------------------------------------------

    def _settle(
        self, token: int, settlement: Settlement, printed: bool
    ) -> Outcome | None:
        entry = self._reserved.pop(token, None)
        if token == self._token:
            self._set_phase(Phase.IDLE)
        if entry is None:
            return None
        key, q = entry
        if settlement is Settlement.BOOK:
            self._ledger.book(key)
        else:
            self._ledger.refund(key)
        charged = settlement is Settlement.BOOK
        self._publish(
            ev.PrintJobFinished(
                at=self._now(), pages=q.impressions, sheets=q.sheets, completed=charged
            )
        )
        return Outcome(q.impressions, q.sheets, q.price_cents, printed, charged)

    def _refuse(self, text: str, q: quota.Quote | None) -> None:
        self._ledger.note_refused()
        self._set_phase(Phase.IDLE)
        self._publish(
            ev.PrintJobFinished(
                at=self._now(),
                pages=q.impressions if q else 0,
                sheets=q.sheets if q else 0,
                completed=False,
            )
        )
        emit(self.refused, text)

    def _refusal_text(self, refused: quota.Refused) -> str:
        q = refused.quote
        price = quota.format_cents(q.price_cents, self._config.currency) if q else ""
        r = quota.Refusal
        texts = {
            r.NO_PAGES: _tr("The document has no pages."),
            r.BAD_COPIES: _tr("Please choose at least one copy."),
            r.TOO_MANY_COPIES: _tr("You can print at most %1 copies.").replace(
                "%1", str(refused.limit)
            ),
            r.TOO_MANY_PAGES: _tr(
                "This is %1 pages. One print can have at most %2 pages."
            )
            .replace("%1", str(q.impressions if q else 0))
            .replace("%2", str(refused.limit)),
            r.SESSION_LIMIT: _tr(
                "This is %1 pages and would cost %2. You can print at most %3 "
                "pages in one visit."
            )
            .replace("%1", str(q.impressions if q else 0))
            .replace("%2", price)
            .replace("%3", str(refused.limit)),
            r.QUOTA_EXHAUSTED: _tr("This is %1 pages, but only %2 free pages are left.")
            .replace("%1", str(q.impressions if q else 0))
            .replace("%2", str(q.free_left_before if q else 0)),
        }
        return texts[refused.reason]

    def _set_phase(self, phase: Phase) -> None:
        was_in_flight = self._phase is Phase.PRINTING
        self._phase = phase
        if was_in_flight != (phase is Phase.PRINTING):
            emit(self.inFlightChanged, int(phase is Phase.PRINTING))


_DOCUMENT_TEXTS: dict[str, Callable[[], str]] = {
    "PasswordProtected": lambda: _tr(
        "This document is protected by a password and cannot be printed here."
    ),
    "PrintingForbidden": lambda: _tr("This document does not allow printing."),
    "DamagedDocument": lambda: _tr(
        "This document is damaged and cannot be printed. Please download it again."
    ),
    "BadPageRange": lambda: _tr("Those pages are not in the document."),
}


def _trouble_text(trouble: Trouble) -> str:
    texts = {
        Trouble.JAM: _tr("The paper is stuck in the printer. Please ask the staff."),
        Trouble.PAPER: _tr("The printer has no paper. Please ask the staff."),
        Trouble.TONER: _tr("The printer has no ink. Please ask the staff."),
        Trouble.DOOR: _tr("The printer is open. Please ask the staff."),
        Trouble.OFFLINE: _tr("The printer is not ready. Please ask the staff."),
        Trouble.STOPPED: _tr("The printer is not ready. Please ask the staff."),
    }
    return texts[trouble] + " " + _tr("Your document will print when it is fixed.")
