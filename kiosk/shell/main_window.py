"""The one top-level window of the shell: screens in a stack, overlays on top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.launcher.tiles import LauncherScreen
from kiosk.ui.display import DisplayOverlay, DisplaySettings
from kiosk.ui.documents import DocumentsOverlay
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.out_of_service import OutOfServiceScreen, WipingScreen
from kiosk.ui.overlays import (
    ConfirmEndOverlay,
    IdleOverlay,
    LanguageOverlay,
    NoticeOverlay,
)
from kiosk.ui.shellbar import ShellBar
from kiosk.ui.welcome import TermsScreen, WelcomeScreen

# Keys that mean "get out" or "open tools" in browsers and desktops; the shell
# eats them before any widget (a web view included) can act on them.
ESCAPE_KEYS = (
    "F11",
    "F12",
    "Ctrl+Shift+I",
    "Ctrl+Shift+J",
    "Ctrl+Shift+C",
    "Ctrl+N",
    "Ctrl+Shift+N",
    "Ctrl+T",
    "Ctrl+W",
    "Ctrl+O",
    "Ctrl+S",
    "Ctrl+P",
    "Ctrl+L",
    "Ctrl+U",
    "Ctrl+H",
    "Ctrl+J",
    "Ctrl+D",
    "Alt+F4",
    "Alt+Left",
    "Alt+Right",
    "Alt+Home",
    "Ctrl+Q",
    "Ctrl+F4",
    "Meta",
    "Menu",
    "Shift+F10",
    "F1",
    "F3",
    "F5",
    "F6",
    "F7",
    "Ctrl+R",
    "Ctrl+Shift+R",
    "Ctrl+Shift+Delete",
    "Ctrl+Shift+B",
)


class EscapeKeyFilter(QObject):
    """Swallows escape shortcuts application-wide (installed on the QApplication)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blocked = {QKeySequence(k)[0].toCombined() for k in ESCAPE_KEYS}
        self._plain = {
            Qt.Key.Key_Menu,
            Qt.Key.Key_Meta,
            Qt.Key.Key_Super_L,
            Qt.Key.Key_Super_R,
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ) and isinstance(event, QKeyEvent):
            if event.key() in self._plain:
                return True
            combined = event.keyCombination().toCombined()
            if combined in self._blocked:
                return True
        return False


class MainWindow(QWidget):
    def __init__(self, config: Config, display: DisplaySettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Bürgerterminal")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.allow_close = False
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        languages = list(config.station.languages)
        self.welcome = WelcomeScreen(config.station.name, languages)
        self.terms = TermsScreen(config.session.terms)
        self.session = QWidget()
        session_layout = QVBoxLayout(self.session)
        session_layout.setContentsMargins(0, 0, 0, 0)
        session_layout.setSpacing(0)
        self.shellbar = ShellBar()
        self.content = QStackedWidget()
        self.launcher = LauncherScreen(config.services)
        self.content.addWidget(self.launcher)
        session_layout.addWidget(self.shellbar)
        session_layout.addWidget(self.content, 1)
        self.out_of_service = OutOfServiceScreen()
        self.wiping = WipingScreen()
        for screen in (
            self.welcome,
            self.terms,
            self.session,
            self.out_of_service,
            self.wiping,
        ):
            self.stack.addWidget(screen)

        self.idle = IdleOverlay(self)
        self.confirm_end = ConfirmEndOverlay(self)
        self.notice = NoticeOverlay(self)
        self.language = LanguageOverlay(self, languages)
        self.keyboard = OnScreenKeyboard(self)
        self.display = DisplayOverlay(self, display) if display is not None else None
        self.documents: DocumentsOverlay | None = None  # made with the session dir
        self.extra_overlays: list[QWidget] = []  # subsystems' overlays (printing, eID)
        # Service views tell when a page's text field has the focus.
        self.content.widgetAdded.connect(self._follow_fields)

    def _follow_fields(self, index: int) -> None:
        widget = self.content.widget(index)
        signal = getattr(widget, "fieldFocused", None)
        if signal is not None:
            signal.connect(
                lambda on, rect, w=widget: self.keyboard.follow_web_field(on, rect, w)
            )

    def overlays(self) -> list[QWidget]:
        found: list[QWidget] = [self.idle, self.confirm_end, self.notice, self.language]
        if self.display is not None:
            found.append(self.display)
        if self.documents is not None:
            found += [self.documents, self.documents.viewer]
        return found + self.extra_overlays

    def close_overlays(self) -> None:
        for overlay in self.overlays():
            overlay.hide()

    def resizeEvent(self, event: object) -> None:
        for overlay in self.overlays():
            if overlay.isVisible():
                overlay.setGeometry(self.rect())
        super().resizeEvent(event)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4 or a window manager's close never ends the shell.
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
