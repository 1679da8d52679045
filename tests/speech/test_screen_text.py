"""What "Read aloud" reads of the shell's own screens, in order (real widgets)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.cardreader.card_left_widget import CardLeftScreen
from kiosk.speech.screen_text import texts_of
from kiosk.ui.welcome import WelcomeScreen


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_welcome_is_read_top_down_and_along_each_line(qtbot) -> None:
    welcome = shown(qtbot, WelcomeScreen("Stadtteilbüro Lobeda", ["de", "en", "ar"]))
    welcome.mark_language("de")
    assert texts_of(welcome) == [
        "Welcome",
        "Stadtteilbüro Lobeda",
        "You can use this computer for free. "
        "When you are done, everything of yours is deleted.",
        "Start",
        "Deutsch",
        "English",
        "العربية",
        "Bigger text and contrast",
        "Read aloud",
    ]


def test_right_to_left_lines_start_at_the_right(qtbot) -> None:
    welcome = shown(qtbot, WelcomeScreen("Lobeda", ["de", "en", "ar"]))
    welcome.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(20)
    texts = texts_of(welcome)
    assert texts.index("Deutsch") < texts.index("English") < texts.index("العربية")
    # The grid is mirrored: Deutsch sits at the right and comes first.
    buttons = welcome.language_buttons
    assert buttons["de"].x() > buttons["ar"].x()


def test_the_card_reminder_reads_its_words_and_the_picture(qtbot) -> None:
    screen = shown(qtbot, CardLeftScreen())
    screen.show_waiting("am Schalter links")
    said = texts_of(screen)
    assert said[0] == "Please take your card"
    assert "Picture: a card in the card reader" in said
    assert any("am Schalter links" in text for text in said)


def test_hidden_widgets_and_skipped_ones_are_not_read(qtbot) -> None:
    welcome = shown(qtbot, WelcomeScreen("Lobeda", ["de"]))
    welcome.display.hide()
    assert "Bigger text and contrast" not in texts_of(welcome)
    assert "Start" not in texts_of(welcome, skip=(welcome.start,))
