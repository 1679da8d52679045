"""A page asking for WebAuthn (a security key) gets an answer at once.

Qt hands WebAuthn's user interaction to the shell (`webAuthUxRequested`);
left unanswered, `navigator.credentials.create()` stays pending. The shell
refuses unless the station config allows security keys for that origin.
"""

from __future__ import annotations

import pytest

from kiosk.daemons.loopback import Request, Response

pytestmark = pytest.mark.webengine

CREATE = """
window.askKey = () => { const t0 = performance.now();
  return navigator.credentials.create({publicKey: {
  rp: {name: 'Test', id: location.hostname},
  user: {id: new Uint8Array(16), name: 'resident', displayName: 'Resident'},
  challenge: new Uint8Array(32),
  pubKeyCredParams: [{type: 'public-key', alg: -7}],
  timeout: 60000,
}}).then(() => 'created', (e) => 'refused:' + e.name)
  .then((v) => v + ':' + Math.round(performance.now() - t0)); };
window.askLogin = () => { const t0 = performance.now();
  return navigator.credentials.get({publicKey: {
  challenge: new Uint8Array(32), rpId: location.hostname, timeout: 60000,
  userVerification: 'preferred',
}}).then(() => 'signed', (e) => 'refused:' + e.name)
  .then((v) => v + ':' + Math.round(performance.now() - t0)); };
"""


def _route(local_server, on_load: bool) -> None:
    @local_server.route("allowed", "/webauthn")
    def webauthn(req: Request) -> Response:
        start = (
            "window.askKey().then((v) => document.title = v);"
            if on_load
            else "document.getElementById('b').onclick = () => "
            "window.askKey().then((v) => document.title = v);"
        )
        return Response(
            "<!doctype html><title>pending</title><body>"
            "<button id=b style='width:300px;height:100px'>key</button>"
            f"<script>{CREATE}{start}</script></body>"
        )


def _answer(title: str) -> tuple[str, int]:
    answer, _, ms = title.rpartition(":")
    return answer, int(ms)


@pytest.mark.parametrize("how", ["load", "click"])
def test_webauthn_is_refused_within_a_second(
    web_session, local_server, qtbot, how: str
) -> None:
    from helpers.web import click_page

    _route(local_server, on_load=how == "load")
    session = web_session()
    asked: list[object] = []
    view = session.open("/")
    view.page.webAuthUxRequested.connect(lambda r: asked.append(r))
    session.load("/webauthn")
    if how == "click":
        click_page(qtbot, view, 100, 40, "b", lambda: view.page.title() != "pending")
    qtbot.waitUntil(lambda: view.page.title() != "pending", timeout=15000)
    answer, ms = _answer(view.page.title())
    print(f"webauthn ({how}) answered after {ms} ms: {answer}")
    assert answer == "refused:NotAllowedError"
    assert ms < 1000
    assert asked, "the refusal came from the shell's answer"
    # The page may ask again, and is answered again; a login (get) too.
    for ask in ("askKey", "askLogin"):
        again = session.js_async(f"window.{ask}()")
        print(f"webauthn {ask} again: {again}")
        assert _answer(again)[0] == "refused:NotAllowedError"
        assert _answer(again)[1] < 1000


def test_webauthn_granted_by_the_config_waits_for_the_key(
    web_session, local_server, qtbot
) -> None:
    """With "security-key" granted to the origin, the shell lets the request
    go on to the key (none is plugged in here: it stays pending)."""
    from helpers.web import rules

    _route(local_server, on_load=False)
    origin = f"http://allowed.localhost:{local_server.port}"
    perms = {origin: frozenset({"security-key"})}
    session = web_session(rules=rules(local_server.port, permissions=perms))
    view = session.open("/webauthn")
    session.js("window.askKey().then((v) => document.title = v); 1")
    qtbot.wait(1500)
    assert view.page.title() == "pending"
