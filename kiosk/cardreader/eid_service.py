"""The shell's side of the Online-Ausweis: one activation at a time.

A page's activation (caught by the web layer) becomes RUN_AUTH here; the SDK
state goes out as `stateChanged` for the guide screens; the final AUTH sends
the page that started it to the provider's result address, or ends on the
guide's error screen. Usage counts get "started" and the outcome through the
event bus; the tcTokenURL and the result address are never logged.

The wipe (`wipe`) drops the socket (AusweisApp cancels what runs), stops
AusweisApp and proves its files are gone; a fresh one starts right after the
wipe, and the client connects with retries while the next resident is greeted.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import log as klog
from kiosk.cardreader import sdk
from kiosk.cardreader.ausweisapp import AusweisApp
from kiosk.cardreader.errors import AusweisAppError, EidStateError
from kiosk.cardreader.sdk_client import EidClient
from kiosk.qtsignals import emit
from kiosk.session.events import EidWorkflow, Event
from kiosk.session.wipe import WipeStepFailed

Navigate = Callable[[str], None]


class Availability(enum.Enum):
    READY = "ready"
    STARTING = "starting"  # AusweisApp runs, the socket is not up yet
    DOWN = "down"  # not installed, switched off, or it would not start


class EidService(QObject):
    stateChanged = Signal(object)  # sdk.EidState, while a workflow is shown
    availabilityChanged = Signal(str)  # Availability value
    finished = Signal(object)  # the final sdk.EidState

    def __init__(
        self,
        app: AusweisApp,
        client: EidClient,
        *,
        publish: Callable[[Event], None],
        now: Callable[[], datetime] = datetime.now,
        developer_mode: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._client = client
        self._publish = publish
        self._now = now
        self._developer_mode = developer_mode  # http tcTokens: tests and demo only
        self._navigate: Navigate | None = None
        self._availability = Availability.DOWN
        # The fresh AusweisApp after a wipe; stop() cancels it.
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.setInterval(0)
        self._restart.timeout.connect(self.start)
        client.stateChanged.connect(self._on_state)
        client.finished.connect(self._on_finished)
        client.connectedChanged.connect(lambda _up: self._update_availability())

    @property
    def client(self) -> EidClient:
        return self._client

    @property
    def availability(self) -> Availability:
        return self._availability

    @property
    def busy(self) -> bool:
        return self._client.state.running

    def start(self) -> None:
        """At boot: AusweisApp up, the socket opening in the background."""
        try:
            port = self._app.spawn()
        except AusweisAppError as exc:
            klog.cardreader.error("the Online-Ausweis is not available: %s", exc)
        else:
            self._client.open(port)
        self._update_availability()

    def stop(self) -> None:
        self._restart.stop()
        self._navigate = None
        self._client.close()
        self._app.stop()
        self._update_availability()

    # -- the resident's workflow -------------------------------------------------

    def activate(self, tc_token_url: str, navigate: Navigate) -> bool:
        """Start an authentication for a page; False when it cannot start now."""
        if self._availability is not Availability.READY:
            klog.cardreader.warning(
                "eID activation while AusweisApp is %s", self._availability
            )
            return False
        try:
            self._client.run_auth(tc_token_url, developer_mode=self._developer_mode)
        except EidStateError:
            klog.cardreader.info("eID activation ignored: a workflow already runs")
            return False
        self._navigate = navigate
        klog.cardreader.info("eID authentication started")
        self._publish(EidWorkflow(at=self._now(), succeeded=None))
        return True

    def accept(self) -> None:
        self._client.accept()

    def cancel(self) -> None:
        if self._client.state.running:
            self._client.cancel()

    def enter_secret(self, value: str | None) -> None:
        self._client.enter_secret(value)

    def use_simulator(self) -> None:
        """Demo stations: AusweisApp's built-in test card instead of a real one."""
        self._client.set_card("Simulator")

    def close_result(self) -> None:
        """The resident has seen the outcome: back to idle."""
        if self._client.state.workflow is not None and not self._client.state.running:
            self._client.finish()

    # -- wipe ----------------------------------------------------------------

    def wipe(self) -> None:
        """Wipe step: nothing of the last resident's eID use stays.

        It runs before the session directory is emptied (AusweisApp keeps its
        files there); the fresh AusweisApp starts once the wipe is through.
        """
        self._navigate = None  # the page it would return to is gone
        self._client.close()
        self._app.stop()
        if self._app.running:
            raise WipeStepFailed(f"AusweisApp (pid {self._app.pid}) still runs")
        try:
            self._app.remove_files()
        except OSError as exc:
            raise WipeStepFailed(f"AusweisApp's files stay: {exc}") from None
        left = self._app.leftovers()
        if left:
            raise WipeStepFailed(f"{len(left)} AusweisApp file(s) left behind")
        self._update_availability()
        self._restart.start()

    # -- internals -------------------------------------------------------------

    def _on_state(self, state: sdk.EidState) -> None:
        self._update_availability()
        if state.workflow is not None:
            emit(self.stateChanged, state)

    def _on_finished(self, state: sdk.EidState) -> None:
        if state.workflow is not sdk.Workflow.AUTH:
            return
        navigate, self._navigate = self._navigate, None
        self._publish(EidWorkflow(at=self._now(), succeeded=state.success is True))
        klog.cardreader.info(
            "eID authentication ended: %s", "ok" if state.success else state.error
        )
        if navigate is not None and state.result_url:
            # Success or not, the provider's page says what happened.
            navigate(state.result_url)
        emit(self.finished, state)

    def _update_availability(self) -> None:
        if self._client.connected and self._client.state.api_level is not None:
            new = Availability.READY
        elif self._app.running:
            new = Availability.STARTING
        else:
            new = Availability.DOWN
        if new is not self._availability:
            self._availability = new
            emit(self.availabilityChanged, new.value)
