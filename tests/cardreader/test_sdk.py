"""The SDK state machine, message by message (messages as AusweisApp 1.26 sends)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from kiosk.cardreader import sdk
from kiosk.cardreader.errors import EidStateError
from kiosk.cardreader.sdk import Command, EidState, Screen, Workflow

AUTH = EidState(workflow=Workflow.AUTH, screen=Screen.WORKING, api_level=2)
PIN_CHANGE = EidState(workflow=Workflow.CHANGE_PIN, screen=Screen.WORKING)
SIM = {
    "name": "Simulator",
    "attached": True,
    "keypad": True,
    "card": {"deactivated": False, "inoperative": False, "retryCounter": 3},
}
BASIC = {**SIM, "name": "Basic reader", "keypad": False}


def card(**changes: Any) -> dict[str, Any]:
    return {**BASIC, "card": {**BASIC["card"], **changes}}


@pytest.mark.parametrize(
    ("state", "msg", "expect", "commands"),
    [
        # API level negotiation: the highest level both support.
        (
            EidState(),
            {"msg": "API_LEVEL", "available": [1, 2], "current": 1},
            {"api_level": 2},
            (Command("SET_API_LEVEL", {"level": 2}),),
        ),
        (
            EidState(),
            {"msg": "API_LEVEL", "available": [1, 2], "current": 2},
            {"api_level": 2},
            (),
        ),
        (
            EidState(),
            {"msg": "API_LEVEL", "available": [1, 2, 3, 4], "current": 4},
            {"api_level": 2},
            (Command("SET_API_LEVEL", {"level": 2}),),
        ),
        (
            EidState(),
            {"msg": "API_LEVEL", "available": [9], "current": 9},
            {"api_level": None, "error": "no-common-api-level"},
            (),
        ),
        # Workflow start and progress.
        (
            EidState(),
            {"msg": "AUTH"},
            {"workflow": Workflow.AUTH, "screen": Screen.WORKING},
            (),
        ),
        (
            EidState(),
            {"msg": "CHANGE_PIN"},
            {"workflow": Workflow.CHANGE_PIN, "screen": Screen.WORKING},
            (),
        ),
        (
            AUTH,
            {"msg": "STATUS", "workflow": "AUTH", "progress": 40, "state": "x"},
            {"progress": 40},
            (),
        ),
        # Provider and requested data.
        (
            AUTH,
            {
                "msg": "ACCESS_RIGHTS",
                "chat": {
                    "effective": ["FamilyName", "Address"],
                    "optional": [],
                    "required": [],
                },
            },
            {"screen": Screen.ACCESS_RIGHTS, "rights": ("FamilyName", "Address")},
            (Command("GET_CERTIFICATE"),),
        ),
        (
            replace(AUTH, provider="Stadt Jena"),
            {"msg": "ACCESS_RIGHTS", "chat": {"effective": []}},
            {"screen": Screen.ACCESS_RIGHTS},
            (),
        ),
        (
            AUTH,
            {
                "msg": "CERTIFICATE",
                "description": {
                    "subjectName": "Stadt Jena",
                    "subjectUrl": "https://www.jena.de",
                    "purpose": "Anmeldung",
                },
            },
            {"provider": "Stadt Jena", "purpose": "Anmeldung"},
            (),
        ),
        # Card and secrets.
        (AUTH, {"msg": "INSERT_CARD"}, {"screen": Screen.INSERT_CARD}, ()),
        (
            AUTH,
            {"msg": "ENTER_PIN", "reader": SIM},
            {"screen": Screen.ENTER_PIN, "keypad": True, "retry_counter": 3},
            (),
        ),
        (
            AUTH,
            {"msg": "ENTER_PIN", "reader": BASIC},
            {"screen": Screen.ENTER_PIN, "keypad": False},
            (),
        ),
        (
            AUTH,
            {"msg": "ENTER_PIN", "reader": SIM, "error": "Value cannot be defined"},
            {"screen": Screen.ENTER_PIN, "invalid_input": True},
            (),
        ),
        (
            AUTH,
            {"msg": "ENTER_CAN", "reader": card(retryCounter=1)},
            {"screen": Screen.ENTER_CAN, "retry_counter": 1},
            (),
        ),
        (
            AUTH,
            {"msg": "ENTER_PUK", "reader": card(retryCounter=0)},
            {"screen": Screen.ENTER_PUK},
            (),
        ),
        (
            AUTH,
            {"msg": "ENTER_PUK", "reader": card(retryCounter=0, inoperative=True)},
            {"screen": Screen.CARD_BLOCKED},
            (),
        ),
        (
            AUTH,
            {"msg": "ENTER_PIN", "reader": card(deactivated=True)},
            {"screen": Screen.CARD_DEACTIVATED},
            (),
        ),
        (
            PIN_CHANGE,
            {"msg": "ENTER_NEW_PIN", "reader": SIM},
            {"screen": Screen.ENTER_NEW_PIN},
            (),
        ),
        # The end.
        (
            AUTH,
            {
                "msg": "AUTH",
                "result": {"major": "x#ok"},
                "url": "https://www.jena.de/done",
            },
            {
                "screen": Screen.FINISHED,
                "success": True,
                "result_url": "https://www.jena.de/done",
            },
            (),
        ),
        (
            AUTH,
            {
                "msg": "AUTH",
                "result": {
                    "major": "x#error",
                    "minor": "x#trustedChannelEstablishmentFailed",
                },
                "url": "https://www.jena.de/error",
            },
            {
                "screen": Screen.FINISHED,
                "success": False,
                "error": "trustedChannelEstablishmentFailed",
            },
            (),
        ),
        (
            AUTH,
            {"msg": "AUTH", "result": {"major": "x#error", "minor": "y#cancel"}},
            {"screen": Screen.FAILED, "error": "cancel"},
            (),
        ),
        (
            AUTH,
            {"msg": "AUTH", "error": "tcTokenURL"},
            {"screen": Screen.FAILED, "error": "invalid-request"},
            (),
        ),
        (
            replace(PIN_CHANGE, new_pin_asked=True),
            {"msg": "CHANGE_PIN", "success": True},
            {"screen": Screen.FINISHED, "success": True},
            (),
        ),
        # 1.26 reports success after a card error that stopped it early.
        (
            PIN_CHANGE,
            {"msg": "CHANGE_PIN", "success": True},
            {"screen": Screen.FAILED, "success": False},
            (),
        ),
        (
            PIN_CHANGE,
            {"msg": "CHANGE_PIN", "success": False},
            {"screen": Screen.FAILED, "success": False},
            (),
        ),
        # Errors keep the screen.
        (
            AUTH,
            {"msg": "BAD_STATE", "error": "SET_PIN"},
            {"screen": Screen.WORKING, "error": "bad-state"},
            (),
        ),
        (
            EidState(),
            {"msg": "UNKNOWN_COMMAND", "error": "FOO"},
            {"error": "unknown-command"},
            (),
        ),
        (EidState(), {"msg": "INFO", "VersionInfo": {}}, {"screen": Screen.IDLE}, ()),
        (EidState(), {"msg": "SOMETHING_NEW"}, {"screen": Screen.IDLE}, ()),
    ],
)
def test_on_message(
    state: EidState,
    msg: dict[str, Any],
    expect: dict[str, Any],
    commands: tuple[Command, ...],
) -> None:
    step = sdk.on_message(state, msg)
    for key, value in expect.items():
        assert getattr(step.state, key) == value, key
    assert step.commands == commands


@pytest.mark.parametrize(
    ("reader", "eid"),
    [
        (SIM, True),
        ({**SIM, "card": None}, False),  # no card, or a card that is no eID
        ({**SIM, "card": {}}, False),  # API level 3: an unknown card
    ],
)
def test_reader_messages_tell_eid_cards(reader: dict[str, Any], eid: bool) -> None:
    state = sdk.on_message(EidState(), {"msg": "READER", **reader}).state
    assert state.eid_card_present is eid
    gone = sdk.on_message(state, {"msg": "READER", **reader, "attached": False})
    assert gone.state.readers == {}


def keypad_pin(keypad: bool, workflow: Workflow = Workflow.AUTH) -> EidState:
    return EidState(workflow=workflow, screen=Screen.ENTER_PIN, keypad=keypad)


@pytest.mark.parametrize(
    ("state", "value", "command"),
    [
        (keypad_pin(True), None, Command("SET_PIN")),
        (keypad_pin(False), "123456", Command("SET_PIN", {"value": "123456"})),
        (
            keypad_pin(False, Workflow.CHANGE_PIN),
            "12345",
            Command("SET_PIN", {"value": "12345"}),
        ),  # transport PIN
        (
            replace(keypad_pin(False), screen=Screen.ENTER_CAN),
            "222222",
            Command("SET_CAN", {"value": "222222"}),
        ),
        (
            replace(keypad_pin(False), screen=Screen.ENTER_PUK),
            "0123456789",
            Command("SET_PUK", {"value": "0123456789"}),
        ),
        (
            replace(keypad_pin(True), screen=Screen.ENTER_NEW_PIN),
            None,
            Command("SET_NEW_PIN"),
        ),
    ],
)
def test_enter_secret(state: EidState, value: str | None, command: Command) -> None:
    step = sdk.enter_secret(state, value)
    assert step.commands == (command,)
    assert step.state.screen is Screen.WORKING


@pytest.mark.parametrize(
    ("state", "value", "message"),
    [
        (keypad_pin(True), "123456", "own keypad"),
        (keypad_pin(False), None, "missing"),
        (keypad_pin(False), "12345", "6 digits"),  # transport PIN only for PIN change
        (keypad_pin(False), "12345a", "6 digits"),
        (replace(keypad_pin(False), screen=Screen.ENTER_PUK), "123456", "10 digits"),
        (AUTH, "123456", "no PIN"),
    ],
)
def test_enter_secret_refused(state: EidState, value: str | None, message: str) -> None:
    with pytest.raises(EidStateError, match=message) as info:
        sdk.enter_secret(state, value)
    if value:
        assert value not in str(info.value)


def test_a_command_never_shows_the_secret() -> None:
    command = Command("SET_PIN", {"value": "123456"})
    assert "123456" not in repr(command) and "123456" not in str(command)
    assert '"value": "123456"' in command.to_json()


@pytest.mark.parametrize(
    ("action", "state", "message"),
    [
        (lambda s: sdk.accept(s), AUTH, "cannot accept"),
        (lambda s: sdk.cancel(s), EidState(), "no eID workflow"),
        (lambda s: sdk.run_auth(s, "https://x/t"), AUTH, "already runs"),
        (lambda s: sdk.run_change_pin(s), AUTH, "already runs"),
        (lambda s: sdk.set_card(s, "Simulator"), EidState(), "while a workflow"),
        (lambda s: sdk.set_card(s, "Simulator"), AUTH, "not insertable"),
        (lambda s: sdk.finish(s), AUTH, "still runs"),
    ],
)
def test_actions_that_do_not_fit(action: Any, state: EidState, message: str) -> None:
    with pytest.raises(EidStateError, match=message):
        action(state)


def test_run_auth_and_accept_commands() -> None:
    step = sdk.run_auth(EidState(api_level=2), "https://www.jena.de/t")
    assert step.commands == (
        Command("RUN_AUTH", {"tcTokenURL": "https://www.jena.de/t"}),
    )
    assert step.state.running and step.state.api_level == 2
    dev = sdk.run_auth(EidState(), "http://127.0.0.1:1/t", developer_mode=True)
    assert dev.commands[0].args["developerMode"] is True
    rights = replace(AUTH, screen=Screen.ACCESS_RIGHTS)
    assert sdk.accept(rights).commands == (Command("ACCEPT"),)
    assert sdk.cancel(rights).commands == (Command("CANCEL"),)


def test_socket_lost_mid_workflow_fails_it() -> None:
    lost = sdk.on_disconnected(replace(AUTH, screen=Screen.ENTER_PIN)).state
    assert lost.screen is Screen.FAILED and lost.error == "disconnected"
    assert not lost.running
    assert sdk.on_disconnected(EidState(api_level=2)).state == EidState()
    assert sdk.on_connected(lost).commands == (Command("GET_API_LEVEL"),)


def test_finish_goes_back_to_idle_keeping_readers() -> None:
    done = sdk.on_message(PIN_CHANGE, {"msg": "CHANGE_PIN", "success": False}).state
    done = replace(done, readers={"Simulator": sdk.ReaderInfo(attached=True)})
    idle = sdk.finish(done).state
    assert idle.screen is Screen.IDLE and idle.workflow is None
    assert list(idle.readers) == ["Simulator"]
