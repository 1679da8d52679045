"""Pure policy for the sandboxed views: URLs, navigation, downloads, permissions.

No Qt here. The web adapters (`kiosk/launcher/web/`) turn Qt's callbacks into
the small request objects below and ask; they hold no rules of their own.

The unit of trust is the origin (scheme, host, port), as on the web: a
service allows origins (`https://www.jena.de`) and subdomain rules
(`https://*.jena.de`). Navigations and frames must reach an allowed origin;
sub-resources may come from any public https origin, except another port of
a host the station's services allow (another server on that machine).

Exceptions::

    PolicyError
    └── UnsafeUrl        a URL the shell must never load (the reason says why)
"""

from __future__ import annotations

import enum
import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, urlsplit

if TYPE_CHECKING:
    from kiosk.config import ServiceConfig

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
MAX_NAME = 100


class PolicyError(Exception):
    """Base of the policy's errors."""


class UnsafeUrl(PolicyError):
    """A URL the shell must never load."""


class Kind(enum.Enum):
    MAIN_FRAME = "main_frame"
    SUB_FRAME = "sub_frame"
    SUBRESOURCE = "subresource"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""
    # The normalised host the decision was about, for the UI (with ":port"
    # when a refusal is about a port other than the scheme's default).
    host: str = ""

    def __bool__(self) -> bool:
        return self.allowed


ALLOW = Decision(True)


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
    parts = _split(f"{scheme}://{rest}")
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
    if _ip(host) is not None:
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
    parts = _split(url)
    scheme = _ORIGIN_SCHEME[parts.scheme.lower()]
    return Origin(scheme, host, parts.port or DEFAULT_PORTS[scheme])


@dataclass(frozen=True)
class ServiceRules:
    """What one service may do; built from the station config."""

    service_id: str
    allowed_origins: frozenset[OriginRule]
    permissions: dict[str, frozenset[str]] = field(default_factory=dict)
    download_types: frozenset[str] = frozenset({"application/pdf"})
    max_download_bytes: int = 25 * 1024 * 1024
    uploads: bool = True
    popups_same_view: bool = True
    loopback_demo: bool = False


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


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
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


def _split(url: str) -> SplitResult:
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
    parts = _split(url)
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
    ip = _ip(bare)
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


def url_allowed(url: str, rules: ServiceRules) -> bool:
    """True when `url` passes `check_url` and its origin is one of the service's."""
    try:
        origin = origin_of(url, loopback_http=rules.loopback_demo)
    except UnsafeUrl:
        return False
    return origin is not None and origin_allowed(origin, rules.allowed_origins)


class ServicePolicy:
    """Decisions for the pages of one service.

    `guarded` are the origin rules of all the station's services: another
    port of any of their hosts is never reached, not even by a sub-resource,
    unless some service allows that origin.
    """

    def __init__(
        self, rules: ServiceRules, *, guarded: Iterable[OriginRule] = ()
    ) -> None:
        self.rules = rules
        self.guarded = frozenset(guarded) | rules.allowed_origins

    def request(self, url: str, kind: Kind) -> Decision:
        """A navigation (main or sub frame, incl. redirects) or a sub-resource."""
        try:
            origin = origin_of(url, loopback_http=self.rules.loopback_demo)
        except UnsafeUrl as exc:
            return Decision(False, str(exc), _host_for_ui(url))
        if origin is None:  # about:blank
            return ALLOW if kind is not Kind.SUBRESOURCE else Decision(False, "blank")
        host = origin.host
        if origin_allowed(origin, self.rules.allowed_origins):
            return Decision(True, host=host)
        # Refusals name the port when it is not the default: "this host is
        # refused" would be wrong when only another port of it is.
        shown = str(origin).split("://", 1)[1]
        if kind is Kind.SUBRESOURCE:
            if origin_allowed(origin, self.guarded):
                return Decision(True, host=host)
            if any(rule.covers_host(host) for rule in self.guarded):
                return Decision(False, f"{origin} is not an allowed origin", shown)
            return Decision(True, host=host)
        return Decision(False, f"{origin} is not part of this service", shown)

    def shell_load(self, url: str) -> Decision:
        """A URL the shell itself loads into a page of this service (start
        page, Home, eID result, recovery reload): an allowed origin or
        about:blank, with the reasons a page's own navigation gets."""
        return self.request(url, Kind.MAIN_FRAME)

    def permission(self, origin: str, feature: str) -> bool:
        """Deny unless the config grants `feature` to exactly this origin."""
        try:
            asked = origin_of(origin, loopback_http=self.rules.loopback_demo)
        except UnsafeUrl:
            return False
        if asked is None:
            return False
        return feature in self.rules.permissions.get(str(asked), frozenset())

    def security_key(self, page_url: str, relying_party_id: str) -> bool:
        """WebAuthn (navigator.credentials): refused unless the config grants
        "security-key" to the page's origin and the relying party is that
        origin's host or a parent domain of it."""
        try:
            origin = origin_of(page_url, loopback_http=self.rules.loopback_demo)
        except UnsafeUrl:
            return False
        if origin is None or not self.permission(str(origin), "security-key"):
            return False
        rp = relying_party_id.strip().lower().rstrip(".")
        return bool(rp) and (origin.host == rp or origin.host.endswith("." + rp))

    def download(self, mime_type: str, suggested_name: str, size: int) -> Decision:
        mime = mime_type.split(";")[0].strip().lower()
        if mime not in self.rules.download_types:
            return Decision(False, f"files of type {mime or 'unknown'} are not saved")
        if size > self.rules.max_download_bytes:
            return Decision(False, "the file is too large")
        return Decision(True, sanitise_filename(suggested_name, mime))


_EXT = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "text/plain": ".txt",
}


def sanitise_filename(name: str, mime_type: str = "") -> str:
    """A safe file name: no folders, no hidden files, no control characters.

    The extension always matches the allowed MIME type, so a PDF can never
    arrive as `bill.pdf.desktop`.
    """
    name = unicodedata.normalize("NFC", name or "")
    name = PurePosixPath(name.replace("\\", "/")).name
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    name = re.sub(r'[<>:"/\\|?*]', "_", name).strip(" .")
    ext = _EXT.get(mime_type.split(";")[0].strip().lower(), "")
    stem = name
    if ext:
        stem = re.sub(r"\.[A-Za-z0-9]{1,8}$", "", name) if "." in name else name
    stem = stem.strip(" .") or "document"
    return stem[: MAX_NAME - len(ext)] + ext


def unique_name(name: str, existing: set[str]) -> str:
    if name not in existing:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 2
    while True:
        candidate = f"{stem} ({n}).{ext}" if dot else f"{stem} ({n})"
        if candidate not in existing:
            return candidate
        n += 1


def _host_for_ui(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def rules_from_config(service: ServiceConfig) -> ServiceRules:
    loopback = service.loopback_demo
    return ServiceRules(
        service_id=service.id,
        allowed_origins=frozenset(
            parse_origin_rule(o, loopback_http=loopback) for o in service.origins
        ),
        permissions={
            str(parse_origin_rule(origin, loopback_http=loopback)): frozenset(features)
            for origin, features in service.permissions.items()
        },
        download_types=frozenset(t.lower() for t in service.downloads.allowed_types),
        max_download_bytes=service.downloads.max_megabytes * 1024 * 1024,
        uploads=service.uploads,
        popups_same_view=service.popups == "same-view",
        loopback_demo=loopback,
    )


def policies_from_config(services: Iterable[ServiceConfig]) -> list[ServicePolicy]:
    """One policy per service, each guarding the hosts of all of them."""
    rules = [rules_from_config(s) for s in services]
    guarded = frozenset().union(*(r.allowed_origins for r in rules))
    return [ServicePolicy(r, guarded=guarded) for r in rules]
