"""`kiosk`: one entry point with subcommands.

Each package that owns a command group adds it here with one `add_parser`
call, so `kiosk --help` lists everything a staff member or IT admin can run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import __version__, config
from kiosk import log as klog
from kiosk.cardreader import cli as cardreader_cli
from kiosk.doctor import cli as doctor_cli
from kiosk.documents import cli as documents_cli
from kiosk.printing import cli as printing_cli
from kiosk.staff import cli as staff_cli
from kiosk.usage import cli as usage_cli

Command = Callable[[argparse.Namespace], int]


def _config_check(args: argparse.Namespace) -> int:
    try:
        cfg = config.load(args.file)
    except config.ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    for message in cfg.deprecations():
        print(f"{args.file}: warning: {message}", file=sys.stderr)
    print(
        f"{args.file}: ok — station {cfg.station.id!r}, "
        f"{len(cfg.services)} service(s), languages {', '.join(cfg.station.languages)}"
    )
    return 0


def _run(args: argparse.Namespace) -> int:
    from kiosk.shell import app

    return app.run_station(
        Path(args.config),
        allow_no_sandbox=args.allow_no_sandbox,
        json_logging=args.json_logging,
    )


def _demo(args: argparse.Namespace) -> int:
    try:
        from kiosk.demo import run
    except ModuleNotFoundError:
        print(
            "kiosk demo: the demo is not installed here (a station does not "
            "carry it); run `make demo` in a checkout of the repository",
            file=sys.stderr,
        )
        return 2

    return run.main(
        headless=args.headless, screenshots=args.screenshots, language=args.language
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Bürgerterminal, the public-terminal kiosk shell."
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--json-logging", action="store_true", help="log one JSON object per line"
    )
    parser.add_argument("--log-level", default="info")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the station shell (production)")
    run.add_argument(
        "--config",
        default="/etc/buergerterminal/station.toml",
        help="the station config (default: %(default)s)",
    )
    run.add_argument(
        "--allow-no-sandbox",
        action="store_true",
        help="only for tests and the demo: accept a disabled Chromium sandbox",
    )
    run.set_defaults(func=_run)

    demo = sub.add_parser("demo", help="the shell with demo services on loopback")
    demo.add_argument(
        "--headless",
        action="store_true",
        help="no display needed: run under Xvfb and write screenshots",
    )
    demo.add_argument(
        "--screenshots",
        default="demo-screenshots",
        help="folder for the headless screenshots (default: %(default)s)",
    )
    demo.add_argument(
        "--language",
        default="en",
        choices=list(config.LANGUAGES),
        help="the language the headless tour picks on Welcome (default: %(default)s)",
    )
    demo.set_defaults(func=_demo)

    cfg = sub.add_parser("config", help="station config tools")
    cfg_sub = cfg.add_subparsers(dest="config_command", required=True)
    check = cfg_sub.add_parser("check", help="validate a station config file")
    check.add_argument("file", type=Path)
    check.set_defaults(func=_config_check)
    cardreader_cli.add_parser(sub)
    staff_cli.add_parser(sub)
    doctor_cli.add_parser(sub)
    usage_cli.add_parser(sub)
    printing_cli.add_parser(sub)
    documents_cli.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    klog.setup(args.log_level, json_lines=args.json_logging)
    func: Command = args.func
    return func(args)


if __name__ == "__main__":
    sys.exit(main())
