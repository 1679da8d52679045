"""Fixtures shared by the whole suite; daemons are started and stopped by PID."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.daemons.loopback import LocalServer

TESTS = Path(__file__).resolve().parent.parent


def _test_site() -> Iterator[LocalServer]:
    from helpers.testsite import install_test_routes

    server = LocalServer()
    install_test_routes(server)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """A fresh loopback server per test; routes are added by the test or helpers."""
    yield from _test_site()


@pytest.fixture
def other_port() -> Iterator[LocalServer]:
    """A second test site on another port of the same hosts: another origin,
    which the policy must keep pages from reaching (its log is the oracle)."""
    yield from _test_site()
