from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.staff.pinpad import BUTTON_PX, PinPad


def test_digits_masked_submitted_and_cleared(qtbot: QtBot) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    for key in "4829133":
        pad.buttons[key].click()
    pad.buttons["delete"].click()
    assert pad.dots.text() == "●" * 6
    assert "4" not in pad.dots.text()
    with qtbot.waitSignal(pad.submitted) as got:
        pad.buttons["ok"].click()
    assert got.args == ["482913"]
    assert pad.entered() == 0 and pad.dots.text() == ""


def test_cancel_clears(qtbot: QtBot) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.buttons["1"].click()
    with qtbot.waitSignal(pad.cancelled):
        pad.buttons["cancel"].click()
    assert pad.entered() == 0
    assert not pad.buttons["ok"].isEnabled()


def test_touch_targets_and_names(qtbot: QtBot) -> None:
    pad = PinPad()
    qtbot.addWidget(pad)
    buttons = pad.findChildren(QPushButton)
    assert len(buttons) == 13
    for button in buttons:
        assert button.minimumWidth() >= 48 and button.minimumHeight() >= BUTTON_PX
        assert button.accessibleName()
