"""Session 1 plants something in every channel; session 2 finds nothing."""

from __future__ import annotations

import pytest
from helpers.web import when_visible

pytestmark = pytest.mark.webengine


def test_storage_channels_do_not_survive_the_session(web_session, local_server) -> None:
    first = web_session()
    first.open("/set-cookie")
    assert first.js_async("window.plant()") == "planted"
    seen = first.probe()
    # The plant worked, so the next session's emptiness means something.
    assert "header_cookie=planted" in seen["cookies"]
    assert "script_cookie=planted" in seen["cookies"]
    assert seen["local"] == "planted" and seen["idb"] == "planted"
    assert seen["cache"] == "kiosk-cache" and seen["sw"] == 1
    first.close()

    local_server.clear_log()
    second = web_session()
    second.open("/storage")
    found = second.probe()
    assert found == {
        "cookies": "",
        "local": None,
        "session": None,
        "idb": None,
        "cache": "",
        "sw": 0,
        "history": 1,
    }
    # The server saw no cookie from the second session either.
    assert all("cookie" not in r.headers for r in local_server.log)


def _answer_login(view, *, log_in: bool):
    """Answer the shell's login form each time it shows, as a resident would."""

    def fill() -> None:
        view.login.user.setText("resident")
        view.login.password.setText("secret")
        view.login.ok.click()

    return when_visible(
        view.login, fill if log_in else view.login.cancel.click, once=log_in
    )


def test_http_auth_is_not_cached_into_the_next_session(
    web_session, local_server, qtbot
) -> None:
    from PySide6.QtCore import QUrl

    first = web_session()
    view = first.open("/")
    timer = _answer_login(view, log_in=True)
    view.page.load(QUrl(local_server.url("allowed", "/basic-auth")))
    qtbot.waitUntil(
        lambda: any("authorization" in r.headers for r in local_server.log),
        timeout=10000,
    )
    assert not timer.isActive()  # the form was shown and answered
    # Within the session the login is remembered: a second visit sends it at once.
    first.load("/page2")
    local_server.clear_log()
    first.load("/basic-auth")
    assert any("authorization" in r.headers for r in local_server.log)
    first.close()

    local_server.clear_log()
    second = web_session()
    view2 = second.open("/")
    timer2 = _answer_login(view2, log_in=False)
    view2.page.load(QUrl(local_server.url("allowed", "/basic-auth")))
    qtbot.waitUntil(lambda: timer2.count >= 1, timeout=10000)  # asked again
    qtbot.wait(500)
    timer2.stop()
    assert timer2.count == 1  # a refusal is not asked again and again
    sent = [r.headers.get("authorization", "") for r in local_server.log]
    assert not any(value.strip() not in ("", "Basic Og==") for value in sent)


def test_history_and_visited_links_start_empty(
    web_session, local_server, qtbot
) -> None:
    from PySide6.QtCore import QUrl

    first = web_session()
    view = first.open("/")
    first.js("document.getElementById('link').click()")
    qtbot.waitUntil(lambda: view.page.url().path() == "/page2", timeout=10000)
    visited = QUrl(local_server.url("allowed", "/page2"))
    assert first.web.views["svc"].page.history().count() >= 2
    first.close()
    second = web_session()
    second.open("/")
    assert not second.web.profile.visitedLinksContainsUrl(visited)
    assert second.web.views["svc"].page.history().count() == 1


@pytest.mark.parametrize("granted", [False, True])
def test_permissions_are_answered_by_the_config_and_never_kept(
    web_session, local_server, granted: bool
) -> None:
    from helpers.web import rules

    origin = f"http://allowed.localhost:{local_server.port}"
    perms = {origin: frozenset({"geolocation"})} if granted else {}
    first = web_session(rules=rules(local_server.port, permissions=perms))
    first.open("/permission")
    answer = first.js_async("window.askGeo()")
    # Granted means the page got past the permission check (offscreen there is
    # no position source, so it may still report POSITION_UNAVAILABLE = 2).
    assert (answer != "denied:1") is granted, answer
    first.close()
    second = web_session()  # the next session's config grants nothing
    second.open("/permission")
    assert second.js_async("window.askGeo()") == "denied:1"
