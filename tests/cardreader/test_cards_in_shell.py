"""Card readers in the real shell wiring: the shell bar's reader status, and
End session waiting on "please take your card" until the card is taken."""

from __future__ import annotations

import pytest
from helpers.tools import require_tool
from PySide6.QtCore import Qt

from kiosk.cardreader.card_left_widget import CardLeftScreen
from kiosk.daemons.pcsc import READERS, PcscDaemon, VirtualCard
from kiosk.session.lifecycle import State

pytestmark = [pytest.mark.pcscd, pytest.mark.webengine]
WAIT = 10000


def _ready(build_shell, qtbot, extra: str):  # type: ignore[no-untyped-def]
    shell = build_shell(extra=extra)
    qtbot.waitUntil(
        lambda: shell.window.shellbar.reader.text().endswith("Card reader ready"),
        timeout=WAIT,
    )
    return shell


@pytest.fixture
def station(build_shell, qapp, qtbot, pcscd: PcscDaemon):  # type: ignore[no-untyped-def]
    return _ready(build_shell, qtbot, "[eid]\nenabled = false")


def test_the_shell_bar_says_when_a_card_lies_on_the_reader(
    station, card: VirtualCard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    bar = station.window.shellbar
    card.insert()
    qtbot.waitUntil(lambda: "Card on the reader" in bar.reader.text(), timeout=WAIT)
    assert bar.reader.accessibleName() == "Card on the reader"
    card.remove()
    qtbot.waitUntil(lambda: "Card reader ready" in bar.reader.text(), timeout=WAIT)


def test_pcscd_down_shows_in_the_shell_bar(station, pcscd: PcscDaemon, qtbot) -> None:  # type: ignore[no-untyped-def]
    pcscd.stop()
    bar = station.window.shellbar
    qtbot.waitUntil(lambda: "not working" in bar.reader.text(), timeout=WAIT)
    pcscd.start()
    qtbot.waitUntil(lambda: "Card reader ready" in bar.reader.text(), timeout=WAIT)


def test_end_session_waits_until_the_card_is_taken(
    station, card: VirtualCard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = station.window
    card.insert()
    qtbot.waitUntil(station.presence.cards_present, timeout=WAIT)
    qtbot.mouseClick(window.welcome.start, Qt.MouseButton.LeftButton)
    station.open_service("svc")
    qtbot.mouseClick(window.shellbar.buttons["end"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.confirm_end.yes, Qt.MouseButton.LeftButton)
    screen = window.stack.currentWidget()
    assert isinstance(screen, CardLeftScreen)
    assert "take your card" in screen.title.text()
    assert station.lifecycle.state is State.ENDING
    assert station.web is not None  # nothing is wiped while the card waits
    card.remove()
    qtbot.waitUntil(lambda: station.lifecycle.state is State.WELCOME, timeout=WAIT)
    assert station.last_report.ok
    assert station.web is None
    assert window.stack.currentWidget() is window.welcome


def test_ausweisapp_gets_its_readers_back_after_pcscd_restarts(
    build_shell, qapp, pcscd: PcscDaemon, qtbot
) -> None:  # type: ignore[no-untyped-def]
    require_tool("AusweisApp2")
    eid = _ready(build_shell, qtbot, "[eid]\ndeveloper_mode = true").eid

    def sees_reader() -> bool:
        return any(name.startswith(READERS[0]) for name in eid.client.state.readers)

    qtbot.waitUntil(sees_reader, timeout=WAIT * 2)
    pcscd.stop()
    qtbot.waitUntil(lambda: not sees_reader(), timeout=WAIT * 2)
    pcscd.start()
    # AusweisApp 1.26 would stay blind until a new SDK connection.
    qtbot.waitUntil(sees_reader, timeout=WAIT * 2)
