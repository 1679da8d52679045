"""`kiosk staff …`: set the PIN, run the verifier, ask its status.

No command here prints or logs a PIN.
"""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from kiosk import config
from kiosk.staff import pin as pinlib
from kiosk.staff.errors import PinRuleError, StaffError
from kiosk.staff.lockout import LockoutPolicy

DEFAULT_CONFIG = "/etc/buergerterminal/station.toml"

ReadSecret = Callable[[str], str]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    staff = sub.add_parser("staff", help="staff PIN and the PIN verifier")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--config",
            default=DEFAULT_CONFIG,
            help="station config for the socket and state paths "
            "(default: %(default)s; not needed with --socket/--state-dir)",
        )

    set_pin = staff_sub.add_parser(
        "set-pin", help="set the staff PIN (asks twice, shows nothing)"
    )
    common(set_pin)
    set_pin.add_argument("--state-dir", help="the verifier's state directory")
    set_pin.add_argument(
        "--stdin",
        action="store_true",
        help="read the PIN once from standard input (for provisioning scripts)",
    )
    set_pin.set_defaults(func=set_pin_command)

    verifier = staff_sub.add_parser(
        "verifier", help="run the PIN verifier (as its own user, from systemd)"
    )
    common(verifier)
    verifier.add_argument("--socket", help="Unix socket path (without activation)")
    verifier.add_argument("--state-dir", help="the verifier's state directory")
    defaults = LockoutPolicy()
    for name, kind in (
        ("free-attempts", int),
        ("first-delay", float),
        ("max-delay", float),
        ("lockout-after", int),
        ("lockout-seconds", float),
    ):
        verifier.add_argument(
            f"--{name}",
            type=kind,
            default=getattr(defaults, name.replace("-", "_")),
            help="lockout policy (default: %(default)s)",
        )
    verifier.set_defaults(func=verifier_command)

    status = staff_sub.add_parser(
        "status", help="ask the verifier whether a PIN may be tried now"
    )
    common(status)
    status.add_argument("--socket", help="Unix socket path")
    status.set_defaults(func=status_command)


def _staff_config(args: argparse.Namespace) -> config.StaffConfig:
    if Path(args.config).exists() or args.config != DEFAULT_CONFIG:
        return config.load(args.config).staff
    return config.StaffConfig()


def set_pin_command(
    args: argparse.Namespace, read_secret: ReadSecret = getpass.getpass
) -> int:
    from kiosk.staff.store import PinStore

    try:
        state_dir = args.state_dir or _staff_config(args).pin_state_dir
        store = PinStore(state_dir)
        store.check_dir()
        if args.stdin:
            pin = sys.stdin.readline().strip()
        else:
            pin = read_secret(f"New staff PIN ({pinlib.MIN_DIGITS}+ digits): ")
            if pin != read_secret("The same PIN again: "):
                print("The two PINs differ; nothing was changed.", file=sys.stderr)
                return 1
        record = pinlib.hash_pin(pin)
        del pin
        store.save_record(record)
        _hand_to_dir_owner(Path(state_dir))
    except PinRuleError as exc:
        print(f"PIN not set: {exc}.", file=sys.stderr)
        return 1
    except (StaffError, config.ConfigError) as exc:
        print(f"PIN not set: {exc}", file=sys.stderr)
        return 2
    print("Staff PIN set; the failure counter starts at zero.")
    return 0


def _hand_to_dir_owner(state_dir: Path) -> None:
    """Run as root, set-pin leaves the files to the verifier's user."""
    if os.geteuid() != 0:
        return
    owner = state_dir.stat()
    for child in state_dir.iterdir():
        os.chown(child, owner.st_uid, owner.st_gid)


def verifier_command(args: argparse.Namespace) -> int:
    from kiosk.staff.store import PinStore
    from kiosk.staff.verifier import (
        PinService,
        VerifierServer,
        bind_socket,
    )
    from kiosk.unixsock import socket_from_systemd

    try:
        policy = LockoutPolicy(
            free_attempts=args.free_attempts,
            first_delay=args.first_delay,
            max_delay=args.max_delay,
            lockout_after=args.lockout_after,
            lockout_seconds=args.lockout_seconds,
        )
        staff_cfg = (
            config.StaffConfig()
            if args.socket and args.state_dir
            else _staff_config(args)
        )
        store = PinStore(args.state_dir or staff_cfg.pin_state_dir)
        store.check_dir()
        listener = socket_from_systemd()
        bound: Path | None = None
        if listener is None:
            bound = Path(args.socket or staff_cfg.verifier_socket)
            listener = bind_socket(bound)
    except (StaffError, config.ConfigError, ValueError) as exc:
        print(f"verifier not started: {exc}", file=sys.stderr)
        return 2

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        VerifierServer(PinService(store, policy), listener).serve_forever()
    finally:
        listener.close()
        if bound is not None:
            bound.unlink(missing_ok=True)
    return 0


def status_command(args: argparse.Namespace) -> int:
    from kiosk.staff.client import SocketPinVerifier

    try:
        path = args.socket or _staff_config(args).verifier_socket
        reply = SocketPinVerifier(path).status()
    except (StaffError, config.ConfigError) as exc:
        print(exc, file=sys.stderr)
        return 2
    print(reply.kind.value, f"{reply.seconds:.0f} s" if reply.seconds else "")
    return 0
