from __future__ import annotations

from urllib.parse import quote

import pytest

from kiosk.launcher.eid_activation import (
    Activation,
    Refusal,
    RefusalReason,
    is_local_eid_port,
    recognise,
)

HOSTS = ("www.jena.de", "buergerservice.example")
SUBS = ("jena.de",)
TOKEN = "https://www.jena.de/eid/tctoken?session=abc&x=1"
Q = quote(TOKEN, safe="")


R = RefusalReason


@pytest.mark.parametrize(
    ("url", "outcome"),
    [
        # The three activation forms.
        (f"eid://127.0.0.1:24727/eID-Client?tcTokenURL={Q}", Activation(TOKEN)),
        (f"eid://anything/eID-Client?tcTokenURL={Q}", Activation(TOKEN)),
        (f"http://127.0.0.1:24727/eID-Client?tcTokenURL={Q}", Activation(TOKEN)),
        (f"http://localhost:24727/eID-Client?tcTokenURL={Q}", Activation(TOKEN)),
        (f"http://[::1]:24727/eID-Client?tcTokenURL={Q}", Activation(TOKEN)),
        (f"HTTP://LOCALHOST:24727/eid-client/?tcTokenURL={Q}", Activation(TOKEN)),
        (
            f"https://www.ausweisapp.bund.de/eID-Client?tcTokenURL={Q}",
            Activation(TOKEN),
        ),
        # Extra parameters are dropped, the token URL kept whole.
        (
            f"http://127.0.0.1:24727/eID-Client?enableSimulator=true&tcTokenURL={Q}",
            Activation(TOKEN),
        ),
        # Subdomains of an allowed parent.
        (
            "eid://x/eID-Client?tcTokenURL=https%3A%2F%2Feid.termine.jena.de%2Ft",
            Activation("https://eid.termine.jena.de/t"),
        ),
        # Refusals.
        (
            "http://127.0.0.1:24727/eID-Client?Status",
            Refusal(R.NO_TC_TOKEN_URL),
        ),
        ("http://127.0.0.1:24727/", Refusal(R.NOT_EID_CLIENT)),
        ("ws://127.0.0.1:24727/eID-Kernel", Refusal(R.NOT_EID_CLIENT)),
        (
            "eid://127.0.0.1:24727/other?tcTokenURL=x",
            Refusal(R.NOT_EID_CLIENT),
        ),
        ("eid://x/eID-Client?tcTokenURL=", Refusal(R.NO_TC_TOKEN_URL)),
        (
            f"eid://x/eID-Client?tcTokenURL={Q}&tcTokenURL={Q}",
            Refusal(R.SEVERAL_TC_TOKEN_URLS),
        ),
        (
            "eid://x/eID-Client?tcTokenURL=http%3A%2F%2Fwww.jena.de%2Ft",
            Refusal(R.NOT_HTTPS),
        ),
        (
            "eid://x/eID-Client?tcTokenURL=https%3A%2F%2Fevil.example%2Ft",
            Refusal(R.HOST_NOT_ALLOWED),
        ),
        (
            "eid://x/eID-Client?tcTokenURL=https%3A%2F%2Fwww.jena.de.evil.example%2Ft",
            Refusal(R.HOST_NOT_ALLOWED),
        ),
        (
            "eid://x/eID-Client?tcTokenURL=https%3A%2F%2Fu%3Ap%40www.jena.de%2Ft",
            Refusal(R.BAD_TC_TOKEN_URL),
        ),
        (
            "eid://x/eID-Client?tcTokenURL=https%3A%2F%2Fwww.jena.de%3A99999%2Ft",
            Refusal(R.BAD_TC_TOKEN_URL),
        ),
        (
            "eid://x/eID-Client?tcTokenURL=%2Frelative",
            Refusal(R.BAD_TC_TOKEN_URL),
        ),
        # Not eID at all: the navigation policy decides.
        ("https://www.jena.de/?tcTokenURL=x", None),
        ("https://www.ausweisapp.bund.de/download", None),
        ("http://127.0.0.1:8080/eID-Client?tcTokenURL=x", None),
        ("https://www.jena.de:24727/eID-Client?tcTokenURL=x", None),
        ("about:blank", None),
        ("http://[::1", None),
    ],
)
def test_recognise(url: str, outcome: object) -> None:
    assert recognise(url, HOSTS, SUBS) == outcome


def test_http_token_only_for_loopback_demo() -> None:
    url = "eid://x/eID-Client?tcTokenURL=http%3A%2F%2F127.0.0.1%3A8099%2Ft"
    assert recognise(url, ("127.0.0.1",)) == Refusal(R.NOT_HTTPS)
    assert recognise(url, ("127.0.0.1",), allow_http=True) == Activation(
        "http://127.0.0.1:8099/t"
    )


def test_idn_token_host_is_compared_in_ascii() -> None:
    url = "eid://x/eID-Client?tcTokenURL=https%3A%2F%2Fb%C3%BCrger.example%2Ft"
    assert recognise(url, ("xn--brger-kva.example",)) == Activation(
        "https://bürger.example/t"
    )


def test_a_refusal_reason_names_no_url() -> None:
    for reason in RefusalReason:
        assert "://" not in reason.value and "jena" not in reason.value


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:24727/eID-Client?Status", True),
        ("ws://127.0.0.1:24727/eID-Kernel", True),
        ("wss://localhost:24727/", True),
        ("http://[::1]:24727/", True),
        ("http://127.0.0.2:24727/", True),
        ("http://127.0.0.1:24728/", False),
        ("https://www.jena.de:24727/", False),
        ("http://[::1", False),
    ],
)
def test_is_local_eid_port(url: str, local: bool) -> None:
    assert is_local_eid_port(url) is local


@pytest.mark.parametrize(
    ("token", "outcome"),
    [
        ("https://www.jena.de/t", Activation("https://www.jena.de/t")),
        ("https://www.jena.de:443/t", Activation("https://www.jena.de:443/t")),
        ("https://www.jena.de:8443/t", Refusal(R.HOST_NOT_ALLOWED)),
        ("https://eid.jena.de/t", Activation("https://eid.jena.de/t")),
        ("https://eid.jena.de:8443/t", Refusal(R.HOST_NOT_ALLOWED)),
        ("https://www.jena.de./t", Refusal(R.HOST_NOT_ALLOWED)),
    ],
)
def test_token_url_is_checked_by_origin(token: str, outcome: object) -> None:
    from kiosk.launcher.policy import ServiceRules, parse_origin_rule, url_allowed

    rules = ServiceRules(
        service_id="city",
        allowed_origins=frozenset(
            parse_origin_rule(o) for o in ("https://www.jena.de", "https://*.jena.de")
        ),
    )
    url = f"eid://x/eID-Client?tcTokenURL={quote(token, safe='')}"
    allowed = recognise(url, token_allowed=lambda t: url_allowed(t, rules))
    assert allowed == outcome
