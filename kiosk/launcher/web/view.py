"""The view of one service: the web view plus overlays drawn by the shell.

Blocked pages, page-made dialogs, external links and a crashed or hung
renderer are shown as native overlays inside this widget: never a native
window, never a dialog that could hold up End session.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtNetwork import QAuthenticator
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk import log
from kiosk.launcher.policy import ServicePolicy
from kiosk.launcher.web.fields import FieldFocus
from kiosk.launcher.web.interceptor import RequestInterceptor, SpecialHandler
from kiosk.launcher.web.page import KioskPage, Picker, Waits
from kiosk.qtsignals import emit

EidHandler = Callable[[str, Callable[[str], None]], bool]

HANG_CHECK_MS = 4000  # a renderer that does not answer within this is hung


class _Card(QFrame):
    """A panel over the page: the shell's look, a title, nothing of the page."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAutoFillBackground(True)
        self.box = QVBoxLayout(self)
        self.box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("overlayTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box.addWidget(self.title)

    def cover(self) -> None:
        """Show over the whole view, on top."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()


class _Overlay(_Card):
    """A calm panel over the page with a message and up to two buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = self.box
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # page text is never markup
        row = QHBoxLayout()
        self.first = QPushButton(self)
        self.second = QPushButton(self)
        for button in (self.first, self.second):
            button.setMinimumSize(220, 64)
            row.addWidget(button)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self._actions: list[Callable[[], None]] = []
        self.first.clicked.connect(lambda: self._run(0))
        self.second.clicked.connect(lambda: self._run(1))
        self.hide()

    def show_message(
        self,
        title: str,
        text: str,
        buttons: list[tuple[str, Callable[[], None]]],
    ) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self._actions = [action for _, action in buttons]
        for button, spec in zip(
            (self.first, self.second), [*buttons, None, None], strict=False
        ):
            if spec is None:
                button.hide()
                continue
            button.setText(spec[0])
            button.setAccessibleName(spec[0])
            button.setAccessibleDescription(title)  # what the choice is about
            button.show()
        self.cover()
        self.first.setFocus()

    def _run(self, index: int) -> None:
        self.hide()
        if index < len(self._actions):
            self._actions[index]()


class _LoginOverlay(_Card):
    """The shell's own form for HTTP authentication (never a native dialog)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = self.box
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.user, self.password):
            field.setMinimumHeight(56)
            layout.addWidget(field)
        row = QHBoxLayout()
        self.ok = QPushButton(self)
        self.cancel = QPushButton(self)
        for button in (self.cancel, self.ok):
            button.setMinimumSize(220, 64)
            row.addWidget(button)
        layout.addLayout(row)
        self.ok.clicked.connect(lambda: emit(self.answered, True))
        self.cancel.clicked.connect(lambda: emit(self.answered, False))
        self.password.returnPressed.connect(self.ok.click)
        self.retranslate()
        self.hide()

    answered = Signal(bool)

    def retranslate(self) -> None:
        self.user.setPlaceholderText(self.tr("User name"))
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setAccessibleDescription(self.tr("The page asks you to log in"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setAccessibleDescription(self.tr("Shown as dots only"))
        self.ok.setText(self.tr("Log in"))
        self.ok.setAccessibleName(self.tr("Log in"))
        self.ok.setAccessibleDescription(self.tr("Send the name and password"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.setAccessibleDescription(self.tr("Do not log in"))

    def ask(self, host: str) -> None:
        self.title.setText(self.tr("{host} asks you to log in").format(host=host))
        self.user.clear()
        self.password.clear()
        self.cover()
        self.user.setFocus()


class ServiceView(QWidget):
    """One opened service; keeps its page while the resident switches services."""

    endSessionRequested = Signal()
    hostChanged = Signal(str, bool)  # host, secure
    # A text field of the page got (True) or lost the focus; where it is, in
    # this widget's coordinates (the on-screen keyboard keeps clear of it).
    fieldFocused = Signal(bool, QRect)

    def __init__(
        self,
        profile: QWebEngineProfile,
        policy: ServicePolicy,
        *,
        picker: Picker,
        waits: Waits,
        special: SpecialHandler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.service_id = policy.rules.service_id
        self.view = QWebEngineView(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.view.setAcceptDrops(False)
        self.page = KioskPage(
            profile, policy, picker=picker, waits=waits, parent=self.view
        )
        self._interceptor = RequestInterceptor(
            [policy], special=special, parent=self.page
        )
        self.page.setUrlRequestInterceptor(self._interceptor)
        self.view.setPage(self.page)
        self.view.setAccessibleName(self.tr("Web page"))
        stack = QStackedLayout(self)
        stack.setStackingMode(QStackedLayout.StackingMode.StackAll)
        stack.addWidget(self.view)
        self.overlay = _Overlay(self)
        self.login = _LoginOverlay(self)
        self._waits = waits
        self.page.authenticationRequired.connect(self._on_authentication)
        self.page.proxyAuthenticationRequired.connect(
            lambda url, auth, host: None  # no proxy logins: the request fails
        )
        # (tcTokenURL, return to the provider's page) -> the shell took it.
        self.eid_handler: EidHandler | None = None
        self.start_url = ""
        self.renderer_crashed = False
        self.hung = False
        self._ping_pending = False
        self._reload_after_kill = False
        self._hang_timer = QTimer(self)
        self._hang_timer.setInterval(HANG_CHECK_MS)
        self._hang_timer.timeout.connect(self._check_hang)
        self._hang_timer.start()

        self.page.blocked.connect(self._on_blocked)
        self.page.externalScheme.connect(self._on_external)
        self.page.eidActivation.connect(self._on_eid)
        self.page.dialog.connect(self._on_dialog)
        self.page.renderProcessTerminated.connect(self._on_terminated)
        self.page.urlChanged.connect(self._on_url)
        self._fields = FieldFocus(self.page)
        self._fields.changed.connect(self._on_field)

    def load(self, url: str) -> bool:
        """Open the service's start page (checked like every shell load)."""
        self.start_url = url
        return self.page.shell_load(url)

    def resizeEvent(self, event: object) -> None:
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())
        super().resizeEvent(event)  # type: ignore[arg-type]

    # -- reactions ----------------------------------------------------------

    def _on_url(self, url: QUrl) -> None:
        emit(self.hostChanged, url.host(), url.scheme() == "https")

    def _on_field(self, on: bool, css: QRect) -> None:
        zoom = self.page.zoomFactor()  # CSS pixels grow with the page zoom
        rect = QRect(
            round(css.x() * zoom),
            round(css.y() * zoom),
            round(css.width() * zoom),
            round(css.height() * zoom),
        )
        emit(self.fieldFocused, on, rect.translated(self.view.pos()))

    def _on_authentication(self, url: QUrl, authenticator: QAuthenticator) -> None:
        """HTTP auth: filled in here, synchronously, from the shell's own form."""
        try:
            ok = self._waits.ask(
                lambda _answer: self.login.ask(url.host()), self.login.answered
            )
        finally:
            self.login.hide()
        if ok is True:
            authenticator.setUser(self.login.user.text())
            authenticator.setPassword(self.login.password.text())
        else:
            # PySide cannot null the authenticator (how Qt is told "cancel"),
            # so empty credentials go out; stop the load before a 401 asks again.
            QTimer.singleShot(
                0, lambda: self.page.triggerAction(QWebEnginePage.WebAction.Stop)
            )
        self.login.user.clear()
        self.login.password.clear()

    def _on_blocked(self, host: str, reason: str) -> None:
        self.overlay.show_message(
            self.tr("This page is not part of this service"),
            self.tr("The address {host} cannot be opened here.").format(
                host=host or self.tr("(unknown)")
            ),
            [(self.tr("Back"), lambda: None)],
        )

    def _on_eid(self, tc_token_url: str) -> None:
        handler = self.eid_handler
        if handler is not None and handler(tc_token_url, self._eid_returned):
            return  # the shell's eID guide takes over
        self.overlay.show_message(
            self.tr("Online ID card"),
            self.tr(
                "Logging in with the ID card is not possible at this computer "
                "right now. Please ask the staff."
            ),
            [(self.tr("OK"), lambda: None)],
        )

    def _eid_returned(self, url: str) -> None:
        # AusweisApp's result address is a URL like any other a page could
        # hand over: refused (with the blocked overlay) unless it is allowed.
        self.page.shell_load(url)

    def _on_external(self, scheme: str) -> None:
        self.overlay.show_message(
            self.tr("This link opens another program"),
            self.tr(
                "Other programs cannot be opened on this computer. Please ask the staff."  # noqa: E501
            ),
            [(self.tr("OK"), lambda: None)],
        )

    def _on_dialog(self, kind: str, text: str, answer: object) -> None:
        if kind == "info":
            messages = {
                "uploads-off": self.tr("Files cannot be uploaded to this service."),
                "print-off": self.tr("Printing is not available on this computer."),
            }
            self.overlay.show_message(
                self.tr("Note"),
                messages.get(text, text),
                [(self.tr("OK"), lambda: None)],
            )
            return
        title = self.tr("The page says")
        if kind == "confirm" and callable(answer):
            self.overlay.show_message(
                title,
                text,
                [
                    (self.tr("OK"), lambda: answer(True)),
                    (self.tr("Cancel"), lambda: answer(False)),
                ],
            )
        else:
            self.overlay.show_message(title, text, [(self.tr("OK"), lambda: None)])

    def _on_terminated(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, code: int
    ) -> None:
        if (
            status
            == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus
        ):
            return
        log.web.warning(
            "renderer of %s ended (%s, %d)", self.service_id, status.name, code
        )
        self._ping_pending = False
        if self._reload_after_kill:
            self._reload_after_kill = False
            self.hung = False
            self.page.shell_reload(self.start_url)
            return
        self.renderer_crashed = True
        self._show_recovery()

    def _check_hang(self) -> None:
        if self.renderer_crashed:
            return
        if self._ping_pending:
            if not self.hung:
                log.web.warning("renderer of %s does not answer", self.service_id)
                self.hung = True
                self._show_recovery()
            return
        self._ping_pending = True
        self.page.runJavaScript("1", 0, self._pong)

    def _pong(self, _value: object) -> None:
        self._ping_pending = False
        if self.hung:
            self.hung = False
            self.overlay.hide()

    def _show_recovery(self) -> None:
        self.overlay.show_message(
            self.tr("This page stopped working"),
            self.tr("You can load it again or end your session."),
            [
                (self.tr("Reload"), self.reload),
                (self.tr("End session"), lambda: emit(self.endSessionRequested)),
            ],
        )

    def reload(self) -> None:
        if self.hung:
            # A renderer stuck in a script never reloads: end it, then reload.
            pid = self.page.renderProcessPid()
            self._reload_after_kill = True
            if pid > 0:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            return
        self.renderer_crashed = False
        self.page.shell_reload(self.start_url)

    def stop_checks(self) -> None:
        self._hang_timer.stop()
