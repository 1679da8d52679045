"""Test fixtures for the private pcscd and virtual cards (the stack lives in
kiosk.demo.cardreader, which the demo station uses too)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.demo.cardreader import (  # noqa: F401  (re-exported for the tests)
    READERS,
    VICC,
    VPCD_DRIVER,
    PcscDaemon,
    VirtualCard,
    missing_tools,
)

from .tools import require_tool

# One pcscd for the whole run, even when several conftests register the
# fixture (each registration is its own session fixture): libpcsclite reads
# the daemon's socket once per process, so a second daemon would go unseen.
_shared: list[PcscDaemon] = []
_users = [0]


@pytest.fixture(scope="session")
def pcscd_daemon(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    require_tool("pcscd", "unshare", str(VPCD_DRIVER), str(VICC))
    why = missing_tools()  # what is left: root, for the mount namespace
    if why:
        pytest.skip(f"no private pcscd: {why}")
    if not _shared:
        daemon = PcscDaemon(tmp_path_factory.mktemp("pcscd"))
        os.environ.update(daemon.env)  # before libpcsclite's first call
        daemon.start()
        _shared.append(daemon)
    _users[0] += 1
    try:
        yield _shared[0]
    finally:
        _users[0] -= 1
        if not _users[0]:
            _shared.pop().close()


@pytest.fixture
def pcscd(pcscd_daemon: PcscDaemon):  # type: ignore[no-untyped-def]
    """The session's pcscd, running (a test before may have stopped it)."""
    pcscd_daemon.start()
    yield pcscd_daemon
    pcscd_daemon.start()


@pytest.fixture
def card(pcscd: PcscDaemon, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A virtual ISO 7816 card for slot 0, not inserted yet."""
    virtual = VirtualCard(pcscd.port, tmp_path)
    yield virtual
    virtual.remove()
