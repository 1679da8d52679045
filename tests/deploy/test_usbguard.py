"""usbguard policy: keyboards, mice, card readers and hubs; storage only on request."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

USBGUARD = Path(__file__).resolve().parents[2] / "deploy" / "usbguard"
RULE = re.compile(r"^allow with-interface match-all \{ ((?:[0-9a-f]{2}:\*:\* ?)+)\}$")


def classes(path: Path) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = RULE.match(line)
        assert match, f"{path.name}: unexpected rule {line!r}"
        out.add(frozenset(c.split(":")[0] for c in match.group(1).split()))
    return out


def test_default_policy_allows_only_input_readers_and_hubs() -> None:
    allowed = set().union(*classes(USBGUARD / "rules.conf"))
    assert allowed == {"03", "0b", "09"}  # HID, CCID (smart card), hub
    assert "08" not in allowed  # mass storage


def test_storage_rules_allow_only_storage() -> None:
    assert classes(USBGUARD / "rules-usb-storage.conf") == {frozenset({"08"})}


@pytest.mark.skipif(
    not shutil.which("usbguard-rule-parser"),
    reason="usbguard is not in deploy/packages.txt (it would block USB devices on "
    "developer machines); test_debootstrap_install.py parses the rules in the "
    "station's root instead",
)
@pytest.mark.parametrize("name", ["rules.conf", "rules-usb-storage.conf"])
def test_usbguard_parses_the_rules(name: str) -> None:
    for line in (USBGUARD / name).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            subprocess.run(["usbguard-rule-parser", line], check=True)
