"""The AusweisApp SDK as a pure state machine: messages in, screen state out.

`on_message` folds one SDK message into an `EidState` and says which commands
to send back; the user actions (`accept`, `enter_secret` …) check that they
fit the screen and return the command to send. No Qt, no socket, no logging:
secrets only ever sit in a `Command`, whose repr hides them.

Keypad readers (`keypad: true`, e.g. with PC/SC FEATURE_EXECUTE_PACE) take the
PIN on their own keys: SET_PIN/SET_CAN/SET_PUK/SET_NEW_PIN are then sent
without a value, and a value offered by the shell is refused.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kiosk.cardreader.errors import EidStateError

# API levels this module understands (AusweisApp 1.26 offers 1 and 2).
SUPPORTED_API_LEVELS = (1, 2)


class Workflow(enum.Enum):
    AUTH = "AUTH"
    CHANGE_PIN = "CHANGE_PIN"


class Screen(enum.Enum):
    IDLE = "idle"
    WORKING = "working"  # progress; waiting for AusweisApp
    ACCESS_RIGHTS = "access-rights"  # provider and requested data; Accept/Cancel
    INSERT_CARD = "insert-card"
    ENTER_PIN = "enter-pin"
    ENTER_NEW_PIN = "enter-new-pin"
    ENTER_CAN = "enter-can"
    ENTER_PUK = "enter-puk"
    CARD_DEACTIVATED = "card-deactivated"  # online function switched off
    CARD_BLOCKED = "card-blocked"  # PUK used up: only the Bürgeramt can help
    FINISHED = "finished"
    FAILED = "failed"


SECRET_SCREENS = {
    Screen.ENTER_PIN: ("SET_PIN", "PIN"),
    Screen.ENTER_NEW_PIN: ("SET_NEW_PIN", "new PIN"),
    Screen.ENTER_CAN: ("SET_CAN", "CAN"),
    Screen.ENTER_PUK: ("SET_PUK", "PUK"),
}
_SECRET_FORM = {
    "PIN": re.compile(r"\d{6}"),
    "new PIN": re.compile(r"\d{6}"),
    "CAN": re.compile(r"\d{6}"),
    "PUK": re.compile(r"\d{10}"),
}
_TRANSPORT_PIN = re.compile(r"\d{5}")
_ENTER = {
    "ENTER_PIN": Screen.ENTER_PIN,
    "ENTER_NEW_PIN": Screen.ENTER_NEW_PIN,
    "ENTER_CAN": Screen.ENTER_CAN,
    "ENTER_PUK": Screen.ENTER_PUK,
}


@dataclass(frozen=True)
class ReaderInfo:
    attached: bool = False
    keypad: bool = False
    insertable: bool = False  # a card can be set on it (the Simulator)
    eid_card: bool = False  # AusweisApp recognised an ID card / residence permit
    deactivated: bool = False
    inoperative: bool = False
    retry_counter: int | None = None


@dataclass(frozen=True)
class EidState:
    workflow: Workflow | None = None
    screen: Screen = Screen.IDLE
    api_level: int | None = None
    readers: Mapping[str, ReaderInfo] = field(default_factory=dict)
    provider: str = ""
    provider_url: str = ""
    purpose: str = ""
    rights: tuple[str, ...] = ()
    keypad: bool = False  # of the reader asking for the current secret
    retry_counter: int | None = None
    progress: int | None = None
    invalid_input: bool = False  # AusweisApp refused the last secret command
    error: str = ""  # a code, never a message with personal data
    result_url: str = ""
    success: bool | None = None
    new_pin_asked: bool = False  # PIN change: AusweisApp really got that far

    @property
    def running(self) -> bool:
        return self.workflow is not None and self.screen not in (
            Screen.FINISHED,
            Screen.FAILED,
        )

    @property
    def eid_card_present(self) -> bool:
        return any(r.eid_card for r in self.readers.values())


@dataclass(frozen=True)
class Command:
    """One SDK command; `repr` and `str` never show a secret value."""

    cmd: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"cmd": self.cmd, **self.args})

    def __repr__(self) -> str:
        shown = {k: ("***" if k == "value" else v) for k, v in self.args.items()}
        return f"Command({self.cmd!r}, {shown!r})"

    __str__ = __repr__


@dataclass(frozen=True)
class Step:
    state: EidState
    commands: tuple[Command, ...] = ()


Message = Mapping[str, Any]
Handler = Callable[[EidState, Message], Step]


def initial() -> EidState:
    return EidState()


def on_connected(state: EidState) -> Step:
    """A fresh socket: ask which API levels AusweisApp offers."""
    return Step(EidState(), (Command("GET_API_LEVEL"),))


def on_disconnected(state: EidState) -> Step:
    """AusweisApp cancels a running workflow when its socket closes."""
    if state.running:
        return Step(
            EidState(
                workflow=state.workflow, screen=Screen.FAILED, error="disconnected"
            )
        )
    return Step(EidState())


def on_message(state: EidState, msg: Message) -> Step:
    kind = str(msg.get("msg", ""))
    handler = _HANDLERS.get(kind)
    if handler is None:
        return Step(state)  # INFO and messages of newer API levels
    return handler(state, msg)


# -- messages ----------------------------------------------------------------


def _api_level(state: EidState, msg: Message) -> Step:
    offered = {int(v) for v in msg.get("available") or () if isinstance(v, int)}
    current = msg.get("current")
    common = offered & set(SUPPORTED_API_LEVELS)
    if not common:
        return Step(replace(state, api_level=None, error="no-common-api-level"))
    best = max(common)
    if best != current:
        return Step(
            replace(state, api_level=best), (Command("SET_API_LEVEL", {"level": best}),)
        )
    return Step(replace(state, api_level=best))


def _reader_info(data: Any) -> ReaderInfo:
    if not isinstance(data, Mapping):
        return ReaderInfo()
    card = data.get("card")
    # API level 1-2: null for "no card" and for cards that are no eID card.
    is_eid = isinstance(card, Mapping) and "retryCounter" in card
    card = card if isinstance(card, Mapping) else {}
    counter = card.get("retryCounter")
    return ReaderInfo(
        attached=bool(data.get("attached")),
        keypad=bool(data.get("keypad")),
        insertable=bool(data.get("insertable")),
        eid_card=is_eid,
        deactivated=bool(card.get("deactivated")),
        inoperative=bool(card.get("inoperative")),
        retry_counter=counter if isinstance(counter, int) else None,
    )


def _reader(state: EidState, msg: Message) -> Step:
    name = str(msg.get("name", ""))
    readers = dict(state.readers)
    if msg.get("attached") is False and name in readers:
        del readers[name]
    elif name:
        readers[name] = _reader_info(msg)
    return Step(replace(state, readers=readers))


def _reader_list(state: EidState, msg: Message) -> Step:
    readers = {
        str(r.get("name")): _reader_info(r)
        for r in msg.get("readers") or ()
        if isinstance(r, Mapping) and r.get("attached")
    }
    return Step(replace(state, readers=readers))


def _workflow_message(workflow: Workflow) -> Handler:
    def handle(state: EidState, msg: Message) -> Step:
        if workflow is Workflow.AUTH:
            done = "result" in msg or "url" in msg or "error" in msg
        else:
            done = "success" in msg or "error" in msg
        if not done:  # the workflow has started
            return Step(
                EidState(
                    workflow=workflow,
                    screen=Screen.WORKING,
                    api_level=state.api_level,
                    readers=state.readers,
                )
            )
        return Step(_finish(state, workflow, msg))

    return handle


def _finish(state: EidState, workflow: Workflow, msg: Message) -> EidState:
    base = replace(state, workflow=workflow, progress=None, invalid_input=False)
    if "error" in msg:
        return replace(base, screen=Screen.FAILED, error="invalid-request")
    if workflow is Workflow.CHANGE_PIN:
        # AusweisApp 1.26 says success:true even after a card error that
        # stopped it before PACE: only a PIN change that asked for the new
        # PIN can have succeeded.
        ok = msg.get("success") is True and state.new_pin_asked
        return replace(
            base,
            screen=Screen.FINISHED if ok else Screen.FAILED,
            success=ok,
            error="" if ok else "change-pin-failed",
        )
    result = msg.get("result")
    result = result if isinstance(result, Mapping) else {}
    ok = str(result.get("major", "")).endswith("#ok")
    url = msg.get("url")
    minor = str(result.get("minor", ""))
    error = "" if ok else (minor.rsplit("#", 1)[-1] or "auth-failed")
    if isinstance(url, str) and url:
        # Success or not, the provider's page says what happened.
        return replace(
            base, screen=Screen.FINISHED, result_url=url, success=ok, error=error
        )
    return replace(base, screen=Screen.FAILED, success=False, error=error)


def _access_rights(state: EidState, msg: Message) -> Step:
    chat = msg.get("chat")
    chat = chat if isinstance(chat, Mapping) else {}
    rights = tuple(str(r) for r in chat.get("effective") or ())
    new = replace(state, screen=Screen.ACCESS_RIGHTS, rights=rights)
    if "error" in msg:
        new = replace(new, invalid_input=True)
    if not state.provider:
        return Step(new, (Command("GET_CERTIFICATE"),))
    return Step(new)


def _certificate(state: EidState, msg: Message) -> Step:
    desc = msg.get("description")
    desc = desc if isinstance(desc, Mapping) else {}
    return Step(
        replace(
            state,
            provider=str(desc.get("subjectName", "")),
            provider_url=str(desc.get("subjectUrl", "")),
            purpose=str(desc.get("purpose", "")),
        )
    )


def _insert_card(state: EidState, msg: Message) -> Step:
    return Step(replace(state, screen=Screen.INSERT_CARD, progress=None))


def _enter(state: EidState, msg: Message) -> Step:
    screen = _ENTER[str(msg["msg"])]
    reader = _reader_info(msg.get("reader"))
    if screen is Screen.ENTER_PIN and reader.deactivated:
        screen = Screen.CARD_DEACTIVATED
    elif screen is Screen.ENTER_PUK and reader.inoperative:
        screen = Screen.CARD_BLOCKED
    return Step(
        replace(
            state,
            screen=screen,
            keypad=reader.keypad,
            retry_counter=reader.retry_counter,
            invalid_input="error" in msg,
            new_pin_asked=state.new_pin_asked or screen is Screen.ENTER_NEW_PIN,
        )
    )


def _status(state: EidState, msg: Message) -> Step:
    progress = msg.get("progress")
    return Step(
        replace(state, progress=progress if isinstance(progress, int) else None)
    )


def _error(code: str) -> Handler:
    def handle(state: EidState, msg: Message) -> Step:
        return Step(replace(state, error=code))

    return handle


_HANDLERS: dict[str, Handler] = {
    "API_LEVEL": _api_level,
    "READER": _reader,
    "READER_LIST": _reader_list,
    "AUTH": _workflow_message(Workflow.AUTH),
    "CHANGE_PIN": _workflow_message(Workflow.CHANGE_PIN),
    "ACCESS_RIGHTS": _access_rights,
    "CERTIFICATE": _certificate,
    "INSERT_CARD": _insert_card,
    "ENTER_PIN": _enter,
    "ENTER_NEW_PIN": _enter,
    "ENTER_CAN": _enter,
    "ENTER_PUK": _enter,
    "STATUS": _status,
    "BAD_STATE": _error("bad-state"),
    "INVALID": _error("invalid"),
    "UNKNOWN_COMMAND": _error("unknown-command"),
    "INTERNAL_ERROR": _error("internal-error"),
}


# -- user actions --------------------------------------------------------------


def run_auth(state: EidState, tc_token_url: str, developer_mode: bool = False) -> Step:
    """Start an authentication; developer_mode only for tests with http tokens."""
    _require_idle(state)
    args: dict[str, Any] = {"tcTokenURL": tc_token_url}
    if developer_mode:
        args["developerMode"] = True
    return Step(_starting(state, Workflow.AUTH), (Command("RUN_AUTH", args),))


def run_change_pin(state: EidState) -> Step:
    _require_idle(state)
    return Step(_starting(state, Workflow.CHANGE_PIN), (Command("RUN_CHANGE_PIN"),))


def accept(state: EidState) -> Step:
    _require(state, Screen.ACCESS_RIGHTS, "accept the requested data")
    return Step(replace(state, screen=Screen.WORKING), (Command("ACCEPT"),))


def cancel(state: EidState) -> Step:
    if not state.running:
        raise EidStateError("there is no eID workflow to cancel")
    return Step(replace(state, screen=Screen.WORKING), (Command("CANCEL"),))


def set_card(state: EidState, reader: str) -> Step:
    """Put a card on a reader that can take one (AusweisApp's Simulator)."""
    if not state.running:
        raise EidStateError("a card can only be set while a workflow runs")
    if not state.readers.get(reader, ReaderInfo()).insertable:
        raise EidStateError(f"reader {reader!r} takes no card now (not insertable)")
    return Step(state, (Command("SET_CARD", {"name": reader}),))


def enter_secret(state: EidState, value: str | None) -> Step:
    """Answer the current PIN/CAN/PUK screen; None when the reader has a keypad."""
    if state.screen not in SECRET_SCREENS:
        raise EidStateError(
            f"no PIN, CAN or PUK is asked for now (screen: {state.screen.value})"
        )
    cmd, what = SECRET_SCREENS[state.screen]
    if state.keypad:
        if value is not None:
            raise EidStateError(
                f"the card reader has its own keypad: the {what} is typed there, "
                "so the shell must send no value"
            )
        return Step(replace(state, screen=Screen.WORKING), (Command(cmd),))
    if value is None:
        raise EidStateError(f"the {what} is missing; the reader has no keypad")
    form = _SECRET_FORM[what]
    transport = (
        state.screen is Screen.ENTER_PIN
        and state.workflow is Workflow.CHANGE_PIN
        and _TRANSPORT_PIN.fullmatch(value)
    )
    if not (form.fullmatch(value) or transport):
        digits = 10 if what == "PUK" else 6
        raise EidStateError(f"the {what} must be {digits} digits")
    return Step(
        replace(state, screen=Screen.WORKING), (Command(cmd, {"value": value}),)
    )


def finish(state: EidState) -> Step:
    """The shell showed the outcome: back to idle, readers kept."""
    if state.running:
        raise EidStateError("the workflow still runs; cancel it first")
    return Step(EidState(api_level=state.api_level, readers=state.readers))


def _starting(state: EidState, workflow: Workflow) -> EidState:
    return EidState(
        workflow=workflow,
        screen=Screen.WORKING,
        api_level=state.api_level,
        readers=state.readers,
    )


def _require_idle(state: EidState) -> None:
    if state.running:
        raise EidStateError("an eID workflow already runs; finish or cancel it first")


def _require(state: EidState, screen: Screen, what: str) -> None:
    if state.screen is not screen:
        raise EidStateError(
            f"cannot {what} now: the screen is {state.screen.value}, not {screen.value}"
        )
