"""The launcher: one big tile per service the city allows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.config import ServiceConfig
from kiosk.qtsignals import emit
from kiosk.ui.widgets import Retranslated, button, label

ICONS = {
    "citizen": "🏛",
    "bank": "🏦",
    "jobs": "💼",
    "globe": "🌐",
    "health": "➕",
    "writer": "📝",
}


class LauncherScreen(Retranslated, QWidget):
    serviceChosen = Signal(str)
    # A tile of the shell itself (not a web service), e.g. the writer.
    toolChosen = Signal(str)

    def __init__(
        self, services: Sequence[ServiceConfig], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = list(services)
        self._language = "de"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        self.heading = label(name="title")
        outer.addWidget(self.heading)
        grid = QGridLayout()
        grid.setSpacing(24)
        self._grid = grid
        self._tools: dict[str, tuple[str, Callable[[], tuple[str, str]]]] = {}
        self.tiles = {}
        for index, service in enumerate(self._services):
            tile = button(role="tile")
            tile.setMinimumSize(420, 150)
            tile.clicked.connect(
                lambda _=False, s=service.id: emit(self.serviceChosen, s)
            )
            grid.addWidget(tile, index // 2, index % 2)
            self.tiles[service.id] = tile
        outer.addLayout(grid)
        outer.addStretch(1)
        self.retranslate()

    def add_tool(
        self, key: str, icon: str, texts: Callable[[], tuple[str, str]]
    ) -> None:
        """A tile after the services; `texts()` gives (title, description)
        in the shell's language and is asked again at each language change."""
        tile = button(role="tile")
        tile.setMinimumSize(420, 150)
        tile.clicked.connect(lambda _=False: emit(self.toolChosen, key))
        index = len(self.tiles)
        self._grid.addWidget(tile, index // 2, index % 2)
        self.tiles[key] = tile
        self._tools[key] = (icon, texts)
        self.retranslate()

    def focus_first(self) -> None:
        if self.tiles:
            next(iter(self.tiles.values())).setFocus()

    def show_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What would you like to do?"))
        for service in self._services:
            title = service.title.get(self._language) or service.title["de"]  # type: ignore[call-overload]
            text = (
                service.description.get(self._language)  # type: ignore[call-overload]
                or service.description.get("de", "")
            )
            tile = self.tiles[service.id]
            icon = ICONS.get(service.icon, ICONS["globe"])
            tile.setText(f"{icon}  {title}\n{text}")
            tile.setAccessibleName(title)
            tile.setAccessibleDescription(text or self.tr("Open this service"))
            tile.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        for key, (icon, texts) in self._tools.items():
            title, text = texts()
            tile = self.tiles[key]
            tile.setText(f"{ICONS.get(icon, ICONS['globe'])}  {title}\n{text}")
            tile.setAccessibleName(title)
            tile.setAccessibleDescription(text)
            tile.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
