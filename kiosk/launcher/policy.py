"""Pure policy for the sandboxed views: URLs, navigation, downloads, permissions.

No Qt here. The web adapters (`kiosk/launcher/web/`) turn Qt's callbacks into
the small request objects below and ask; they hold no rules of their own.

Exceptions::

    PolicyError
    └── UnsafeUrl        a URL the shell must never load (the reason says why)
"""

from __future__ import annotations

import enum
import ipaddress
import re
import unicodedata
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
    host: str = ""  # the normalised host the decision was about, for the UI

    def __bool__(self) -> bool:
        return self.allowed


ALLOW = Decision(True)


@dataclass(frozen=True)
class ServiceRules:
    """What one service may do; built from the station config."""

    service_id: str
    allowed_hosts: frozenset[str]
    allowed_subdomains_of: frozenset[str] = frozenset()
    permissions: dict[str, frozenset[str]] = field(default_factory=dict)
    download_types: frozenset[str] = frozenset({"application/pdf"})
    max_download_bytes: int = 25 * 1024 * 1024
    uploads: bool = True
    popups_same_view: bool = True
    loopback_demo: bool = False


def normalise_host(host: str) -> str:
    """IDNA-encode and lower-case a host; raise UnsafeUrl when that fails."""
    host = host.strip().rstrip(".").lower()
    if not host:
        raise UnsafeUrl("no host")
    if host.startswith("[") and host.endswith("]"):
        return host[1:-1]
    try:
        return host.encode("idna").decode("ascii")
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
    ip = _ip(host)
    if ip is not None:
        raise UnsafeUrl(f"numeric address {host} is not allowed; use a host name")
    loopback = is_loopback_name(host)
    if loopback and not loopback_http:
        raise UnsafeUrl(f"{host} is a local address")
    if scheme in ("http", "ws") and not (loopback and loopback_http):
        raise UnsafeUrl("only encrypted (https) addresses are opened")
    if loopback and parts.port == EID_CLIENT_PORT:
        raise UnsafeUrl("the eID client port is reached only through the shell")
    if host.endswith((".local", ".internal", ".lan", ".home.arpa")):
        raise UnsafeUrl(f"{host} is a private network name")
    return host


def host_matches(host: str, rules: ServiceRules) -> bool:
    if host in rules.allowed_hosts:
        return True
    return any(host.endswith("." + base) for base in rules.allowed_subdomains_of)


class ServicePolicy:
    """Decisions for the pages of one service."""

    def __init__(self, rules: ServiceRules) -> None:
        self.rules = rules

    def request(self, url: str, kind: Kind) -> Decision:
        """A navigation (main or sub frame, incl. redirects) or a sub-resource."""
        try:
            host = check_url(url, loopback_http=self.rules.loopback_demo)
        except UnsafeUrl as exc:
            return Decision(False, str(exc), _host_for_ui(url))
        if host == "":  # about:blank
            return ALLOW if kind is not Kind.SUBRESOURCE else Decision(False, "blank")
        if kind is Kind.SUBRESOURCE:
            return Decision(True, host=host)
        if host_matches(host, self.rules):
            return Decision(True, host=host)
        return Decision(False, f"{host} is not part of this service", host)

    def permission(self, origin: str, feature: str) -> bool:
        """Deny unless the config grants `feature` to exactly this origin."""
        origin = origin.rstrip("/").lower()
        return feature in self.rules.permissions.get(origin, frozenset())

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
    return ServiceRules(
        service_id=service.id,
        allowed_hosts=frozenset(service.allowed_hosts),
        allowed_subdomains_of=frozenset(service.allowed_subdomains_of),
        permissions={
            origin.lower(): frozenset(features)
            for origin, features in service.permissions.items()
        },
        download_types=frozenset(t.lower() for t in service.downloads.allowed_types),
        max_download_bytes=service.downloads.max_megabytes * 1024 * 1024,
        uploads=service.uploads,
        popups_same_view=service.popups == "same-view",
        loopback_demo=service.loopback_demo,
    )
