"""The city's usage collector over HTTP(S) (httpx): is it there, does it know us."""

from __future__ import annotations

import httpx

from kiosk.doctor import ProbeFailed
from kiosk.log import safe_url


class HttpCollector:
    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def close(self) -> None:
        self._client.close()

    def status(self, url: str) -> int:
        try:
            return self._client.get(url).status_code
        except httpx.HTTPError as exc:
            raise ProbeFailed(f"{safe_url(url)}: {_why(exc)}") from None

    def token_status(self, url: str, token: str) -> int:
        """POST an empty batch where the sync posts its batches.

        The collector checks the token before the body (401 unknown or revoked,
        403 not a station token) and refuses an empty batch (422): a good token
        gets 422 and nothing is stored.
        """
        try:
            return self._client.post(
                url.rstrip("/") + "/v1/days",
                json={"days": []},
                headers={"Authorization": f"Bearer {token}"},
            ).status_code
        except httpx.HTTPError as exc:
            raise ProbeFailed(f"{safe_url(url)}: {_why(exc)}") from None


def _why(exc: httpx.HTTPError) -> str:
    """The kind of failure; never the error text, which may repeat the whole URL."""
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return "its TLS certificate is not trusted (a private CA: --ca-file FILE)"
    return type(exc).__name__
