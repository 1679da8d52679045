"""The session from Welcome to the wipe, on real web views (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.station import Clock
from helpers.web import click_page, when_visible
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.session.events import EndReason, SessionEnded
from kiosk.session.lifecycle import State
from kiosk.session.wipe import WipeStepFailed

pytestmark = pytest.mark.webengine


def open_service(qtbot, controller, service_id: str = "svc"):
    view = controller.open_service(service_id)
    qtbot.waitUntil(
        lambda: view.page.url().host() != "" and not view.page.isLoading(),
        timeout=15000,
    )
    return view


def test_welcome_start_service_end_and_back_to_welcome(qtbot, make_station) -> None:
    controller = make_station()
    window = controller.window
    assert controller.lifecycle.state is State.WELCOME
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.start, Qt.MouseButton.LeftButton)
    assert controller.lifecycle.state is State.ACTIVE
    qtbot.mouseClick(window.launcher.tiles["svc"], Qt.MouseButton.LeftButton)
    view = controller.current_view()
    assert view is not None
    qtbot.waitUntil(
        lambda: view.page.url().host() == "allowed.localhost", timeout=15000
    )
    assert "allowed.localhost" in window.shellbar.host.text()
    qtbot.mouseClick(window.shellbar.buttons["end"], Qt.MouseButton.LeftButton)
    assert window.confirm_end.isVisible()
    qtbot.mouseClick(window.confirm_end.yes, Qt.MouseButton.LeftButton)
    assert controller.lifecycle.state is State.WELCOME
    assert controller.last_report is not None and controller.last_report.ok
    assert controller.web is None
    assert not controller.session_dir.exists()


def test_terms_back_ends_without_a_trace(qtbot, make_station) -> None:
    controller = make_station(terms=True)
    controller.start()
    assert controller.window.stack.currentWidget() is controller.window.terms
    assert controller.window.terms.text.text() == "Rules"
    qtbot.mouseClick(controller.window.terms.back, Qt.MouseButton.LeftButton)
    assert controller.lifecycle.state is State.WELCOME


def test_switching_services_keeps_their_pages(
    qtbot, make_station, local_server
) -> None:
    controller = make_station()
    controller.start()
    first = open_service(qtbot, controller, "svc")
    first.page.load(local_server.url("allowed", "/page2"))
    qtbot.waitUntil(lambda: first.page.url().path() == "/page2", timeout=10000)
    second = open_service(qtbot, controller, "second")
    assert second is not first
    controller.show_launcher()
    again = controller.open_service("svc")
    assert again is first and again.page.url().path() == "/page2"


def test_idle_countdown_ends_the_session(qtbot, make_station) -> None:
    clock = Clock()
    controller = make_station(clock=clock, idle=60, warning=30)
    seen = []
    controller.lifecycle.subscribe(seen.append)
    controller.start()
    clock.now += 59
    controller.watchdog.tick()
    assert controller.lifecycle.state is State.ACTIVE
    clock.now += 2
    controller.watchdog.tick()
    assert controller.lifecycle.state is State.IDLE_WARNING
    assert controller.window.idle.isVisible()
    assert "29 second" in controller.window.idle.text.text()
    clock.now += 30
    controller.watchdog.tick()
    assert controller.lifecycle.state is State.WELCOME
    ended = [e for e in seen if isinstance(e, SessionEnded)]
    assert ended and ended[0].reason is EndReason.IDLE


def test_continue_keeps_the_session(qtbot, make_station) -> None:
    clock = Clock()
    controller = make_station(clock=clock, idle=60, warning=30)
    controller.start()
    clock.now += 61
    controller.watchdog.tick()
    qtbot.mouseClick(controller.window.idle.cont, Qt.MouseButton.LeftButton)
    assert controller.lifecycle.state is State.ACTIVE
    clock.now += 59
    controller.watchdog.tick()
    assert controller.lifecycle.state is State.ACTIVE


def test_spontaneous_input_counts_synthetic_does_not(qtbot, make_station) -> None:
    clock = Clock()
    controller = make_station(clock=clock, idle=60, warning=30)
    controller.start()
    watchdog = controller.watchdog
    clock.now += 50
    # Events made inside the process (what any script would produce) are not
    # spontaneous and must not reset the idle time.
    synthetic = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"
    )
    assert not synthetic.spontaneous()
    QApplication.sendEvent(controller.window, synthetic)
    watchdog.eventFilter(controller.window, synthetic)
    clock.now += 11
    watchdog.tick()
    assert controller.lifecycle.state is State.IDLE_WARNING


def test_real_input_at_the_window_keeps_the_session(qtbot, make_station) -> None:
    from PySide6.QtTest import QTest

    clock = Clock()
    controller = make_station(clock=clock, idle=60, warning=30)
    controller.window.windowHandle().installEventFilter(controller.watchdog)
    controller.start()
    clock.now += 50
    # QTest on a QWindow goes the window system's way: a spontaneous event.
    QTest.keyClick(controller.window.windowHandle(), Qt.Key.Key_A)
    clock.now += 11
    controller.watchdog.tick()
    assert controller.lifecycle.state is State.ACTIVE


def test_page_with_synthetic_key_events_does_not_keep_the_session(
    qtbot, make_station
) -> None:
    clock = Clock()
    controller = make_station(clock=clock, idle=60, warning=30, path="/synthetic-keys")
    # As in `kiosk run`: the watchdog sees everything the window gets.
    controller.window.windowHandle().installEventFilter(controller.watchdog)
    activity = []
    controller.watchdog.activity.connect(lambda: activity.append(1))
    controller.start()
    view = open_service(qtbot, controller)
    clock.now += 61
    qtbot.wait(1500)  # the page dispatches key and mouse events every 100 ms
    controller.watchdog.tick()
    assert activity == []
    assert controller.lifecycle.state is State.IDLE_WARNING
    assert view.page.url().path() == "/synthetic-keys"


def test_maximum_session_length_warns_then_ends(qtbot, make_station) -> None:
    clock = Clock()
    controller = make_station(clock=clock, max_minutes=10)
    controller.start()
    clock.now += 5 * 60 + 1
    controller.check_time_limit()
    assert controller.window.notice.isVisible()
    assert "5 minute" in controller.window.notice.text.text()
    controller.window.notice.hide()
    clock.now += 4 * 60
    controller.check_time_limit()
    assert "1 minute" in controller.window.notice.text.text()
    clock.now += 60
    controller.check_time_limit()
    assert controller.lifecycle.state is State.WELCOME


def test_a_failed_wipe_step_puts_the_station_out_of_service(
    qtbot, make_station
) -> None:
    controller = make_station()

    def stuck() -> None:
        raise WipeStepFailed("printer job still queued")

    controller.wiper.register("stuck", stuck)
    controller.start()
    controller.end(EndReason.RESIDENT)
    assert controller.lifecycle.state is State.OUT_OF_SERVICE
    assert controller.window.stack.currentWidget() is controller.window.out_of_service
    assert controller.last_report.failed == ("stuck",)
    # Out of service refuses sessions.
    controller.start()
    assert controller.lifecycle.state is State.OUT_OF_SERVICE


def test_a_failed_wipe_is_retried_until_it_is_clean(qtbot, make_station) -> None:
    """Chaos seed 20261202, session 13: cupsd down during the wipe kept the
    station out of service for good although CUPS came back a moment later."""
    controller = make_station()
    cups_down = [True]

    def printing() -> None:
        if cups_down[0]:
            raise WipeStepFailed("printing: CUPS did not come back within 15 s")

    controller.wiper.register("printing", printing)
    controller.wipe_retry.setInterval(50)
    controller.start()
    controller.end(EndReason.RESIDENT)
    assert controller.lifecycle.state is State.OUT_OF_SERVICE
    assert controller.wipe_retry.isActive()
    qtbot.wait(200)  # retries while CUPS is still down: out of service
    assert controller.lifecycle.state is State.OUT_OF_SERVICE
    assert controller.window.stack.currentWidget() is controller.window.out_of_service
    cups_down[0] = False  # CUPS is back
    qtbot.waitUntil(lambda: controller.lifecycle.state is State.WELCOME, timeout=5000)
    assert controller.last_report.ok
    assert not controller.wipe_retry.isActive()


def test_staff_out_of_service_is_not_retried(qtbot, make_station) -> None:
    controller = make_station()
    controller.wipe_retry.setInterval(50)
    controller.set_out_of_service("Wartung")
    qtbot.wait(200)
    assert controller.lifecycle.state is State.OUT_OF_SERVICE
    assert not controller.wipe_retry.isActive()


def test_clipboard_and_selection_are_cleared(qtbot, make_station) -> None:
    controller = make_station()
    controller.start()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("IBAN DE12 3456", QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.setText("secret", QClipboard.Mode.Selection)
    assert clipboard.text() == "IBAN DE12 3456"
    controller.end(EndReason.RESIDENT)
    assert clipboard.text() == ""
    assert clipboard.text(QClipboard.Mode.Selection) == ""


def test_download_lands_in_documents_and_is_wiped(qtbot, make_station) -> None:
    controller = make_station(path="/download-page")
    controller.start()
    view = open_service(qtbot, controller)
    docs: Path = controller.session_dir / "documents"
    view.page.runJavaScript("document.getElementById('pdf').click()")
    qtbot.waitUntil(lambda: any(docs.glob("*.pdf")), timeout=10000)
    names = [p.name for p in docs.iterdir()]
    assert names == ["Bescheid 2026.pdf"]  # the ../../ of the server is gone
    view.page.runJavaScript("document.getElementById('exe').click()")
    qtbot.waitUntil(controller.window.notice.isVisible, timeout=10000)
    assert sorted(p.name for p in docs.iterdir()) == ["Bescheid 2026.pdf"]
    controller.window.notice.hide()
    controller.bar.show_documents()
    assert controller.window.documents.list.count() == 1
    controller.end(EndReason.RESIDENT)
    assert not docs.exists()
    assert not (Path.home() / "Downloads" / "Bescheid 2026.pdf").exists()


def test_upload_picker_lists_only_session_documents(qtbot, make_station) -> None:
    controller = make_station(path="/upload")
    controller.start()
    docs: Path = controller.session_dir / "documents"
    (docs / "Lebenslauf.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    view = open_service(qtbot, controller)
    overlay = controller.bar.documents()  # made now, so its showing can be awaited

    def choose() -> None:
        assert overlay.picking
        assert overlay.list.count() == 1
        overlay.open_button.click()

    # The picker waits in a nested event loop: a timer inside it answers.
    picker = when_visible(overlay, choose)
    click_page(qtbot, view, 60, 40, "file", lambda: picker.done)
    qtbot.waitUntil(lambda: view.page.title() == "chosen:1", timeout=10000)


def test_end_session_while_the_picker_waits(qtbot, make_station) -> None:
    controller = make_station(path="/upload")
    controller.start()
    view = open_service(qtbot, controller)
    picker = when_visible(
        controller.bar.documents(), lambda: controller.end(EndReason.RESIDENT)
    )
    click_page(qtbot, view, 60, 40, "file", lambda: picker.done)
    qtbot.waitUntil(lambda: controller.lifecycle.state is State.WELCOME, timeout=10000)
    assert controller.last_report.ok


def test_renderer_crash_shows_recovery(qtbot, make_station) -> None:
    import os
    import signal

    controller = make_station()
    controller.start()
    view = open_service(qtbot, controller)
    pid = view.page.renderProcessPid()
    assert pid > 0
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(view.overlay.isVisible, timeout=10000)
    assert "stopped working" in view.overlay.title.text()
    view.overlay.first.click()  # Reload
    qtbot.waitUntil(lambda: view.page.renderProcessPid() not in (0, pid), timeout=10000)


def test_end_after_a_hung_renderer_leaves_no_renderer(qtbot, make_station) -> None:
    controller = make_station(path="/hang")
    controller.start()
    view = open_service(qtbot, controller)
    pid = view.page.renderProcessPid()
    view.page.runJavaScript("document.getElementById('h').click()")
    qtbot.wait(300)
    controller.end(EndReason.RESIDENT)
    assert controller.lifecycle.state is State.WELCOME
    assert controller.last_report.ok
    assert (
        not Path(f"/proc/{pid}").exists()
        or "Z" in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    )


def test_escape_keys_are_swallowed(qtbot, make_station) -> None:
    from kiosk.shell.main_window import EscapeKeyFilter

    controller = make_station()
    key_filter = EscapeKeyFilter()
    for key, mods in [
        (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
        (
            Qt.Key.Key_I,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        ),
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ]:
        event = QKeyEvent(QEvent.Type.KeyPress, key, mods)
        assert key_filter.eventFilter(controller.window, event), key
    plain = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"
    )
    assert not key_filter.eventFilter(controller.window, plain)


def test_out_of_service_by_staff_ends_and_refuses(qtbot, make_station) -> None:
    controller = make_station()
    controller.start()
    open_service(qtbot, controller)
    controller.set_out_of_service("Wartung bis 14 Uhr")
    assert controller.lifecycle.state is State.OUT_OF_SERVICE
    assert controller.window.out_of_service.staff_message.text() == "Wartung bis 14 Uhr"
    assert controller.web is None
    controller.return_to_service()
    assert controller.lifecycle.state is State.WELCOME


def test_mouse_event_type_helper_is_spontaneous_only_from_the_system() -> None:
    event = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(1, 1),
        QPointF(1, 1),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert not event.spontaneous()
