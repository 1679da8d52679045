"""Page-made dialogs, popups of a deny service and print requests."""

from __future__ import annotations

import pytest
from helpers.web import when_visible

pytestmark = pytest.mark.webengine


def test_alerts_are_overlays_and_rate_limited(web_session, qtbot) -> None:
    session = web_session()
    view = session.open("/")
    shown: list[str] = []
    view.page.dialog.connect(lambda kind, text, answer: shown.append(text))
    session.js("for (let i = 0; i < 10; i++) { alert('hello ' + i); }")
    qtbot.waitUntil(lambda: len(shown) >= 3, timeout=5000)
    qtbot.wait(300)
    assert shown == ["hello 0", "hello 1", "hello 2"]
    assert view.overlay.isVisible()
    assert view.overlay.text.text() == "hello 2"


def test_confirm_waits_for_the_overlay_answer(web_session, qtbot) -> None:
    session = web_session()
    view = session.open("/")
    timer = when_visible(view.overlay, view.overlay.first.click)  # OK
    session.js(
        "setTimeout(() => { document.title = 'answer:' + confirm('sure?'); }, 10)"
    )
    qtbot.waitUntil(lambda: view.page.title() == "answer:true", timeout=5000)
    assert timer.done


def test_end_of_session_aborts_a_waiting_confirm(web_session, qtbot) -> None:
    session = web_session()
    view = session.open("/")
    was_waiting = []

    def abort() -> None:
        was_waiting.append(session.web.waits.active)
        session.web.waits.abort_all()

    when_visible(view.overlay, abort)
    session.js(
        "setTimeout(() => { document.title = 'answer:' + confirm('stay?'); }, 10)"
    )
    qtbot.waitUntil(lambda: view.page.title() == "answer:false", timeout=5000)
    assert was_waiting == [True] and not session.web.waits.active
    session.close()
    assert session.web.profile is None


def test_popups_denied_by_the_service_open_nothing(
    web_session, local_server, qtbot
) -> None:
    from helpers.web import rules

    session = web_session(rules=rules(local_server.port, popups_same_view=False))
    view = session.open("/popup")
    session.js("document.getElementById('open').click()")
    qtbot.wait(800)
    assert view.page.url().path() == "/popup"
    assert [r.path for r in local_server.requests_for("allowed")].count("/page2") == 0


def test_window_print_is_answered_by_the_shell(web_session, qtbot) -> None:
    session = web_session()
    printed: list[object] = []
    session.web._print_handler = printed.append
    view = session.open("/print")
    view.page.print_handler = printed.append
    session.js("document.getElementById('p').click()")
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=5000)
    assert printed[0] is view.page
