"""Recognise eID activations in URLs a page wants to open (pure).

The launcher recognises them and hands the tcTokenURL to the eID handler the
shell gave it; it knows nothing of the card reader.

Three forms start the online ID function (TR-03124-1):

* ``eid://127.0.0.1:24727/eID-Client?tcTokenURL=…`` (any host: the scheme decides)
* ``http://127.0.0.1:24727/eID-Client?tcTokenURL=…`` (also ``localhost``, ``[::1]``)
* ``https://www.ausweisapp.bund.de/eID-Client?tcTokenURL=…``

`recognise` returns an Activation when the form is right and the tcTokenURL's
host is allowed for the service, a Refusal when the URL is eID-ish but not
acceptable (every other request to the local eID port counts as that), and
None for every other URL, which the navigation policy decides as usual.
Other query parameters (``enableSimulator``, ``useTestUri`` …) are dropped:
they change AusweisApp's settings.
"""

from __future__ import annotations

import enum
import ipaddress
from collections.abc import Callable, Collection
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from kiosk.origins import EID_CLIENT_PORT as EID_PORT

AUSWEISAPP_HOST = "www.ausweisapp.bund.de"
_LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class Activation:
    tc_token_url: str


class RefusalReason(enum.Enum):
    NOT_EID_CLIENT = "the request goes to the local eID port but is no activation"
    NO_TC_TOKEN_URL = "the activation has no tcTokenURL"
    SEVERAL_TC_TOKEN_URLS = "the activation has more than one tcTokenURL"
    BAD_TC_TOKEN_URL = "the tcTokenURL is not a valid absolute URL"
    NOT_HTTPS = "the tcTokenURL is not https"
    HOST_NOT_ALLOWED = "the tcTokenURL's origin is not allowed for this service"


@dataclass(frozen=True)
class Refusal:
    """Why an eID request was refused; carries no URL (safe to log)."""

    reason: RefusalReason


Outcome = Activation | Refusal | None


def is_local_eid_port(url: str) -> bool:
    """True for any request to the local eID-Client port (any scheme: http, ws …)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return port == EID_PORT and _is_loopback(host)


def recognise(
    url: str,
    allowed_hosts: Collection[str] = (),
    allowed_subdomains_of: Collection[str] = (),
    *,
    allow_http: bool = False,
    token_allowed: Callable[[str], bool] | None = None,
) -> Outcome:
    """Classify `url`; `allow_http` only for loopback demo services and tests.

    `token_allowed` (the service's origin rules, from the shell) replaces the
    host lists: then the tcTokenURL's whole origin (scheme, host, port) counts.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    path = parts.path
    if scheme == "eid":
        if not _is_client_path(path):
            return Refusal(RefusalReason.NOT_EID_CLIENT)
    elif is_local_eid_port(url):
        if scheme not in ("http", "https") or not _is_client_path(path):
            return Refusal(RefusalReason.NOT_EID_CLIENT)
    elif scheme == "https" and host == AUSWEISAPP_HOST:
        if not _is_client_path(path):
            return None  # an ordinary page of the AusweisApp site
    else:
        return None
    return _check_token_url(
        parts.query, allowed_hosts, allowed_subdomains_of, allow_http, token_allowed
    )


def _check_token_url(
    query: str,
    allowed_hosts: Collection[str],
    allowed_subdomains_of: Collection[str],
    allow_http: bool,
    token_allowed: Callable[[str], bool] | None,
) -> Activation | Refusal:
    params = parse_qs(query, keep_blank_values=True)
    values = [
        v for key, vs in params.items() if key.lower() == "tctokenurl" for v in vs
    ]
    if not values or not values[0]:
        return Refusal(RefusalReason.NO_TC_TOKEN_URL)
    if len(values) > 1:
        return Refusal(RefusalReason.SEVERAL_TC_TOKEN_URLS)
    token_url = values[0]
    try:
        token = urlsplit(token_url)
        token.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        return Refusal(RefusalReason.BAD_TC_TOKEN_URL)
    token_host = _normalise_host(token.hostname or "")
    if not token_host or token.username is not None or token.password is not None:
        return Refusal(RefusalReason.BAD_TC_TOKEN_URL)
    scheme = token.scheme.lower()
    if scheme != "https" and not (allow_http and scheme == "http"):
        return Refusal(RefusalReason.NOT_HTTPS)
    if token_allowed is not None:
        if not token_allowed(token_url):
            return Refusal(RefusalReason.HOST_NOT_ALLOWED)
    elif not _host_allowed(token_host, allowed_hosts, allowed_subdomains_of):
        return Refusal(RefusalReason.HOST_NOT_ALLOWED)
    return Activation(token_url)


def _is_client_path(path: str) -> bool:
    return path.rstrip("/").lower() == "/eid-client"


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _normalise_host(host: str) -> str:
    host = host.lower().rstrip(".")
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return ""


def _host_allowed(
    host: str, exact: Collection[str], subdomains_of: Collection[str]
) -> bool:
    if host in exact:
        return True
    return any(host.endswith("." + parent) for parent in subdomains_of)
