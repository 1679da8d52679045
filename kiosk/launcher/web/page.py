"""The page of one service: Qt's overrides become small requests to the policy.

acceptNavigationRequest, createWindow, chooseFiles and the JavaScript dialogs
are answered here without a rule of their own. Anything that needs the
resident (a dialog, the file picker) is shown by the view as an overlay
inside the view, never as a native window, and `Waits` lets End session
abort it at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QEventLoop,
    QMarginsF,
    QObject,
    QUrl,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineWebAuthUxRequest,
)

from kiosk import log
from kiosk.launcher import eid_activation as activation
from kiosk.launcher.policy import Kind, ServicePolicy, url_allowed
from kiosk.launcher.web.schemes import CAUGHT_SCHEMES
from kiosk.qtsignals import emit

_NAV = QWebEnginePage.NavigationType
_PERM = QWebEnginePermission.PermissionType
FEATURES: dict[QWebEnginePermission.PermissionType, str] = {
    _PERM.MediaVideoCapture: "camera",
    _PERM.MediaAudioCapture: "microphone",
    _PERM.Geolocation: "geolocation",
    _PERM.Notifications: "notifications",
    _PERM.ClipboardReadWrite: "clipboard-read",
    _PERM.DesktopVideoCapture: "screen-capture",
    _PERM.DesktopAudioVideoCapture: "screen-capture",
}
# At most this many dialogs per page in DIALOG_WINDOW seconds; more are
# answered "no" without being shown (a page cannot flood the resident).
DIALOG_LIMIT = 3
DIALOG_WINDOW = 10.0


@dataclass(frozen=True)
class NavigationRequest:
    url: str
    kind: Kind
    user_initiated: bool


class Waits(QObject):
    """Nested waits (dialogs, picker) that End session must be able to abort."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loops: list[QEventLoop] = []

    @property
    def active(self) -> bool:
        return bool(self._loops)

    def ask(
        self,
        show: Callable[[Callable[[object], None]], None],
        answered: SignalInstance | None = None,
    ) -> object | None:
        """Show something and wait, in an abortable loop, for its answer.

        `show(answer)` puts it on screen; the answer comes through the
        `answer` callback or, when given, the `answered` signal. None when
        End session aborted the wait.
        """
        loop = QEventLoop()
        result: list[object] = []

        def answer(value: object) -> None:
            result.append(value)
            loop.exit(0)

        if answered is not None:
            answered.connect(answer)
        self._loops.append(loop)
        try:
            show(answer)
            if not result:
                loop.exec()
        finally:
            self._loops.remove(loop)
            if answered is not None:
                answered.disconnect(answer)
        return result[0] if result else None

    def abort_all(self) -> None:
        for loop in list(self._loops):
            loop.exit(1)


# Picker: (allowed MIME types) -> chosen absolute paths, [] for none. It is
# called synchronously from chooseFiles and may spin a `Waits` loop.
Picker = Callable[[list[str]], list[str]]


class KioskPage(QWebEnginePage):
    blocked = Signal(str, str)  # host, reason (a main-frame navigation was refused)
    externalScheme = Signal(str)  # mailto, tel, … never reach the desktop
    dialog = Signal(str, str, object)  # kind, text, answer callback (or None)
    popupNavigated = Signal(str)  # a popup's URL, loaded into the opener
    eidActivation = Signal(str)  # an allowed eID activation: its tcTokenURL

    def __init__(
        self,
        profile: QWebEngineProfile,
        policy: ServicePolicy,
        *,
        picker: Picker,
        waits: Waits,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(profile, parent)
        self.policy = policy
        self._picker = picker
        self._waits = waits
        self._dialog_times: list[float] = []
        self.permissionRequested.connect(self._on_permission)
        self.webAuthUxRequested.connect(self._on_webauthn)
        self.fullScreenRequested.connect(lambda request: request.reject())
        self.printRequested.connect(self._on_print_requested)
        self.printRequestedByFrame.connect(lambda frame: self._on_print_requested())
        self.print_handler: Callable[[KioskPage], None] | None = None

    # -- navigation ---------------------------------------------------------

    def acceptNavigationRequest(
        self,
        url: QUrl | str,
        navigation_type: QWebEnginePage.NavigationType,
        is_main_frame: bool,
    ) -> bool:
        url_text = url.toString() if isinstance(url, QUrl) else str(url)
        request = NavigationRequest(
            url=url_text,
            kind=Kind.MAIN_FRAME if is_main_frame else Kind.SUB_FRAME,
            user_initiated=navigation_type == _NAV.NavigationTypeLinkClicked,
        )
        return self._decide(request)

    def _decide(self, request: NavigationRequest) -> bool:
        # An eID activation (link, script, iframe) is the shell's to handle.
        rules = self.policy.rules
        found = activation.recognise(
            request.url,
            allow_http=rules.loopback_demo,
            token_allowed=lambda token: url_allowed(token, rules),
        )
        if isinstance(found, activation.Activation):
            log.web.info("eID activation caught")
            emit(self.eidActivation, found.tc_token_url)
            return False
        if isinstance(found, activation.Refusal):
            log.web.info("eID activation refused: %s", found.reason.value)
            emit(self.blocked, "", "eid")
            return False
        scheme = urlsplit(request.url).scheme.lower()
        if scheme in CAUGHT_SCHEMES and scheme != "eid":
            log.web.info("external %s: link refused", scheme)
            emit(self.externalScheme, scheme)
            return False
        decision = self.policy.request(request.url, request.kind)
        if decision.allowed:
            return True
        log.web.info(
            "navigation to %s refused: %s", decision.host or "?", decision.reason
        )
        if request.kind is Kind.MAIN_FRAME:
            emit(self.blocked, decision.host, decision.reason)
        return False

    def shell_load(self, url: str) -> bool:
        """Load `url` for the shell itself; the one way the shell loads a URL.

        Start pages, the eID result address, reloads and popups' first URLs
        all come here: the policy answers as for a page's own main-frame
        navigation, and a refusal raises the same `blocked` signal. The URL
        is checked as Qt will read it (QUrl), never as the caller wrote it;
        `load()` then passes `acceptNavigationRequest` and the interceptor
        as well. `setUrl`/`load` elsewhere would skip this: `javascript:`
        runs in the page, `view-source:` and `chrome://` pages open.
        """
        qurl = QUrl(url)
        text = qurl.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if not self._shell_may_load(text if qurl.isValid() else "", "shell load"):
            return False
        self.load(qurl)
        return True

    def shell_reload(self, fallback: str) -> bool:
        """Reload the current page (after the same check), or load `fallback`
        (the service's start page) when the page has no address yet."""
        current = self.url()
        if current.isEmpty() or current.toString() == "about:blank":
            return self.shell_load(fallback)
        text = current.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if not self._shell_may_load(text, "reload"):
            return False
        self.triggerAction(QWebEnginePage.WebAction.Reload)
        return True

    def _shell_may_load(self, url: str, what: str) -> bool:
        """Ask the policy; a refusal is logged (host only) and signalled."""
        decision = self.policy.shell_load(url)
        if not decision.allowed:
            log.web.info(
                "%s of %s refused: %s", what, decision.host or "?", decision.reason
            )
            emit(self.blocked, decision.host, decision.reason)
        return decision.allowed

    def createWindow(
        self, window_type: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        if not self.policy.rules.popups_same_view:
            log.web.info("popup refused by the service's popup policy")
            return None
        # The popup never gets a window: its first navigation is handed to the
        # opener (after the same policy) and the catcher page is dropped.
        return _PopupCatcher(self)

    # -- files, dialogs, permissions, print ---------------------------------

    def chooseFiles(
        self,
        mode: QWebEnginePage.FileSelectionMode,
        old_files: list[str],
        accepted_mime_types: list[str],
    ) -> list[str]:
        if not self.policy.rules.uploads:
            emit(self.dialog, "info", "uploads-off", None)
            return []
        chosen = self._picker(list(accepted_mime_types))
        if mode != QWebEnginePage.FileSelectionMode.FileSelectOpenMultiple:
            chosen = chosen[:1]
        return chosen

    def _may_show_dialog(self) -> bool:
        now = time.monotonic()
        self._dialog_times = [t for t in self._dialog_times if now - t < DIALOG_WINDOW]
        if len(self._dialog_times) >= DIALOG_LIMIT:
            return False
        self._dialog_times.append(now)
        return True

    def javaScriptAlert(self, origin: QUrl, message: str) -> None:
        if self._may_show_dialog():
            emit(self.dialog, "alert", message, None)

    def javaScriptConfirm(self, origin: QUrl, message: str) -> bool:
        return bool(self._ask("confirm", message))

    def javaScriptPrompt(
        self, origin: QUrl, message: str, default: str
    ) -> tuple[bool, str]:
        # Free text typed into a page-made prompt is not supported: "no".
        self._ask("alert", message)
        return False, ""

    def _ask(self, kind: str, message: str) -> bool:
        if not self._may_show_dialog():
            return False
        value = self._waits.ask(lambda answer: emit(self.dialog, kind, message, answer))
        return value is True

    def _on_permission(self, permission: QWebEnginePermission) -> None:
        feature = FEATURES.get(permission.permissionType(), "")
        origin = permission.origin().toString()
        if feature and self.policy.permission(origin, feature):
            log.web.info("permission %s granted by the station config", feature)
            permission.grant()
        else:
            log.web.info("permission %s denied", feature or "unknown")
            permission.deny()

    def _on_webauthn(self, request: QWebEngineWebAuthUxRequest) -> None:
        """WebAuthn asks the shell for its UI: answered at once. Refused
        unless the config allows security keys for the page's origin; then
        the key may be touched, and every step that would need a dialog
        (account choice, PIN, failure notice) is cancelled, never left open."""
        ux = QWebEngineWebAuthUxRequest.WebAuthUxState
        if request.state() in (ux.Cancelled, ux.Completed):
            # Chromium shows its UI once more to say it is over; cancelling
            # that again would start the next round (an endless recursion).
            return
        url = self.url().toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if not self.policy.security_key(url, request.relyingPartyId()):
            log.web.info("security key request refused")
            request.cancel()
            return
        log.web.info("security key request allowed by the station config")
        request.stateChanged.connect(
            lambda state, r=request: self._on_webauthn_state(r, state)
        )
        self._on_webauthn_state(request, request.state())

    @staticmethod
    def _on_webauthn_state(
        request: QWebEngineWebAuthUxRequest,
        state: QWebEngineWebAuthUxRequest.WebAuthUxState,
    ) -> None:
        ux = QWebEngineWebAuthUxRequest.WebAuthUxState
        if state in (ux.SelectAccount, ux.CollectPin, ux.RequestFailed):
            log.web.info("security key step %s cancelled (no dialog)", state.name)
            request.cancel()

    def to_pdf(self, callback: Callable[[bytes], object]) -> None:
        """The page as a PDF on A4 (what is printed is what is counted)."""
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
        self.printToPdf(lambda data: callback(bytes(data)), layout)

    def _on_print_requested(self) -> None:
        # Answer window.print() at once (left unanswered it hangs later
        # exports); the printing subsystem decides what happens next.
        if self.print_handler is not None:
            self.print_handler(self)
        else:
            emit(self.dialog, "info", "print-off", None)


class _PopupCatcher(QWebEnginePage):
    """Stands in for a popup: hands its first URL to the opener, then goes."""

    def __init__(self, opener: KioskPage) -> None:
        super().__init__(opener.profile(), opener)
        self._opener = opener
        self.setUrlRequestInterceptor(None)

    def acceptNavigationRequest(
        self,
        url: QUrl | str,
        navigation_type: QWebEnginePage.NavigationType,
        is_main_frame: bool,
    ) -> bool:
        qurl = url if isinstance(url, QUrl) else QUrl(url)
        if is_main_frame and qurl.toString() not in ("", "about:blank"):
            request = NavigationRequest(qurl.toString(), Kind.MAIN_FRAME, True)
            if self._opener._decide(request) and self._opener.shell_load(
                qurl.toString()
            ):
                emit(self._opener.popupNavigated, qurl.toString())
            self.deleteLater()
        return False
