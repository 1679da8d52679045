"""The staff panel: the station's state and the few actions staff need.

No file system, no terminal, no settings. Every action is logged to
kiosk.staff without personal data. It asks to be locked (`lockRequested`)
after `staff.idle_lock_seconds` without input in its window.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk import log as klog
from kiosk.config import StaffConfig
from kiosk.qtsignals import emit
from kiosk.staff.status import (
    StaffActions,
    StationSnapshot,
    StationStatus,
    format_cents,
    format_uptime,
)

BUTTON_PX = 56
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
    }
)


class StaffPanel(QWidget):
    lockRequested = Signal()
    _snapshotReady = Signal(object)

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
        self.setAccessibleName(self.tr("Staff panel"))
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(config.idle_lock_seconds * 1000)
        self.idle.timeout.connect(self._idle_lock)
        self.state = QLabel(self.tr("Loading the station state …"))
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Station state"))
        self.message = QLineEdit()
        self.message.setAccessibleName(self.tr("Message for residents"))
        self.message.setPlaceholderText(self.tr("Message residents will see"))
        self.message.setMinimumHeight(BUTTON_PX)
        self.message.setMaxLength(200)
        self.jobs = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for key, text, row in (
            ("end_session", self.tr("End the session now"), row1),
            ("out_of_service", self.tr("Out of service"), row1),
            ("back_in_service", self.tr("Back in service"), row1),
            ("test_page", self.tr("Print a test page"), row2),
            ("card_ack", self.tr("Forgotten card taken"), row2),
            ("lock", self.tr("Lock"), row2),
        ):
            row.addWidget(self._button(key, text))
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(self.jobs)
        layout.addWidget(self.message)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self._snapshotReady.connect(self.show_snapshot)
        self._activity = _Activity(self.idle)

    def _button(self, key: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(BUTTON_PX)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self.act(key))
        self.buttons[key] = button
        return button

    # -- lifecycle of the panel ----------------------------------------------

    def open(self) -> None:
        """Called on unlock: start the idle clock and fetch the state."""
        handle = self.window().windowHandle()
        if handle is not None:
            handle.installEventFilter(self._activity)
        self.idle.start()
        self.refresh()

    def close_panel(self) -> None:
        self.idle.stop()
        self.message.clear()
        handle = self.window().windowHandle()
        if handle is not None:
            handle.removeEventFilter(self._activity)

    def _idle_lock(self) -> None:
        klog.staff.info("staff panel locked after idle time")
        emit(self.lockRequested)

    def refresh(self) -> None:
        threading.Thread(target=self._fetch, daemon=True).start()

    def _fetch(self) -> None:
        try:
            snap = self._status.snapshot()
        except Exception:  # a broken provider must not break the panel
            klog.staff.exception("station state could not be read")
            return
        emit(self._snapshotReady, snap)

    # -- showing -------------------------------------------------------------

    def show_snapshot(self, snap: StationSnapshot) -> None:
        tr = self.tr
        lines = [
            tr("Version %1, running for %2")
            .replace("%1", snap.version)
            .replace("%2", format_uptime(snap.uptime_seconds)),
            tr("Out of service") if snap.out_of_service else tr("In service"),
            tr("A resident is using the station")
            if snap.in_session
            else tr("Nobody is using the station"),
        ]
        for reader in snap.readers:
            card = tr("card inserted") if reader.card_present else tr("no card")
            lines.append(f"{reader.name}: {card} {reader.card_kind}".rstrip())
        if snap.card_forgotten:
            lines.append(tr("A card was left in the reader"))
        if snap.printer is None:
            lines.append(tr("Printer: none"))
        else:
            p = snap.printer
            supplies = ", ".join(
                f"{name} {pct}%" if pct >= 0 else f"{name} ?"
                for name, pct in p.supplies
            )
            lines.append(
                tr("Printer: %1").replace("%1", " ".join([p.state, *p.reasons]))
                + (f" ({supplies})" if supplies else "")
            )
        lines.append(
            (tr("Network ok") if snap.network_ok else tr("No network"))
            + "; "
            + tr("last sync: %1").replace("%1", snap.last_sync or tr("never"))
        )
        if snap.disk_free_percent >= 0:
            lines.append(
                tr("Disk free: %1%").replace("%1", str(snap.disk_free_percent))
            )
        lines.append(
            tr("Today: %1 sessions, %2 pages")
            .replace("%1", str(snap.sessions_today))
            .replace("%2", str(snap.pages_today))
        )
        lines.append(
            tr("To collect for printing today: %1").replace(
                "%1", format_cents(snap.amount_to_collect_cents)
            )
        )
        self.state.setText("\n".join(lines))
        self.buttons["out_of_service"].setEnabled(not snap.out_of_service)
        self.buttons["back_in_service"].setEnabled(snap.out_of_service)
        self.buttons["end_session"].setEnabled(snap.in_session)
        self.buttons["card_ack"].setEnabled(snap.card_forgotten)
        self._show_jobs(snap)

    def _show_jobs(self, snap: StationSnapshot) -> None:
        while self.jobs.count():
            item = self.jobs.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for job in snap.printer.jobs if snap.printer else ():
            text = (
                self.tr("Cancel print job %1 (%2 pages, %3)")
                .replace("%1", str(job.job_id))
                .replace("%2", str(job.pages))
                .replace("%3", job.state)
            )
            button = QPushButton(text)
            button.setMinimumHeight(BUTTON_PX)
            button.setAccessibleName(text)
            button.clicked.connect(
                lambda _=False, j=job.job_id: self.act("cancel_job", j)
            )
            self.jobs.addWidget(button)

    # -- acting --------------------------------------------------------------

    def act(self, key: str, job_id: int = 0) -> None:
        self.idle.start()
        a = self._actions
        if key == "end_session":
            klog.staff.info("staff action: end the session now")
            a.end_session_now()
        elif key == "out_of_service":
            text = self.message.text().strip()
            # The message is the staff's, still only its length goes to the log.
            klog.staff.info(
                "staff action: out of service (message: %d chars)", len(text)
            )
            a.set_out_of_service(text)
        elif key == "back_in_service":
            klog.staff.info("staff action: back in service")
            a.return_to_service()
        elif key == "cancel_job":
            klog.staff.info("staff action: cancel print job %d", job_id)
            a.cancel_print_job(job_id)
        elif key == "test_page":
            klog.staff.info("staff action: print a test page")
            a.print_test_page()
        elif key == "card_ack":
            klog.staff.info("staff action: forgotten card acknowledged")
            a.acknowledge_forgotten_card()
        elif key == "lock":
            klog.staff.info("staff action: lock")
            emit(self.lockRequested)
            return
        self.refresh()


class _Activity(QObject):
    """Real input in the panel's window restarts the idle clock."""

    def __init__(self, idle: QTimer) -> None:
        super().__init__(idle)
        self._idle = idle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._idle.isActive():
            self._idle.start()
        return False
