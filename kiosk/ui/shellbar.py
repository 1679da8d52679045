"""The shell bar: always visible while a session runs; the resident's way home."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.flow import FlowLayout
from kiosk.ui.widgets import Retranslated, button, label, set_text

# At the start edge: moving through pages; at the end edge: the shell's own.
NAVIGATION = ("home", "back", "forward", "reload", "zoom_out", "zoom_in")
ACTIONS = (
    "print",
    "documents",
    "read",
    "keyboard",
    "display",
    "language",
    "help",
    "end",
)


class ShellBar(Retranslated, QFrame):
    home = Signal()
    back = Signal()
    forward = Signal()
    reload = Signal()
    zoomOut = Signal()
    zoomIn = Signal()
    print_ = Signal()
    documents = Signal()
    help = Signal()
    endSession = Signal()
    languageRequested = Signal()
    displayRequested = Signal()
    keyboardRequested = Signal()
    readAloud = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shellbar")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(10, 6, 10, 6)
        rows.setSpacing(4)
        # Buttons wrap onto a second row rather than cut their labels (long
        # German words, 200 % text, a 1024 px screen).
        row = FlowLayout(spacing=6, split=len(NAVIGATION))
        info = QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(info)
        self.buttons = {
            name: button(role="danger" if name == "end" else "")
            for name in NAVIGATION + ACTIONS
        }
        signals = {
            "home": self.home,
            "back": self.back,
            "forward": self.forward,
            "reload": self.reload,
            "zoom_out": self.zoomOut,
            "zoom_in": self.zoomIn,
            "print": self.print_,
            "documents": self.documents,
            "help": self.help,
            "end": self.endSession,
            "language": self.languageRequested,
            "display": self.displayRequested,
            "keyboard": self.keyboardRequested,
            "read": self.readAloud,
        }
        for name, signal in signals.items():
            self.buttons[name].clicked.connect(signal)
        # The host of the page shown, read-only, so a wrong site stands out.
        self.host = label(name="host")
        self.host.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.time_left = label(name="muted")
        self.reader = label(name="muted")
        self.reader.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Short states stay on one line; the host beside them takes what is left.
        self.reader.setWordWrap(False)
        self.time_left.setWordWrap(False)
        self._reader_status = ""
        for name in NAVIGATION + ACTIONS:
            row.addWidget(self.buttons[name])
        info.addWidget(self.host, 1)
        info.addWidget(self.reader)
        info.addSpacing(24)
        info.addWidget(self.time_left)
        self._host_text = ("", False)
        self._reading = False
        self.retranslate()
        self.show_host("", False)

    def show_host(self, host: str, secure: bool) -> None:
        self._host_text = (host, secure)
        if not host:
            self.host.setText("")
            self.host.setAccessibleName(self.tr("No page open"))
            return
        # The lock is a word as well as a symbol: nothing shown by colour or icon alone.
        mark = "🔒 " + self.tr("secure") if secure else "⚠ " + self.tr("not secure")
        self.host.setText(f"{host}   ({mark})")
        self.host.setAccessibleName(self.tr("Page address: {host}").format(host=host))

    def show_reader_status(self, status: str) -> None:
        """A ReaderStatus value; "" hides it (a station without a card reader)."""
        self._reader_status = status
        texts = {
            "ready": "▭ " + self.tr("Card reader ready"),
            "card-present": "▣ " + self.tr("Card on the reader"),
            "no-reader": "⚠ " + self.tr("No card reader"),
            "service-down": "⚠ " + self.tr("Card reader not working"),
        }
        text = texts.get(status, "")
        self.reader.setText(text)
        self.reader.setAccessibleName(text[2:])
        self.reader.setVisible(bool(text))

    def show_time_left(self, minutes: int | None) -> None:
        if minutes is None:
            self.time_left.setText("")
            return
        self.time_left.setText(self.tr("%n minute(s) left", "", minutes))

    def show_web_buttons(self, visible: bool) -> None:
        for name in ("back", "forward", "reload", "zoom_out", "zoom_in", "print"):
            self.buttons[name].setEnabled(visible)

    def show_reading(self, reading: bool) -> None:
        """The read-aloud button says "Stop reading" while it reads."""
        self._reading = reading
        if reading:
            set_text(self.buttons["read"], "■ " + self.tr("Stop reading"))
        else:
            set_text(self.buttons["read"], "🔊 " + self.tr("Read aloud"))
        self.buttons["read"].setAccessibleName(
            self.tr("Stop reading") if reading else self.tr("Read aloud")
        )
        self.buttons["read"].setAccessibleDescription(
            self.tr("Read this screen aloud; press again to stop")
        )

    def retranslate(self) -> None:
        b = self.buttons
        set_text(b["home"], self.tr("Home"), self.tr("Show all services"))
        # Arrows point the way the page goes: mirrored in right-to-left languages.
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        back, forward = ("▶", "◀") if rtl else ("◀", "▶")
        set_text(b["back"], f"{back} " + self.tr("Back"), self.tr("Previous page"))
        set_text(b["forward"], self.tr("Forward") + f" {forward}", self.tr("Next page"))
        set_text(b["reload"], "⟳ " + self.tr("Reload"), self.tr("Load the page again"))
        set_text(b["zoom_out"], "A−", self.tr("Smaller text"))
        b["zoom_out"].setAccessibleName(self.tr("Smaller text"))
        set_text(b["zoom_in"], "A+", self.tr("Larger text"))
        b["zoom_in"].setAccessibleName(self.tr("Larger text"))
        set_text(b["print"], self.tr("Print"), self.tr("Print this page"))
        set_text(
            b["documents"],
            self.tr("My documents"),
            self.tr("Files saved in this session"),
        )
        set_text(
            b["keyboard"],
            "⌨ " + self.tr("Keyboard"),
            self.tr("Show or hide the keyboard on the screen"),
        )
        set_text(b["display"], self.tr("Display"), self.tr("Text size and colours"))
        set_text(b["language"], self.tr("Language"), self.tr("Change the language"))
        set_text(b["help"], self.tr("Help"), self.tr("How to get help"))
        set_text(
            b["end"], self.tr("End session"), self.tr("Finish and delete everything")
        )
        self.show_host(*self._host_text)
        self.show_reader_status(self._reader_status)
        self.show_reading(self._reading)
