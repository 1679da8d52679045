"""Origins and the URL check every load passes: pure, below config and policy.

The unit of trust is the origin (scheme, host, port), as on the web. The
station config writes origin rules (`https://www.jena.de`,
`https://*.jena.de`, `https://host:8443`); `check_url` is the one validator
for every URL a page or the shell itself wants to load. The config checks its
origins and start URLs here; the launcher's policy decides with them.

Exceptions::

    PolicyError
    └── UnsafeUrl        a URL the shell must never load (the reason says why)
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

EID_CLIENT_PORT = 24727


# Schemes a page may never reach at top level or in a frame.
_NEVER = frozenset(
    {
        "javascript",
        "data",
        "blob",
        "file",
        "view-source",
        "chrome",
        "devtools",
        "qrc",
        "ftp",
        "filesystem",
        "chrome-extension",
    }
)


class PolicyError(Exception):
    """Base of the policy's errors."""


class UnsafeUrl(PolicyError):
    """A URL the shell must never load."""


DEFAULT_PORTS = {"https": 443, "http": 80}


# WebSockets belong to the origin of the page scheme they upgrade from.
_ORIGIN_SCHEME = {"https": "https", "wss": "https", "http": "http", "ws": "http"}


@dataclass(frozen=True, order=True)
class Origin:
    """Scheme, host and port of a URL: what the web trusts as one party."""

    scheme: str  # "https" or "http" (ws/wss are folded into these)
    host: str  # IDNA, lower-case; a trailing dot is kept (another origin)
    port: int

    def __str__(self) -> str:
        if DEFAULT_PORTS.get(self.scheme) == self.port:
            return f"{self.scheme}://{self.host}"
        return f"{self.scheme}://{self.host}:{self.port}"


@dataclass(frozen=True, order=True)
class OriginRule:
    """An allowed origin (`https://www.jena.de`) or the origins of all
    subdomains of a host, at any depth (`https://*.jena.de`): same scheme,
    same port, never the base host itself."""

    scheme: str
    host: str
    port: int
    subdomains: bool = False

    def matches(self, origin: Origin) -> bool:
        if origin.scheme != self.scheme or origin.port != self.port:
            return False
        if self.subdomains:
            return origin.host.endswith("." + self.host)
        return origin.host == self.host

    def covers_host(self, host: str) -> bool:
        """The host (any scheme, any port) belongs to this rule's machine(s)."""
        host = host.rstrip(".")
        if self.subdomains:
            return host.endswith("." + self.host)
        return host == self.host

    def __str__(self) -> str:
        host = f"*.{self.host}" if self.subdomains else self.host
        if DEFAULT_PORTS.get(self.scheme) == self.port:
            return f"{self.scheme}://{host}"
        return f"{self.scheme}://{host}:{self.port}"


def parse_origin_rule(text: str, *, loopback_http: bool = False) -> OriginRule:
    """Read `https://host`, `https://host:8443` or `https://*.host` (config).

    Raises UnsafeUrl saying what is wrong: a path, a user name, a trailing dot
    (`www.jena.de.` is another origin to Chromium), an IP literal, http
    outside the loopback demo services.
    """
    if "://" not in text:
        raise UnsafeUrl("write it with its scheme, like 'https://www.jena.de'")
    scheme, _, rest = text.partition("://")
    if scheme != scheme.lower() or scheme not in ("https", "http"):
        raise UnsafeUrl(f"the scheme must be 'https' (found {scheme!r})")
    if rest.endswith("/"):
        rest = rest[:-1]
    if any(c in rest for c in "/?#@\\") or not rest:
        raise UnsafeUrl("an origin has no path, query, user name or password")
    subdomains = rest.startswith("*.")
    if subdomains:
        rest = rest[2:]
    parts = split_url(f"{scheme}://{rest}")
    raw_host = parts.hostname or ""
    if raw_host.endswith("."):
        raise UnsafeUrl(
            f"host {raw_host!r} ends with a dot, which is another origin; "
            f"write {raw_host.rstrip('.')!r}"
        )
    if "*" in raw_host:
        raise UnsafeUrl("a wildcard is allowed only as the first label, '*.host'")
    if parts.netloc.split(":")[0] != parts.netloc.split(":")[0].lower():
        raise UnsafeUrl("write the host in lower case")
    host = normalise_host(raw_host)
    if ip_literal(host) is not None:
        raise UnsafeUrl(f"numeric address {host} is not allowed; use a host name")
    if not host or ("." not in host and not is_loopback_name(host)):
        raise UnsafeUrl(f"{host!r} is not a full host name")
    check_url(
        f"{scheme}://{'x.' if subdomains else ''}{rest}/", loopback_http=loopback_http
    )
    port = parts.port or DEFAULT_PORTS[scheme]
    return OriginRule(scheme, host, port, subdomains)


def origin_of(url: str, *, loopback_http: bool = False) -> Origin | None:
    """The origin of a URL after `check_url`; None for about:blank."""
    host = check_url(url, loopback_http=loopback_http)
    if host == "":
        return None
    parts = split_url(url)
    scheme = _ORIGIN_SCHEME[parts.scheme.lower()]
    return Origin(scheme, host, parts.port or DEFAULT_PORTS[scheme])


def normalise_host(host: str) -> str:
    """IDNA-encode and lower-case a host; raise UnsafeUrl when that fails.

    A trailing dot stays: `www.jena.de.` is another origin to Chromium.
    """
    host = host.strip().lower()
    if not host.rstrip("."):
        raise UnsafeUrl("no host")
    if host.startswith("[") and host.endswith("]"):
        return host[1:-1]
    dot = "." if host.endswith(".") else ""
    try:
        return host.rstrip(".").encode("idna").decode("ascii") + dot
    except UnicodeError:
        raise UnsafeUrl(f"host {host!r} is not a valid international name") from None


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    # Chromium also reads these as IPv4: 127.1, 0x7f.0.0.1, 2130706433.
    if re.fullmatch(r"[0-9a-fx.]+", host) and not re.search(r"[g-wyz]", host):
        parts = host.split(".")
        try:
            nums = [int(p, 0) if p else -1 for p in parts]
        except ValueError:
            return None
        if 1 <= len(nums) <= 4 and all(n >= 0 for n in nums):
            value = 0
            for n in nums[:-1]:
                value = value * 256 + n
            value = value * (256 ** (5 - len(nums))) + nums[-1]
            if value < 2**32:
                return ipaddress.IPv4Address(value)
    return None


def is_loopback_name(host: str) -> bool:
    return host == "localhost" or host.endswith(".localhost")


def split_url(url: str) -> SplitResult:
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises on a bad port
    except ValueError:
        raise UnsafeUrl("the address cannot be read") from None
    return parts


def check_url(url: str, *, loopback_http: bool = False) -> str:
    """Validate a URL the shell or a page wants to load; return its normalised host.

    https only (http only for loopback demo services); no user-info; no IP
    literals; no private, loopback or link-local targets.
    """
    parts = split_url(url)
    scheme = parts.scheme.lower()
    if scheme == "about" and parts.path == "blank":
        return ""
    if scheme in _NEVER or scheme == "about":
        raise UnsafeUrl(f"{scheme}: addresses are never opened")
    if scheme not in ("https", "http", "wss", "ws"):
        raise UnsafeUrl(f"{scheme or 'relative'} addresses are not opened here")
    if parts.username is not None or parts.password is not None:
        raise UnsafeUrl("addresses with a user name or password are not opened")
    host = normalise_host(parts.hostname or "")
    bare = host.rstrip(".")  # the same machine, whether written with a dot or not
    ip = ip_literal(bare)
    if ip is not None:
        raise UnsafeUrl(f"numeric address {bare} is not allowed; use a host name")
    loopback = is_loopback_name(bare)
    if loopback and not loopback_http:
        raise UnsafeUrl(f"{host} is a local address")
    if scheme in ("http", "ws") and not (loopback and loopback_http):
        raise UnsafeUrl("only encrypted (https) addresses are opened")
    if loopback and parts.port == EID_CLIENT_PORT:
        raise UnsafeUrl("the eID client port is reached only through the shell")
    if bare.endswith((".local", ".internal", ".lan", ".home.arpa")):
        raise UnsafeUrl(f"{host} is a private network name")
    return host


def origin_allowed(origin: Origin, rules: Iterable[OriginRule]) -> bool:
    return any(rule.matches(origin) for rule in rules)
