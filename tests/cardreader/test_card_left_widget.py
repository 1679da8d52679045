from __future__ import annotations

from kiosk.cardreader.card_left_widget import CHIME, CardLeftScreen, card_picture


def test_waiting_names_the_reader_place_and_chimes(qtbot) -> None:  # type: ignore[no-untyped-def]
    chimes: list[int] = []
    screen = CardLeftScreen(chime=lambda: chimes.append(1))
    qtbot.addWidget(screen)
    screen.show_waiting("to the right of the screen")
    assert screen.title.text() == "Please take your card"
    assert "to the right of the screen" in screen.detail.text()
    assert screen.detail.accessibleName() == screen.detail.text()
    assert chimes == [1]


def test_out_of_service_asks_for_staff(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = CardLeftScreen()
    qtbot.addWidget(screen)
    screen.show_out_of_service()
    assert "staff" in screen.detail.text()
    assert screen.title.text() == "A card was left in the reader"


def test_picture_and_chime_file_exist(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not card_picture(100).isNull()
    assert CHIME.read_bytes()[:4] == b"RIFF"
