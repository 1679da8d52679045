"""`kiosk documents stick-helper`: the root helper that mounts exFAT sticks.

Started by systemd (buergerterminal-stickhelper.socket); by hand or in tests
with `--socket` (and `--devices`/`--mount-dir` instead of a config).
"""

from __future__ import annotations

import argparse
import grp
import os
import signal
import sys
from pathlib import Path
from types import FrameType

from kiosk import config

DEFAULT_CONFIG = "/etc/buergerterminal/station.toml"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    documents = sub.add_parser("documents", help="scanning and USB sticks")
    documents_sub = documents.add_subparsers(dest="documents_command", required=True)
    helper = documents_sub.add_parser(
        "stick-helper",
        help="mount exFAT sticks for the shell (as root, from systemd)",
    )
    helper.add_argument("--config", default=DEFAULT_CONFIG)
    helper.add_argument("--socket", help="Unix socket path (without activation)")
    helper.add_argument("--socket-group", help="the group that may connect")
    helper.add_argument("--devices", help="the stick glob (instead of the config)")
    helper.add_argument("--mount-dir", help="the mount folder (instead of the config)")
    helper.set_defaults(func=stick_helper_command)


def stick_helper_command(args: argparse.Namespace) -> int:
    from kiosk.documents.helper import StickHelper, bind_socket
    from kiosk.unixsock import socket_from_systemd

    if os.geteuid() != 0:
        print("stick helper not started: it must run as root", file=sys.stderr)
        return 2
    try:
        settings = (
            config.DocumentsConfig()
            if args.devices and args.mount_dir and args.socket
            else config.load(Path(args.config)).documents
        )
        listener = socket_from_systemd()
        if listener is None:
            group = None
            if args.socket_group:
                group = grp.getgrnam(args.socket_group).gr_gid
            listener = bind_socket(Path(args.socket or settings.stick_helper), group)
    except (config.ConfigError, KeyError, OSError) as exc:
        print(f"stick helper not started: {exc}", file=sys.stderr)
        return 2

    pattern = args.devices or settings.stick_devices
    mount_root = Path(args.mount_dir or settings.stick_mount_dir)
    helper = StickHelper(pattern, mount_root, listener)

    def stop(signum: int, frame: FrameType | None) -> None:
        helper.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with listener:
        helper.serve_forever()
    return 0
