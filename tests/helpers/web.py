from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from kiosk.daemons.loopback import LocalServer
from kiosk.launcher.policy import ServicePolicy, ServiceRules, parse_origin_rule
from kiosk.launcher.web.session import SessionWeb


def rules(port: int, **overrides: object) -> ServiceRules:
    """The test service: the `allowed` and `other` sites on the server's port."""
    base = dict(
        service_id="svc",
        allowed_origins=frozenset(
            parse_origin_rule(f"http://{site}.localhost:{port}", loopback_http=True)
            for site in ("allowed", "other")
        ),
        download_types=frozenset({"application/pdf", "image/png"}),
        loopback_demo=True,
    )
    base.update(overrides)
    return ServiceRules(**base)  # type: ignore[arg-type]


class WebSession:
    """Drives one SessionWeb in a test; `close()` is the web wipe."""

    def __init__(self, qtbot, server: LocalServer, documents: Path, **kw) -> None:
        self.qtbot = qtbot
        self.server = server
        self.documents = documents
        self.picked: list[list[str]] = []
        self.pick_answer: list[str] = []
        self.web = SessionWeb(
            [ServicePolicy(kw.pop("rules", None) or rules(server.port))],
            language=kw.pop("language", "de"),
            documents=documents,
            picker=self._picker,
            **kw,
        )

    def _picker(self, types: list[str]) -> list[str]:
        self.picked.append(types)
        return list(self.pick_answer)

    def open(self, path: str = "/", site: str = "allowed"):
        view, _ = self.web.view_for("svc", "about:blank")
        view.resize(1024, 768)
        view.show()
        self.load(path, site)
        return view

    def load(self, path: str, site: str = "allowed") -> None:
        view = self.web.views["svc"]
        with self.qtbot.waitSignal(view.page.loadFinished, timeout=15000):
            view.page.load(QUrl(self.server.url(site, path)))

    def js(self, code: str, timeout: int = 10000):
        view = self.web.views["svc"]
        with self.qtbot.waitCallback(timeout=timeout) as cb:
            view.page.runJavaScript(code, 0, cb)
        return cb.args[0]

    def js_async(self, expr: str, timeout: int = 10000):
        """Await a promise: the result comes back through document.title."""
        self.js(
            "document.title = 'pending';"
            f"Promise.resolve({expr}).then((v) => document.title = 'done:' + v,"
            " (e) => document.title = 'error:' + e);"
        )
        view = self.web.views["svc"]
        self.qtbot.waitUntil(lambda: view.page.title() != "pending", timeout=timeout)
        title = view.page.title()
        assert title.startswith("done:"), title
        return title.removeprefix("done:")

    def probe(self) -> dict:
        return json.loads(self.js_async("window.probe()"))

    def close(self) -> None:
        self.web.close()


@pytest.fixture
def web_session(qtbot, local_server, tmp_path) -> Iterator[Callable[..., WebSession]]:
    made: list[WebSession] = []

    def make(**kw) -> WebSession:
        session = WebSession(qtbot, local_server, tmp_path / f"docs{len(made)}", **kw)
        made.append(session)
        return session

    yield make
    for session in made:
        if session.web.profile is not None:
            session.close()


def when_visible(widget, action, *, once: bool = True):
    """Run `action` when `widget` shows (each time it shows, unless `once`).
    A page dialog waits in a nested event loop, so the answer must come from
    a timer running inside that loop. `timer.count` says how often it ran."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(50)
    timer.count = 0
    timer.done = False

    def check() -> None:
        if widget.isVisible():
            timer.count += 1
            timer.done = True
            if once:
                timer.stop()
            action()

    timer.timeout.connect(check)
    timer.start()
    return timer


def wait_for_hit(qtbot, page, x: int, y: int, element_id: str) -> None:
    """Wait until the page would hit `element_id` at (x, y): loadFinished
    comes before layout and paint, and a click before them lands nowhere."""
    import json

    def hit() -> bool:
        with qtbot.waitCallback() as callback:
            page.runJavaScript(
                "JSON.stringify((document.elementFromPoint("
                f"{x}, {y}) || {{}}).id || '')",
                0,
                callback,
            )
        return json.loads(callback.args[0] or '""') == element_id

    qtbot.waitUntil(hit, timeout=10000)


def click_page(
    qtbot,
    view,
    x: int,
    y: int,
    element_id: str,
    until: Callable[[], object],
    *,
    attempts: int = 5,
) -> None:
    """Click the page at (x, y) with a real mouse until `until()` holds.

    The hit test proves layout, not that Chromium's input routing is ready:
    on a loaded machine the first click can land before the renderer takes
    input and vanish. `until` must be the click's first effect (a picker
    asked, an overlay shown), so a slow effect is never clicked twice."""
    from PySide6.QtCore import QPoint, Qt
    from pytestqt.exceptions import TimeoutError as WaitTimeout

    wait_for_hit(qtbot, view.page, x, y, element_id)
    for _ in range(attempts):
        target = view.view.focusProxy() or view.view
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        try:
            qtbot.waitUntil(lambda: bool(until()), timeout=2000)
            return
        except WaitTimeout:
            continue
    raise AssertionError(f"{attempts} clicks on #{element_id} had no effect")
