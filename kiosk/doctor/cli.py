"""`kiosk doctor`: the table for IT; exit status 1 when a resident would notice."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

DEFAULT_CONFIG = "/etc/buergerterminal/station.toml"


def _doctor(args: argparse.Namespace) -> int:
    from kiosk import config
    from kiosk.doctor import runner

    path = Path(args.config)
    try:
        eid_command = config.load(path).eid.command
    except config.ConfigError:
        eid_command = ""  # the config row reports it
    report = runner.run_checks(
        path,
        runner.real_probes(eid_command, ca_file=args.ca_file),
        env=os.environ,
        argv=sys.argv,
        uid=os.geteuid(),
    )
    print(report.to_json() if args.json else report.table())
    return report.exit_status


def add_parser(sub: Any) -> None:
    """Add `kiosk doctor` to the `kiosk` subcommands."""
    doctor = sub.add_parser(
        "doctor",
        help="check this station: config, card reader, eID, printer, sandbox …",
        description="Run every check and print one table with a verdict and a fix "
        "for each. Exit status 1 when something a resident needs is broken. "
        "Run it as the kiosk user (sudo -u kiosk kiosk doctor); as root it also "
        "checks the collector token, which only root can decrypt.",
    )
    doctor.add_argument(
        "--config",
        default=DEFAULT_CONFIG,
        help="the station config (default: %(default)s)",
    )
    doctor.add_argument(
        "--ca-file",
        help="CA bundle for the collector's certificate (as for kiosk usage sync)",
    )
    doctor.add_argument("--json", action="store_true", help="print JSON, not a table")
    doctor.set_defaults(func=_doctor)
