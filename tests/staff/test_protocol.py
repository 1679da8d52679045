from __future__ import annotations

import pytest

from kiosk.staff.errors import ProtocolError
from kiosk.staff.protocol import Kind, Reply, Request, parse_reply, parse_request


@pytest.mark.parametrize(
    ("raw", "request_"),
    [
        (b"VERIFY 482913\n", Request("VERIFY", "482913")),
        (b"STATUS\n", Request("STATUS")),
    ],
)
def test_parse_request(raw: bytes, request_: Request) -> None:
    assert parse_request(raw) == request_
    assert request_.to_line() == raw


@pytest.mark.parametrize(
    "raw",
    [
        b"VERIFY 482913",  # no newline
        b"VERIFY \n",
        b"VERIFY 48a913\n",
        b"VERIFY 482913 1\n",
        b"verify 482913\n",
        b"VERIFY \xd9\xa1\xd9\xa2\n",  # Arabic-Indic digits
        b"VERIFY " + b"1" * 60 + b"\n",  # too long
        b"HELLO\n",
    ],
)
def test_bad_request_never_echoes(raw: bytes) -> None:
    with pytest.raises(ProtocolError) as info:
        parse_request(raw)
    assert "482913" not in str(info.value)


def test_request_repr_hides_pin() -> None:
    assert "482913" not in repr(Request("VERIFY", "482913"))


@pytest.mark.parametrize(
    ("reply", "line"),
    [
        (Reply(Kind.OK), b"OK\n"),
        (Reply(Kind.WRONG, 2.5), b"WRONG 2.500\n"),
        (Reply(Kind.WAIT, 10), b"WAIT 10.000\n"),
        (Reply(Kind.LOCKED, 900), b"LOCKED 900.000\n"),
        (Reply(Kind.READY), b"READY\n"),
        (Reply(Kind.NOPIN), b"NOPIN\n"),
        (Reply(Kind.ERROR, detail="state"), b"ERROR state\n"),
    ],
)
def test_reply_round_trip(reply: Reply, line: bytes) -> None:
    assert reply.to_line() == line
    assert parse_reply(line) == reply


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"YES\n",
        b"WAIT\n",
        b"WAIT soon\n",
        b"WAIT -1\n",
        b"WAIT nan\n",
        b"OK 1\n",
        b"\xff\n",
    ],
)
def test_bad_reply(line: bytes) -> None:
    with pytest.raises(ProtocolError):
        parse_reply(line)
