"""The session controller: lifecycle ↔ screens ↔ web views ↔ wipe.

The shell bar's own actions (page history, zoom, print, documents, help) are
`bar_actions.BarActions`'s; this presents the lifecycle's states as screens.

It holds no rules of its own: the lifecycle decides what may happen, the
policy what may load, the wipe steps what is left. Other subsystems plug in
through `wiper.register`, `lifecycle.subscribe` and `before_wipe` gates.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from kiosk import log
from kiosk.config import Config
from kiosk.launcher.policy import policies_from_config
from kiosk.launcher.web.profile import accept_language
from kiosk.launcher.web.session import SessionWeb
from kiosk.launcher.web.view import ServiceView
from kiosk.qtsignals import emit
from kiosk.session.events import EndReason, OutOfServiceReason
from kiosk.session.idle import IdleWatchdog
from kiosk.session.lifecycle import IN_SESSION, Lifecycle, State
from kiosk.session.wipe import Wiper, WipeReport, WipeStepFailed
from kiosk.shell.bar_actions import BarActions, PrintPage
from kiosk.shell.main_window import MainWindow
from kiosk.ui.i18n import Languages

TIME_WARNINGS_MINUTES = (5, 1)
# A failed wipe is tried again this often while the station is out of service
# for that reason alone (each try may wait up to 15 s for CUPS).
WIPE_RETRY_SECONDS = 60

# (tcTokenURL, back to the page) -> whether the eID guide took it.
EidHandler = Callable[[str, Callable[[str], None]], bool]

# A gate runs before the wipe and calls `proceed` when the wipe may start
# (the card reader's "please take your card" is one).
Gate = Callable[[Callable[[], None]], None]


class SessionController(QObject):
    wipeFinished = Signal(object)  # WipeReport
    stateChanged = Signal(str)  # State.value

    def __init__(
        self,
        config: Config,
        window: MainWindow,
        languages: Languages,
        *,
        wiper: Wiper | None = None,
        lifecycle: Lifecycle | None = None,
        print_page: PrintPage | None = None,
        print_file: Callable[[str], object] | None = None,
        eid_handler: EidHandler | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.window = window
        self.languages = languages
        self.session_dir = Path(config.paths.session_dir)
        self.lifecycle = lifecycle or Lifecycle(
            terms_required=bool(config.session.terms)
        )
        self.wiper = wiper or Wiper()
        self.policies = policies_from_config(config.services)
        self.web: SessionWeb | None = None
        self.before_wipe: list[Gate] = []
        self._eid_handler = eid_handler
        self.last_report: WipeReport | None = None
        self.language = config.station.default_language
        self._monotonic = monotonic
        self._started = 0.0
        self._warned_minutes: set[int] = set()
        self.staff_message = ""

        self.watchdog = IdleWatchdog(
            idle_seconds=config.session.idle_timeout_seconds,
            warning_seconds=config.session.idle_warning_seconds,
            clock=monotonic,
            parent=self,
        )
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self.check_time_limit)
        # Out of service after a failed wipe: try the wipe again now and then,
        # so the station is back by itself once CUPS (or the disk) is.
        self.wipe_retry = QTimer(self)
        self.wipe_retry.setInterval(WIPE_RETRY_SECONDS * 1000)
        self.wipe_retry.timeout.connect(self._retry_wipe)

        self.bar = BarActions(
            window,
            lambda: self.session_dir / "documents",
            self.current_view,
            lambda: self.web,
            print_page=print_page,
            print_file=print_file,
            parent=self,
        )
        self.wiper.register("web", self._wipe_web)
        self.wiper.register("files", self._wipe_files)
        self.wiper.register("clipboard", self._wipe_clipboard)
        self.wiper.register("shell", self._wipe_shell)
        self.lifecycle.watch(self._on_state)
        self._connect_ui()

    # -- wiring ---------------------------------------------------------------

    def _connect_ui(self) -> None:
        w = self.window
        w.welcome.languageChosen.connect(self.choose_language)
        w.welcome.startRequested.connect(self.start)
        w.terms.accepted.connect(self.lifecycle.accept_terms)
        w.terms.declined.connect(lambda: self.end(EndReason.RESIDENT))
        w.launcher.serviceChosen.connect(self.open_service)
        bar = w.shellbar
        bar.home.connect(self.show_launcher)
        bar.languageRequested.connect(w.language.open)
        bar.endSession.connect(w.confirm_end.open)
        w.language.chosen.connect(self.choose_language)
        bar.keyboardRequested.connect(w.keyboard.toggle)
        if w.display is not None:
            w.welcome.displayRequested.connect(w.display.open)
            bar.displayRequested.connect(w.display.open)
        w.confirm_end.cancelled.connect(w.confirm_end.hide)
        w.confirm_end.confirmed.connect(lambda: self.end(EndReason.RESIDENT))
        w.idle.continued.connect(self.resume)
        self.watchdog.warn.connect(self._on_idle_warning)
        self.watchdog.countdown.connect(w.idle.show_seconds)
        self.watchdog.expired.connect(lambda: self.end(EndReason.IDLE))

    @property
    def prints(self) -> bool:
        """Whether this station offers printing."""
        return self.bar.prints

    # -- resident actions -----------------------------------------------------

    def boot(self) -> None:
        """The wipe also runs at start: a crash mid-session leaves nothing."""
        self.choose_language(self.config.station.default_language)
        self.lifecycle.begin_wipe()
        self._run_wipe()

    def choose_language(self, language: str) -> None:
        self.language = language
        self.languages.switch(language)
        self.window.welcome.mark_language(language)
        self.window.keyboard.set_language(language)
        self.window.terms.show_language(language)
        self.window.launcher.show_language(language)
        if self.lifecycle.state in IN_SESSION:
            self.lifecycle.change_language(language)
            if self.web is not None:
                self.web.set_language(accept_language(language))

    def start(self) -> None:
        if self.lifecycle.state is not State.WELCOME:
            return
        (self.session_dir / "documents").mkdir(parents=True, exist_ok=True)
        self._started = self._monotonic()
        self._warned_minutes.clear()
        self.lifecycle.start(self.language)

    def open_service(self, service_id: str) -> ServiceView:
        self.lifecycle.open_service(service_id)
        web = self._session_web()
        service = self.config.service(service_id)
        view, new = web.view_for(service_id, service.start_url)
        if new:
            view.endSessionRequested.connect(lambda: self.end(EndReason.RESIDENT))
            view.hostChanged.connect(
                lambda host, secure, v=view: self._host_changed(v, host, secure)
            )
            self.window.content.addWidget(view)
        self.window.content.setCurrentWidget(view)
        self.window.shellbar.show_web_buttons(True)
        self._host_changed(
            view, view.page.url().host(), view.page.url().scheme() == "https"
        )
        view.view.setFocus()
        return view

    def show_launcher(self) -> None:
        self.window.content.setCurrentWidget(self.window.launcher)
        self.window.shellbar.show_web_buttons(False)
        self.window.shellbar.show_host("", False)

    def current_view(self) -> ServiceView | None:
        widget = self.window.content.currentWidget()
        return widget if isinstance(widget, ServiceView) else None

    def resume(self) -> None:
        self.window.idle.hide()
        self.watchdog.resume()
        if self.lifecycle.state is State.IDLE_WARNING:
            self.lifecycle.resume()

    def end(self, reason: EndReason) -> None:
        """End the session (any reason) and wipe; safe to call more than once."""
        if self.lifecycle.state not in IN_SESSION:
            return
        if self.web is not None and self.web.waits.active:
            # A page dialog or the picker is waiting in a nested loop: let it
            # unwind first, then end from the main loop.
            self.web.waits.abort_all()
            QTimer.singleShot(0, lambda: self.end(reason))
            return
        self.watchdog.disarm()
        self._clock_timer.stop()
        self.lifecycle.end(reason)
        self._pass_gates(list(self.before_wipe))

    def set_out_of_service(
        self, message: str = "", reason: OutOfServiceReason = OutOfServiceReason.STAFF
    ) -> None:
        self.staff_message = message
        self.lifecycle.set_out_of_service(reason)
        if self.lifecycle.state in IN_SESSION:
            self.end(EndReason.STAFF)

    def return_to_service(self) -> None:
        self.staff_message = ""
        self.lifecycle.return_to_service()
        self._run_wipe()

    # -- the wipe ---------------------------------------------------------------

    def _pass_gates(self, gates: list[Gate]) -> None:
        if not gates:
            self.lifecycle.begin_wipe()
            self._run_wipe()
            return
        first, rest = gates[0], gates[1:]
        first(lambda: self._pass_gates(rest))

    def _retry_wipe(self) -> None:
        if not self.lifecycle.may_retry_wipe:
            self.wipe_retry.stop()
            return
        log.session.info("retrying the failed wipe")
        self.lifecycle.retry_wipe()
        self._run_wipe()

    def _run_wipe(self) -> None:
        self.window.stack.setCurrentWidget(self.window.wiping)
        report = self.wiper.run()
        self.last_report = report
        if not report.ok:
            log.session.error(
                "wipe failed, station out of service: %s", report.summary()
            )
        self.lifecycle.wipe_finished(report.ok, report.failed)
        emit(self.wipeFinished, report)

    def _wipe_web(self) -> None:
        web, self.web = self.web, None
        if web is not None:
            for view in list(web.views.values()):
                self.window.content.removeWidget(view)
            web.close()
            web.deleteLater()

    def _wipe_files(self) -> None:
        if self.session_dir.exists():
            shutil.rmtree(self.session_dir, ignore_errors=True)
        if self.session_dir.exists():
            left = sum(1 for _ in self.session_dir.rglob("*"))
            raise WipeStepFailed(f"{left} item(s) left in the session directory")

    def _wipe_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            clipboard.clear(mode)
        for mode in modes:
            data = clipboard.mimeData(mode)
            if data is not None and data.formats():
                raise WipeStepFailed(f"clipboard {mode.name} still holds data")

    def _wipe_shell(self) -> None:
        self.window.close_overlays()
        self.window.keyboard.hide_keyboard()
        self.bar.reset()
        self.show_launcher()
        self.watchdog.disarm()
        self._clock_timer.stop()
        self.window.shellbar.show_time_left(None)
        self.staff_hold_language()

    def staff_hold_language(self) -> None:
        self.choose_language(self.config.station.default_language)

    # -- state → screens ----------------------------------------------------------

    def show_screen(self) -> None:
        """Show the screen of the current state again (after the staff panel)."""
        w = self.window
        state = self.lifecycle.state
        screens = {
            State.WELCOME: w.welcome,
            State.TERMS: w.terms,
            State.ACTIVE: w.session,
            State.IDLE_WARNING: w.session,
            State.OUT_OF_SERVICE: w.out_of_service,
        }
        w.stack.setCurrentWidget(screens.get(state, w.wiping))

    def _on_state(self, old: State, new: State) -> None:
        w = self.window
        if new is State.OUT_OF_SERVICE and self.lifecycle.may_retry_wipe:
            self.wipe_retry.start()
        elif new is not State.WIPE:
            self.wipe_retry.stop()
        if new is State.WELCOME:
            w.stack.setCurrentWidget(w.welcome)
            w.welcome.start.setFocus()
        elif new is State.TERMS:
            w.terms.show_language(self.language)
            w.stack.setCurrentWidget(w.terms)
            w.terms.accept.setFocus()
            self.watchdog.arm()
        elif new is State.ACTIVE and old is State.IDLE_WARNING:
            w.idle.hide()
        elif new is State.ACTIVE:
            w.stack.setCurrentWidget(w.session)
            self.show_launcher()
            w.launcher.focus_first()
            if not self.watchdog.warning_shown:
                self.watchdog.arm()
            self._clock_timer.start()
            self.check_time_limit()
        elif new is State.OUT_OF_SERVICE:
            w.close_overlays()
            w.out_of_service.show_reason(
                self.lifecycle.out_of_service_reason, self.staff_message
            )
            w.stack.setCurrentWidget(w.out_of_service)
        elif new is State.WIPE:
            w.stack.setCurrentWidget(w.wiping)
        emit(self.stateChanged, new.value)

    def _on_idle_warning(self, seconds: int) -> None:
        if self.lifecycle.state in (State.ACTIVE, State.TERMS):
            self.lifecycle.idle_warning()
            self.window.idle.show_seconds(seconds)
            self.window.idle.open()

    def check_time_limit(self) -> None:
        maximum = self.config.session.max_minutes
        if not maximum or self.lifecycle.state not in IN_SESSION:
            return
        left = maximum * 60 - (self._monotonic() - self._started)
        minutes_left = max(0, int((left + 59) // 60))
        self.window.shellbar.show_time_left(minutes_left)
        if left <= 0:
            self.end(EndReason.MAX_TIME)
            return
        for warn_at in TIME_WARNINGS_MINUTES:
            if left <= warn_at * 60 and warn_at not in self._warned_minutes:
                self._warned_minutes.update(
                    m for m in TIME_WARNINGS_MINUTES if m >= warn_at
                )
                self.window.notice.show_notice(
                    lambda m=warn_at: (
                        self.tr("Time is almost up"),
                        self.tr(
                            "Your session ends in %n minute(s). Please finish and save or print what you need.",  # noqa: E501
                            "",
                            m,
                        ),
                    )
                )

    # -- the session's web views ------------------------------------------------------

    def _session_web(self) -> SessionWeb:
        if self.web is None:
            self.web = SessionWeb(
                self.policies,
                language=self.language,
                documents=self.session_dir / "documents",
                picker=self.bar.pick_files,
                print_handler=self.bar.print_page,
                eid_handler=self._eid,
                parent=self,
            )
            self.web.downloads.saved.connect(lambda _path: self.bar.notice_saved())
            self.web.downloads.refused.connect(
                lambda _reason: self.bar.notice_refused()
            )
        return self.web

    def _host_changed(self, view: ServiceView, host: str, secure: bool) -> None:
        if self.current_view() is view and host:
            # The host only, never the path: hosts are the allowed services'.
            log.web.info("showing %s", host)
        if self.current_view() is view:
            self.window.shellbar.show_host(host, secure)

    def _eid(self, tc_token_url: str, back: Callable[[str], None]) -> bool:
        handler = self._eid_handler
        return handler is not None and handler(tc_token_url, back)
