"""Downloads: decided in the slot, saved only into the session's documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineProfile

from kiosk import log
from kiosk.launcher.policy import ServicePolicy, unique_name
from kiosk.qtsignals import emit

_State = QWebEngineDownloadRequest.DownloadState


class DownloadHandler(QObject):
    saved = Signal(str)  # the file's path in the session documents
    refused = Signal(str)  # the reason, for the resident

    def __init__(self, documents: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents = documents

    def install(self, profile: QWebEngineProfile) -> None:
        # Direct: the request must be accepted or cancelled inside the slot.
        profile.downloadRequested.connect(
            self._on_request, Qt.ConnectionType.DirectConnection
        )

    def _policy_for(self, download: QWebEngineDownloadRequest) -> ServicePolicy | None:
        page = download.page()
        policy = getattr(page, "policy", None)
        return policy if isinstance(policy, ServicePolicy) else None

    def _on_request(self, download: QWebEngineDownloadRequest) -> None:
        policy = self._policy_for(download)
        if policy is None:
            download.cancel()
            emit(self.refused, "no-service")
            return
        size = max(download.totalBytes(), 0)
        decision = policy.download(
            download.mimeType(), download.suggestedFileName(), size
        )
        if not decision.allowed:
            log.web.info("download refused: %s", decision.reason)
            download.cancel()
            emit(self.refused, decision.reason)
            return
        self._documents.mkdir(parents=True, exist_ok=True)
        existing = {p.name for p in self._documents.iterdir()}
        name = unique_name(decision.reason, existing)
        download.setDownloadDirectory(str(self._documents))
        download.setDownloadFileName(name)
        limit = policy.rules.max_download_bytes

        def progress() -> None:
            if download.receivedBytes() > limit:
                log.web.info("download cancelled: larger than the limit")
                download.cancel()
                emit(self.refused, "the file is too large")

        def finished() -> None:
            if download.state() == _State.DownloadCompleted:
                path = self._documents / download.downloadFileName()
                log.web.info("download saved to the session documents")
                emit(self.saved, str(path))
            else:
                (self._documents / download.downloadFileName()).unlink(missing_ok=True)

        download.receivedBytesChanged.connect(progress)
        download.isFinishedChanged.connect(finished)
        download.accept()
