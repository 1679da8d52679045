"""The on-screen keyboard types into shell fields and into a real web form."""

from __future__ import annotations

import json

import pytest
from helpers.web import click_page
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.daemons.loopback import Request, Response
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


def open_page(qtbot, make_station, path: str, language: str):
    """A station showing the service page at `path`, its keyboard in
    `language` and still hidden: (controller, view)."""
    controller = make_station(path=path)
    controller.start()
    controller.window.keyboard.set_language(language)
    view = controller.open_service("svc")
    qtbot.waitUntil(
        lambda: view.page.url().path() == path and not view.page.isLoading(),
        timeout=15000,
    )
    assert not controller.window.keyboard.isVisible()
    return controller, view


FORM = """<!doctype html><meta charset=utf-8>
<style>body { margin: 0 } p { height: 560px; margin: 0 }</style>
<p id=top tabindex=0>Ein Formular</p>
<form><input id=name style="width: 400px; height: 40px"></form>"""


@pytest.mark.webengine
def test_pops_up_for_a_web_field_and_types_into_it(
    qtbot, make_station, local_server
) -> None:
    @local_server.route("allowed", "/form")
    def form(_req: Request) -> Response:
        return Response(FORM)

    controller, view = open_page(qtbot, make_station, "/form", "ru")
    window = controller.window
    keyboard = window.keyboard

    def js(code: str):
        with qtbot.waitCallback() as callback:
            view.page.runJavaScript(f"JSON.stringify({code})", 0, callback)
        return json.loads(callback.args[0])

    # A real click into the field, as a finger would: the keyboard pops up.
    click_page(qtbot, view, 100, 580, "name", keyboard.isVisible)
    # The field sits low on the page: the keyboard docks at the top instead.
    box = js(
        "(r => [r.left, r.top, r.width, r.height])("
        "document.getElementById('name').getBoundingClientRect())"
    )
    field = QRect(
        view.view.mapTo(window, QPoint(box[0], box[1])), QSize(box[2], box[3])
    )
    assert keyboard.place is Place.TOP
    assert not keyboard.geometry().intersects(field), (keyboard.geometry(), field)
    assert js("document.activeElement.id") == "name"

    def value() -> str:
        return js("document.getElementById('name').value")

    # Backspace between letters, in both scripts: each key lands in order.
    for letter in "жук":
        key_for(keyboard, letter).click()
    keyboard.backspace_key.click()
    keyboard.script_key.click()  # to Latin letters for an e-mail address
    key_for(keyboard, "a").click()
    keyboard.symbols_key.click()
    key_for(keyboard, "@").click()
    key_for(keyboard, "1").click()
    keyboard.backspace_key.click()
    keyboard.backspace_key.click()
    key_for(keyboard, "2").click()
    qtbot.waitUntil(lambda: value() == "жуa2", timeout=5000)
    # Every script of the six languages, with quick deletes in between (where
    # Chromium once applied a delete after the letters that followed it).
    typed = "жуa2"
    for language, letters in [
        ("de", "äß"),
        ("tr", "şğ"),
        ("ar", "شلا"),
        ("uk", "їє"),
    ]:
        keyboard.set_language(language)
        for letter in letters:
            key_for(keyboard, letter).click()
            keyboard.backspace_key.click()
            key_for(keyboard, letter).click()
        typed += letters
    keyboard.set_language("ar")
    key_for(keyboard, "لا").click()  # one key, two letters
    typed += "لا"
    keyboard.set_language("tr")
    keyboard.shift_key.click()
    key_for(keyboard, "İ").click()
    keyboard.space_key.click()
    typed += "İ "
    qtbot.waitUntil(lambda: value() == typed, timeout=5000)
    assert view.view.focusProxy().hasFocus(), "keys must not take the page's focus"

    # The focus leaves the field: the keyboard that popped up for it goes.
    click_page(qtbot, view, 100, 100, "top", lambda: not keyboard.isVisible())
    controller.languages.reset()


FRAME_FIELD = """<!doctype html><meta charset=utf-8>
<style>body { margin: 0 }</style>
<input id=f style="display: block; width: 300px; height: 40px; margin: 0">
<script>
f.oninput = () => parent.postMessage(location.host + ":" + f.value, "*");
</script>"""

FRAMES = """<!doctype html><meta charset=utf-8>
<style>
body { margin: 0 }
iframe { display: block; border: 0; width: 600px; height: 60px }
p { height: 500px; margin: 0 }
</style>
<iframe id=near src="/frame-field"></iframe>
<p id=top tabindex=0>Ein Formular in Rahmen</p>
<iframe id=far src="{far}"></iframe>
<script>addEventListener("message", e => document.title = e.data)</script>"""


@pytest.mark.webengine
def test_pops_up_for_fields_in_frames_of_this_and_another_origin(
    qtbot, make_station, local_server
) -> None:
    @local_server.route("*", "/frame-field")
    def frame_field(_req: Request) -> Response:
        return Response(FRAME_FIELD)

    @local_server.route("allowed", "/frames")
    def frames(_req: Request) -> Response:
        far = local_server.url("other", "/frame-field")
        return Response(FRAMES.replace("{far}", far))

    controller, view = open_page(qtbot, make_station, "/frames", "de")
    keyboard = controller.window.keyboard
    page_focus = view.view.focusProxy()

    # A field at the top, in a frame of the same origin: the keyboard pops
    # up below it.
    click_page(qtbot, view, 100, 20, "near", keyboard.isVisible)
    assert keyboard.place is Place.BOTTOM
    key_for(keyboard, "ä").click()
    qtbot.waitUntil(lambda: view.page.title().endswith(":ä"), timeout=5000)
    assert view.page.title().startswith("allowed.localhost")
    assert page_focus.hasFocus(), "keys must not take the page's focus"

    # Out of the frame onto the page's text: the keyboard goes.
    click_page(qtbot, view, 100, 300, "top", lambda: not keyboard.isVisible())

    # A field low on the page, in a frame of another origin (which cannot
    # see where its frame sits): the keyboard still docks at the top so as
    # not to cover it.
    click_page(qtbot, view, 100, 580, "far", keyboard.isVisible)
    assert keyboard.place is Place.TOP
    key_for(keyboard, "ß").click()
    qtbot.waitUntil(lambda: view.page.title().endswith(":ß"), timeout=5000)
    assert view.page.title().startswith("other.localhost")

    # Straight from the frame's field to the page's text: the keyboard goes
    # (the order of the two frames' reports: tests/launcher/web/test_fields.py).
    click_page(qtbot, view, 100, 300, "top", lambda: not keyboard.isVisible())
    controller.languages.reset()
