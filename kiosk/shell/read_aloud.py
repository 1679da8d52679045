"""Wires read-aloud into the shell: the buttons, the screens, the moments.

Which screen "Read aloud" reads: the overlay on top if one is open (its
panel), else the screen of the stack, and in a session the launcher or the
page on show (its selection, else its main text, in the page's language).
The essential moments said by themselves once reading is on: the idle
warning (when it opens, and at 10 s), "take your card", "your print is
ready". End session stops speech; the "speech" wipe step resets it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from kiosk.config import Config
from kiosk.launcher.web.page_text import read_page_text
from kiosk.launcher.web.view import ServiceView
from kiosk.printing.flow import PrintFlow
from kiosk.session.events import Event, SessionEnded
from kiosk.shell.controller import SessionController
from kiosk.shell.main_window import MainWindow
from kiosk.shell.print_overlay import PrintOverlay
from kiosk.speech import script
from kiosk.speech.controls import SpeechRow
from kiosk.speech.read_aloud import ReadAloud, Said
from kiosk.speech.screen_text import texts_of
from kiosk.speech.speaker import Speaker

IDLE_REMINDER_SECONDS = 10


def top_overlay(window: MainWindow) -> QWidget | None:
    """The open overlay painted last (raised last), if any."""
    open_ = {id(o): o for o in window.overlays() if o.isVisible()}
    on_top = [c for c in window.children() if id(c) in open_]
    return on_top[-1] if on_top else None  # type: ignore[return-value]


def current_screen(window: MainWindow) -> QWidget:
    """What the resident sees now: an overlay's panel, a screen, or a page view."""
    overlay = top_overlay(window)
    if overlay is not None:
        return getattr(overlay, "panel", overlay)
    screen = window.stack.currentWidget()
    if screen is window.session:
        return window.content.currentWidget()
    return screen


def screen_fetch(window: MainWindow) -> Callable[[Said], None]:
    """The texts of the current screen, for `ReadAloud.press`."""

    def fetch(said: Said) -> None:
        screen = current_screen(window)
        if isinstance(screen, ServiceView):
            read_page_text(
                screen.page,
                lambda text, lang: said(
                    script.compose(text.splitlines()),
                    lang[:2] if lang[:2] in script.LOCALES else "",
                ),
            )
        else:
            said(texts_of(screen, skip=(window.keyboard,)), "")

    return fetch


def wire_read_aloud(
    config: Config,
    window: MainWindow,
    controller: SessionController,
    printing: PrintFlow | None,
) -> ReadAloud | None:
    """Make the speaker and connect everything; None when speech is off."""
    if not config.speech.enabled:
        window.shellbar.buttons["read"].hide()
        window.welcome.read.hide()
        return None
    speaker = Speaker(config.speech.engine, config.speech.voices, parent=window)
    reader = ReadAloud(speaker, lambda: controller.language, parent=window)
    fetch = screen_fetch(window)
    bar, welcome = window.shellbar, window.welcome
    for source, show in ((bar, bar.show_reading), (welcome, welcome.show_reading)):
        source.readAloud.connect(lambda: reader.press(fetch))
        reader.readingChanged.connect(show)
    if window.display is not None:
        window.display.add_section(SpeechRow(reader))

    def on_event(event: Event) -> None:
        if isinstance(event, SessionEnded):
            reader.stop()

    controller.lifecycle.subscribe(on_event)
    controller.wiper.register("speech", reader.wipe)
    _moments(window, controller, reader, printing)
    return reader


def _moments(
    window: MainWindow,
    controller: SessionController,
    reader: ReadAloud,
    printing: PrintFlow | None,
) -> None:
    def say_panel(widget: QWidget) -> None:
        # After the slots that fill the texts have run.
        QTimer.singleShot(0, widget, lambda: reader.announce(texts_of(widget)))

    idle = window.idle
    controller.watchdog.warn.connect(lambda _s: say_panel(idle.panel))
    controller.watchdog.countdown.connect(
        lambda s: say_panel(idle.panel) if s == IDLE_REMINDER_SECONDS else None
    )

    def screen_changed(_index: int) -> None:
        screen = window.stack.currentWidget()
        if screen is not None and screen.objectName() == "cardLeftScreen":
            say_panel(screen)

    window.stack.currentChanged.connect(screen_changed)
    if printing is not None:
        overlay = next(
            (o for o in window.extra_overlays if isinstance(o, PrintOverlay)), None
        )
        if overlay is not None:
            printing.done.connect(
                lambda outcome, o=overlay: (
                    say_panel(o.panel) if outcome.printed else None
                )
            )
