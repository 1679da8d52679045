"""PIN rules and the slow hash (scrypt), compared in constant time.

Pure: hashlib, hmac and secrets only. The stored record is one ASCII line::

    scrypt$<n>$<r>$<p>$<salt hex>$<digest hex>
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
from dataclasses import dataclass

from kiosk.staff.errors import PinRecordError, PinRuleError

MIN_DIGITS = 6
MAX_DIGITS = 12
# n=2**15, r=8 needs 32 MiB; OpenSSL's default cap is exactly that, so raise it.
_N, _R, _P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024
_DIGEST_BYTES = 32


@dataclass(frozen=True)
class PinRecord:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def to_line(self) -> str:
        return (
            f"scrypt${self.n}${self.r}${self.p}${self.salt.hex()}${self.digest.hex()}"
        )

    @classmethod
    def from_line(cls, line: str) -> PinRecord:
        parts = line.strip().split("$")
        if len(parts) != 6 or parts[0] != "scrypt":
            raise PinRecordError("not a 'scrypt$n$r$p$salt$digest' line")
        try:
            n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
            salt, digest = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
        except ValueError:
            raise PinRecordError("bad number or hex in the hash record") from None
        if n < 2**14 or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16:
            raise PinRecordError("scrypt parameters out of range")
        if len(salt) < 16 or len(digest) != _DIGEST_BYTES:
            raise PinRecordError("salt or digest has the wrong length")
        return cls(n, r, p, salt, digest)


def check_rules(pin: str) -> None:
    """Raise PinRuleError unless `pin` is 6 to 12 ASCII digits, not all the same
    and not counting up or down one by one."""
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinRuleError(
            f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits, "
            f"this one has {len(pin)}"
        )
    if not pin.isascii() or not pin.isdigit():
        raise PinRuleError("the PIN must contain digits 0-9 only")
    if len(set(pin)) == 1:
        raise PinRuleError("the PIN must not repeat one digit; choose another")
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        raise PinRuleError(
            "the PIN must not count up or down one by one; choose another"
        )


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=max(_MAXMEM, 256 * r * n),
        dklen=_DIGEST_BYTES,
    )


def hash_pin(pin: str, *, n: int = _N) -> PinRecord:
    """Check the rules and hash with a fresh random salt."""
    check_rules(pin)
    salt = secrets.token_bytes(16)
    return PinRecord(n, _R, _P, salt, _derive(pin, salt, n, _R, _P))


def matches(pin: str, record: PinRecord) -> bool:
    """Constant-time comparison of the derived digests; any odd input is False."""
    if not pin.isascii() or not pin.isdigit() or len(pin) > MAX_DIGITS:
        # Still spend the hashing time so the answer's timing tells nothing.
        pin = "0" * MIN_DIGITS
        _derive(pin, record.salt, record.n, record.r, record.p)
        return False
    candidate = _derive(pin, record.salt, record.n, record.r, record.p)
    return hmac.compare_digest(candidate, record.digest)
