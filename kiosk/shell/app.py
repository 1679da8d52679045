"""Composition root: builds the Qt application and wires the subsystems together.

Order matters and is kept in one place: logging, the sandbox check, URL
schemes and the web engine's early set-up before the QApplication exists; then the
window, the controller and the wipe at boot.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import config as kconfig
from kiosk import log
from kiosk.doctor import sandbox
from kiosk.session.events import OutOfServiceReason

if TYPE_CHECKING:
    from kiosk.shell.controller import SessionController
    from kiosk.shell.main_window import MainWindow

APP_NAME = "buergerterminal"


class StartupRefused(Exception):
    """The shell must not start like this; the message says why and what to do."""


def check_lockdown(
    env: dict[str, str], argv: list[str], *, allow_no_sandbox: bool
) -> None:
    """Refuse remote debugging always, a disabled sandbox unless explicitly allowed."""
    verdict = sandbox.evaluate(env, argv)
    if verdict.remote_debugging:
        raise StartupRefused(
            f"remote debugging is requested ({verdict.describe()}); "
            "remove it from the environment and arguments"
        )
    if verdict.sandbox_off and not allow_no_sandbox:
        raise StartupRefused(
            f"the Chromium sandbox is off ({verdict.describe()}); a public terminal "
            "runs only with it on. For tests or the demo pass --allow-no-sandbox"
        )
    if verdict.sandbox_off:
        log.init.warning(
            "!!! THE CHROMIUM SANDBOX IS OFF (%s): tests and demo only !!!",
            verdict.describe(),
        )


def early_init() -> None:
    """Everything that must happen before the QApplication exists."""
    from kiosk.launcher.web.schemes import prepare_before_application
    from kiosk.qtsignals import protect_singletons

    protect_singletons()  # PySide6 6.12 slot calls spend None's references
    prepare_before_application()


@dataclass
class Station:
    """The running shell's parts, for `kiosk run`, the demo and tests."""

    config: kconfig.Config
    window: object
    controller: object
    # What must end with the shell: watcher threads, AusweisApp, print workers.
    stops: list[Callable[[], None]] = field(default_factory=list)

    def shutdown(self) -> None:
        """Stop what the wiring started, last first (at quit, and by tests)."""
        while self.stops:
            stop = self.stops.pop()
            try:
                stop()
            except Exception:
                log.init.exception("stopping %s failed", stop)


def build_station(config: kconfig.Config, app: object) -> Station:
    from PySide6.QtWidgets import QApplication

    from kiosk.shell.controller import SessionController
    from kiosk.shell.main_window import EscapeKeyFilter, MainWindow
    from kiosk.ui.display import DisplaySettings
    from kiosk.ui.i18n import Languages

    assert isinstance(app, QApplication)
    display = DisplaySettings(app)  # the style sheet, contrast and text size
    window = MainWindow(config, display)
    controller = SessionController(config, window, Languages(app), parent=window)
    controller.wiper.register("display", display.wipe)
    window.keyboard.follow_focus(app)
    # Filters sit on the top-level QWindow, not the QApplication: every input
    # event from the window system passes it first, while the application-wide
    # stream also carries QtQuick-internal deliveries that crash PySide's
    # wrapper lookup (seen with the web view's hover events under X11).
    window.winId()  # makes the native window, so windowHandle() exists
    handle = window.windowHandle()
    handle.installEventFilter(EscapeKeyFilter(window))
    handle.installEventFilter(controller.watchdog)
    stops: list[Callable[[], None]] = []
    _wire_cards(config, stops, window, controller)
    if config.eid.enabled:
        _wire_eid(config, stops, window, controller)
    counters = _wire_usage(config, window, controller)
    flow = (
        _wire_printing(config, stops, window, controller)
        if config.printing.enabled
        else None
    )
    _wire_staff(config, window, controller, counters, flow)
    station = Station(config=config, window=window, controller=controller, stops=stops)
    app.aboutToQuit.connect(station.shutdown)
    return station


def _wire_cards(
    config: kconfig.Config,
    stops: list[Callable[[], None]],
    window: MainWindow,
    controller: SessionController,
) -> None:
    """Card presence, and the gate that keeps the wipe until a card is taken."""
    from kiosk.cardreader.bridge import CardPresence
    from kiosk.cardreader.card_left import CardLeftGate
    from kiosk.cardreader.card_left_widget import CardLeftScreen, sound_chime
    from kiosk.cardreader.pcsc_api import ScardApi
    from kiosk.cardreader.watcher import PcscWatcher
    from kiosk.session.lifecycle import State

    presence = CardPresence(PcscWatcher(ScardApi()), parent=controller)
    gate = CardLeftGate(
        presence,
        config.eid.card_left_timeout_seconds,
        publish=controller.lifecycle.publish,
    )
    screen = CardLeftScreen(chime=sound_chime(window))
    window.stack.addWidget(screen)
    waiting: list[Callable[[], None]] = []

    def where() -> str:
        return _reader_location(config, controller)

    def card_gate(proceed: Callable[[], None]) -> None:
        if not gate.any_card_present():
            proceed()
            return
        waiting[:] = [proceed]
        screen.show_waiting(where())
        window.stack.setCurrentWidget(screen)
        gate.wait()

    def taken() -> None:
        if waiting:
            waiting.pop()()
        elif (
            controller.lifecycle.state is State.OUT_OF_SERVICE
            and controller.lifecycle.out_of_service_reason
            == OutOfServiceReason.CARD_LEFT
        ):
            controller.return_to_service()  # the card is back with its owner

    def timed_out() -> None:
        # The session ends anyway; the station waits out of service until
        # the card is taken (then `taken` puts it back).
        controller.lifecycle.set_out_of_service(OutOfServiceReason.CARD_LEFT)
        if waiting:
            waiting.pop()()
        screen.show_out_of_service(where())
        window.stack.setCurrentWidget(screen)
        # The gate keeps watching after its deadline: `taken` comes when the
        # card is removed.

    presence.statusChanged.connect(window.shellbar.show_reader_status)
    window.shellbar.show_reader_status(presence.status.value)
    gate.cardTaken.connect(taken)
    gate.timedOut.connect(timed_out)
    controller.before_wipe.append(card_gate)
    presence.start()
    stops.append(presence.stop)
    controller.card_presence = presence
    controller.card_gate = gate  # the staff panel's "forgotten card taken"


def _reader_location(config: kconfig.Config, controller: SessionController) -> str:
    """Where the card reader is, in the resident's language (German otherwise)."""
    texts = config.station.reader_location
    return texts.get(controller.language) or texts.get("de", "")  # type: ignore[call-overload, no-any-return]


def _wire_eid(
    config: kconfig.Config,
    stops: list[Callable[[], None]],
    window: MainWindow,
    controller: SessionController,
) -> None:
    """Page activations → AusweisApp → the guide; AusweisApp fresh per session."""
    from kiosk.cardreader.ausweisapp import AusweisApp
    from kiosk.cardreader.eid_guide import EidGuide
    from kiosk.cardreader.eid_service import EidService
    from kiosk.cardreader.sdk_client import EidClient

    if config.eid.developer_mode:
        log.init.warning(
            "!!! eID DEVELOPER MODE IS ON: http tcTokens and a test card are "
            "accepted; tests and demo only, never on a station !!!"
        )
    ausweisapp = AusweisApp(
        Path(config.paths.session_dir), command=config.eid.command, port=0
    )
    service = EidService(
        ausweisapp,
        EidClient(),
        publish=controller.lifecycle.publish,
        developer_mode=config.eid.developer_mode,
        parent=controller,
    )
    guide = EidGuide(
        window,
        service,
        lambda: _reader_location(config, controller),
        offer_test_card=config.eid.developer_mode,
    )
    window.extra_overlays.append(guide)

    def activate(tc_token_url: str, back: Callable[[str], None]) -> bool:
        if not service.activate(tc_token_url, back):
            return False
        guide.show_state(service.client.state)
        return True

    controller.eid_handler = activate
    # Before the session folder is emptied: AusweisApp keeps its files there.
    controller.wiper.register("eid", service.wipe, before="files")
    if controller.card_presence is not None:
        controller.card_presence.serviceChanged.connect(  # type: ignore[attr-defined]
            service.client.pcsc_service_changed
        )
    stops.append(service.stop)
    controller.eid = service


def _wire_usage(
    config: kconfig.Config, window: MainWindow, controller: SessionController
) -> object:
    """Counters subscribe once to the lifecycle; their flush is a wipe step.

    The counter file opens right after the first screen is painted (its
    database layer takes a quarter second to load); events wait until then.
    """
    from kiosk.usage.deferred import WIPE_STEP, DeferredCounters

    def open_counters() -> tuple[object, object]:
        from zoneinfo import ZoneInfo

        from kiosk.usage.counters import UsageCounters
        from kiosk.usage.store import CounterStore

        Path(config.usage.database).parent.mkdir(parents=True, exist_ok=True)
        store = CounterStore(config.usage.database)
        return store, UsageCounters(store, ZoneInfo(config.usage.timezone))

    counters = DeferredCounters(open_counters)
    controller.lifecycle.subscribe(counters)
    controller.wiper.register(WIPE_STEP, counters.wipe_step)
    _after_first_paint(window, counters.open_quietly)
    return counters


def _after_first_paint(window: MainWindow, work: Callable[[], None]) -> None:
    """Run `work` once Welcome has painted (or after 2 s, if it never does)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, window, work)
            return False

    window.welcome.installEventFilter(FirstPaint(window))
    QTimer.singleShot(2000, window, work)  # `work` must not mind a second call


def _wire_printing(
    config: kconfig.Config,
    stops: list[Callable[[], None]],
    window: MainWindow,
    controller: SessionController,
) -> object:
    """Print → printToPdf → count and price → one confirmation → CUPS."""
    from kiosk.launcher.web.page import KioskPage
    from kiosk.printing.cups_gateway import CupsGateway
    from kiosk.printing.flow import PrintFlow
    from kiosk.printing.jobids import JobIdStore
    from kiosk.shell.print_overlay import PrintOverlay

    flow = PrintFlow(
        config.printing,
        gateway_factory=lambda: CupsGateway(
            config.printing.queue, config.printing.cups_server
        ),
        jobs=JobIdStore(Path(config.paths.state_dir) / "print-jobs"),
        temp_dir=Path(config.paths.session_dir) / "print",
        publish=controller.lifecycle.publish,
        parent=controller,
    )
    overlay = PrintOverlay(window)
    window.extra_overlays.append(overlay)
    flow.confirmationNeeded.connect(overlay.ask)
    for signal in (flow.refused, flow.troubleNeedsStaff, flow.failed, flow.progress):
        signal.connect(overlay.tell)
    flow.done.connect(
        # Only a job that printed is "ready"; a stopped or refunded one has
        # already said so through `failed` or `troubleNeedsStaff`.
        lambda outcome: overlay.tell_ready() if outcome.printed else None
    )
    flow.inFlightChanged.connect(lambda busy: overlay.confirm.set_in_flight(bool(busy)))
    overlay.confirm.confirmed.connect(flow.confirm)
    overlay.confirm.cancelled.connect(lambda: (flow.cancel(), overlay.hide()))

    def print_page(page: KioskPage) -> None:
        if flow.busy:
            return  # one print at a time: a page's print() loop gets one answer
        page.to_pdf(lambda data: flow.request_print(bytes(data)) if data else None)

    controller.print_handler = print_page
    window.documents_print = lambda path: flow.request_print(Path(path))
    controller.wiper.register("printing", flow.wipe)
    stops.append(flow.shutdown)
    return flow


def _wire_staff(
    config: kconfig.Config,
    window: MainWindow,
    controller: SessionController,
    store: object,
    flow: object | None,
) -> None:
    from kiosk.shell.panel_sources import panel_sources
    from kiosk.staff.access import Access
    from kiosk.staff.client import SocketPinVerifier
    from kiosk.staff.mode import StaffMode

    status, actions = panel_sources(config, controller, store, flow)
    mode = StaffMode(
        config.staff,
        SocketPinVerifier(config.staff.verifier_socket),
        status,
        actions,
        window,
    )
    mode.watch(window.windowHandle())
    controller.lifecycle.subscribe(mode.on_event)
    window.stack.addWidget(mode.pin_pad)
    window.stack.addWidget(mode.panel)

    def show(access: Access) -> None:
        if access in (Access.PIN_PAD, Access.CHECKING):
            window.close_overlays()
            window.stack.setCurrentWidget(mode.pin_pad)
        elif access is Access.UNLOCKED:
            window.stack.setCurrentWidget(mode.panel)
        else:
            controller.show_screen()

    def keep_panel(_state: str) -> None:
        # A panel action changes the state (wipe, out of service, Welcome):
        # staff keep their panel until they lock it or a session starts.
        if mode.state is Access.UNLOCKED:
            window.stack.setCurrentWidget(mode.panel)

    mode.changed.connect(show)
    controller.stateChanged.connect(keep_panel)
    controller.staff_mode = mode


def show_full_screen(window: object) -> None:
    """Full screen even without a window manager (cage, Xvfb): fill the screen."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    window.setGeometry(window.screen().geometry())
    window.showFullScreen()


def make_application(argv: list[str]) -> object:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Bürgerterminal")
    log.install_qt_handler()
    return app


def run_station(
    config_path: Path, *, allow_no_sandbox: bool, json_logging: bool
) -> int:
    try:
        config = kconfig.load(config_path)
    except kconfig.ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    for message in config.deprecations():
        log.init.warning("%s: %s", config_path, message)
    try:
        check_lockdown(dict(os.environ), sys.argv, allow_no_sandbox=allow_no_sandbox)
    except StartupRefused as exc:
        log.init.error("refusing to start: %s", exc)
        print(f"kiosk run: {exc}", file=sys.stderr)
        return 3
    early_init()
    app = make_application([])
    station = build_station(config, app)
    show_full_screen(station.window)
    station.controller.boot()  # type: ignore[attr-defined]
    log.init.info("station %s ready", config.station.id)
    return int(app.exec())  # type: ignore[attr-defined]
