"""The one SDK WebSocket to AusweisApp, held for the whole session.

Messages arrive on the GUI thread (QWebSocket is event-driven), go through
the pure state machine in `sdk`, and come out as `stateChanged`. Only
message names are logged, never their content.

After a pcscd restart AusweisApp 1.26 loses its readers until the next SDK
connection; `pcsc_service_changed(True)` reconnects when no workflow runs
(closing the socket mid-workflow would cancel it).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtNetwork import QNetworkRequest
from PySide6.QtWebSockets import QWebSocket

from kiosk import __version__
from kiosk import log as klog
from kiosk.cardreader import sdk
from kiosk.qtsignals import emit

RETRY_MS = 250
RETRIES = 40  # AusweisApp answers 429 until it has seen the last client go


class EidClient(QObject):
    stateChanged = Signal(object)  # sdk.EidState
    connectedChanged = Signal(bool)
    finished = Signal(object)  # sdk.EidState with FINISHED or FAILED

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Made on the first open: the first QWebSocket of a process sets up
        # TLS (about 0.1 s), which the shell's cold start need not wait for.
        self._socket: QWebSocket | None = None
        self._state = sdk.initial()
        self._port: int | None = None
        self._connected_now = False
        self._pcsc_was_down = False
        self._attempts_left = 0

    @property
    def state(self) -> sdk.EidState:
        return self._state

    @property
    def connected(self) -> bool:
        return self._connected_now

    def open(self, port: int) -> None:
        """Connect, retrying for a while: AusweisApp may still be starting."""
        self._port = port
        self._attempts_left = RETRIES
        self._try_open()

    def _made_socket(self) -> QWebSocket:
        if self._socket is None:
            self._socket = QWebSocket("", parent=self)
            self._socket.connected.connect(self._connected)
            self._socket.disconnected.connect(self._disconnected)
            self._socket.textMessageReceived.connect(self._received)
        return self._socket

    def _try_open(self) -> None:
        if self._port is None:
            return
        request = QNetworkRequest(QUrl(f"ws://127.0.0.1:{self._port}/eID-Kernel"))
        request.setRawHeader(b"User-Agent", f"Buergerterminal/{__version__}".encode())
        self._made_socket().open(request)

    def close(self) -> None:
        """Drop the socket at once; AusweisApp cancels a running workflow."""
        self._attempts_left = 0
        if self._socket is not None:
            self._socket.abort()

    def reconnect(self) -> None:
        if self._port is None:
            return
        if self._socket is not None:
            self._socket.abort()
        self.open(self._port)

    def pcsc_service_changed(self, up: bool) -> None:
        """Connect CardPresence.serviceChanged here (pitfall: readers lost)."""
        if not up:
            self._pcsc_was_down = True
        elif self._pcsc_was_down and not self._state.running:
            self._pcsc_was_down = False
            klog.cardreader.info(
                "pcscd is back: reconnecting to AusweisApp for its readers"
            )
            self.reconnect()

    # -- actions (raise EidStateError when they do not fit the screen) ---------

    def run_auth(self, tc_token_url: str, developer_mode: bool = False) -> None:
        self._apply(sdk.run_auth(self._state, tc_token_url, developer_mode))

    def run_change_pin(self) -> None:
        self._apply(sdk.run_change_pin(self._state))

    def accept(self) -> None:
        self._apply(sdk.accept(self._state))

    def cancel(self) -> None:
        self._apply(sdk.cancel(self._state))

    def enter_secret(self, value: str | None) -> None:
        self._apply(sdk.enter_secret(self._state, value))

    def set_card(self, reader: str) -> None:
        self._apply(sdk.set_card(self._state, reader))

    def finish(self) -> None:
        self._apply(sdk.finish(self._state))

    def send_raw(self, payload: dict[str, object]) -> None:
        """Only for tests that probe AusweisApp's own checks."""
        self._made_socket().sendTextMessage(json.dumps(payload))

    # -- internals -------------------------------------------------------------

    def _apply(self, step: sdk.Step) -> None:
        was_running = self._state.running
        state = self._state = step.state
        for command in step.commands:
            klog.cardreader.debug("eID command %s", command.cmd)
            self._made_socket().sendTextMessage(command.to_json())
        # A receiver may act at once (finish, cancel): the signals carry this
        # step's state, not whatever the receivers made of it.
        emit(self.stateChanged, state)
        if was_running and not state.running and state.workflow:
            emit(self.finished, state)

    def _connected(self) -> None:
        self._attempts_left = 0
        self._connected_now = True
        emit(self.connectedChanged, True)
        self._apply(sdk.on_connected(self._state))

    def _disconnected(self) -> None:
        if not self._connected_now:
            # A failed attempt (refused, or 429 while the old client lingers).
            if self._attempts_left > 0:
                self._attempts_left -= 1
                QTimer.singleShot(RETRY_MS, self, self._try_open)
            return
        self._connected_now = False
        emit(self.connectedChanged, False)
        self._apply(sdk.on_disconnected(self._state))

    def _received(self, text: str) -> None:
        try:
            msg = json.loads(text)
        except ValueError:
            klog.cardreader.warning(
                "AusweisApp sent a message that is not JSON; ignored"
            )
            return
        if not isinstance(msg, dict):
            return
        klog.cardreader.debug("eID message %s", msg.get("msg"))
        self._apply(sdk.on_message(self._state, msg))
