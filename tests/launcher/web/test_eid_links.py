"""eID activations reach the shell from links, scripts and iframes; nothing
else of the page reaches the eID client's port."""

from __future__ import annotations

import pytest

from kiosk.daemons.loopback import Request, Response

pytestmark = pytest.mark.webengine


def _token(server, site: str = "allowed") -> str:
    return server.url(site, "/tctoken")


@pytest.mark.parametrize(
    "how",
    ["eid-link", "http-link", "location", "iframe"],
)
def test_activation_is_caught(web_session, local_server, qtbot, how: str) -> None:
    token = _token(local_server)
    targets = {
        "eid-link": f"eid://127.0.0.1:24727/eID-Client?tcTokenURL={token}",
        "http-link": f"http://127.0.0.1:24727/eID-Client?tcTokenURL={token}",
    }

    @local_server.route("allowed", "/eid")
    def eid_page(req: Request) -> Response:
        url = targets.get(how, f"http://127.0.0.1:24727/eID-Client?tcTokenURL={token}")
        body = {
            "location": f"<script>location.href = '{url}';</script>",
            "iframe": f"<iframe src='{url}'></iframe>",
        }.get(how, f"<a id=a href='{url}'>login</a>")
        return Response(f"<!doctype html><body>{body}</body>")

    session = web_session()
    view = session.open("/")
    caught: list[str] = []
    view.page.eidActivation.connect(caught.append)
    session.js("location.href = '/eid'")
    if how.endswith("link"):
        qtbot.waitUntil(
            lambda: (
                view.page.url().path() == "/eid"
                and session.js("!!document.getElementById('a')") is True
            ),
            timeout=5000,
        )
        session.js("document.getElementById('a').click()")
    qtbot.waitUntil(lambda: len(caught) >= 1, timeout=5000)
    assert set(caught) == {token}
    assert view.overlay.isVisible()


def test_token_url_of_another_host_is_refused(web_session, local_server, qtbot) -> None:
    token = _token(local_server, "forbidden")
    session = web_session()
    view = session.open("/")
    caught: list[str] = []
    view.page.eidActivation.connect(caught.append)
    session.js(f"location.href = 'eid://127.0.0.1:24727/eID-Client?tcTokenURL={token}'")
    qtbot.wait(800)
    assert caught == []
    assert local_server.requests_for("forbidden") == []


@pytest.fixture
def eid_port_listener():
    """Something listening on the eID client's port: connections would show."""
    import socket

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", 24727))
    except OSError:
        listener.close()
        pytest.skip("port 24727 is in use (an AusweisApp runs here)")
    listener.listen(8)
    listener.setblocking(False)
    yield listener
    listener.close()


def _connections(listener) -> int:
    count = 0
    while True:
        try:
            conn, _ = listener.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


def test_fetch_and_websocket_to_the_eid_port_are_blocked(
    web_session, qtbot, eid_port_listener
) -> None:
    session = web_session()
    session.open("/")
    result = session.js_async(
        "fetch('http://127.0.0.1:24727/eID-Client?tcTokenURL=x')"
        ".then(() => 'reached', () => 'blocked')"
    )
    assert result == "blocked"
    ws = session.js_async(
        "new Promise((resolve) => { const s = new WebSocket('ws://127.0.0.1:24727/eID-Kernel');"
        " s.onopen = () => resolve('open'); s.onerror = () => resolve('blocked'); })"
    )
    assert ws == "blocked"
    assert _connections(eid_port_listener) == 0
