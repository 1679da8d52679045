"""The fleet page's sign-in, CSRF, roles and proxy header (in process, SQLite)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from helpers.fleet import PASSWORD, two_offices

from kiosk.usage import heartbeat
from kiosk.usage.collector.api import create_app
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.collector.fleetdb import FleetDB
from kiosk.usage.collector.settings import CollectorSettings, WebSettings
from kiosk.usage.collector.web import hash_password

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def site(tmp_path: Path, clock: Any) -> Iterator[dict[str, Any]]:
    db = CollectorDB.open(f"sqlite:///{tmp_path / 'collector.sqlite'}")
    fleet = FleetDB(db.engine)
    tokens = two_offices(db)
    fleet.create_account("via-proxy", None, "it", None)
    settings = CollectorSettings(
        web=WebSettings(
            cookie_secure=False,
            login_free_attempts=3,
            login_lock_seconds=30,
            trusted_header="X-Remote-User",
            trusted_proxies=("10.0.0.5",),
        )
    )
    app = create_app(db, clock=clock, settings=settings, alert_loop=False)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for sid, token in tokens.items():
            now = clock()
            body = heartbeat.build(
                sid,
                {
                    "written_at": now.isoformat(),
                    "in_service": sid != "winzerla-2",
                    "out_of_service_reason": "wipe-failed",
                },
                now=now,
                version="0.1.0",
                disk_free_percent=50,
                clock_synchronised=True,
                last_sync_success=None,
            )
            r = client.post(
                "/v1/heartbeat", json=body, headers={"Authorization": f"Bearer {token}"}
            )
            assert r.status_code == 200
        yield {"client": client, "clock": clock, "app": app}
    db.engine.dispose()


def login(client: TestClient, name: str, password: str = PASSWORD) -> Any:
    client.get("/fleet/login")
    csrf = client.cookies.get("fleet_csrf")
    return client.post(
        "/fleet/login",
        content=f"csrf={csrf}&name={name}&password={password.replace(' ', '+')}",
        headers=FORM,
        follow_redirects=False,
    )


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def test_without_signing_in_every_page_sends_to_the_login(site: dict[str, Any]) -> None:
    for path in (
        "/fleet",
        "/fleet/station/lobeda-1",
        "/fleet/office/lobeda",
        "/fleet/incidents",
    ):
        r = site["client"].get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/fleet/login"


def test_login_sets_a_safe_cookie_and_shows_the_fleet(site: dict[str, Any]) -> None:
    r = login(site["client"], "it-admin")
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    page = site["client"].get("/fleet")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "<script" not in page.text
    assert "winzerla-2" in page.text and "a wipe step failed" in page.text
    assert "lobeda-1" in site["client"].get("/fleet/office/lobeda").text
    every = site["client"].get("/fleet/stations").text
    assert "lobeda-1" in every and "winzerla-2" in every


def test_secure_flag_by_default(tmp_path: Path, clock: Any) -> None:
    db = CollectorDB.open(f"sqlite:///{tmp_path / 'c.sqlite'}")
    FleetDB(db.engine).create_account("a", hash_password(PASSWORD), "it", None)
    with TestClient(create_app(db, alert_loop=False), base_url="https://t") as client:
        r = login(client, "a")
        assert "Secure" in r.headers["set-cookie"]
    db.engine.dispose()


def test_wrong_password_then_throttled(site: dict[str, Any]) -> None:
    client = site["client"]
    for _ in range(3):
        assert login(client, "it-admin", "wrong password!").status_code == 401
    r = login(client, "it-admin")  # even the right one, while locked
    assert r.status_code == 429 and "Try again in" in r.text
    site["clock"].now += timedelta(seconds=31)
    assert login(client, "it-admin").status_code == 303


def test_unknown_name_says_the_same(site: dict[str, Any]) -> None:
    r = login(site["client"], "nobody")
    assert r.status_code == 401 and "Name or password is wrong" in r.text


@pytest.mark.parametrize("csrf", ["", "forged"])
def test_post_without_the_csrf_token_is_refused(
    site: dict[str, Any], csrf: str
) -> None:
    client = site["client"]
    client.get("/fleet/login")
    r = client.post(
        "/fleet/login",
        content=f"csrf={csrf}&name=it-admin&password=correct+horse+battery",
        headers=FORM,
        follow_redirects=False,
    )
    assert r.status_code == 403 and "CSRF" in r.text
    assert login(client, "it-admin").status_code == 303
    r = client.post("/fleet/logout", content=f"csrf={csrf}", headers=FORM)
    assert r.status_code == 403
    assert client.get("/fleet").status_code == 200  # still signed in


def test_post_from_another_site_is_refused(site: dict[str, Any]) -> None:
    client = site["client"]
    assert login(client, "it-admin").status_code == 303
    csrf = csrf_of(client.get("/fleet").text)
    r = client.post(
        "/fleet/logout",
        content=f"csrf={csrf}",
        headers={**FORM, "Origin": "https://evil.example"},
    )
    assert r.status_code == 403


def test_logout_ends_the_session(site: dict[str, Any]) -> None:
    client = site["client"]
    assert login(client, "it-admin").status_code == 303
    old = client.cookies.get("fleet_session")
    csrf = csrf_of(client.get("/fleet").text)
    r = client.post(
        "/fleet/logout", content=f"csrf={csrf}", headers=FORM, follow_redirects=False
    )
    assert r.status_code == 303
    client.cookies.set("fleet_session", old or "", path="/fleet")
    assert client.get("/fleet", follow_redirects=False).status_code == 303


def test_office_staff_see_only_their_office(site: dict[str, Any]) -> None:
    client = site["client"]
    assert login(client, "lobeda-staff").status_code == 303
    page = client.get("/fleet").text
    assert "/fleet/office/lobeda" in page and "winzerla" not in page
    assert "lobeda-1" in client.get("/fleet/office/lobeda").text
    assert client.get("/fleet/station/winzerla-2").status_code == 404
    assert client.get("/fleet/office/winzerla").status_code == 404
    assert "winzerla" not in client.get("/fleet/incidents").text
    every = client.get("/fleet/stations").text
    assert "lobeda-1" in every and "winzerla" not in every
    assert client.get("/fleet/station/lobeda-1").status_code == 200


def test_trusted_header_only_from_the_proxy(site: dict[str, Any]) -> None:
    app = site["app"]
    with TestClient(app, client=("10.0.0.5", 4000)) as proxy:
        r = proxy.get("/fleet", headers={"X-Remote-User": "via-proxy"})
        assert r.status_code == 200 and "winzerla-2" in r.text
        # a password-less proxy account cannot sign in with a form
        assert login(proxy, "via-proxy", "").status_code in (401, 403)
    with TestClient(app, client=("10.0.0.6", 4000)) as other:
        r = other.get(
            "/fleet", headers={"X-Remote-User": "via-proxy"}, follow_redirects=False
        )
        assert r.status_code == 303


def test_password_rules() -> None:
    with pytest.raises(ValueError, match="12 characters"):
        hash_password("short")
    assert hash_password(PASSWORD).startswith("$argon2id$")
