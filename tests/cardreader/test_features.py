from __future__ import annotations

import pytest

from kiosk.cardreader.errors import FeatureParseError
from kiosk.cardreader.features import Feature, parse_features


def tlv(tag: int, code: int) -> bytes:
    return bytes([tag, 4]) + code.to_bytes(4, "big")


PACE = tlv(0x20, 0x42000DCC)
VERIFY = tlv(0x06, 0x42330006)
MODIFY = tlv(0x07, 0x42330007)
PROPS = tlv(0x0A, 0x4233000A)
TLV_PROPS = tlv(0x12, 0x42330012)


@pytest.mark.parametrize(
    ("answer", "pace", "pin_pad", "tags"),
    [
        (b"", False, False, set()),
        (TLV_PROPS, False, False, {0x12}),
        (VERIFY + MODIFY + PROPS, False, True, {0x06, 0x07, 0x0A}),
        # cyberJack-like: PIN pad and PACE in the reader.
        (VERIFY + MODIFY + PROPS + TLV_PROPS + PACE, True, True, {6, 7, 10, 18, 32}),
        (PACE, True, True, {0x20}),
        (tlv(0x7F, 1), False, False, {0x7F}),  # unknown tags are kept
        (VERIFY + VERIFY, False, True, {0x06}),
    ],
)
def test_parse(answer: bytes, pace: bool, pin_pad: bool, tags: set[int]) -> None:
    features = parse_features(answer)
    assert features.execute_pace is pace
    assert features.pin_pad is pin_pad
    assert set(features.codes) == tags


def test_control_code_is_big_endian() -> None:
    assert parse_features(PACE).codes[Feature.EXECUTE_PACE] == 0x42000DCC


def test_first_code_wins_on_a_repeated_tag() -> None:
    answer = tlv(0x06, 1) + tlv(0x06, 2)
    assert parse_features(answer).codes[0x06] == 1


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (b"\x20", "truncated"),
        (b"\x20\x04\x42\x00", "needs 4 bytes"),
        (b"\x20\x02\x42\x00", "length 2"),
        (VERIFY + b"\x06", "byte 6"),
        (tlv(0x00, 5), "0x00"),
    ],
)
def test_malformed(answer: bytes, message: str) -> None:
    with pytest.raises(FeatureParseError, match=message):
        parse_features(answer)
