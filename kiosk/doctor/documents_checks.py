"""Checks for scanning and USB sticks: the scanner, the stick set-up, usbguard.

Pure: the probes (kiosk.doctor.probes.documents) do the talking. usbguard
not running only warns (like the collector: residents can still work, IT
must look); rules that contradict the config fail. usbguard's
rules are judged as text: a station that offers sticks must reject a stick
that is also a keyboard (HID) and allow pure storage; one that offers none
must not allow storage at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Protocol

from kiosk.doctor import ProbeFailed
from kiosk.doctor.report import CheckResult, Verdict


class ScannerProbe(Protocol):
    def describe(self, device: str) -> str:
        """Open and close the SANE device; its vendor and model. ProbeFailed if not."""
        ...


@dataclass(frozen=True)
class UsbguardState:
    active: bool  # the daemon runs (systemctl is-active usbguard)
    rules: tuple[str, ...]  # the rule lines in force (files under rules.d)


class UsbguardProbe(Protocol):
    def state(self) -> UsbguardState: ...


def check_scanner(probe: ScannerProbe, device: str) -> CheckResult:
    name = "scanner"
    if device == "none":
        return CheckResult(name, Verdict.SKIP, 'documents.scanner is "none"')
    try:
        found = probe.describe(device)
    except ProbeFailed as exc:
        return CheckResult(
            name,
            Verdict.FAIL,
            f"{device!r} does not answer: {exc}",
            "check cable and power; `scanimage -L` lists the device names "
            "(network scanners: sane-airscan, /etc/sane.d/airscan.conf); the "
            "shell's user must be in group scanner",
        )
    return CheckResult(name, Verdict.OK, f"{device}: {found}")


def check_sticks(
    stick_devices: str, mount_dir: str, session_dir: str, exfat_helper: bool
) -> CheckResult:
    name = "USB sticks"
    if stick_devices == "none":
        return CheckResult(name, Verdict.SKIP, 'documents.stick_devices is "none"')
    mount, session = PurePosixPath(mount_dir), PurePosixPath(session_dir)
    if mount == session or session in mount.parents:
        return CheckResult(
            name,
            Verdict.FAIL,
            f"stick_mount_dir {mount_dir} is inside the session folder: the "
            "wipe would delete the resident's files on the stick",
            "set [documents] stick_mount_dir outside paths.session_dir, "
            'e.g. "/run/buergerterminal/stick"',
        )
    if not exfat_helper:
        return CheckResult(
            name,
            Verdict.WARN,
            "FAT sticks work; exFAT sticks cannot be read (no mount.exfat-fuse, "
            "or no stick helper socket for a shell that is not root)",
            "apt install exfat-fuse fuse3; systemctl enable --now "
            "buergerterminal-stickhelper.socket (deploy/install.sh does both)",
        )
    return CheckResult(name, Verdict.OK, f"FAT and exFAT, found at {stick_devices}")


_SPACES = re.compile(r"\s+")


def _norm(rule: str) -> str:
    return _SPACES.sub(" ", rule.split("#", 1)[0]).strip()


STORAGE_ONLY = "allow with-interface match-all { 08:*:* }"
STORAGE_WITH_HID = ("reject", "block")


def _rejects_storage_with_hid(rule: str) -> bool:
    target = rule.split(" ", 1)[0]
    return (
        target in STORAGE_WITH_HID
        and "with-interface all-of {" in rule
        and "08:*:*" in rule
        and "03:*:*" in rule
    )


def _allows_storage(rule: str) -> bool:
    return rule.startswith("allow") and "08:" in rule


def check_usbguard(probe: UsbguardProbe, sticks_offered: bool) -> CheckResult:
    name = "usbguard"
    try:
        state = probe.state()
    except ProbeFailed as exc:
        return CheckResult(
            name, Verdict.WARN, f"cannot read the policy: {exc}", "usbguard list-rules"
        )
    if not state.active:
        # A warning like the collector's: residents can work, IT must look.
        return CheckResult(
            name,
            Verdict.WARN,
            "usbguard is not running: every USB device is allowed",
            "systemctl enable --now usbguard",
        )
    rules = [r for r in (_norm(line) for line in state.rules) if r]
    storage = [i for i, r in enumerate(rules) if _allows_storage(r)]
    bad_usb = [i for i, r in enumerate(rules) if _rejects_storage_with_hid(r)]
    if not sticks_offered:
        if storage:
            return CheckResult(
                name,
                Verdict.FAIL,
                "USB storage is allowed but the station offers no sticks",
                "remove /etc/usbguard/rules.d/60-usb-storage.conf "
                "(install.sh without --usb-storage)",
            )
        return CheckResult(name, Verdict.OK, f"{len(rules)} rules; USB storage blocked")
    if STORAGE_ONLY not in rules:
        return CheckResult(
            name,
            Verdict.FAIL,
            "USB sticks are offered but usbguard does not allow pure storage",
            "install.sh --usb-storage (deploy/usbguard/rules-usb-storage.conf)",
        )
    if not bad_usb or min(bad_usb) > min(storage):
        return CheckResult(
            name,
            Verdict.FAIL,
            "a stick that also is a keyboard (HID) is not rejected before "
            "storage is allowed",
            "deploy/usbguard/rules-usb-storage.conf: its reject rules come first",
        )
    return CheckResult(
        name,
        Verdict.OK,
        f"{len(rules)} rules; storage-only sticks allowed, storage + HID rejected",
    )


def rules_from_files(texts: Sequence[str]) -> tuple[str, ...]:
    """The rule lines of rules.d files, in the order usbguard reads them."""
    return tuple(
        line for text in texts for line in (_norm(x) for x in text.splitlines()) if line
    )
