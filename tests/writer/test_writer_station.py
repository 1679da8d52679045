"""The writer in a whole station: tile → PDF → upload to the demo job portal
through the shell's picker → print on the virtual printer → End session, and
nothing of the draft left on disk.

Real: build_station, QtWebEngine with the demo job portal, cupsd with
ippeveprinter, WeasyPrint, the wipe.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from helpers.station import station_toml
from helpers.tools import require_tool
from helpers.web import click_page
from PySide6.QtCore import Qt, QTimer

from kiosk import config as kconfig
from kiosk.daemons.loopback import LocalServer
from kiosk.daemons.printer import PrintStack
from kiosk.demo.sites import install_demo_sites
from kiosk.session.events import ApplicationDocumentMade, EndReason

from .helpers_fill import MARKER, fill, photo

pytestmark = [pytest.mark.cups, pytest.mark.webengine]


@pytest.fixture
def demo_sites():
    server = LocalServer().start()
    install_demo_sites(server)
    yield server
    server.stop()


def _files_with(root: Path, marker: bytes, since: float = 0.0) -> list[Path]:
    """Files under `root` holding `marker` (changed since `since`). Other
    processes add and remove folders in /tmp meanwhile: those are skipped."""
    found = []
    for folder, _dirs, names in os.walk(root, onerror=lambda _error: None):
        for name in names:
            path = Path(folder, name)
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                info = path.stat()
                if info.st_mtime < since or info.st_size > 50_000_000:
                    continue
                if marker in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


def test_write_upload_print_and_wipe(
    qtbot, qapp, local_server, demo_sites, tmp_path, printer: PrintStack, pcscd
) -> None:
    require_tool("/usr/share/hunspell/de_DE.dic")
    from kiosk.shell.app import build_station

    started = time.time()
    jobs = demo_sites.url("jobs", "")
    extra = (
        f'[printing]\nqueue = "{printer.queue}"\ncups_server = "{printer.host}"\n'
        "free_pages = 1\nprice_per_page_cents = 10\n"
        f'[usage]\ndatabase = "{tmp_path}/usage.sqlite"\n'
        "[eid]\nenabled = false\n"
        f'[[services]]\nid = "jobs"\ntitle = {{ de = "Jobportal" }}\n'
        f'start_url = "{jobs}/"\nallowed_origins = ["{jobs}"]\n'
        "loopback_demo = true\nuploads = true\n"
    )
    config = kconfig.parse(station_toml(local_server, tmp_path, extra=extra), "<t>")
    station = build_station(config, qapp)
    events: list[object] = []
    station.controller.lifecycle.subscribe(events.append)
    window, controller = station.window, station.controller
    window.resize(1280, 800)
    window.show()
    try:
        controller.boot()
        controller.start()
        writer = station.writer
        assert writer is not None
        tile = window.launcher.tiles["writer"]
        assert "application" in tile.text()
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.content.currentWidget() is writer
        photo(controller.session_dir / "documents")
        fill(qtbot, writer)
        # The shell's on-screen keyboard comes up for a writer field and types
        # any script into it (here: ü and Arabic).
        writer.go("languages")
        field = writer.languages.rows[2][0]
        window.activateWindow()
        field.setFocus()
        qtbot.waitUntil(window.keyboard.isVisible)
        window.keyboard.type_text("Türkisch, العربية")
        assert field.text() == "Türkisch, العربية"
        with qtbot.waitSignal(writer.made, timeout=60_000) as made:
            qtbot.mouseClick(writer.make_cv, Qt.MouseButton.LeftButton)
        cv = made.args[0]
        text = subprocess.run(
            ["pdftotext", str(cv.pdf), "-"], capture_output=True, text=True
        ).stdout
        # pdftotext marks right-to-left runs with embedding controls.
        assert "Türkisch, العربية" in re.sub("[\u202a-\u202e]", "", text)
        assert cv.pdf.parent == controller.session_dir / "documents"
        assert window.documents is not None and window.documents.viewer.isVisible()
        window.documents.viewer.close_pdf()
        assert sum(isinstance(e, ApplicationDocumentMade) for e in events) == 1

        # Print: the metered flow asks first, with the price, then prints.
        flow = station.printing
        assert flow is not None
        with qtbot.waitSignal(flow.confirmationNeeded, timeout=60_000) as asked:
            qtbot.mouseClick(writer.print_cv, Qt.MouseButton.LeftButton)
        quote = asked.args[0].quote
        assert (quote.pages, quote.price_cents) == (2, 10)  # one page free
        before = len(printer.device_printed())
        with qtbot.waitSignal(flow.done, timeout=90_000) as done:
            flow.confirm()
        assert done.args[0].printed and done.args[0].pages == 2
        qtbot.waitUntil(lambda: len(printer.device_printed()) > before, timeout=30_000)
        assert flow.session_totals().amount_cents == 10

        # Upload: the job portal's file input opens the shell's own picker.
        view = controller.open_service("jobs")
        qtbot.waitUntil(
            lambda: "Jobportal" in view.page.title() and not view.page.isLoading(),
            timeout=30_000,
        )
        view.page.runJavaScript(
            "const i = document.querySelector('input[type=file]');"
            "i.id = 'cvfile'; i.style.cssText = 'position:fixed;left:0;top:0;"
            "width:400px;height:120px';"
        )
        overlay = controller.bar.documents()
        chosen: list[str] = []

        def choose() -> None:
            items = [overlay.list.item(i) for i in range(overlay.list.count())]
            names = [i.text() for i in items]
            assert "Lebenslauf.pdf" in names and "passbild.jpg" not in names
            overlay.list.setCurrentRow(names.index("Lebenslauf.pdf"))
            chosen.append("Lebenslauf.pdf")
            overlay.open_button.click()

        def when_shown() -> None:
            if overlay.isVisible() and overlay.picking and not chosen:
                choose()

        timer = QTimer()
        timer.timeout.connect(when_shown)
        timer.start(100)
        click_page(qtbot, view, 200, 60, "cvfile", lambda: chosen)
        timer.stop()
        demo_sites.clear_log()
        view.page.runJavaScript("document.querySelector('form').submit()")
        qtbot.waitUntil(
            lambda: any(
                r.path == "/bewerbung" for r in demo_sites.requests_for("jobs")
            ),
            timeout=30_000,
        )
        upload = next(
            r for r in demo_sites.requests_for("jobs") if r.path == "/bewerbung"
        )
        assert cv.pdf.read_bytes() in upload.body

        # End session: nothing of the draft anywhere on disk.
        assert _files_with(tmp_path, MARKER.encode())  # the draft is there now
        controller.end(EndReason.RESIDENT)
        qtbot.waitUntil(
            lambda: (
                controller.last_report is not None
                and controller.lifecycle.state.value == "welcome"
            ),
            timeout=60_000,
        )
        assert controller.last_report.ok, controller.last_report.summary()
        assert not writer.holds_text()
        assert _files_with(tmp_path, MARKER.encode()) == []
        temp = Path(tempfile.gettempdir())
        assert _files_with(temp, MARKER.encode(), since=started) == []
    finally:
        if controller.web is not None:
            controller.web.close()
        station.shutdown()
        controller.languages.reset()
        window.allow_close = True
        window.close()
        window.deleteLater()


@pytest.mark.parametrize(
    ("extra", "logged"),
    [
        ("[writer]\nenabled = false\n", ""),
        ('[writer]\ntemplate = "nope"\n', "the application writer is left out"),
    ],
    ids=["switched-off", "broken-template"],
)
def test_no_tile_when_off_or_the_template_is_broken(
    build_shell, caplog, extra, logged
) -> None:
    shell = build_shell(extra=extra + "[eid]\nenabled = false\n")
    assert shell.station.writer is None
    assert "writer" not in shell.station.window.launcher.tiles
    assert "svc" in shell.station.window.launcher.tiles  # the rest serves on
    if logged:
        assert logged in caplog.text
        assert "nope/template.toml does not exist" in caplog.text
