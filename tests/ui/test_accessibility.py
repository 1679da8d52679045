"""A whole station, screen by screen: names, touch targets, keyboard only.

Runs the real shell (window, controller, QtWebEngine offscreen) against the
local test server; every check reads real widgets, never a fake.
"""

from __future__ import annotations

import pytest
from helpers.display import AT_EVERY_SIZE
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QWidget,
)

from kiosk.session.lifecycle import State
from kiosk.ui.display import DisplayOverlay
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.theme import MIN_TARGET_PX

pytestmark = pytest.mark.webengine

INTERACTIVE = (QAbstractButton, QAbstractItemView, QLineEdit)


def interactive(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.isVisibleTo(window)
    ]


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


def check_screen(window: QWidget, where: str) -> int:
    found = interactive(window)
    assert found, f"{where}: no interactive widget visible"
    unnamed = [describe(w) for w in found if not w.accessibleName().strip()]
    assert not unnamed, f"{where}: no accessible name on {unnamed}"
    bare = [describe(w) for w in found if not w.accessibleDescription().strip()]
    assert not bare, f"{where}: no accessible description on {bare}"
    small = [
        f"{describe(w)} {w.width()}x{w.height()}"
        for w in found
        if w.width() < MIN_TARGET_PX or w.height() < MIN_TARGET_PX
    ]
    assert not small, f"{where}: touch targets under {MIN_TARGET_PX} px: {small}"
    return len(found)


def settle(qtbot) -> None:
    qtbot.wait(20)  # let layouts apply after a show


@AT_EVERY_SIZE
def test_every_screen_names_its_controls_and_has_big_targets(
    qtbot, make_station, styled, choice
) -> None:
    controller = make_station(terms=True)
    window = controller.window
    styled.set_choice(choice)
    display = DisplayOverlay(window, styled)
    keyboard = OnScreenKeyboard(window)
    checked = {}
    settle(qtbot)
    checked["welcome"] = check_screen(window, "welcome")
    display.open()
    settle(qtbot)
    checked["display"] = check_screen(window, "display overlay")
    display.hide()
    controller.start()
    settle(qtbot)
    checked["terms"] = check_screen(window, "terms")
    controller.lifecycle.accept_terms()
    settle(qtbot)
    checked["launcher"] = check_screen(window, "launcher")
    view = controller.open_service("svc")
    qtbot.waitUntil(
        lambda: view.page.url().host() != "" and not view.page.isLoading(),
        timeout=15000,
    )
    settle(qtbot)
    checked["service"] = check_screen(window, "service")
    assert view.view.accessibleName()
    keyboard.set_language("ar")
    keyboard.show_keyboard()
    settle(qtbot)
    checked["keyboard"] = check_screen(window, "on-screen keyboard")
    keyboard.hide_keyboard()
    for name, overlay in [
        ("language", window.language),
        ("end", window.confirm_end),
        ("idle", window.idle),
    ]:
        overlay.open()
        settle(qtbot)
        checked[name] = check_screen(window, f"{name} overlay")
        overlay.hide()
    controller.bar.show_help()
    settle(qtbot)
    checked["help"] = check_screen(window, "help notice")
    window.close_overlays()
    controller.bar.show_documents()
    settle(qtbot)
    checked["documents"] = check_screen(window, "my documents")
    window.close_overlays()
    assert all(checked.values()), checked
    controller.languages.reset()


class EidServiceStandIn(QObject):
    """Only the signals and calls the guide's widgets connect to."""

    stateChanged = Signal(object)
    finished = Signal(object)

    def accept(self) -> None: ...
    def use_simulator(self) -> None: ...
    def cancel(self) -> None: ...


@pytest.mark.parametrize("language", ["de", "ar", "ru"])
def test_every_control_of_the_window_and_its_overlays_is_described(
    qtbot, make_station, styled, language
) -> None:
    """Every interactive widget under the main window, shown or hidden: the
    session screens, the overlays, the web view's panels, the on-screen
    keyboard, the print confirmation, the eID guide with its digit pad."""
    from kiosk.cardreader.eid_guide import EidGuide
    from kiosk.shell.print_overlay import PrintOverlay

    controller = make_station(terms=True)
    window = controller.window
    controller.choose_language(language)
    DisplayOverlay(window, styled)
    PrintOverlay(window)
    EidGuide(window, EidServiceStandIn(window), offer_test_card=True)
    controller.start()
    controller.lifecycle.accept_terms()
    view = controller.open_service("svc")
    view._show_recovery()  # the page's own panel with its two buttons
    controller.bar.show_documents()
    QApplication.processEvents()  # the posted LanguageChange retranslates
    found = [w for w in window.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    assert len(found) > 80, f"only {len(found)} controls found"
    kinds = {type(w).__name__ for w in found}
    assert {"QPushButton", "QLineEdit", "QListWidget"} <= kinds, kinds
    unnamed = [describe(w) for w in found if not w.accessibleName().strip()]
    assert not unnamed, f"no accessible name on {unnamed}"
    bare = [describe(w) for w in found if not w.accessibleDescription().strip()]
    assert not bare, f"no accessible description on {bare}"
    # Descriptions follow the language (German is the station's fallback).
    if language != "en":
        end = window.shellbar.buttons["end"]
        assert end.accessibleDescription() != "Finish and delete everything"
    window.close_overlays()
    controller.languages.reset()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_screen_texts_follow_the_language(qtbot, make_station, language) -> None:
    controller = make_station()
    window = controller.window
    controller.choose_language(language)
    expected = {"de": "Willkommen", "ar": "أهلًا وسهلًا"}[language]
    # LanguageChange is a posted event: the screens retranslate on the next loop.
    qtbot.waitUntil(lambda: window.welcome.title.text() == expected)
    assert window.welcome.start.accessibleName() == window.welcome.start.text()
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language == "ar"
        else (Qt.LayoutDirection.LeftToRight)
    )
    assert QApplication.layoutDirection() == direction
    controller.languages.reset()  # the app outlives this station


def press(window: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(window.windowHandle(), key)


def tab_until(qtbot, window: QWidget, target: QWidget, limit: int = 60) -> int:
    """Press Tab (only Tab) until `target` has the focus; returns the presses."""
    for presses in range(1, limit + 1):
        press(window, Qt.Key.Key_Tab)
        qtbot.wait(10)
        if QApplication.focusWidget() is target:
            return presses
    raise AssertionError(
        f"{describe(target)} never got the focus in {limit} Tab presses; "
        f"focus is on {QApplication.focusWidget()!r}"
    )


def test_a_whole_session_with_the_keyboard_alone(qtbot, make_station, styled) -> None:
    controller = make_station()
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.start)

    tab_until(qtbot, window, window.welcome.language_buttons["en"])
    press(window, Qt.Key.Key_Space)
    assert controller.language == "en"
    qtbot.waitUntil(lambda: window.welcome.title.text() == "Welcome")

    tab_until(qtbot, window, window.welcome.start)
    press(window, Qt.Key.Key_Return)
    assert controller.lifecycle.state is State.ACTIVE

    tab_until(qtbot, window, window.launcher.tiles["svc"])
    press(window, Qt.Key.Key_Return)
    view = controller.current_view()
    assert view is not None and view.service_id == "svc"
    qtbot.waitUntil(
        lambda: view.page.url().host() != "" and not view.page.isLoading(),
        timeout=15000,
    )

    # Out of the page and on to End session, still with Tab only.
    tab_until(qtbot, window, window.shellbar.buttons["end"], limit=80)
    press(window, Qt.Key.Key_Return)
    assert window.confirm_end.isVisible()
    assert QApplication.focusWidget() is window.confirm_end.no

    # Tab stays inside the dialog: the next stop is "Yes", then "No" again.
    tab_until(qtbot, window, window.confirm_end.yes, limit=1)
    tab_until(qtbot, window, window.confirm_end.no, limit=1)
    tab_until(qtbot, window, window.confirm_end.yes, limit=1)
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.lifecycle.state is State.WELCOME)
    assert controller.last_report is not None and controller.last_report.ok
    controller.languages.reset()
