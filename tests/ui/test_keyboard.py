"""The on-screen keyboard types into shell fields and into a real web form."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.demo.server import Request, Response
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.keyboard_layouts import Place


@pytest.fixture
def host(qtbot):
    window = QWidget()
    window.resize(1000, 800)
    QVBoxLayout(window)
    qtbot.addWidget(window)
    return window


def key_for(keyboard: OnScreenKeyboard, letter: str):
    return next(k for k in keyboard.letter_keys if k.text() == letter)


def test_shell_field_gets_letters_of_each_script(qtbot, qapp, host) -> None:
    field = QLineEdit(host)
    host.layout().addWidget(field)
    host.layout().addStretch(1)
    keyboard = OnScreenKeyboard(host)
    keyboard.follow_focus(qapp)
    host.show()
    field.setFocus()
    qtbot.waitUntil(keyboard.isVisible)
    assert keyboard.place is Place.BOTTOM  # the field sits at the top
    for language, letter in [("de", "ä"), ("tr", "ş"), ("ar", "ش"), ("uk", "ї")]:
        keyboard.set_language(language)
        key_for(keyboard, letter).click()
    keyboard.set_language("tr")
    keyboard.shift_key.click()
    key_for(keyboard, "İ").click()
    keyboard.space_key.click()
    keyboard.backspace_key.click()
    assert field.text() == "äşشїİ"
    assert field.hasFocus(), "pressing keys must not take the focus from the field"


def test_keyboard_moves_up_for_a_field_at_the_bottom(qtbot, host) -> None:
    host.layout().addStretch(1)
    field = QLineEdit(host)
    host.layout().addWidget(field)
    keyboard = OnScreenKeyboard(host)
    host.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    keyboard.show_keyboard()
    assert keyboard.place is Place.TOP
    field_rect = field.geometry()
    assert not keyboard.geometry().intersects(field_rect)


@pytest.mark.webengine
def test_types_into_a_web_form(qtbot, make_station, local_server) -> None:
    @local_server.route("allowed", "/form")
    def form(_req: Request) -> Response:
        return Response(
            "<!doctype html><meta charset=utf-8><form><input id=name autofocus></form>"
        )

    controller = make_station(path="/form")
    controller.start()
    view = controller.open_service("svc")
    qtbot.waitUntil(
        lambda: view.page.url().path() == "/form" and not view.page.isLoading(),
        timeout=15000,
    )
    view.view.setFocus()
    view.page.runJavaScript("document.getElementById('name').focus()")
    keyboard = OnScreenKeyboard(controller.window)
    keyboard.set_language("ru")
    keyboard.show_keyboard()
    qtbot.waitUntil(lambda: view.view.focusProxy().hasFocus())

    def focused_field() -> str:
        with qtbot.waitCallback() as callback:
            view.page.runJavaScript(
                "JSON.stringify(document.activeElement && document.activeElement.id)",
                0,
                callback,
            )
        return json.loads(callback.args[0]) or ""

    # runJavaScript is asynchronous: type only once the field has the focus.
    qtbot.waitUntil(lambda: focused_field() == "name", timeout=5000)

    def value() -> str:
        with qtbot.waitCallback() as callback:
            view.page.runJavaScript(
                "JSON.stringify(document.getElementById('name').value)", 0, callback
            )
        return json.loads(callback.args[0])

    for letter in "жук":
        key_for(keyboard, letter).click()
    keyboard.script_key.click()  # to Latin letters for an e-mail address
    key_for(keyboard, "a").click()
    keyboard.symbols_key.click()
    key_for(keyboard, "@").click()
    key_for(keyboard, "1").click()
    # Backspace into web fields is not asserted here: Chromium applies the
    # synthetic key event out of order with committed text (known issue).
    qtbot.waitUntil(lambda: value() == "жукa@1", timeout=5000)
    controller.languages.reset()
