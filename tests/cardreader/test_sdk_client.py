"""The SDK client and state machine against the real AusweisApp and its Simulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.tctoken import TokenServer

from kiosk.cardreader.ausweisapp import AusweisApp
from kiosk.cardreader.errors import EidStateError
from kiosk.cardreader.sdk import ReaderInfo, Screen, Workflow
from kiosk.cardreader.sdk_client import EidClient

WAIT = 15000


@pytest.fixture
def client(ausweisapp: AusweisApp, qtbot) -> Iterator[EidClient]:  # type: ignore[no-untyped-def]
    eid = EidClient()
    assert ausweisapp.port is not None
    eid.open(ausweisapp.port)
    qtbot.waitUntil(lambda: eid.state.api_level is not None, timeout=WAIT)
    yield eid
    eid.close()


def wait_screen(qtbot, client: EidClient, *screens: Screen) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: client.state.screen in screens, timeout=WAIT)


def start_pin_change_on_simulator(qtbot, client: EidClient) -> None:  # type: ignore[no-untyped-def]
    """Reach ENTER_PIN on the Simulator.

    AusweisApp 1.26 has a race: its reader scan may still hold the freshly
    set Simulator card ("Card is already connected"), and the workflow then
    ends at once with a card error. Such a run is started again (at most 16;
    under a loaded make test the race can last several seconds).
    """
    for attempt in range(16):
        client.run_change_pin()
        wait_screen(qtbot, client, Screen.INSERT_CARD)
        # A card set before the reader takes one ends the workflow, too.
        qtbot.waitUntil(
            lambda: client.state.readers.get("Simulator", ReaderInfo()).insertable,
            timeout=WAIT,
        )
        # On a busy machine the race needs time to settle: wait longer each try.
        qtbot.wait(250 * attempt)
        client.set_card("Simulator")
        wait_screen(qtbot, client, Screen.ENTER_PIN, Screen.FAILED)
        if client.state.screen is Screen.ENTER_PIN:
            return
        ended = client.state
        client.finish()
        qtbot.wait(300)  # let AusweisApp shelve the Simulator card first
    pytest.fail(
        "AusweisApp's Simulator never asked for the PIN in 16 runs; "
        f"the last one ended: {ended}"
    )


def test_negotiates_the_highest_common_api_level(client: EidClient, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert client.state.api_level == 2  # AusweisApp 1.26 offers 1 and 2
    qtbot.waitUntil(lambda: "Simulator" in client.state.readers, timeout=WAIT)


def test_change_pin_with_the_keypad_simulator(client: EidClient, qtbot) -> None:  # type: ignore[no-untyped-def]
    start_pin_change_on_simulator(qtbot, client)
    assert client.state.keypad  # the Simulator counts as a keypad reader
    assert client.state.retry_counter == 3
    with pytest.raises(EidStateError, match="own keypad"):
        client.enter_secret("123456")
    # AusweisApp itself refuses a value for a keypad reader, too.
    client.send_raw({"cmd": "SET_PIN", "value": "123456"})
    qtbot.waitUntil(lambda: client.state.invalid_input, timeout=WAIT)
    assert client.state.screen is Screen.ENTER_PIN
    client.enter_secret(None)
    wait_screen(qtbot, client, Screen.ENTER_NEW_PIN)
    with qtbot.waitSignal(client.finished, timeout=WAIT) as done:
        client.enter_secret(None)
    assert done.args[0].screen is Screen.FINISHED
    assert done.args[0].success is True
    client.finish()
    assert client.state.screen is Screen.IDLE


def test_cancel_ends_the_workflow(client: EidClient, qtbot) -> None:  # type: ignore[no-untyped-def]
    start_pin_change_on_simulator(qtbot, client)
    with qtbot.waitSignal(client.finished, timeout=WAIT) as done:
        client.cancel()
    assert done.args[0].screen is Screen.FAILED
    assert done.args[0].workflow is Workflow.CHANGE_PIN


def test_bad_state_outside_a_workflow(client: EidClient, qtbot) -> None:  # type: ignore[no-untyped-def]
    client.send_raw({"cmd": "SET_PIN"})
    qtbot.waitUntil(lambda: client.state.error == "bad-state", timeout=WAIT)
    assert client.state.screen is Screen.IDLE


def test_socket_lost_mid_workflow(
    client: EidClient, ausweisapp: AusweisApp, qtbot
) -> None:  # type: ignore[no-untyped-def]
    start_pin_change_on_simulator(qtbot, client)
    with qtbot.waitSignal(client.finished, timeout=WAIT) as done:
        client.close()
    assert done.args[0].error == "disconnected"
    # AusweisApp killed the workflow with the socket: CANCEL finds nothing.
    assert ausweisapp.port is not None
    client.open(ausweisapp.port)
    qtbot.waitUntil(lambda: client.connected, timeout=WAIT)
    client.send_raw({"cmd": "CANCEL"})
    qtbot.waitUntil(lambda: client.state.error == "bad-state", timeout=WAIT)


def test_run_auth_reaches_a_final_auth_with_the_error_address(
    client: EidClient, token_server: TokenServer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(client.finished, timeout=30000) as done:
        client.run_auth(token_server.url, developer_mode=True)
    final = done.args[0]
    assert final.workflow is Workflow.AUTH
    assert final.success is False
    assert final.result_url == "http://service.test/eid-error"
    assert token_server.hits == ["/tctoken"]
