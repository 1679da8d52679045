"""The request interceptor: every request a page makes is asked of the policy.

Installed per page (with that service's rules) and on the profile (with the
union of the session's services, for requests that belong to no page, such as
service-worker fetches). It holds no rules: it maps Qt's request into a
`policy.Kind` and blocks what the policy refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from kiosk import log
from kiosk.launcher.policy import Decision, Kind, ServicePolicy
from kiosk.qtsignals import emit

_RT = QWebEngineUrlRequestInfo.ResourceType
_FRAMES = {
    _RT.ResourceTypeMainFrame: Kind.MAIN_FRAME,
    _RT.ResourceTypeNavigationPreloadMainFrame: Kind.MAIN_FRAME,
    _RT.ResourceTypeSubFrame: Kind.SUB_FRAME,
    _RT.ResourceTypeNavigationPreloadSubFrame: Kind.SUB_FRAME,
}

# A hook for requests the shell handles itself (the eID activation); returns
# True when it took the request over, and the request is then blocked here.
SpecialHandler = Callable[[str, Kind], bool]


def kind_of(resource_type: QWebEngineUrlRequestInfo.ResourceType) -> Kind:
    return _FRAMES.get(resource_type, Kind.SUBRESOURCE)


class Blocked(QObject):
    """Carries 'a request was blocked' from the interceptor to the view."""

    blocked = Signal(str, str, bool)  # host, reason, main frame


class RequestInterceptor(QWebEngineUrlRequestInterceptor):
    def __init__(
        self,
        policies: Sequence[ServicePolicy],
        *,
        special: SpecialHandler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policies = tuple(policies)
        self._special = special
        self.events = Blocked(self)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        # Never let an exception escape into Chromium: block instead.
        try:
            url = info.requestUrl().toString()
            kind = kind_of(info.resourceType())
            if self._special is not None and self._special(url, kind):
                info.block(True)
                return
            decision = self._decide(url, kind)
        except Exception:
            log.web.exception("interceptor failed; request blocked")
            info.block(True)
            return
        if not decision.allowed:
            info.block(True)
            log.web.info(
                "blocked %s request to %s: %s",
                kind.value,
                decision.host or "?",
                decision.reason,
            )
            emit(
                self.events.blocked,
                decision.host,
                decision.reason,
                kind is Kind.MAIN_FRAME,
            )

    def _decide(self, url: str, kind: Kind) -> Decision:
        first_refusal: Decision | None = None
        for policy in self._policies:
            decision = policy.request(url, kind)
            if decision.allowed:
                return decision
            first_refusal = first_refusal or decision
        return first_refusal or Decision(False, "no service")
