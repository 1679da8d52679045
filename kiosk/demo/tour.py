"""A scripted walk through the shell's screens, saving a screenshot of each.

Used by `kiosk demo --headless` and by the tests. Screenshots come from the
X screen (web views are blank in offscreen grabs).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

from kiosk import log
from kiosk.session.events import EndReason

if TYPE_CHECKING:
    from kiosk.demo.stick import DemoStick
    from kiosk.shell.app import Station


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        wait(50)
    return condition()


class Tour:
    def __init__(
        self,
        station: Station,
        folder: Path,
        language: str = "en",
        stick: DemoStick | None = None,
    ) -> None:
        self.language = language
        self.stick = stick
        self.station = station
        self.controller = station.controller
        self.window = station.window
        self.folder = folder
        self.saved: list[Path] = []
        self.errors: list[str] = []

    def shot(self, name: str) -> None:
        wait(600)  # let the compositor and Chromium paint
        QCoreApplication.processEvents()
        screen = QGuiApplication.primaryScreen()
        image = screen.grabWindow(0)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{len(self.saved) + 1:02d}-{name}.png"
        if image.save(str(path)):
            self.saved.append(path)
        else:
            self.errors.append(f"could not save {path}")

    def _print_tour(self, view: object) -> None:
        """Print the job page through the shell: confirmation, then the job."""
        from kiosk.shell.print_overlay import PrintOverlay

        overlay = next(
            (o for o in self.window.extra_overlays if isinstance(o, PrintOverlay)),
            None,
        )
        if overlay is None:
            return
        self.window.shellbar.buttons["print"].click()
        if not wait_until(lambda: overlay.confirm.isVisible(), timeout=20):
            self.errors.append("no print confirmation")
            return
        self.shot("print-confirmation")
        overlay.confirm.print_button.click()
        done = wait_until(  # only a printed job says it is ready
            lambda: overlay.isVisible() and overlay.showing_ready, timeout=60
        )
        self.shot("print-done")
        if not done:
            self.errors.append("the print did not finish")
        overlay.hide()

    def _eid_tour(self, view: object) -> None:
        """The ID card login: the real hand-off, then the guide's screens."""
        from kiosk.cardreader.eid_guide import EidGuide
        from kiosk.cardreader.eid_service import Availability
        from kiosk.cardreader.sdk import EidState, Screen, Workflow

        eid = self.station.eid
        guide = next(
            (o for o in self.window.extra_overlays if isinstance(o, EidGuide)), None
        )
        if eid is None or guide is None:
            return
        if not wait_until(lambda: eid.availability is Availability.READY):
            self.errors.append("AusweisApp did not answer")
            return
        view.page.runJavaScript("document.getElementById('eid').click()")  # type: ignore[attr-defined]
        page = view.page  # type: ignore[attr-defined]
        back = wait_until(
            lambda: page.url().path() == "/eid-ergebnis" and not page.isLoading(),
            timeout=30,
        )
        if not back:
            self.errors.append("the eID login did not return to the service")
            return
        self.shot("eid-result-page")
        # What the guide shows during a real login (no eID server runs here).
        examples = [
            (
                "eid-data-asked",
                Screen.ACCESS_RIGHTS,
                {
                    "provider": "Stadt Jena",
                    "purpose": self.tr_example(),
                    "rights": ("FamilyName", "GivenNames", "DateOfBirth", "Address"),
                },
            ),
            ("eid-place-card", Screen.INSERT_CARD, {}),
            ("eid-pin", Screen.ENTER_PIN, {"retry_counter": 3}),
        ]
        for name, screen, fields in examples:
            guide.show_state(EidState(workflow=Workflow.AUTH, screen=screen, **fields))  # type: ignore[arg-type]
            self.shot(name)
        guide.hide()

    def _writer_tour(self) -> None:
        """The application writer: guided steps, the letter, the PDF preview."""
        from kiosk.demo.writer_sample import demo_photo, fill_sample

        writer = self.station.writer
        if writer is None:
            return
        self.window.close_overlays()
        self.controller.show_launcher()
        self.window.launcher.tiles["writer"].click()
        demo_photo(self.controller.session_dir / "documents")
        fill_sample(writer)
        for step in ("personal", "photo", "work", "recipient", "body"):
            writer.go(step)
            self.shot(f"writer-{step}")
            if step == "personal":  # a tap in a field brings the keyboard
                writer.personal.fields["street"].setFocus()
                self.shot("writer-keyboard")
                self.window.keyboard.hide_keyboard()
        writer.go("finish")
        for kind in ("letter", "cv"):
            button = writer.make_letter if kind == "letter" else writer.make_cv
            button.click()
            viewer = self.window.documents.viewer if self.window.documents else None
            if not wait_until(
                lambda k=kind, v=viewer: (
                    k in writer.last
                    and (v or self.window.documents) is not None
                    and self.window.documents.viewer.isVisible()
                ),
                timeout=60,
            ):
                self.errors.append(f"the writer made no {kind} PDF")
                continue
            wait(500)  # the viewer renders its pages
            self.shot(f"writer-{kind}-pdf")
            self.window.close_overlays()
        self.shot("writer-finish")

    def tr_example(self) -> str:
        return QCoreApplication.translate("Tour", "Log in to your citizen account")

    def run(self) -> None:
        c = self.controller
        self.shot("welcome")  # in the station's language, as a resident finds it
        if self.language != c.config.station.default_language:
            c.choose_language(self.language)  # the resident taps their language
            self.shot(f"welcome-{self.language}")
        c.start()
        if self.window.stack.currentWidget() is self.window.terms:
            self.shot("terms")
            c.lifecycle.accept_terms()
        self.shot("launcher")
        for service in c.config.services:
            view = c.open_service(service.id)
            if not wait_until(
                lambda v=view: v.page.url().host() != "" and not v.page.isLoading()
            ):
                self.errors.append(f"{service.id} did not load")
            self.shot(f"service-{service.id}")
            if service.id == "buergerservice":
                self._eid_tour(view)
        jobs = c.web.views.get("jobs") if c.web else None
        if jobs is not None:
            c.window.content.setCurrentWidget(jobs)
            jobs.page.runJavaScript("document.getElementById('pdf').click()")
            docs = c.session_dir / "documents"
            wait_until(lambda: any(docs.glob("*.pdf")))
            self.window.close_overlays()
            if c.prints:
                self._print_tour(jobs)
        self._writer_tour()
        c.bar.show_documents()
        self.shot("documents")
        self.window.close_overlays()
        self._documents_tour()
        self.window.confirm_end.open()
        self.shot("end-session")
        c.end(EndReason.RESIDENT)
        self._take_stick()
        wait_until(lambda: self.window.stack.currentWidget() is self.window.welcome)
        if c.last_report is None or not c.last_report.ok:
            self.errors.append("the wipe was not clean")
        self.shot("welcome-after-wipe")
        self._staff_tour()
        log.init.info("demo tour: %d screenshots", len(self.saved))

    def _documents_tour(self) -> None:
        """Scan two pages with the preview, then save the PDF to the stick."""
        documents = self.station.documents
        if documents is None:
            return
        overlay = self.controller.bar.documents()
        if documents.can_scan():
            overlay.browse()
            overlay.scan_button.click()
            scanner = documents.scanner
            for page in (1, 2):
                scanner.scan_button.click()
                if not wait_until(lambda p=page: len(scanner.pages) == p):
                    self.errors.append("the test scanner gave no page")
                    break
            self.shot("scan-preview")
            scanner.finish_button.click()
            self.shot("scan-saved")
        if self.stick is None or not self.stick.available:
            self.window.close_overlays()
            return
        self.stick.plug()
        if not wait_until(documents.stick_present):
            self.errors.append("the demo stick was not seen")
            return
        overlay.browse()
        self.shot("documents-with-stick")
        overlay.stick_button.click()
        notice = self.window.notice
        if not wait_until(notice.isVisible):
            self.errors.append("saving to the stick said nothing")
        self.shot("saved-to-stick")
        self.window.close_overlays()

    def _take_stick(self) -> None:
        """End session with the stick still in: the reminder, then it is pulled."""
        documents = self.station.documents
        if documents is None or self.stick is None or not self.stick.plugged:
            return
        if wait_until(documents.take_stick.isVisible, timeout=5):
            self.shot("take-your-stick")
        else:
            self.errors.append("no take-your-stick reminder")
        self.stick.pull()

    def _staff_tour(self) -> None:
        """Open the staff panel with the demo PIN, as staff would, and lock it."""
        from kiosk.demo.staffpin import DEMO_PIN
        from kiosk.qtsignals import emit
        from kiosk.staff.access import Access

        mode = self.station.staff
        emit(mode.gesture.unlockRequested)  # what the corner taps do
        for digit in DEMO_PIN:
            mode.pin_pad.buttons[digit].click()
        mode.pin_pad.buttons["ok"].click()
        if not wait_until(lambda: mode.state is Access.UNLOCKED, timeout=30):
            self.errors.append("the staff panel did not open with the demo PIN")
            return
        panel = mode.panel
        wait_until(lambda: not panel._reading_state and not panel._reading_printer)
        self.shot("staff-panel")
        mode.lock()
