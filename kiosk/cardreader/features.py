"""PC/SC part 10 reader features: which PIN-pad functions a reader offers.

The answer to CM_IOCTL_GET_FEATURE_REQUEST is a list of TLVs: tag (1 byte),
length (always 4), control code (4 bytes, big-endian). pyscard's own parser
drops tag 0x20 (FEATURE_EXECUTE_PACE), so this one keeps every tag.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kiosk.cardreader.errors import FeatureParseError


class Feature(enum.IntEnum):
    VERIFY_PIN_START = 0x01
    VERIFY_PIN_FINISH = 0x02
    MODIFY_PIN_START = 0x03
    MODIFY_PIN_FINISH = 0x04
    GET_KEY_PRESSED = 0x05
    VERIFY_PIN_DIRECT = 0x06
    MODIFY_PIN_DIRECT = 0x07
    MCT_READER_DIRECT = 0x08
    MCT_UNIVERSAL = 0x09
    IFD_PIN_PROPERTIES = 0x0A
    ABORT = 0x0B
    SET_SPE_MESSAGE = 0x0C
    VERIFY_PIN_DIRECT_APP_ID = 0x0D
    MODIFY_PIN_DIRECT_APP_ID = 0x0E
    WRITE_DISPLAY = 0x0F
    GET_KEY = 0x10
    IFD_DISPLAY_PROPERTIES = 0x11
    GET_TLV_PROPERTIES = 0x12
    CCID_ESC_COMMAND = 0x13
    EXECUTE_PACE = 0x20


_PIN_PAD = frozenset(
    {
        Feature.VERIFY_PIN_START,
        Feature.VERIFY_PIN_DIRECT,
        Feature.MODIFY_PIN_START,
        Feature.MODIFY_PIN_DIRECT,
    }
)


@dataclass(frozen=True)
class ReaderFeatures:
    """Tag → control code; unknown tags are kept as plain ints."""

    codes: Mapping[int, int] = field(default_factory=dict)

    @property
    def execute_pace(self) -> bool:
        """The reader runs PACE itself: the PIN never leaves its keypad."""
        return Feature.EXECUTE_PACE in self.codes

    @property
    def pin_pad(self) -> bool:
        return self.execute_pace or any(tag in self.codes for tag in _PIN_PAD)


def parse_features(answer: bytes | Sequence[int]) -> ReaderFeatures:
    """Parse a GET_FEATURE_REQUEST answer; raise FeatureParseError if malformed."""
    data = bytes(answer)
    codes: dict[int, int] = {}
    pos = 0
    while pos < len(data):
        if pos + 2 > len(data):
            raise FeatureParseError(
                f"feature list ends inside a TLV header at byte {pos} of "
                f"{len(data)}; the reader driver sent a truncated answer"
            )
        tag, length = data[pos], data[pos + 1]
        if length != 4:
            raise FeatureParseError(
                f"feature tag 0x{tag:02X} at byte {pos} has length {length}; "
                "PC/SC part 10 control codes are 4 bytes"
            )
        if pos + 2 + length > len(data):
            raise FeatureParseError(
                f"feature tag 0x{tag:02X} at byte {pos} needs {length} bytes but "
                f"only {len(data) - pos - 2} follow"
            )
        if tag == 0:
            raise FeatureParseError(f"feature tag 0x00 at byte {pos} is not defined")
        # Keep the first code if a driver repeats a tag.
        codes.setdefault(tag, int.from_bytes(data[pos + 2 : pos + 6], "big"))
        pos += 2 + length
    return ReaderFeatures(codes)
