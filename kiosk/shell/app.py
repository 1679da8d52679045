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

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.cardreader.bridge import CardPresence
    from kiosk.cardreader.card_left import CardLeftGate
    from kiosk.cardreader.card_left_flow import CardLeftFlow
    from kiosk.cardreader.eid_service import EidService
    from kiosk.launcher.web.page import KioskPage
    from kiosk.printing.flow import PrintFlow
    from kiosk.session.lifecycle import Lifecycle
    from kiosk.shell.controller import SessionController
    from kiosk.shell.documents import ShellDocuments
    from kiosk.shell.main_window import MainWindow
    from kiosk.speech.read_aloud import ReadAloud
    from kiosk.speech.screen_reader import ScreenReader
    from kiosk.staff.mode import StaffMode
    from kiosk.usage.deferred import DeferredCounters
    from kiosk.writer.screen import WriterScreen

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
    """Every part of a running station, built by `build_station` from a config.

    `kiosk run`, `kiosk demo`, the bench and the tests all start it with
    `start()` and end it with `shutdown()`.
    """

    config: kconfig.Config
    app: QApplication
    window: MainWindow
    controller: SessionController
    staff: StaffMode
    counters: DeferredCounters
    presence: CardPresence
    cards: CardLeftFlow
    eid: EidService | None = None
    printing: PrintFlow | None = None
    writer: WriterScreen | None = None
    documents: ShellDocuments | None = None  # scanner and USB stick
    speech: ReadAloud | None = None  # read aloud (None: off in the config)
    # What must end with the shell: watcher threads, AusweisApp, print workers.
    stops: list[Callable[[], None]] = field(default_factory=list)

    def start(self) -> None:
        """Full screen, then the wipe at boot: a crash mid-session leaves nothing."""
        show_full_screen(self.window)
        self.controller.boot()

    def shutdown(self) -> None:
        """Stop what the wiring started, last first (at quit, and by tests)."""
        while self.stops:
            stop = self.stops.pop()
            try:
                stop()
            except Exception:
                log.init.exception("stopping %s failed", stop)


def build_station(config: kconfig.Config, app: QApplication) -> Station:
    """Build every part, each given what it needs through its constructor."""
    from kiosk.session.lifecycle import Lifecycle
    from kiosk.session.wipe import Wiper
    from kiosk.shell.controller import SessionController
    from kiosk.shell.main_window import EscapeKeyFilter, MainWindow
    from kiosk.ui.display import DisplaySettings
    from kiosk.ui.i18n import Languages

    display = DisplaySettings(app)  # the style sheet, contrast and text size
    window = MainWindow(config, display)
    languages = Languages(app)
    lifecycle = Lifecycle(terms_required=bool(config.session.terms))
    wiper = Wiper()
    stops: list[Callable[[], None]] = []

    def where() -> str:
        """Where the card reader is, in the resident's language (else German)."""
        texts = config.station.reader_location
        return texts.get(languages.current) or texts.get("de", "")

    presence = _card_presence(stops, window, lifecycle)
    eid = _eid(config, stops, window, lifecycle, presence, where)
    printing = _printing(config, stops, window, lifecycle)
    controller = SessionController(
        config,
        window,
        languages,
        wiper=wiper,
        lifecycle=lifecycle,
        print_page=printing.print_page if printing else None,
        print_file=printing.print_file if printing else None,
        eid_handler=eid.activate if eid else None,
        parent=window,
    )
    wiper.register("display", display.wipe)
    if eid is not None:
        # Before the session folder is emptied: AusweisApp keeps its files there.
        wiper.register("eid", eid.service.wipe, before="files")
    if printing is not None:
        wiper.register("printing", printing.flow.wipe)
    writer = _writer(config, window, controller, printing)
    cards = _card_left(config, window, controller, presence)
    from kiosk.shell.documents import build_documents

    documents = build_documents(config, window, controller, stops)
    if writer is not None and documents is not None and documents.can_scan():
        writer.photo.set_scanner(documents.scan_photo)  # the CV photo, scanned
    speech = _read_aloud(config, window, controller, printing)
    screen_reader = _screen_reader(config, controller, stops)
    counters = _usage(config, window, controller)
    staff = _staff(
        config,
        window,
        controller,
        counters,
        printing,
        presence,
        cards.gate,
        stops,
        screen_reader=screen_reader.toggle,
    )
    window.keyboard.follow_focus(app)
    # Filters sit on the top-level QWindow, not the QApplication: every input
    # event from the window system passes it first, while the application-wide
    # stream also carries QtQuick-internal deliveries that crash PySide's
    # wrapper lookup (seen with the web view's hover events under X11).
    window.winId()  # makes the native window, so windowHandle() exists
    handle = window.windowHandle()
    handle.installEventFilter(EscapeKeyFilter(window))
    handle.installEventFilter(controller.watchdog)
    staff.watch(handle)
    station = Station(
        config=config,
        app=app,
        window=window,
        controller=controller,
        staff=staff,
        counters=counters,
        presence=presence,
        cards=cards,
        eid=eid.service if eid else None,
        printing=printing.flow if printing else None,
        writer=writer,
        speech=speech,
        stops=stops,
        documents=documents,
    )
    app.aboutToQuit.connect(station.shutdown)
    return station


def _card_presence(
    stops: list[Callable[[], None]], window: MainWindow, lifecycle: Lifecycle
) -> CardPresence:
    """The card readers, watched in a thread; their state in the shell bar."""
    from kiosk.cardreader.bridge import CardPresence
    from kiosk.cardreader.pcsc_api import ScardApi
    from kiosk.cardreader.watcher import PcscWatcher

    presence = CardPresence(PcscWatcher(ScardApi()), parent=window)
    presence.statusChanged.connect(window.shellbar.show_reader_status)
    window.shellbar.show_reader_status(presence.status.value)
    presence.start()
    stops.append(presence.stop)
    return presence


def _card_left(
    config: kconfig.Config,
    window: MainWindow,
    controller: SessionController,
    presence: CardPresence,
) -> CardLeftFlow:
    """The gate that keeps the wipe until a card is taken."""
    from kiosk.cardreader.card_left import CardLeftGate
    from kiosk.cardreader.card_left_flow import CardLeftFlow
    from kiosk.cardreader.card_left_widget import CardLeftScreen, sound_chime

    lifecycle = controller.lifecycle
    gate = CardLeftGate(
        presence, config.eid.card_left_timeout_seconds, publish=lifecycle.publish
    )
    screen = CardLeftScreen(chime=sound_chime(window))
    window.stack.addWidget(screen)
    texts = config.station.reader_location
    flow = CardLeftFlow(
        gate,
        screen,
        lifecycle,
        show=window.stack.setCurrentWidget,
        where=lambda: texts.get(controller.language) or texts.get("de", ""),
        return_to_service=controller.return_to_service,
    )
    controller.before_wipe.append(flow.before_wipe)
    return flow


@dataclass
class _Eid:
    service: EidService
    activate: Callable[[str, Callable[[str], None]], bool]


def _eid(
    config: kconfig.Config,
    stops: list[Callable[[], None]],
    window: MainWindow,
    lifecycle: Lifecycle,
    presence: CardPresence,
    where: Callable[[], str],
) -> _Eid | None:
    """Page activations → AusweisApp → the guide; AusweisApp fresh per session."""
    if not config.eid.enabled:
        return None
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
        publish=lifecycle.publish,
        developer_mode=config.eid.developer_mode,
        parent=window,
    )
    guide = EidGuide(window, service, where, offer_test_card=config.eid.developer_mode)
    window.extra_overlays.append(guide)

    def activate(tc_token_url: str, back: Callable[[str], None]) -> bool:
        if not service.activate(tc_token_url, back):
            return False
        guide.show_state(service.client.state)
        return True

    presence.serviceChanged.connect(service.client.pcsc_service_changed)
    stops.append(service.stop)
    return _Eid(service, activate)


def _usage(
    config: kconfig.Config, window: MainWindow, controller: SessionController
) -> DeferredCounters:
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


@dataclass
class _Printing:
    flow: PrintFlow
    print_page: Callable[[KioskPage], None]
    print_file: Callable[[str], object]


def _printing(
    config: kconfig.Config,
    stops: list[Callable[[], None]],
    window: MainWindow,
    lifecycle: Lifecycle,
) -> _Printing | None:
    """Print → printToPdf → count and price → one confirmation → CUPS."""
    if not config.printing.enabled:
        return None
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
        publish=lifecycle.publish,
        parent=window,
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

    stops.append(flow.shutdown)
    return _Printing(flow, print_page, lambda path: flow.request_print(Path(path)))


def _writer(
    config: kconfig.Config,
    window: MainWindow,
    controller: SessionController,
    printing: _Printing | None,
) -> WriterScreen | None:
    """The launcher tile "Write an application" and its screen (docs/writer.md)."""
    if not config.writer.enabled:
        return None
    from datetime import UTC, datetime

    from kiosk.session.events import ApplicationDocumentMade
    from kiosk.session.wipe import WipeStepFailed
    from kiosk.writer import templates
    from kiosk.writer.errors import TemplateError
    from kiosk.writer.screen import WriterScreen, tile_texts

    root = Path(config.writer.templates_dir or templates.BUILTIN)
    try:
        template = templates.load(root, config.writer.template)
    except TemplateError as exc:
        # The station serves everything else; `kiosk doctor` shows the fix.
        log.init.error("the application writer is left out: %s", exc)
        return None
    session = Path(config.paths.session_dir)
    lifecycle = controller.lifecycle
    screen = WriterScreen(
        template=template,
        documents=lambda: session / "documents",
        drafts=lambda: session / "writer",
        language=lambda: controller.language,
        show_pdf=lambda path: controller.bar.documents().viewer.show_pdf(path),
        print_file=printing.print_file if printing else None,
        published=lambda: lifecycle.publish(
            ApplicationDocumentMade(at=datetime.now(UTC))
        ),
    )
    window.content.addWidget(screen)

    def open_writer(_key: str) -> None:
        lifecycle.open_service("writer")
        window.content.setCurrentWidget(screen)
        window.shellbar.show_web_buttons(False)
        window.shellbar.show_host("", False)
        screen.worker.preload()
        screen.go(screen.step)

    def wipe() -> None:
        screen.reset()
        if screen.holds_text():
            raise WipeStepFailed("the writer still holds text")

    window.launcher.add_tool("writer", "writer", tile_texts)
    window.launcher.toolChosen.connect(open_writer)
    controller.wiper.register("writer", wipe, before="files")
    return screen


def _staff(
    config: kconfig.Config,
    window: MainWindow,
    controller: SessionController,
    counters: DeferredCounters,
    printing: _Printing | None,
    presence: CardPresence,
    gate: CardLeftGate,
    stops: list[Callable[[], None]],
    *,
    screen_reader: Callable[[], bool] | None = None,
) -> StaffMode:
    from kiosk.shell.panel_sources import panel_sources
    from kiosk.shell.station_state import StationStateWriter
    from kiosk.staff.access import Access
    from kiosk.staff.client import SocketPinVerifier
    from kiosk.staff.mode import StaffMode
    from kiosk.usage import stationstate

    flow = printing.flow if printing else None
    status, actions = panel_sources(
        config, controller, counters, flow, presence, gate, screen_reader
    )
    # The heartbeat's source: the sync process reads what this thread writes.
    state = StationStateWriter(
        status,
        controller,
        stationstate.path_for(config.usage.database),
        ready=lambda: counters.opened,
    )
    controller.stateChanged.connect(state.poke)
    state.start()
    stops.append(state.stop)
    mode = StaffMode(
        config.staff,
        SocketPinVerifier(config.staff.verifier_socket),
        status,
        actions,
        window,
    )
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
    return mode


def show_full_screen(window: QWidget) -> None:
    """Full screen even without a window manager (cage, Xvfb): fill the screen."""
    window.setGeometry(window.screen().geometry())
    window.showFullScreen()


def make_application(argv: list[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Bürgerterminal")
    log.install_qt_handler()
    return app


def run_station(
    config_path: Path, *, allow_no_sandbox: bool, json_logging: bool
) -> int:
    from kiosk.shell.watchdog import start_watchdog

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
    station.start()
    start_watchdog(app)  # the app owns the timer
    log.init.info("station %s ready", config.station.id)
    return int(app.exec())


def _read_aloud(
    config: kconfig.Config,
    window: MainWindow,
    controller: SessionController,
    printing: _Printing | None,
) -> ReadAloud | None:
    """Read aloud; its engine is made once Welcome has painted (it takes 1.5 s)."""
    from kiosk.shell.read_aloud import wire_read_aloud

    reader = wire_read_aloud(
        config, window, controller, printing.flow if printing else None
    )
    if reader is not None:
        _after_first_paint(window, reader.speaker.warm)
    return reader


def _screen_reader(
    config: kconfig.Config,
    controller: SessionController,
    stops: list[Callable[[], None]],
) -> ScreenReader:
    """Orca for one session, when staff switch it on; the wipe stops it."""
    from kiosk.speech import atspi
    from kiosk.speech.screen_reader import ScreenReader

    reader = ScreenReader(config.speech.screen_reader, after_stop=atspi.switch_off)
    controller.wiper.register("screen-reader", reader.wipe)
    # Read aloud and Orca share one autospawned speech-dispatcher; whatever
    # its logs took in during the session goes (kiosk/speech/speechd.py).
    from kiosk.speech.speechd import SpeechdLogs

    controller.wiper.register("speech-logs", SpeechdLogs.from_env().wipe)
    stops.append(reader.stop)
    return reader
