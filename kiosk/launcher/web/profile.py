"""One factory makes every profile, so none can miss a handler or a setting.

A profile lives for one resident session: off the record, permissions asked
every time, the station's language, downloads into the session's documents.
Clearing calls are not a wipe — the session's `SessionWeb.close()` destroys
pages, then views, then the profile.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineSettings

from kiosk.launcher.policy import ServicePolicy
from kiosk.launcher.web import accessibility, fields, schemes
from kiosk.launcher.web.downloads import DownloadHandler
from kiosk.launcher.web.interceptor import RequestInterceptor, SpecialHandler

_A = QWebEngineSettings.WebAttribute
# Each unsafe default switched, with the reason.
SETTINGS: dict[QWebEngineSettings.WebAttribute, bool] = {
    _A.LocalContentCanAccessFileUrls: False,  # no page reads the disk
    _A.LocalContentCanAccessRemoteUrls: False,
    _A.FullScreenSupportEnabled: False,  # nothing covers the shell bar
    _A.NavigateOnDropEnabled: False,  # a dropped file never opens
    _A.PluginsEnabled: False,
    _A.PdfViewerEnabled: False,  # Chromium's viewer has Save; ours has not
    _A.ScreenCaptureEnabled: False,
    _A.AllowWindowActivationFromJavaScript: False,
    _A.JavascriptCanAccessClipboard: False,  # pages cannot read what others copied
    _A.JavascriptCanPaste: False,
    _A.HyperlinkAuditingEnabled: False,
    _A.DnsPrefetchEnabled: False,
    _A.ErrorPageEnabled: True,
    _A.FocusOnNavigationEnabled: True,
    _A.JavascriptCanOpenWindows: True,  # popups land in the same view (page.py)
    _A.AllowRunningInsecureContent: False,
    _A.AllowGeolocationOnInsecureOrigins: False,
    _A.WebRTCPublicInterfacesOnly: True,  # no local addresses leak through WebRTC
}

# Accept-Language per shell language: the chosen one first, German and English
# as fallbacks the city's services understand.
ACCEPT_LANGUAGE = {
    "de": "de-DE,de;q=0.9,en;q=0.5",
    "en": "en,de;q=0.8",
    "ar": "ar,de;q=0.8,en;q=0.6",
    "uk": "uk,de;q=0.8,en;q=0.6",
    "ru": "ru,de;q=0.8,en;q=0.6",
    "tr": "tr,de;q=0.8,en;q=0.6",
}


def accept_language(language: str) -> str:
    return ACCEPT_LANGUAGE.get(language, ACCEPT_LANGUAGE["de"])


class ProfileFactory:
    """Makes the one profile of a session, with everything installed."""

    def __init__(
        self,
        policies: Sequence[ServicePolicy],
        *,
        special: SpecialHandler | None = None,
    ) -> None:
        self._policies = tuple(policies)
        self._special = special

    def create(
        self, *, language: str, documents: Path, parent: QObject | None = None
    ) -> QWebEngineProfile:
        profile = QWebEngineProfile(parent)  # no storage name: off the record
        if not profile.isOffTheRecord():
            raise RuntimeError("a session profile must be off the record")
        accessibility.pass_on()  # the engine runs now: the page's tree for AT-SPI
        profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
        )
        profile.setHttpAcceptLanguage(accept_language(language))
        profile.setSpellCheckEnabled(False)
        profile.setDownloadPath(str(documents))
        settings = profile.settings()
        for attribute, value in SETTINGS.items():
            settings.setAttribute(attribute, value)
        settings.setUnknownUrlSchemePolicy(
            QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
        )
        interceptor = RequestInterceptor(
            self._policies, special=self._special, parent=profile
        )
        profile.setUrlRequestInterceptor(interceptor)
        schemes.install(profile)
        fields.install_script(profile)  # the on-screen keyboard follows fields
        downloads = DownloadHandler(documents, parent=profile)
        downloads.install(profile)
        profile.setProperty("kiosk_downloads", downloads)
        return profile


def downloads_of(profile: QWebEngineProfile) -> DownloadHandler:
    handler = profile.property("kiosk_downloads")
    assert isinstance(handler, DownloadHandler)
    return handler
