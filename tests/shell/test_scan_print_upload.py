"""A scan made from the upload picker is uploaded to the page, then printed:
real libsane (test backend), real QtWebEngine page, real cupsd + IPP printer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.web import click_page
from PySide6.QtCore import QTimer

from kiosk.daemons.printer import PrintStack
from kiosk.documents import pages
from kiosk.documents.sane_test import write_config
from kiosk.session.lifecycle import State

WAIT = 30000


@pytest.fixture
def sane_env(tmp_path: Path, monkeypatch):
    pytest.importorskip("sane", reason="python-sane (pip) needs libsane-dev")
    monkeypatch.setitem(
        os.environ, "SANE_CONFIG_DIR", str(write_config(tmp_path / "sane"))
    )


def test_scan_in_the_picker_then_upload_and_print(
    build_shell, sane_env, printer: PrintStack, tmp_path: Path, qtbot
) -> None:
    shell = build_shell(
        path="/upload",
        extra=f"""
[documents]
scanner = "test:0"
scan_dpi = 50
stick_devices = "none"

[printing]
queue = "{printer.queue}"
cups_server = "{printer.host}"
free_pages = 10

[eid]
enabled = false
""",
    )
    shell.start()
    qtbot.waitUntil(lambda: shell.lifecycle.state is State.ACTIVE)
    view = shell.open_service("svc")
    qtbot.waitUntil(
        lambda: view.page.url().host() != "" and not view.page.isLoading(),
        timeout=WAIT,
    )
    overlay = shell.bar.documents()
    scanner = shell.station.documents.scanner
    docs = tmp_path / "session" / "documents"
    steps = iter(
        [
            (
                lambda: overlay.isVisible() and overlay.picking,
                overlay.scan_button.click,
            ),
            (scanner.isVisible, scanner.scan_button.click),
            (lambda: len(scanner.pages) == 1, scanner.scan_button.click),
            (lambda: len(scanner.pages) == 2, scanner.finish_button.click),
            (lambda: overlay._current().endswith(".pdf"), overlay.open_button.click),
        ]
    )
    state = {"step": next(steps), "done": False}

    def tick() -> None:  # runs inside the picker's nested event loop
        ready, act = state["step"]
        if not ready():
            return
        act()
        try:
            state["step"] = next(steps)
        except StopIteration:
            state["done"] = True
            timer.stop()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(tick)
    timer.start()
    click_page(qtbot, view, 60, 40, "file", lambda: state["done"])
    qtbot.waitUntil(lambda: view.page.title() == "chosen:1", timeout=WAIT)
    (scan,) = docs.glob("*.pdf")
    assert pages.page_count(scan) == 2

    # …and the same PDF prints: both pages reach the printer
    flow = shell.station.printing
    overlay.browse()
    assert overlay._current() == str(scan)
    with qtbot.waitSignal(flow.confirmationNeeded, timeout=WAIT):
        overlay.print_button.click()
    with qtbot.waitSignal(flow.done, timeout=WAIT) as done:
        assert flow.confirm()
    assert done.args[0].printed
    assert printer.device_printed()[-1] == 2
