"""Overlays over the whole session screen: idle countdown, end, help, notices.

They are child widgets of the main window (never separate windows), so the
compositor sees one top-level window for the whole life of the shell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.qtsignals import emit
from kiosk.ui.widgets import Panel, Retranslated, button, label, set_text

PANEL_MIN_WIDTH = 760


def _reading_order(widget: QWidget) -> tuple[int, int]:
    """Top to bottom, then start to end of the line (right to left in Arabic)."""
    top_left = widget.mapTo(widget.window(), widget.rect().topLeft())
    x = top_left.x()
    if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        x = -x
    return (top_left.y() // 8, x)


class Overlay(Retranslated, QWidget):
    """A dimmed layer covering its parent with a centred panel."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("Overlay { background: rgba(0, 0, 0, 150); }")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel = Panel(self)
        self.panel.setMaximumWidth(1000)
        outer.addWidget(self.panel)
        self.title = label(name="overlayTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel.box.addWidget(self.title)
        self.panel.box.addWidget(self.text)
        self.hide()

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        # Wide enough that long words and right-to-left text wrap into few
        # lines: a narrow panel grows tall and squeezes its buttons.
        self.panel.setMinimumWidth(min(PANEL_MIN_WIDTH, self.width() - 80))
        self.show()
        self.raise_()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab cycles inside the open panel: keyboard users never land on
        # buttons hidden behind the dimmed layer.
        chain = [
            w
            for w in self.panel.findChildren(QWidget)
            if w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if not chain:
            return super().focusNextPrevChild(next)
        chain.sort(key=_reading_order)
        current = self.focusWidget()
        index = chain.index(current) if current in chain else -1
        step = 1 if next else -1
        target = chain[(index + step) % len(chain)] if index >= 0 else chain[0]
        target.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True


class IdleOverlay(Overlay):
    """ "Are you still there?" with a countdown and a big Continue."""

    continued = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.cont = button(role="primary")
        self.cont.setMinimumSize(380, 100)
        self.cont.clicked.connect(self.continued)
        self.panel.box.addWidget(self.cont, alignment=Qt.AlignmentFlag.AlignCenter)
        self.seconds = 0
        self.retranslate()

    def show_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.text.setText(
            self.tr(
                "If you do nothing, your session ends in %n second(s) "
                "and everything is deleted.",
                "",
                seconds,
            )
        )

    def open(self) -> None:
        super().open()
        self.cont.setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        set_text(self.cont, self.tr("Continue"), self.tr("Keep using this computer"))
        self.show_seconds(self.seconds)


class ConfirmEndOverlay(Overlay):
    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.yes = button(role="danger")
        self.no = button()
        self.yes.clicked.connect(self.confirmed)
        self.no.clicked.connect(self.cancelled)
        self.panel.add_row(self.no, self.yes)
        self.retranslate()

    def open(self) -> None:
        super().open()
        self.no.setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("End your session?"))
        self.text.setText(
            self.tr(
                "Everything of yours on this computer will be deleted: "
                "pages, logins and files."
            )
        )
        set_text(
            self.yes, self.tr("Yes, end and delete"), self.tr("End the session now")
        )
        set_text(self.no, self.tr("No, go back"), self.tr("Keep using this computer"))


class NoticeOverlay(Overlay):
    """A message with one OK button: help, time warnings, refusals."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ok = button(role="primary")
        self.ok.clicked.connect(self.hide)
        self.panel.box.addWidget(self.ok, alignment=Qt.AlignmentFlag.AlignCenter)
        self._content: Callable[[], tuple[str, str]] | None = None
        self.retranslate()

    def show_notice(self, content: Callable[[], tuple[str, str]]) -> None:
        """`content` returns (title, text) in the current language, so a
        language switch while it is open re-renders it."""
        self._content = content
        self.retranslate()
        self.open()
        self.ok.setFocus()

    def retranslate(self) -> None:
        set_text(self.ok, self.tr("OK"), self.tr("Close this message"))
        if self._content is not None:
            title, text = self._content()
            self.title.setText(title)
            self.text.setText(text)


class LanguageOverlay(Overlay):
    chosen = Signal(str)

    def __init__(self, parent: QWidget, languages: Sequence[str]) -> None:
        super().__init__(parent)
        from kiosk.ui.i18n import LANGUAGE_NAMES

        self.buttons = []
        for code in languages:
            lang_button = button(LANGUAGE_NAMES[code])
            lang_button.setAccessibleName(LANGUAGE_NAMES[code])
            lang_button.clicked.connect(lambda _=False, c=code: self._choose(c))
            self.panel.box.addWidget(lang_button)
            self.buttons.append(lang_button)
        self.close_button = button()
        self.close_button.clicked.connect(self.hide)
        self.panel.box.addWidget(self.close_button)
        self.retranslate()

    def _choose(self, code: str) -> None:
        self.hide()
        emit(self.chosen, code)

    def open(self) -> None:
        super().open()
        if self.buttons:
            self.buttons[0].setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose your language"))
        for lang_button in self.buttons:
            lang_button.setAccessibleDescription(
                self.tr("Show all texts in this language")
            )
        set_text(
            self.close_button, self.tr("Close"), self.tr("Keep the current language")
        )
