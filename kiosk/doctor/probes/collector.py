"""The city's usage collector over HTTPS (httpx): is it there at all."""

from __future__ import annotations

import httpx

from kiosk.doctor import ProbeFailed
from kiosk.log import safe_url


class HttpCollector:
    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def status(self, url: str) -> int:
        try:
            return self._client.get(url).status_code
        except httpx.HTTPError as exc:
            # Name the host only; the error text may repeat the whole URL.
            raise ProbeFailed(f"{safe_url(url)}: {type(exc).__name__}") from None
