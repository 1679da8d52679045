"""Display settings: bigger text and strong contrast, for the shell.

`DisplaySettings` applies the resident's choice as the application style
sheet; `DisplayOverlay` is the panel with big buttons to change it. The choice
belongs to one session: the "display" wipe step puts it back to normal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.qtsignals import emit
from kiosk.session.wipe import WipeStepFailed
from kiosk.ui import theme
from kiosk.ui.display_state import DEFAULT_DISPLAY, DisplayChoice
from kiosk.ui.overlays import Overlay
from kiosk.ui.widgets import button, label, set_text


class DisplaySettings(QObject):
    """Holds the current choice and restyles the application when it changes."""

    changed = Signal(object)  # DisplayChoice

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.choice = DEFAULT_DISPLAY

    @staticmethod
    def stylesheet_for(choice: DisplayChoice) -> str:
        palette = theme.HIGH_CONTRAST if choice.high_contrast else theme.NORMAL
        return theme.stylesheet(palette, choice.scale)

    def set_choice(self, choice: DisplayChoice) -> None:
        self.choice = choice
        sheet = self.stylesheet_for(choice)
        # Restyling re-polishes every widget (tens of ms): only on a change.
        if self._app.styleSheet() != sheet:
            self._app.setStyleSheet(sheet)
        emit(self.changed, choice)

    def bigger(self) -> None:
        self.set_choice(self.choice.bigger())

    def smaller(self) -> None:
        self.set_choice(self.choice.smaller())

    def set_high_contrast(self, high: bool) -> None:
        self.set_choice(self.choice.with_contrast(high))

    def wipe(self) -> None:
        """Wipe step "display": the next resident starts with the normal look."""
        self.set_choice(DEFAULT_DISPLAY)
        if self._app.styleSheet() != self.stylesheet_for(DEFAULT_DISPLAY):
            raise WipeStepFailed("the display settings of the session are still set")


class DisplayOverlay(Overlay):
    """Text size and contrast, each a big button with its state in words."""

    def __init__(self, parent: QWidget, settings: DisplaySettings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.size_label = label(name="subtitle")
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel.box.addWidget(self.size_label)
        self.smaller = button()
        self.bigger = button()
        self.smaller.clicked.connect(settings.smaller)
        self.bigger.clicked.connect(settings.bigger)
        self.panel.add_row(self.smaller, self.bigger)
        self.contrast = button()
        self.contrast.setCheckable(True)
        self.contrast.toggled.connect(settings.set_high_contrast)
        self.panel.box.addWidget(self.contrast)
        self.close_button = button(role="primary")
        self.close_button.clicked.connect(self.hide)
        self.panel.box.addWidget(self.close_button)
        settings.changed.connect(lambda _choice: self.retranslate())
        self.retranslate()

    def add_section(self, widget: QWidget) -> None:
        """Another row of settings (read-aloud's speed), above Close."""
        self.panel.box.insertWidget(self.panel.box.indexOf(self.close_button), widget)

    def open(self) -> None:
        super().open()
        self.bigger.setFocus()

    def retranslate(self) -> None:
        choice = self.settings.choice
        self.title.setText(self.tr("Display"))
        self.text.setText(self.tr("Make the text bigger or change the colours."))
        self.size_label.setText(
            self.tr("Text size: {percent} %").format(percent=choice.percent)
        )
        self.size_label.setAccessibleName(self.size_label.text())
        set_text(
            self.bigger,
            "A+ " + self.tr("Bigger text"),
            self.tr("Make all text on the screen bigger"),
        )
        set_text(
            self.smaller,
            "A− " + self.tr("Smaller text"),
            self.tr("Make all text on the screen smaller"),
        )
        self.bigger.setEnabled(choice.can_grow)
        self.smaller.setEnabled(choice.can_shrink)
        # The state is said in words, not only by the button's look.
        contrast = (
            self.tr("Strong contrast: on")
            if choice.high_contrast
            else self.tr("Strong contrast: off")
        )
        set_text(
            self.contrast,
            contrast,
            self.tr("Black background with bright text and yellow buttons"),
        )
        self.contrast.blockSignals(True)
        self.contrast.setChecked(choice.high_contrast)
        self.contrast.blockSignals(False)
        set_text(
            self.close_button, self.tr("Close"), self.tr("Back to what you were doing")
        )
