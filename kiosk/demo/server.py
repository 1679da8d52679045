"""Moved to kiosk.daemons.loopback; this name stays only until
tests/helpers/station.py (being reworked for the typed Station) imports it
from there. Do not use it in new code."""

from kiosk.daemons.loopback import Handler, LocalServer, Request, Response

__all__ = ["Handler", "LocalServer", "Request", "Response"]
