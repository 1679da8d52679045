"""The eID guide's screens from AusweisApp's states (UI logic: a fake service)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.cardreader.eid_guide import EidGuide
from kiosk.cardreader.sdk import EidState, ReaderInfo, Screen, Workflow
from kiosk.qtsignals import emit


class FakeService(QObject):
    stateChanged = Signal(object)
    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, object]] = []

    def accept(self) -> None:
        self.calls.append(("accept", None))

    def cancel(self) -> None:
        self.calls.append(("cancel", None))

    def enter_secret(self, value: str | None) -> None:
        self.calls.append(("secret", value))

    def use_simulator(self) -> None:
        self.calls.append(("simulator", None))

    def close_result(self) -> None:
        self.calls.append(("close", None))


def running(screen: Screen, **kw: object) -> EidState:
    return EidState(workflow=Workflow.AUTH, screen=screen, **kw)  # type: ignore[arg-type]


@pytest.fixture
def guide(qtbot) -> Iterator[EidGuide]:  # type: ignore[no-untyped-def]
    parent = QWidget()
    parent.resize(1280, 800)
    qtbot.addWidget(parent)
    parent.show()
    service = FakeService()
    made = EidGuide(parent, service, lambda: "left of the screen")
    made.fake = service
    yield made
    parent.close()  # the parent lives as long as the test


def show(guide: EidGuide, state: EidState) -> None:
    emit(guide.fake.stateChanged, state)


def test_access_rights_name_provider_and_data_in_plain_words(guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    show(
        guide,
        running(
            Screen.ACCESS_RIGHTS,
            provider="Stadt Jena",
            provider_url="https://www.jena.de",
            purpose="Anmeldung zum Bürgerkonto",
            rights=("FamilyName", "DateOfBirth", "Address", "SomethingNew"),
        ),
    )
    assert guide.isVisible()
    assert "Stadt Jena" in guide.title.text()
    assert guide.text.text() == "Anmeldung zum Bürgerkonto"
    details = guide.details.text()
    for words in ("Family name", "Date of birth", "Address", "SomethingNew"):
        assert words in details
    assert "https://www.jena.de" in details
    assert guide.agree.isVisible() and guide.cancel_button.isVisible()
    qtbot.mouseClick(guide.agree, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(guide.cancel_button, Qt.MouseButton.LeftButton)
    assert guide.fake.calls == [("accept", None), ("cancel", None)]


def test_insert_card_shows_the_picture_and_where_the_reader_is(guide) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.INSERT_CARD))
    assert guide.picture.isVisible()
    assert "left of the screen" in guide.text.text()
    assert not guide.test_card.isVisible()  # only on demo stations
    assert not guide.pad.isVisible()


def test_pin_on_the_shells_pad_goes_out_once_and_is_forgotten(guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.ENTER_PIN, retry_counter=3))
    assert guide.pad.isVisible()
    assert not guide.pad.buttons["ok"].isEnabled()
    for digit in "12345":
        qtbot.mouseClick(guide.pad.buttons[digit], Qt.MouseButton.LeftButton)
    assert not guide.pad.buttons["ok"].isEnabled()  # 6 digits, not 5
    qtbot.keyClick(guide.pad, Qt.Key.Key_6)
    assert "●" * 6 in guide.pad.dots.text() and "6" not in guide.pad.dots.text()
    qtbot.mouseClick(guide.pad.buttons["ok"], Qt.MouseButton.LeftButton)
    assert guide.fake.calls == [("secret", "123456")]
    assert guide.pad.entered() == 0


def test_a_refused_pin_asks_again_with_a_hint(guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.ENTER_PIN, retry_counter=3))
    qtbot.keyClicks(guide.pad, "12")
    show(guide, running(Screen.ENTER_PIN, retry_counter=2, invalid_input=True))
    assert guide.pad.entered() == 0
    assert "try again" in guide.details.text()


def test_can_and_puk_lengths(guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.ENTER_CAN))
    qtbot.keyClicks(guide.pad, "1234567")
    assert guide.pad.entered() == 6
    assert "front of your ID card" in guide.text.text()
    show(guide, running(Screen.ENTER_PUK))
    qtbot.keyClicks(guide.pad, "12345678901")
    assert guide.pad.entered() == 10
    qtbot.keyClick(guide.pad, Qt.Key.Key_Return)
    assert guide.fake.calls == [("secret", "1234567890")]


def test_a_keypad_reader_takes_the_pin_itself(guide) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.ENTER_PIN, keypad=True))
    assert not guide.pad.isVisible()
    assert "keys of the card reader" in guide.text.text()
    assert guide.fake.calls == []  # nothing is sent for the resident


def test_switched_off_and_blocked_cards_are_explained(guide) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.CARD_DEACTIVATED))
    assert "Bürgeramt" in guide.text.text() and "switched on" in guide.text.text()
    show(guide, running(Screen.CARD_BLOCKED))
    assert "blocked" in guide.text.text()


def test_failure_without_a_provider_page_shows_why_and_closes(guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.WORKING, progress=40))
    assert guide.progress.isVisible() and guide.progress.value() == 40
    final = EidState(workflow=Workflow.AUTH, screen=Screen.FAILED, error="disconnected")
    emit(guide.fake.stateChanged, final)  # the outcome waits for `finished`
    assert guide.title.text() != "Login not possible"
    emit(guide.fake.finished, final)
    assert guide.title.text() == "Login not possible"
    assert "connection" in guide.text.text()
    assert guide.ok.isVisible() and not guide.cancel_button.isVisible()
    qtbot.mouseClick(guide.ok, Qt.MouseButton.LeftButton)
    assert not guide.isVisible()
    assert guide.fake.calls == [("close", None)]


def test_a_provider_page_takes_over_at_the_end(guide) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.WORKING))
    final = EidState(
        workflow=Workflow.AUTH,
        screen=Screen.FINISHED,
        result_url="https://service.test/done",
        success=True,
    )
    emit(guide.fake.finished, final)
    assert not guide.isVisible()
    assert guide.fake.calls == [("close", None)]


def test_demo_offers_the_test_card(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    service = FakeService()
    guide = EidGuide(parent, service, offer_test_card=True)
    simulator = ReaderInfo(attached=True, keypad=True, insertable=True)
    emit(
        service.stateChanged,
        running(Screen.INSERT_CARD, readers={"Simulator": simulator}),
    )
    assert guide.test_card.isVisible()
    qtbot.mouseClick(guide.test_card, Qt.MouseButton.LeftButton)
    assert service.calls == [("simulator", None)]
    # The test card has no keys: the guide goes on for it after a moment.
    emit(service.stateChanged, running(Screen.ENTER_PIN, keypad=True))
    qtbot.waitUntil(lambda: ("secret", None) in service.calls, timeout=5000)


def test_every_control_has_an_accessible_name(guide) -> None:  # type: ignore[no-untyped-def]
    show(guide, running(Screen.ENTER_PIN))
    for button in (guide.agree, guide.cancel_button, guide.ok, guide.test_card):
        assert button.accessibleName()
    for button in guide.pad.buttons.values():
        assert button.accessibleName()
        assert button.minimumHeight() >= 48
    assert guide.picture.accessibleName()


def test_the_pad_reads_1_2_3_from_the_left_in_arabic_too(guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    guide.parentWidget().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    show(guide, running(Screen.ENTER_PIN))
    one, three = guide.pad.buttons["1"], guide.pad.buttons["3"]
    assert (
        one.mapTo(guide, one.rect().center()).x()
        < three.mapTo(guide, three.rect().center()).x()
    )
