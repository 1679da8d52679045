"""usbguard policy: keyboards, mice, card readers and hubs; storage only on request."""

from __future__ import annotations

import re
from pathlib import Path

USBGUARD = Path(__file__).resolve().parents[2] / "deploy" / "usbguard"
RULE = re.compile(r"^allow with-interface match-all \{ ((?:[0-9a-f]{2}:\*:\* ?)+)\}$")
REJECT = re.compile(r"^reject with-interface all-of \{ ((?:[0-9a-f]{2}:\*:\* ?)+)\}$")


def classes(path: Path, rule: re.Pattern[str] = RULE) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or (rule is RULE and REJECT.match(line)):
            continue
        if rule is REJECT and not line.startswith("reject"):
            continue
        match = rule.match(line)
        assert match, f"{path.name}: unexpected rule {line!r}"
        out.add(frozenset(c.split(":")[0] for c in match.group(1).split()))
    return out


def test_default_policy_allows_only_input_readers_and_hubs() -> None:
    allowed = set().union(*classes(USBGUARD / "rules.conf"))
    assert allowed == {"03", "0b", "09"}  # HID, CCID (smart card), hub
    assert "08" not in allowed  # mass storage


def test_storage_rules_allow_only_storage() -> None:
    assert classes(USBGUARD / "rules-usb-storage.conf") == {frozenset({"08"})}


def test_storage_rules_reject_a_stick_that_is_also_a_keyboard() -> None:
    rejected = classes(USBGUARD / "rules-usb-storage.conf", REJECT)
    assert frozenset({"08", "03"}) in rejected  # BadUSB: storage + HID
    assert frozenset({"08", "02"}) in rejected  # storage + network (CDC)
    # rejects come first: the first matching rule wins
    lines = [
        line
        for line in (USBGUARD / "rules-usb-storage.conf").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert lines[-1].startswith("allow") and all(
        line.startswith("reject") for line in lines[:-1]
    )


def test_scanner_printer_rules_allow_no_hid_and_no_vendor_class() -> None:
    allowed = set().union(*classes(USBGUARD / "rules-scanner-printer.conf"))
    assert allowed == {"06", "07", "08"}


# usbguard itself stays off developer and CI machines (it would block their USB
# devices), so usbguard-rule-parser checks the rules inside the station's
# Debian root: test_debootstrap_install.py::test_usbguard_parses_the_rules.
