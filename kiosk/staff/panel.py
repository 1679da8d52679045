"""The staff panel: the station's state and the few actions staff need.

No file system, no terminal, no settings. Plain words and big buttons, each
with an accessible name. Every action is logged to kiosk.staff without
personal data (the residents' message: its length only). It asks to be
locked (`lockRequested`) after `staff.idle_lock_seconds` without input in
its window.

Nothing here waits in the GUI thread: the station's state and the printer's
(pycups blocks) are read in worker threads, the printer actions run in one,
and each reports back through a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk import log as klog
from kiosk.config import StaffConfig
from kiosk.qtsignals import emit
from kiosk.session.events import OutOfServiceReason
from kiosk.staff.status import (
    ActionResult,
    JobCondition,
    Outcome,
    PrinterCondition,
    PrinterState,
    Reason,
    StaffActions,
    StationSnapshot,
    StationStatus,
    format_cents,
    format_uptime,
    staff_reasons,
)
from kiosk.ui.widgets import Retranslated

BUTTON_PX = 56
POLL_MS = 5000  # the state is read again this often while the panel is open
MAX_JOB_BUTTONS = 8
# A print alert's kind (printing.jobwatch.Trouble values) as a printer reason;
# "stalled" has words of its own.
_ALERT_REASONS = {
    "jam": Reason.JAM,
    "paper": Reason.PAPER_EMPTY,
    "toner": Reason.TONER_EMPTY,
    "door": Reason.DOOR,
    "offline": Reason.OFFLINE,
    "stopped": Reason.PAUSED,
}
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
    }
)
_ACTIONS = (
    "end_session",
    "out_of_service",
    "back_in_service",
    "test_page",
    "card_ack",
    "screen_reader",
    "lock",
)


def _label(name: str = "") -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # staff text is never markup
    if name:
        widget.setObjectName(name)
    return widget


class StaffPanel(Retranslated, QWidget):
    lockRequested = Signal()
    # After the panel showed what a worker brought (for tests and tools).
    stateShown = Signal()
    printerShown = Signal()
    actionFinished = Signal(str)  # the action's key

    def __init__(
        self,
        config: StaffConfig,
        status: StationStatus,
        actions: StaffActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._status = status
        self._actions = actions
        self._snap: StationSnapshot | None = None
        self._printer: PrinterState | None = None
        self._printer_known = False
        self._reading_state = self._state_again = False
        self._reading_printer = self._printer_again = False
        self._busy = ""  # the printer action under way ("" none)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(config.idle_lock_seconds * 1000)
        self.idle.timeout.connect(self._idle_lock)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)

        self.title = _label("subtitle")
        self.notice = _label("subtitle")
        self.station = _label()
        self.today = _label()
        self.network = _label()
        self.system = _label()
        self.printer = _label()
        self.jobs = QVBoxLayout()
        self.job_buttons: dict[int, QPushButton] = {}
        self.message = QLineEdit()
        self.message.setMinimumHeight(BUTTON_PX)
        self.message.setMaxLength(200)
        self.buttons: dict[str, QPushButton] = {}
        for key in _ACTIONS:
            button = QPushButton()
            button.setMinimumHeight(BUTTON_PX)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button

        info = QWidget()
        grid = QGridLayout(info)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.headings: dict[str, QLabel] = {}
        for key, widget in (
            ("station", self.station),
            ("today", self.today),
            ("network", self.network),
            ("system", self.system),
        ):
            left.addWidget(self._heading(key))
            left.addWidget(widget)
        left.addStretch(1)
        right.addWidget(self._heading("printer"))
        right.addWidget(self.printer)
        right.addLayout(self.jobs)
        right.addWidget(self.buttons["test_page"])
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        scroll = QScrollArea()
        scroll.setWidget(info)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.buttons["lock"])
        service = QHBoxLayout()
        for key in (
            "end_session",
            "out_of_service",
            "back_in_service",
            "card_ack",
            "screen_reader",
        ):
            service.addWidget(self.buttons[key])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(service)

        # Workers report through a relay without a parent, which they keep
        # alive: a worker finishing after the panel is gone emits into nothing.
        self._relay = _Relay()
        self._relay.snapshot.connect(self._state_read)
        self._relay.printer.connect(self._printer_read)
        self._relay.action.connect(self._action_done)
        self._activity = _Activity(self.idle)
        self.retranslate()
        self._tell("")

    def _tell(self, text: str) -> None:
        """What the last action did; hidden while there is nothing to say."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _heading(self, key: str) -> QLabel:
        heading = _label()
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.headings[key] = heading
        return heading

    # -- texts ---------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Staff panel"))
        self.title.setText(self.tr("Staff panel"))
        self.notice.setAccessibleName(self.tr("What happened"))
        for key, label, text in (
            ("station", self.station, self.tr("This station")),
            ("today", self.today, self.tr("Today")),
            ("network", self.network, self.tr("Network")),
            ("system", self.system, self.tr("Version and disk")),
            ("printer", self.printer, self.tr("Printer")),
        ):
            self.headings[key].setText(text)
            label.setAccessibleName(text)
        self.message.setAccessibleName(self.tr("Message for residents"))
        self.message.setPlaceholderText(
            self.tr("Message residents will see while out of service")
        )
        texts = {
            "end_session": self.tr("End the session now"),
            "out_of_service": self.tr("Out of service"),
            "back_in_service": self.tr("Back in service"),
            "test_page": self.tr("Print a test page"),
            "card_ack": self.tr("Forgotten card taken"),
            "screen_reader": self.tr("Screen reader on or off"),
            "lock": self.tr("Lock"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(text)
        if self._snap is None:
            self.station.setText(self.tr("Loading the station state …"))
        else:
            self.show_snapshot(self._snap)
        if self._printer_known:
            self.show_printer(self._printer)

    # -- lifecycle of the panel ----------------------------------------------

    def open(self) -> None:
        """Called on unlock: start the idle clock and read the state."""
        handle = self.window().windowHandle()
        if handle is not None:
            handle.installEventFilter(self._activity)
        self._tell("")
        self.idle.start()
        self.poll.start()
        self.refresh()

    def close_panel(self) -> None:
        self.idle.stop()
        self.poll.stop()
        self.message.clear()
        self._tell("")
        handle = self.window().windowHandle()
        if handle is not None:
            handle.removeEventFilter(self._activity)

    def _idle_lock(self) -> None:
        klog.staff.info("staff panel locked after idle time")
        emit(self.lockRequested)

    def refresh(self) -> None:
        """Read the station and the printer again, each in its own worker.

        A read still under way is not started twice (a hung CUPS must not
        pile up threads); it is followed by one more, so what an action
        changed is shown.
        """
        if self._reading_state:
            self._state_again = True  # read once more when this one is done
        else:
            self._reading_state = True
            self._read_state()
        if self._reading_printer:
            self._printer_again = True
        else:
            self._reading_printer = True
            self._read_printer()

    def _start(self, work: Callable[[], None]) -> None:
        threading.Thread(target=work, name="staff-panel", daemon=True).start()

    def _read_state(self) -> None:
        status, relay = self._status, self._relay  # never the panel itself

        def work() -> None:
            try:
                snap = status.snapshot()
            except Exception:  # a broken provider must not break the panel
                klog.staff.exception("station state could not be read")
                snap = None
            emit(relay.snapshot, snap)

        self._start(work)

    def _read_printer(self) -> None:
        status, relay = self._status, self._relay

        def work() -> None:
            try:
                printer = status.printer()
            except Exception:
                klog.staff.exception("printer state could not be read")
                printer = PrinterState(PrinterCondition.UNREACHABLE)
            emit(relay.printer, printer)

        self._start(work)

    # -- showing -------------------------------------------------------------

    def _state_read(self, snap: StationSnapshot | None) -> None:
        self._reading_state = False
        if self._state_again:
            self._state_again = False
            self.refresh()
        self.show_snapshot(snap)
        emit(self.stateShown)

    def _printer_read(self, printer: PrinterState | None) -> None:
        self._reading_printer = False
        if self._printer_again:
            self._printer_again = False
            self.refresh()
        self.show_printer(printer)
        emit(self.printerShown)

    def show_snapshot(self, snap: StationSnapshot | None) -> None:
        if snap is None:
            self.station.setText(self.tr("The station state cannot be read."))
            return
        self._snap = snap
        self.station.setText("\n".join(self._station_lines(snap)))
        self.today.setText("\n".join(self._today_lines(snap)))
        self.network.setText("\n".join(self._network_lines(snap)))
        self.system.setText(
            self.tr("Version %1, running for %2.")
            .replace("%1", snap.version)
            .replace("%2", format_uptime(snap.uptime_seconds))
            + (
                "\n"
                + self.tr("Disk: %1% free.").replace("%1", str(snap.disk_free_percent))
                if snap.disk_free_percent >= 0
                else ""
            )
        )
        self.buttons["out_of_service"].setEnabled(not snap.out_of_service)
        self.buttons["back_in_service"].setEnabled(snap.out_of_service)
        self.buttons["end_session"].setEnabled(snap.in_session)
        self.buttons["card_ack"].setEnabled(snap.card_forgotten)
        self._enable_printer_actions()

    def _station_lines(self, snap: StationSnapshot) -> list[str]:
        lines = []
        if snap.out_of_service:
            lines.append(self.tr("Out of service."))
            if snap.out_of_service_reason == OutOfServiceReason.CARD_LEFT:
                lines.append(self.tr("A card was left in the card reader."))
            elif snap.out_of_service_reason == OutOfServiceReason.WIPE_FAILED:
                lines.append(
                    self.tr(
                        "Deleting the last session's data failed. Press "
                        "“Back in service” to try again; if that fails too, tell IT."
                    )
                )
            if snap.staff_message:
                lines.append(
                    self.tr("Residents see: %1").replace("%1", snap.staff_message)
                )
        else:
            lines.append(self.tr("In service."))
            lines.append(
                self.tr("A resident is using the station.")
                if snap.in_session
                else self.tr("Nobody is using the station.")
            )
        if snap.card_forgotten:
            lines.append(
                self.tr(
                    "A card was left behind. Take it, keep it safe, then press "
                    "“Forgotten card taken”."
                )
            )
        if not snap.readers:
            lines.append(self.tr("Card readers: none found."))
        for reader in snap.readers:
            text = (
                self.tr("%1: a card is inserted.")
                if reader.card_present
                else self.tr("%1: no card.")
            )
            lines.append(text.replace("%1", reader.name))
        return lines

    def _today_lines(self, snap: StationSnapshot) -> list[str]:
        lines = [
            self.tr("Visits: %1").replace("%1", str(snap.sessions_today)),
            self.tr("Pages printed: %1").replace("%1", str(snap.pages_today)),
            self.tr("ID card uses: %1").replace("%1", str(snap.eid_today)),
        ]
        if snap.cards_left_today:
            lines.append(
                self.tr("Cards left behind: %1").replace(
                    "%1", str(snap.cards_left_today)
                )
            )
        if snap.scanner:
            lines.append(self.tr("Scanner: %1").replace("%1", snap.scanner))
            lines.append(
                self.tr("Pages scanned: %1").replace("%1", str(snap.scan_pages_today))
            )
        if snap.printing:
            lines.append(
                self.tr("To collect for printing: %1").replace(
                    "%1", format_cents(snap.amount_to_collect_cents)
                )
            )
        return lines

    def _network_lines(self, snap: StationSnapshot) -> list[str]:
        network = {
            True: self.tr("Network: connected."),
            False: self.tr("Network: not connected."),
            None: self.tr("Network: unknown."),
        }[snap.network_ok]
        sync = snap.sync
        if not sync.configured:
            return [network, self.tr("Usage upload: not set up for this station.")]
        if sync.last_success is None:
            lines = [network, self.tr("Last usage upload: never.")]
        else:
            lines = [
                network,
                self.tr("Last usage upload: %1.").replace(
                    "%1", self._when(sync.last_success)
                ),
            ]
        if sync.last_ok is False and sync.last_attempt is not None:
            lines.append(
                self.tr("The last try failed (%1). It is tried again later.").replace(
                    "%1", self._when(sync.last_attempt)
                )
            )
        return lines

    def _when(self, when: datetime) -> str:
        local = when.astimezone()
        if local.date() == datetime.now().astimezone().date():
            return self.tr("today at %1").replace("%1", local.strftime("%H:%M"))
        return local.strftime("%d.%m.%Y %H:%M")

    def show_printer(self, printer: PrinterState | None) -> None:
        self._printer, self._printer_known = printer, True
        self.printer.setText("\n".join(self._printer_lines(printer)))
        self._show_jobs(printer)
        self._enable_printer_actions()

    def _printer_lines(self, printer: PrinterState | None) -> list[str]:
        if printer is None:
            return [self.tr("Printing is off at this station.")]
        state = {
            PrinterCondition.READY: self.tr("Printer: ready."),
            PrinterCondition.PRINTING: self.tr("Printer: printing."),
            PrinterCondition.STOPPED: self.tr("Printer: stopped."),
            PrinterCondition.UNREACHABLE: self.tr(
                "Printer: cannot be reached. If this stays, tell IT."
            ),
            PrinterCondition.NO_QUEUE: self.tr(
                "Printer: not set up on this computer. Tell IT."
            ),
        }.get(printer.state, printer.state)
        lines = [state]
        words = {
            Reason.JAM: self.tr("Paper jam."),
            Reason.PAPER_EMPTY: self.tr("Out of paper."),
            Reason.PAPER_LOW: self.tr("Paper is running low."),
            Reason.TONER_EMPTY: self.tr("Toner or ink is empty."),
            Reason.TONER_LOW: self.tr("Toner or ink is running low."),
            Reason.DOOR: self.tr("A door or cover is open."),
            Reason.OFFLINE: self.tr("The printer is off or not connected."),
            Reason.PAUSED: self.tr("The print queue is paused."),
        }
        if printer.alert is not None:
            what = _ALERT_REASONS.get(printer.alert.kind)
            lines.append(
                self.tr("Needs attention since %1: %2")
                .replace("%1", printer.alert.since.strftime("%H:%M"))
                .replace(
                    "%2",
                    words[what]
                    if what is not None
                    else self.tr("a print job made no progress and was cancelled."),
                )
            )
        if printer.service_back_at is not None:
            lines.append(
                self.tr(
                    "At %1 the print service stopped during a print job and "
                    "started again. The job was kept."
                ).replace("%1", printer.service_back_at.strftime("%H:%M"))
            )
        if printer.state in (PrinterCondition.UNREACHABLE, PrinterCondition.NO_QUEUE):
            return lines
        if not printer.accepting:
            lines.append(self.tr("The printer takes no new print jobs."))
        for kind, reason in staff_reasons(printer.reasons):
            lines.append(
                words.get(kind)
                or self.tr("The printer reports: %1").replace("%1", reason)
            )
        if printer.supplies:
            parts = []
            for supply in printer.supplies:
                text = (
                    self.tr("%1: %2%")
                    .replace("%1", supply.name)
                    .replace("%2", str(supply.percent))
                    if supply.percent >= 0
                    else self.tr("%1: level unknown").replace("%1", supply.name)
                )
                parts.append(text + (" " + self.tr("(low)") if supply.low else ""))
            lines.append(self.tr("Supplies: %1").replace("%1", ", ".join(parts)))
        if not printer.jobs:
            lines.append(self.tr("No print jobs are waiting."))
        elif len(printer.jobs) > MAX_JOB_BUTTONS:
            lines.append(
                self.tr("Print jobs: %1; the oldest are shown.").replace(
                    "%1", str(len(printer.jobs))
                )
            )
        return lines

    def _show_jobs(self, printer: PrinterState | None) -> None:
        while self.jobs.count():
            item = self.jobs.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.job_buttons.clear()
        states = {
            JobCondition.WAITING: self.tr("waiting"),
            JobCondition.HELD: self.tr("on hold"),
            JobCondition.PRINTING: self.tr("printing"),
            JobCondition.STOPPED: self.tr("stopped"),
        }
        jobs = printer.jobs[:MAX_JOB_BUTTONS] if printer else ()
        for job in jobs:
            state = states.get(job.state, job.state)
            text = (
                self.tr("Cancel print job %1 (%2, pages: %3)")
                .replace("%1", str(job.job_id))
                .replace("%2", state)
                .replace("%3", str(job.pages))
                if job.pages
                else self.tr("Cancel print job %1 (%2)")
                .replace("%1", str(job.job_id))
                .replace("%2", state)
            )
            button = QPushButton(text)
            button.setMinimumHeight(BUTTON_PX)
            button.setAccessibleName(text)
            button.clicked.connect(
                lambda _=False, j=job.job_id: self.act("cancel_job", j)
            )
            self.jobs.addWidget(button)
            self.job_buttons[job.job_id] = button

    def _enable_printer_actions(self) -> None:
        printing = self._snap.printing if self._snap else self._printer is not None
        self.buttons["test_page"].setEnabled(printing and not self._busy)
        for button in self.job_buttons.values():
            button.setEnabled(not self._busy)

    # -- acting --------------------------------------------------------------

    def act(self, key: str, job_id: int = 0) -> None:
        self.idle.start()
        a = self._actions
        if key == "lock":
            klog.staff.info("staff action: lock")
            emit(self.lockRequested)
            return
        if key in ("cancel_job", "test_page"):
            self._printer_action(key, job_id)
            return
        if key == "end_session":
            klog.staff.info("staff action: end the session now")
            a.end_session_now()
            self._tell(
                self.tr("The session was ended. Everything of it is being deleted.")
            )
        elif key == "out_of_service":
            text = self.message.text().strip()
            # The message is the staff's; still only its length goes to the log.
            klog.staff.info(
                "staff action: out of service (message: %d chars)", len(text)
            )
            a.set_out_of_service(text)
            self._tell(
                self.tr("The station is out of service. Residents see your message.")
                if text
                else self.tr("The station is out of service.")
            )
        elif key == "back_in_service":
            klog.staff.info("staff action: back in service")
            a.return_to_service()
            self.message.clear()
            self._tell(self.tr("The station is back in service."))
        elif key == "card_ack":
            klog.staff.info("staff action: forgotten card acknowledged")
            a.acknowledge_forgotten_card()
            self._tell(self.tr("Thank you. The station no longer waits for the card."))
        elif key == "screen_reader":
            on = a.toggle_screen_reader()
            klog.staff.info("staff action: screen reader %s", "on" if on else "off")
            self._tell(
                self.tr("The screen reader is on until the session ends.")
                if on
                else self.tr("The screen reader is off.")
            )
        self.refresh()

    def _printer_action(self, key: str, job_id: int) -> None:
        if self._busy:
            return  # one printer action at a time
        self._busy = key
        self._enable_printer_actions()
        if key == "cancel_job":
            klog.staff.info("staff action: cancel print job %d", job_id)
            self._tell(self.tr("Cancelling print job %1 …").replace("%1", str(job_id)))

            def work() -> ActionResult:
                return self._actions.cancel_print_job(job_id)

        else:
            klog.staff.info("staff action: print a test page")
            self._tell(self.tr("Sending the test page …"))
            work = self._actions.print_test_page  # type: ignore[assignment]

        relay = self._relay

        def run() -> None:
            try:
                result: ActionResult | None = work()
            except Exception:
                klog.staff.exception("staff action %s failed", key)
                result = None
            emit(relay.action, key, result)

        self._start(run)

    def _action_done(self, key: str, result: ActionResult | None) -> None:
        self._busy = ""
        if result is None:
            self._tell(self.tr("That did not work. Please tell IT."))
        else:
            klog.staff.info(
                "staff action result: %s %s (job %d)",
                key.replace("_", " "),
                result.outcome.value,
                result.job_id,
            )
            job = str(result.job_id)
            texts = {
                Outcome.GONE: self.tr("Print job %1 had already ended.").replace(
                    "%1", job
                ),
                Outcome.NOT_OURS: self.tr(
                    "Print job %1 was not sent from this station; it cannot be "
                    "cancelled here."
                ).replace("%1", job),
                Outcome.UNAVAILABLE: self.tr(
                    "The printer cannot be reached. Please try again; if it "
                    "keeps failing, tell IT."
                ),
                Outcome.NO_PRINTER: self.tr("Printing is off at this station."),
                Outcome.DONE: (
                    self.tr("Print job %1 was cancelled.")
                    if key == "cancel_job"
                    else self.tr("The test page was sent to the printer (job %1).")
                ).replace("%1", job),
            }
            self._tell(texts[result.outcome])
        self._enable_printer_actions()
        self.refresh()
        emit(self.actionFinished, key)


class _Relay(QObject):
    """Carries the workers' results to the GUI thread (queued connections)."""

    snapshot = Signal(object)  # StationSnapshot | None
    printer = Signal(object)  # PrinterState | None
    action = Signal(str, object)  # key, ActionResult | None (it raised)


class _Activity(QObject):
    """Real input in the panel's window restarts the idle clock."""

    def __init__(self, idle: QTimer) -> None:
        super().__init__(idle)
        self._idle = idle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._idle.isActive():
            self._idle.start()
        return False
