"""Forbidden hosts stay unreached, whatever the route; run in two sessions each."""

from __future__ import annotations

import pytest
from helpers.web import click_page
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

pytestmark = pytest.mark.webengine


class _UrlHandler(QObject):
    """Stands in for the desktop's mail program: records what it is asked."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.opened.append(url.toString())


ROUTES = [
    "/link-forbidden",
    "/location-forbidden",
    "/meta-forbidden",
    "/redirect-forbidden",
    "/iframe-forbidden",
    "/open-forbidden",
]


@pytest.mark.parametrize("session_number", [1, 2])
@pytest.mark.parametrize("route", ROUTES)
def test_forbidden_host_gets_no_request(
    web_session, local_server, qtbot, route: str, session_number: int
) -> None:
    for _ in range(session_number - 1):  # an earlier session on the same factory
        earlier = web_session()
        earlier.open("/")
        earlier.close()
    session = web_session()
    view = session.open("/")
    session.js(f"location.href = '{route}'")
    shows_overlay = route not in ("/iframe-forbidden", "/open-forbidden")
    if route == "/link-forbidden":
        qtbot.waitUntil(
            lambda: session.js("!!document.getElementById('a')") is True, timeout=5000
        )
        session.js("document.getElementById('a').click()")
    if shows_overlay:
        qtbot.waitUntil(view.overlay.isVisible, timeout=5000)
    else:
        qtbot.waitUntil(lambda: view.page.url().path() == route, timeout=5000)
    qtbot.wait(800)  # time for refreshes, scripts and popups to fire
    assert local_server.requests_for("forbidden") == []
    assert view.page.url().host() == "allowed.localhost"
    if shows_overlay:
        assert view.overlay.isVisible()
        assert "forbidden.localhost" in view.overlay.text.text()


@pytest.mark.parametrize("session_number", [1, 2])
def test_allowed_redirect_and_popups_stay_in_the_view(
    web_session, local_server, qtbot, session_number: int
) -> None:
    for _ in range(session_number - 1):
        web_session().open("/") and None
    session = web_session()
    view = session.open("/popup")
    windows_before = len(QApplication.topLevelWidgets())
    session.js("document.getElementById('blank').click()")
    qtbot.waitUntil(
        lambda: view.page.url().path() == "/page2" and not view.page.isLoading(),
        timeout=5000,
    )
    session.js("location.href = '/popup'")
    # Click only once the new page's button exists (loadFinished of the
    # page before could otherwise be taken for this one).
    qtbot.waitUntil(
        lambda: (
            view.page.url().path() == "/popup"
            and session.js("!!document.getElementById('open')") is True
        ),
        timeout=5000,
    )
    session.js("document.getElementById('open').click()")
    qtbot.waitUntil(lambda: view.page.url().path() == "/page2", timeout=5000)
    assert len(QApplication.topLevelWidgets()) == windows_before
    session.js("location.href = '/redirect-other'")
    qtbot.waitUntil(lambda: view.page.url().host() == "other.localhost", timeout=5000)


def test_mailto_clicked_with_a_real_mouse_never_reaches_the_desktop(
    web_session, qtbot
) -> None:
    handler = _UrlHandler()
    QDesktopServices.setUrlHandler("mailto", handler, "handle")
    try:
        session = web_session()
        view = session.open("/mailto")
        click_page(qtbot, view, 100, 60, "mail", view.overlay.isVisible)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert handler.opened == []
    assert "another program" in view.overlay.title.text()


def test_file_input_opens_the_shells_picker_never_a_file_dialog(
    web_session, qtbot, monkeypatch, tmp_path
) -> None:
    def forbidden(*args, **kwargs):
        raise AssertionError("QFileDialog must never open")

    for name in (
        "getOpenFileName",
        "getOpenFileNames",
        "getOpenFileUrl",
        "exec",
        "open",
    ):
        monkeypatch.setattr(QFileDialog, name, forbidden)
    doc = tmp_path / "Antrag.pdf"
    doc.write_bytes(b"%PDF-1.4\n%%EOF\n")
    session = web_session()
    session.pick_answer = [str(doc)]
    view = session.open("/upload")
    click_page(qtbot, view, 60, 40, "file", lambda: session.picked)
    qtbot.waitUntil(lambda: view.page.title() == "chosen:1", timeout=5000)
    assert len(session.picked) == 1


def test_uploads_off_means_no_picker(web_session, local_server, qtbot) -> None:
    from helpers.web import rules

    session = web_session(rules=rules(local_server.port, uploads=False))
    view = session.open("/upload")
    click_page(qtbot, view, 60, 40, "file", view.overlay.isVisible)
    assert session.picked == []
