"""Small shared widgets: big buttons and labels with accessible names."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Retranslated:
    """Mixin before a QWidget base: `retranslate()` runs again whenever the
    application's language changes (Qt sends every widget LanguageChange)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        pass


def button(
    text: str = "", *, role: str = "", parent: QWidget | None = None
) -> QPushButton:
    """A big button; role "primary" or "danger" picks its colours."""
    widget = QPushButton(text, parent)
    if role:
        widget.setObjectName(role)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setAutoDefault(True)  # Enter presses the focused button
    return widget


def set_text(widget: QPushButton | QLabel, text: str, description: str = "") -> None:
    """Set what a widget shows and what a screen reader says, together."""
    widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)


def label(text: str = "", *, name: str = "", parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    return widget


class Panel(QFrame):
    """A centred card used by every overlay of the shell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAutoFillBackground(True)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(40, 32, 40, 32)
        self.box.setSpacing(20)

    def add_row(self, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(20)
        for widget in widgets:
            row.addWidget(widget)
        self.box.addLayout(row)
        return row
