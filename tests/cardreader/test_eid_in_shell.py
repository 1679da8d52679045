"""The Online-Ausweis inside the shell: a page's activation, AusweisApp, the
guide, and the way back to the provider's page — on real web views and the
real AusweisApp, with a local tcToken server (no eID server exists offline)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.tctoken import TokenServer
from helpers.tools import require_tool
from PySide6.QtCore import Qt, QUrl

from kiosk.cardreader.eid_service import Availability
from kiosk.cardreader.sdk import Screen
from kiosk.daemons.loopback import Request, Response
from kiosk.session.events import EidWorkflow, EndReason
from kiosk.session.lifecycle import State

pytestmark = pytest.mark.webengine
WAIT = 20000


@pytest.fixture
def eid_token(request, local_server) -> Iterator[TokenServer]:  # type: ignore[no-untyped-def]
    # AusweisApp resolves "localhost" (not *.localhost): the token server
    # stands for the city's eID server, allowed for the test service. A
    # test may name another result address (indirect parametrisation).
    result = getattr(request, "param", local_server.url("allowed", "/eid-result"))
    server = TokenServer(result, host="localhost")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def station(build_shell, qapp, qtbot, local_server, eid_token):  # type: ignore[no-untyped-def]
    controller = _eid_shell(build_shell, qtbot, eid_token.url)

    @local_server.route("allowed", "/eid")
    def eid_page(req: Request) -> Response:
        link = f"http://127.0.0.1:24727/eID-Client?tcTokenURL={eid_token.url}"
        return Response(
            "<!doctype html><body style='margin:0'>"
            f"<a id=eid href='{link}' style='display:block;height:200px'>"
            "Log in with the ID card</a></body>"
        )

    @local_server.route("allowed", "/eid-result")
    def result(req: Request) -> Response:
        return Response("<!doctype html><title>result</title><body>done</body>")

    return controller


def _eid_shell(build_shell, qtbot, token_url: str):  # type: ignore[no-untyped-def]
    """A built station in eID developer mode whose AusweisApp answers, allowed
    to fetch the tcToken at `token_url`."""
    require_tool("AusweisApp2")
    shell = build_shell(
        extra_origins=[_origin(token_url)], extra="[eid]\ndeveloper_mode = true"
    )
    qtbot.waitUntil(lambda: shell.eid.availability is Availability.READY, timeout=WAIT)
    return shell


def _origin(url: str) -> str:
    return url.split("/tctoken")[0]


def _guide(controller):  # type: ignore[no-untyped-def]
    from kiosk.cardreader.eid_guide import EidGuide

    return next(o for o in controller.window.extra_overlays if isinstance(o, EidGuide))


def _open_eid_page(qtbot, controller):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(controller.window.welcome.start, Qt.MouseButton.LeftButton)
    view = controller.open_service("svc")
    qtbot.waitUntil(
        lambda: view.page.url().host() != "" and not view.page.isLoading(),
        timeout=WAIT,
    )
    with qtbot.waitSignal(view.page.loadFinished, timeout=WAIT):
        view.page.setUrl(view.page.url().resolved(QUrl("/eid")))
    return view


def _click_eid_link(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    # The link kinds a page may use are covered in tests/launcher/web; here
    # the page's own script follows the link, once the link is there.
    def clicked() -> bool:
        with qtbot.waitCallback(timeout=WAIT) as done:
            view.page.runJavaScript(
                "(() => { const a = document.getElementById('eid');"
                " if (a) a.click(); return !!a; })()",
                0,
                done,
            )
        return done.args[0] is True

    qtbot.waitUntil(clicked, timeout=WAIT)


def test_a_link_leads_through_ausweisapp_back_to_the_providers_page(
    station, qtbot, eid_token
) -> None:  # type: ignore[no-untyped-def]
    view = _open_eid_page(qtbot, station)
    guide = _guide(station)
    eid_token.release.clear()  # AusweisApp waits for the token meanwhile
    _click_eid_link(qtbot, view)
    qtbot.waitUntil(guide.isVisible, timeout=WAIT)
    assert guide.screen is Screen.WORKING
    assert guide.cancel_button.isVisible()
    eid_token.release.set()
    qtbot.waitUntil(lambda: view.page.url().path() == "/eid-result", timeout=WAIT)
    qtbot.waitUntil(lambda: not guide.isVisible(), timeout=WAIT)
    assert eid_token.hits == ["/tctoken"]
    eid = [e.succeeded for e in station.events if isinstance(e, EidWorkflow)]
    assert eid == [None, False]
    assert not station.eid.busy


def test_ending_the_session_mid_login_wipes_and_restarts_ausweisapp(
    station, qtbot, eid_token
) -> None:  # type: ignore[no-untyped-def]
    view = _open_eid_page(qtbot, station)
    guide = _guide(station)
    old_pid = station.eid._app.pid
    eid_token.release.clear()  # the workflow is still running at the end
    _click_eid_link(qtbot, view)
    qtbot.waitUntil(lambda: eid_token.hits == ["/tctoken"], timeout=WAIT)
    assert guide.isVisible() and station.eid.busy
    station.end(EndReason.RESIDENT)
    assert station.lifecycle.state is State.WELCOME
    assert station.last_report.ok, station.last_report.summary()
    assert "eid" in station.wiper.step_names
    names = station.wiper.step_names
    assert names.index("eid") < names.index("files")
    assert not guide.isVisible()
    qtbot.waitUntil(
        lambda: station.eid.availability is Availability.READY, timeout=WAIT
    )
    assert station.eid._app.pid != old_pid
    eid = [e.succeeded for e in station.events if isinstance(e, EidWorkflow)]
    assert eid == [None, False]  # counted as not succeeded


def test_without_ausweisapp_the_page_says_so(
    build_shell, qapp, qtbot, local_server, eid_token
) -> None:  # type: ignore[no-untyped-def]
    controller = build_shell(
        extra_origins=[_origin(eid_token.url)],
        extra='[eid]\ncommand = "no-such-ausweisapp"',
    )
    assert controller.eid.availability is Availability.DOWN

    @local_server.route("allowed", "/eid")
    def eid_page(req: Request) -> Response:
        link = f"http://127.0.0.1:24727/eID-Client?tcTokenURL={eid_token.url}"
        return Response(
            "<!doctype html><body style='margin:0'>"
            f"<a id=eid href='{link}' style='display:block;height:200px'>x</a>"
        )

    view = _open_eid_page(qtbot, controller)
    _click_eid_link(qtbot, view)
    qtbot.waitUntil(view.overlay.isVisible, timeout=WAIT)
    assert "not possible" in view.overlay.text.text()
    assert not _guide(controller).isVisible()
    assert eid_token.hits == []


# AusweisApp's result address, as a hostile eID server could set it; the
# placeholders are filled in by the test (ports are only known then).
HOSTILE_RESULTS = {
    "javascript": "javascript:document.title='ran'//",
    "data": "data:text/html,<title>ran</title>",
    "view-source": "view-source:{allowed}/eid-result",
    "chrome-crash": "chrome://crash/",
    "chrome-kill": "chrome://kill/",
    "other-port": "http://allowed.localhost:{other_port}/eid-result",
    "other-host": "{forbidden}/eid-result",
}


@pytest.mark.parametrize("name", list(HOSTILE_RESULTS))
def test_a_hostile_result_address_is_refused(
    build_shell, qapp, qtbot, local_server, other_port, name
) -> None:  # type: ignore[no-untyped-def]
    require_tool("AusweisApp2")
    result = HOSTILE_RESULTS[name].format(
        allowed=local_server.url("allowed", "").rstrip("/"),
        other_port=other_port.port,
        forbidden=local_server.url("forbidden", "").rstrip("/"),
    )
    token = TokenServer(result, host="localhost")
    try:
        controller = _eid_shell(build_shell, qtbot, token.url)

        @local_server.route("allowed", "/eid")
        def eid_page(req: Request) -> Response:
            link = f"http://127.0.0.1:24727/eID-Client?tcTokenURL={token.url}"
            return Response(
                "<!doctype html><title>before</title><body>"
                f"<a id=eid href='{link}'>Log in with the ID card</a></body>"
            )

        view = _open_eid_page(qtbot, controller)
        pid = view.page.renderProcessPid()
        ended: list[object] = []
        view.page.renderProcessTerminated.connect(lambda *a: ended.append(a))
        blocked: list[tuple[str, str]] = []
        view.page.blocked.connect(lambda h, r: blocked.append((h, r)))
        finished: list[str] = []
        controller.eid.finished.connect(lambda state: finished.append(state.result_url))
        _click_eid_link(qtbot, view)
        qtbot.waitUntil(lambda: bool(finished), timeout=WAIT)
        # AusweisApp handed the hostile address over; the shell refused it.
        assert finished[0].split("?")[0].startswith(result.split("?")[0][:12])
        qtbot.waitUntil(lambda: bool(blocked), timeout=WAIT)
        qtbot.waitUntil(view.overlay.isVisible, timeout=WAIT)
        qtbot.wait(800)
        assert other_port.log == []
        assert local_server.requests_for("forbidden") == []
        assert ended == [] and view.page.renderProcessPid() == pid
        assert view.page.title() == "before"
        assert view.page.url().path() == "/eid"
        assert view.page.url().port() == local_server.port
    finally:
        token.close()
