"""The fleet the fleet page's tests sign in to: two offices, two accounts."""

from __future__ import annotations

from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.collector.fleetdb import FleetDB
from kiosk.usage.collector.web import hash_password

PASSWORD = "correct horse battery"


def two_offices(db: CollectorDB) -> dict[str, str]:
    """Stations lobeda-1 and winzerla-2 in their offices, the IT account
    it-admin and Lobeda's read-only lobeda-staff (both PASSWORD); returns
    each station's token."""
    fleet = FleetDB(db.engine)
    tokens = {}
    for sid, office in (("lobeda-1", "lobeda"), ("winzerla-2", "winzerla")):
        tokens[sid] = db.create_token("station", station_id=sid)[1]
        fleet.set_office(sid, office)
    fleet.create_account("it-admin", hash_password(PASSWORD), "it", None)
    fleet.create_account("lobeda-staff", hash_password(PASSWORD), "office", "lobeda")
    return tokens
