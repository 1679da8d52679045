"""Every shell-bar label is shown whole: six languages, two screens, 200 % text.

The bar sits in a host as wide as the screen, styled as the shell styles
itself; each button is measured with its own font (the style sheet's size)
against the contents rectangle the style leaves inside border and padding,
unfocused and focused (the focus ring is thicker).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.display import DisplaySettings
from kiosk.ui.display_state import DisplayChoice
from kiosk.ui.i18n import Languages
from kiosk.ui.shellbar import ShellBar

LANGUAGES = ("de", "en", "ar", "uk", "ru", "tr")
SCREENS = [(1280, 800), (1024, 768)]
STEPS = [0, 4]  # 100 % and 200 % text


def clipped(button: QPushButton) -> str:
    """Empty when the label fits; else what is cut and by how much."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    style = button.style()
    contents = style.subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    needed = button.fontMetrics().horizontalAdvance(button.text())
    if needed <= contents.width():
        return ""
    return f"{button.text()!r} needs {needed} px, has {contents.width()} px"


@pytest.fixture
def languages(qapp):
    chosen = Languages(qapp)
    yield chosen
    chosen.reset()
    qapp.setLayoutDirection(qapp.layoutDirection().LeftToRight)


@pytest.mark.parametrize("step", STEPS, ids=["100pct", "200pct"])
@pytest.mark.parametrize("screen", SCREENS, ids=["1280x800", "1024x768"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shellbar_label_fits(
    qtbot, qapp, languages, language, screen, step
) -> None:
    settings = DisplaySettings(qapp)
    settings.set_choice(DisplayChoice(step=step))
    try:
        languages.switch(language)
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = ShellBar()
        bar.show_reader_status("card-present")
        bar.show_time_left(25)
        layout.addWidget(bar)
        layout.addStretch(1)
        host.resize(*screen)
        host.show()
        qtbot.waitExposed(host)
        QApplication.processEvents()  # LanguageChange is posted
        assert bar.buttons["end"].text() != "End session" or language == "en"
        width, height = screen
        assert bar.width() == width
        # The bar leaves most of the screen to the page, even at 200 %.
        assert bar.height() <= height // 3, f"bar is {bar.height()} px high"
        rects = []
        for name, button in bar.buttons.items():
            for focused in (False, True):
                if focused:
                    button.setFocus()
                    qtbot.waitUntil(button.hasFocus)
                    button.style().polish(button)
                problem = clipped(button)
                assert not problem, f"{language} {name} focused={focused}: {problem}"
            box = button.geometry()
            assert bar.rect().contains(box), f"{name} {box} leaves the bar"
            assert not any(box.intersects(r) for r in rects), f"{name} overlaps"
            rects.append(box)
    finally:
        qapp.setStyleSheet("")
