from __future__ import annotations

import pytest

from kiosk.staff import pin as pinlib
from kiosk.staff.errors import PinRecordError, PinRuleError, StaffError

FAST_N = 2**14  # the smallest n the record accepts; keeps the tests quick


@pytest.mark.parametrize(
    ("candidate", "why"),
    [
        ("12345", "6 to 12 digits"),
        ("", "6 to 12 digits"),
        ("1234567890123", "6 to 12 digits"),
        ("12a456", "digits 0-9 only"),
        ("１２３４５６", "digits 0-9 only"),  # full-width digits
        ("482 913", "digits 0-9 only"),
        ("000000", "repeat one digit"),
        ("123456", "count up or down"),
        ("987654", "count up or down"),
        ("890123", "count up or down"),
    ],
)
def test_rules_refuse_with_a_reason(candidate: str, why: str) -> None:
    with pytest.raises(PinRuleError, match=why) as info:
        pinlib.check_rules(candidate)
    assert isinstance(info.value, StaffError)
    if candidate:
        assert candidate not in str(info.value)  # never echo the PIN


@pytest.mark.parametrize("good", ["482913", "120394", "482913475562"])
def test_rules_accept(good: str) -> None:
    pinlib.check_rules(good)


def test_hash_round_trip_and_compare() -> None:
    record = pinlib.hash_pin("482913", n=FAST_N)
    line = record.to_line()
    assert "482913" not in line
    again = pinlib.PinRecord.from_line(line)
    assert again == record
    assert pinlib.matches("482913", again)
    assert not pinlib.matches("482914", again)
    assert not pinlib.matches("4829130", again)
    assert not pinlib.matches("x82913", again)


def test_salt_is_random() -> None:
    a = pinlib.hash_pin("482913", n=FAST_N)
    b = pinlib.hash_pin("482913", n=FAST_N)
    assert a.salt != b.salt and a.digest != b.digest


def test_default_cost_is_slow_hash() -> None:
    record = pinlib.hash_pin("482913")
    assert record.n >= 2**15 and record.r >= 8


@pytest.mark.parametrize(
    "line",
    [
        "",
        "bcrypt$1$2$3$aa$bb",
        "scrypt$16384$8$1$zz$" + "00" * 32,
        "scrypt$1000$8$1$" + "00" * 16 + "$" + "00" * 32,  # n not a power of 2
        "scrypt$1024$8$1$" + "00" * 16 + "$" + "00" * 32,  # n too small
        "scrypt$16384$8$1$" + "00" * 8 + "$" + "00" * 32,  # short salt
        "scrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 31,  # short digest
    ],
)
def test_bad_record(line: str) -> None:
    with pytest.raises(PinRecordError):
        pinlib.PinRecord.from_line(line)
