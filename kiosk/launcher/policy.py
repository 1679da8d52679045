"""Pure policy for the sandboxed views: URLs, navigation, downloads, permissions.

No Qt here. The web adapters (`kiosk/launcher/web/`) turn Qt's callbacks into
the small request objects below and ask; they hold no rules of their own.

The unit of trust is the origin (scheme, host, port), as on the web: a
service allows origins (`https://www.jena.de`) and subdomain rules
(`https://*.jena.de`). Navigations and frames must reach an allowed origin;
sub-resources may come from any public https origin, except another port of
a host the station's services allow (another server on that machine).

Exceptions (from `kiosk.origins`, where the URL check lives)::

    PolicyError
    └── UnsafeUrl        a URL the shell must never load (the reason says why)
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kiosk.origins import (
    DEFAULT_PORTS,
    EID_CLIENT_PORT,
    Origin,
    OriginRule,
    PolicyError,
    UnsafeUrl,
    check_url,
    is_loopback_name,
    normalise_host,
    origin_allowed,
    origin_of,
    parse_origin_rule,
)

if TYPE_CHECKING:
    from kiosk.config import ServiceConfig

__all__ = [
    "DEFAULT_PORTS",
    "EID_CLIENT_PORT",
    "Origin",
    "OriginRule",
    "PolicyError",
    "UnsafeUrl",
    "check_url",
    "is_loopback_name",
    "normalise_host",
    "origin_allowed",
    "origin_of",
    "parse_origin_rule",
]


MAX_NAME = 100


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
