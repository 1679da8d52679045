"""The test CA and server certificate (kiosk/daemons/tls.py) as a fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.daemons.tls import CertFiles, make_certs

__all__ = ["CertFiles", "make_certs", "tls_certs"]


@pytest.fixture(scope="session")
def tls_certs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CertFiles]:
    yield make_certs(tmp_path_factory.mktemp("tls"))
