"""Another port of an allowed host is another origin: it is never reached.

A second server listens on another port of the service's own host
(`allowed.localhost`); its request log must stay empty whatever the page
tries — and whatever the shell itself is handed to load.
"""

from __future__ import annotations

import pytest

from kiosk.daemons.loopback import LocalServer, Request, Response

pytestmark = pytest.mark.webengine


def _pages(server: LocalServer, target: str) -> dict[str, str]:
    """Each way a page can send a request to `target`, as a page body."""
    return {
        "navigation": f"<script>location.href = '{target}/nav';</script>",
        "link": f"<a id=a href='{target}/link'>x</a>"
        "<script>document.getElementById('a').click();</script>",
        "frame": f"<iframe src='{target}/frame'></iframe>",
        "fetch": f"<script>fetch('{target}/fetch', {{mode: 'no-cors'}})"
        ".catch(() => {});</script>",
        "image": f"<img src='{target}/image.png'>",
        "script": f"<script src='{target}/script.js'></script>",
        "stylesheet": f"<link rel=stylesheet href='{target}/style.css'>",
        "form": f"<form id=f method=post action='{target}/form'>"
        "<input name=q value=1></form>"
        "<script>document.getElementById('f').submit();</script>",
        "redirect": "<script>location.href = '/to-other-port';</script>",
        "window.open": f"<script>window.open('{target}/popup');</script>",
        "websocket": "<script>try { new WebSocket("
        f"'{target.replace('http:', 'ws:')}/ws'); }} catch (e) {{}}</script>",
        "beacon": f"<script>navigator.sendBeacon('{target}/beacon', 'x');</script>",
    }


CHANNELS = list(_pages(LocalServer.__new__(LocalServer), "x"))


@pytest.mark.parametrize("channel", CHANNELS)
def test_another_port_of_the_allowed_host_gets_no_request(
    web_session, local_server, other_port, qtbot, channel: str
) -> None:
    target = f"http://allowed.localhost:{other_port.port}"
    body = _pages(local_server, target)[channel]

    @local_server.route("allowed", "/attack")
    def attack(req: Request) -> Response:
        return Response(f"<!doctype html><body>{body}</body>")

    @local_server.route("allowed", "/to-other-port")
    def redirect(req: Request) -> Response:
        return Response("", status=302, headers=[("Location", f"{target}/redir")])

    session = web_session()
    view = session.open("/")
    blocked: list[tuple[str, str]] = []
    view.page.blocked.connect(lambda host, reason: blocked.append((host, reason)))
    session.js("location.href = '/attack'")
    qtbot.waitUntil(
        lambda: any(r.path == "/attack" for r in local_server.log), timeout=5000
    )
    qtbot.wait(1000)  # time for scripts, frames, popups and redirects to fire
    assert other_port.log == [], [r.path for r in other_port.log]
    assert view.page.url().port() == local_server.port
    if channel in ("navigation", "link", "form", "redirect"):
        qtbot.waitUntil(lambda: bool(blocked), timeout=5000)
        assert f":{other_port.port}" in blocked[0][1]


def test_the_allowed_port_is_reached_the_same_ways(
    web_session, local_server, qtbot
) -> None:
    """The control: the same pages pointed at the service's own origin do
    make their requests, so an empty log above means blocked, not broken."""
    target = f"http://allowed.localhost:{local_server.port}"
    pages = _pages(local_server, target)
    session = web_session()
    session.open("/")
    paths = {"fetch": "/fetch", "image": "/image.png", "frame": "/frame"}
    paths |= {"script": "/script.js", "beacon": "/beacon", "form": "/form"}
    for channel, path in paths.items():

        @local_server.route("allowed", f"/attack-{channel}")
        def attack(req: Request, body: str = pages[channel]) -> Response:
            return Response(f"<!doctype html><body>{body}</body>")

        session.js(f"location.href = '/attack-{channel}'")
        qtbot.waitUntil(
            lambda p=path: any(r.path == p for r in local_server.log),
            timeout=5000,
        )


HOSTILE = {
    "javascript": "javascript:document.title='ran'",
    "javascript-upper": "JavaScript:document.title='ran'",
    "data": "data:text/html,<title>ran</title>",
    "view-source": "view-source:{allowed}/",
    "chrome-crash": "chrome://crash",
    "chrome-kill": "chrome://kill",
    "file": "file:///etc/passwd",
    "other-port": "{other}/shell-load",
    "other-host": "{forbidden}/shell-load",
    "trailing-dot": "http://allowed.localhost.:{port}/",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_shell_loads_pass_the_policy(
    web_session, local_server, other_port, qtbot, name: str
) -> None:
    url = HOSTILE[name].format(
        allowed=local_server.url("allowed", "").rstrip("/"),
        other=f"http://allowed.localhost:{other_port.port}",
        forbidden=local_server.url("forbidden", "").rstrip("/"),
        port=local_server.port,
    )
    session = web_session()
    view = session.open("/")
    session.js("document.title = 'before'")
    pid = view.page.renderProcessPid()
    ended: list[object] = []
    view.page.renderProcessTerminated.connect(lambda *a: ended.append(a))
    blocked: list[tuple[str, str]] = []
    view.page.blocked.connect(lambda host, reason: blocked.append((host, reason)))
    assert view.page.shell_load(url) is False
    assert blocked, "a refused shell load raises the blocked signal"
    qtbot.waitUntil(view.overlay.isVisible, timeout=5000)
    qtbot.wait(800)
    assert other_port.log == []
    assert local_server.requests_for("forbidden") == []
    assert ended == [] and view.page.renderProcessPid() == pid
    assert session.js("document.title") == "before"
    assert view.page.url().host() == "allowed.localhost"
    assert view.page.url().port() == local_server.port


def test_an_allowed_shell_load_opens(web_session, local_server, qtbot) -> None:
    session = web_session()
    view = session.open("/")
    with qtbot.waitSignal(view.page.loadFinished, timeout=10000):
        assert view.page.shell_load(local_server.url("other", "/page2")) is True
    assert view.page.url().host() == "other.localhost"
    assert not view.overlay.isVisible()


def test_every_shell_load_goes_through_shell_load() -> None:
    """No page is handed a URL but by `KioskPage.shell_load`/`shell_reload`:
    a `setUrl`, `load`, `setHtml`, `setContent` or Reload action elsewhere in
    the shell would skip the policy (the eID result did, with setUrl)."""
    import re
    from pathlib import Path

    kiosk = Path(__file__).resolve().parents[3] / "kiosk"
    loads = re.compile(
        r"\.(setUrl|setHtml|setContent)\(|(page|opener)\.load\(|self\.load\("
        r"|\.load\(QUrl|WebAction\.Reload\b"
    )
    found = []
    for path in kiosk.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if loads.search(line):
                found.append(f"{path.relative_to(kiosk.parent)}:{line.strip()}")
    assert sorted(found) == [
        "kiosk/launcher/web/page.py:self.load(qurl)",
        "kiosk/launcher/web/page.py:self.triggerAction(QWebEnginePage.WebAction.Reload)",
    ]
