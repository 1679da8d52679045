"""`kiosk cardreader status`: readers, cards and PIN-pad features, for staff and IT.

Prints reader names, "contact"/"contactless" and feature flags only; never an
ATR or anything read from a card.
"""

from __future__ import annotations

import argparse
import sys

from kiosk.cardreader.atr import classify_atr
from kiosk.cardreader.errors import CardReaderError, PcscError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("cardreader", help="card readers and the eID client")
    commands = group.add_subparsers(dest="cardreader_command", required=True)
    status = commands.add_parser("status", help="list readers, cards and PIN pads")
    status.set_defaults(func=_status)


def _status(args: argparse.Namespace) -> int:
    from kiosk.cardreader import pcsc_api as p

    try:
        api = p.ScardApi()
        context = api.establish()
    except PcscError as exc:
        print(f"card service (pcscd) not reachable: {exc}", file=sys.stderr)
        return 2
    try:
        readers = api.list_readers(context)
        if not readers:
            print("no card reader connected")
            return 1
        states = api.get_status_change(context, 0, [(r, 0) for r in readers])
    finally:
        api.release(context)
    for name, event, atr in states:
        card = "no card"
        if event & 0x20:
            card = f"{classify_atr(atr).value} card present"
        try:
            features = api.read_features(name)
            pad = (
                "PIN pad with PACE"
                if features.execute_pace
                else ("PIN pad" if features.pin_pad else "no PIN pad")
            )
        except CardReaderError:
            pad = "features unknown"
        print(f"{name}: {card}; {pad}")
    return 0
