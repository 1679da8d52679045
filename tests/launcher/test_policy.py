"""The URL and navigation policy, table-driven."""

from __future__ import annotations

import pytest

from kiosk.launcher.policy import (
    Kind,
    Origin,
    OriginRule,
    ServicePolicy,
    ServiceRules,
    UnsafeUrl,
    check_url,
    origin_of,
    parse_origin_rule,
    sanitise_filename,
    unique_name,
)


def origins(*texts: str, loopback: bool = False) -> frozenset[OriginRule]:
    return frozenset(parse_origin_rule(t, loopback_http=loopback) for t in texts)


RULES = ServiceRules(
    service_id="city",
    allowed_origins=origins(
        "https://www.jena.de",
        "https://termine.example.org",
        "https://*.jena.de",
        "https://portal.example.org:8443",
    ),
    permissions={"https://bank.example.org": frozenset({"camera"})},
    download_types=frozenset({"application/pdf", "image/png"}),
    max_download_bytes=1000,
)
DEMO = ServiceRules(
    service_id="demo",
    allowed_origins=origins("http://bank.localhost:8080", loopback=True),
    loopback_demo=True,
)
# Another service of the station: its hosts are guarded for this one too.
OTHER = origins("https://www.sparkasse.example")


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.jena.de/", "www.jena.de"),
        ("https://WWW.Jena.DE/path?q=1", "www.jena.de"),
        ("https://bürgerservice.de/", "xn--brgerservice-dlb.de"),
        ("https://www.jena.de./", "www.jena.de."),  # another origin to Chromium
        ("about:blank", ""),
    ],
)
def test_check_url_accepts(url: str, host: str) -> None:
    assert check_url(url) == host


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://www.jena.de/", "https"),
        ("javascript:alert(1)", "never"),
        ("data:text/html,<h1>x</h1>", "never"),
        ("blob:https://www.jena.de/uuid", "never"),
        ("file:///etc/passwd", "never"),
        ("view-source:https://www.jena.de/", "never"),
        ("chrome://settings", "never"),
        ("devtools://devtools/bundled/inspector.html", "never"),
        ("qrc:/index.html", "never"),
        ("about:config", "never"),
        ("mailto:a@b.de", "not opened"),
        ("tel:+49123", "not opened"),
        ("smb://server/share", "not opened"),
        ("https://user:pw@www.jena.de/", "user name"),
        ("https://192.168.1.1/", "numeric"),
        ("https://10.0.0.8/", "numeric"),
        ("https://127.0.0.1/", "numeric"),
        ("https://[::1]/", "numeric"),
        ("https://169.254.169.254/", "numeric"),
        ("https://2130706433/", "numeric"),
        ("https://0x7f.0.0.1/", "numeric"),
        ("https://127.1/", "numeric"),
        ("https://localhost/", "local"),
        ("https://evil.localhost/", "local"),
        ("https://printer.local/", "private"),
        ("https://printer.local./", "private"),
        ("https://127.0.0.1./", "numeric"),
        ("https://evil.localhost./", "local"),
        ("https://www.jena.de:99999/", "cannot be read"),
        ("", "relative"),
        ("//www.jena.de/", "relative"),
    ],
)
def test_check_url_refuses(url: str, why: str) -> None:
    with pytest.raises(UnsafeUrl, match=why):
        check_url(url)


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://bank.localhost:8080/", True),
        ("http://other.localhost:8080/", True),  # loopback is fine, host rules decide
        ("http://bank.localhost:8081/", False),  # another server on the host
        ("http://bank.localhost/", False),  # port 80 is another port too
        ("https://bank.localhost:8080/", False),  # another scheme: another origin
        ("ws://bank.localhost:8080/socket", True),  # the page's own origin
        ("ws://bank.localhost:8081/socket", False),
        ("http://127.0.0.1:8080/", False),
        ("http://localhost:24727/eID-Client?tcTokenURL=x", False),
        ("http://bank.localhost:24727/", False),
    ],
)
def test_loopback_http_only_for_demo(url: str, allowed: bool) -> None:
    decision = ServicePolicy(DEMO).request(url, Kind.SUBRESOURCE)
    assert decision.allowed is allowed


@pytest.mark.parametrize(
    ("url", "kind", "allowed"),
    [
        ("https://www.jena.de/a", Kind.MAIN_FRAME, True),
        ("https://jena.de/", Kind.MAIN_FRAME, False),  # only subdomains of it
        ("https://termine.jena.de/", Kind.MAIN_FRAME, True),
        ("https://a.b.jena.de/", Kind.SUB_FRAME, True),
        ("https://evil-jena.de/", Kind.MAIN_FRAME, False),
        ("https://jena.de.evil.com/", Kind.MAIN_FRAME, False),
        ("https://termine.example.org/", Kind.SUB_FRAME, True),
        ("https://sub.termine.example.org/", Kind.MAIN_FRAME, False),
        ("https://ads.example.net/frame", Kind.SUB_FRAME, False),
        ("https://cdn.example.net/app.js", Kind.SUBRESOURCE, True),
        ("http://cdn.example.net/app.js", Kind.SUBRESOURCE, False),
        ("https://192.168.0.10/x.js", Kind.SUBRESOURCE, False),
        ("https://localhost/x.js", Kind.SUBRESOURCE, False),
        ("data:text/html,hi", Kind.SUB_FRAME, False),
        ("about:blank", Kind.SUB_FRAME, True),
        # Origins: scheme, host and port.
        ("https://www.jena.de:443/a", Kind.MAIN_FRAME, True),  # the default port
        ("https://www.jena.de:8443/a", Kind.MAIN_FRAME, False),
        ("https://www.jena.de:8443/a", Kind.SUB_FRAME, False),
        ("https://www.jena.de:8443/a.js", Kind.SUBRESOURCE, False),
        ("https://www.jena.de:8443/a.png", Kind.SUBRESOURCE, False),
        ("wss://www.jena.de:8443/socket", Kind.SUBRESOURCE, False),
        ("wss://www.jena.de/socket", Kind.SUBRESOURCE, True),
        ("https://termine.jena.de:444/", Kind.MAIN_FRAME, False),  # subdomain rule
        ("https://termine.jena.de:444/x.js", Kind.SUBRESOURCE, False),
        ("https://jena.de:444/x.js", Kind.SUBRESOURCE, True),  # not a guarded host
        ("https://portal.example.org:8443/", Kind.MAIN_FRAME, True),  # listed port
        ("https://portal.example.org/", Kind.MAIN_FRAME, False),  # not the listed
        ("https://portal.example.org/x.js", Kind.SUBRESOURCE, False),
        ("https://www.jena.de./", Kind.MAIN_FRAME, False),  # trailing dot: other
        ("https://www.jena.de.:8443/x.js", Kind.SUBRESOURCE, False),
        ("https://WWW.JENA.DE:8443/x.js", Kind.SUBRESOURCE, False),
        ("https://cdn.example.net:8443/app.js", Kind.SUBRESOURCE, True),  # public
        # Another service's hosts are guarded as well.
        ("https://www.sparkasse.example/x.js", Kind.SUBRESOURCE, True),
        ("https://www.sparkasse.example:8443/x.js", Kind.SUBRESOURCE, False),
        ("https://www.sparkasse.example/", Kind.MAIN_FRAME, False),
    ],
)
def test_navigation_and_subresources(url: str, kind: Kind, allowed: bool) -> None:
    decision = ServicePolicy(RULES, guarded=OTHER).request(url, kind)
    assert decision.allowed is allowed, decision.reason


@pytest.mark.parametrize(
    ("url", "allowed", "why"),
    [
        ("https://www.jena.de/ergebnis?ok=1", True, ""),
        ("about:blank", True, ""),
        ("javascript:alert(document.cookie)", False, "never opened"),
        ("JavaScript:alert(1)", False, "never opened"),
        ("data:text/html,<script>alert(1)</script>", False, "never opened"),
        ("view-source:https://www.jena.de/", False, "never opened"),
        ("chrome://crash", False, "never opened"),
        ("chrome://kill", False, "never opened"),
        ("devtools://devtools/", False, "never opened"),
        ("file:///etc/shadow", False, "never opened"),
        ("blob:https://www.jena.de/1", False, "never opened"),
        ("https://www.jena.de:8443/ergebnis", False, "https://www.jena.de:8443"),
        ("https://evil.example/", False, "https://evil.example is not part"),
        ("http://www.jena.de/", False, "https"),
        ("https://www.jena.de./", False, "not part of this service"),
        ("", False, "relative"),
        ("eid://127.0.0.1:24727/eID-Client?tcTokenURL=x", False, "not opened"),
    ],
)
def test_shell_loads_pass_the_page_rules(url: str, allowed: bool, why: str) -> None:
    decision = ServicePolicy(RULES).shell_load(url)
    assert decision.allowed is allowed, decision.reason
    assert why in decision.reason
    assert "ok=1" not in decision.reason


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("https://www.jena.de", OriginRule("https", "www.jena.de", 443)),
        ("https://www.jena.de/", OriginRule("https", "www.jena.de", 443)),
        ("https://www.jena.de:443", OriginRule("https", "www.jena.de", 443)),
        ("https://www.jena.de:8443", OriginRule("https", "www.jena.de", 8443)),
        ("https://*.jena.de", OriginRule("https", "jena.de", 443, subdomains=True)),
        ("https://bürger.example", OriginRule("https", "xn--brger-kva.example", 443)),
    ],
)
def test_origin_rules_read(text: str, rule: OriginRule) -> None:
    assert parse_origin_rule(text) == rule
    assert parse_origin_rule(str(rule)) == rule


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("www.jena.de", "with its scheme"),
        ("https://www.jena.de.", "ends with a dot"),
        ("https://www.jena.de/path", "no path"),
        ("https://www.jena.de?q", "no path"),
        ("https://u:p@www.jena.de", "user name"),
        ("http://www.jena.de", "https"),
        ("ftp://www.jena.de", "scheme must be 'https'"),
        ("https://*.*.jena.de", "wildcard"),
        ("https://www.*.de", "wildcard"),
        ("https://192.168.0.1", "numeric"),
        ("https://localhost", "local"),
        ("https://de", "full host name"),
        ("https://www.jena.de:0x1bb", "cannot be read"),
    ],
)
def test_origin_rules_refused(text: str, why: str) -> None:
    with pytest.raises(UnsafeUrl, match=why):
        parse_origin_rule(text)


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://www.jena.de/a?b", Origin("https", "www.jena.de", 443)),
        ("https://www.jena.de:443/", Origin("https", "www.jena.de", 443)),
        ("wss://www.jena.de:8443/", Origin("https", "www.jena.de", 8443)),
        ("https://www.jena.de./", Origin("https", "www.jena.de.", 443)),
        ("about:blank", None),
    ],
)
def test_origin_of(url: str, origin: Origin | None) -> None:
    assert origin_of(url) == origin


def test_a_refused_port_is_named() -> None:
    policy = ServicePolicy(RULES)
    decision = policy.request("https://www.jena.de:8443/x?y=1", Kind.MAIN_FRAME)
    assert decision.host == "www.jena.de:8443"
    assert decision.reason == "https://www.jena.de:8443 is not part of this service"
    decision = policy.request("https://www.jena.de:8443/x.png", Kind.SUBRESOURCE)
    assert decision.host == "www.jena.de:8443"


def test_blocked_navigation_names_the_host() -> None:
    decision = ServicePolicy(RULES).request(
        "https://evil.example/x?y=1", Kind.MAIN_FRAME
    )
    assert not decision and decision.host == "evil.example"
    assert "evil.example" in decision.reason and "y=1" not in decision.reason


@pytest.mark.parametrize(
    ("origin", "feature", "granted"),
    [
        ("https://bank.example.org", "camera", True),
        ("https://bank.example.org/", "camera", True),
        ("https://bank.example.org:443", "camera", True),
        ("https://bank.example.org:8443", "camera", False),
        ("https://bank.example.org", "microphone", False),
        ("https://evil.example.org", "camera", False),
        ("http://bank.example.org", "camera", False),
    ],
)
def test_permissions_deny_by_default(origin: str, feature: str, granted: bool) -> None:
    assert ServicePolicy(RULES).permission(origin, feature) is granted


@pytest.mark.parametrize(
    ("mime", "name", "size", "allowed", "saved_as"),
    [
        ("application/pdf", "Bescheid.pdf", 10, True, "Bescheid.pdf"),
        ("application/pdf; charset=x", "a.pdf", 10, True, "a.pdf"),
        ("application/pdf", "../../etc/passwd", 10, True, "passwd.pdf"),
        ("application/pdf", "bill.pdf.desktop", 10, True, "bill.pdf.pdf"),
        ("application/pdf", ".hidden", 10, True, "hidden.pdf"),
        ("image/png", "x.png", 10, True, "x.png"),
        ("application/pdf", "big.pdf", 1001, False, ""),
        ("application/x-msdownload", "tool.exe", 10, False, ""),
        ("text/html", "page.html", 10, False, ""),
    ],
)
def test_downloads(
    mime: str, name: str, size: int, allowed: bool, saved_as: str
) -> None:
    decision = ServicePolicy(RULES).download(mime, name, size)
    assert decision.allowed is allowed
    if allowed:
        assert decision.reason == saved_as


@pytest.mark.parametrize(
    ("name", "mime", "expected"),
    [
        ("C:\\Users\\x\\Antrag.pdf", "application/pdf", "Antrag.pdf"),
        ("a\x00b\x1f.pdf", "application/pdf", "ab.pdf"),
        ("", "application/pdf", "document.pdf"),
        ("x" * 300 + ".pdf", "application/pdf", "x" * 96 + ".pdf"),
        ('a<b>c:"d|e?.pdf', "application/pdf", "a_b_c__d_e_.pdf"),
    ],
)
def test_sanitise_filename(name: str, mime: str, expected: str) -> None:
    assert sanitise_filename(name, mime) == expected


def test_unique_name() -> None:
    assert unique_name("a.pdf", set()) == "a.pdf"
    assert unique_name("a.pdf", {"a.pdf", "a (2).pdf"}) == "a (3).pdf"


KEYS = ServiceRules(
    service_id="bank",
    allowed_origins=origins("https://banking.bank.example"),
    permissions={"https://banking.bank.example": frozenset({"security-key"})},
)


@pytest.mark.parametrize(
    ("page", "rp", "allowed"),
    [
        ("https://banking.bank.example/login", "banking.bank.example", True),
        ("https://banking.bank.example/login", "bank.example", True),  # a parent
        ("https://banking.bank.example/login", "BANK.example.", True),
        ("https://banking.bank.example/login", "example", True),  # Chromium checks
        ("https://banking.bank.example/login", "other.example", False),
        ("https://banking.bank.example/login", "evilbank.example", False),
        ("https://banking.bank.example/login", "", False),
        ("https://banking.bank.example:8443/", "banking.bank.example", False),
        ("https://www.bank.example/", "bank.example", False),  # not granted
        ("http://banking.bank.example/", "banking.bank.example", False),
        ("about:blank", "banking.bank.example", False),
        ("javascript:1", "banking.bank.example", False),
    ],
)
def test_security_keys_only_where_the_config_allows(
    page: str, rp: str, allowed: bool
) -> None:
    assert ServicePolicy(KEYS).security_key(page, rp) is allowed
    assert ServicePolicy(RULES).security_key(page, rp) is False  # not granted
