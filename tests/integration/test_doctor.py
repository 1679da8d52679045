"""`kiosk doctor` against the real stack: private pcscd, cupsd + ippeveprinter,
AusweisApp and the real collector (`kiosk usage serve`) with a station token.
The doctor runs as the real command, as an unprivileged user (nobody), the way
IT runs it on a station; it finds the token where the sync unit's systemd
credential puts it ($CREDENTIALS_DIRECTORY).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.daemons.collector import CollectorProcess
from kiosk.daemons.pcsc import VPCD_DRIVER, PcscDaemon
from kiosk.daemons.printer import PrintStack
from kiosk.daemons.stickhelper import StickHelperProcess
from kiosk.usage.collector.db import CollectorDB

pytestmark = [
    pytest.mark.pcscd,
    pytest.mark.cups,
    pytest.mark.slow,
    pytest.mark.needs_tool("setpriv", "pcscd", "unshare", str(VPCD_DRIVER)),
    pytest.mark.skipif(
        os.geteuid() != 0,
        reason="starts pcscd in a mount namespace and drops to nobody: needs root",
    ),
]

CONFIG = """
[station]
id = "doctor-test"
name = "Doctor test"

[[services]]
id = "demo"
title = {{ de = "Demo" }}
start_url = "https://www.jena.de/"
allowed_origins = ["https://www.jena.de"]

[printing]
queue = "kiosk"

[usage]
collector_url = "{collector}"

[paths]
session_dir = "{state}/session"
state_dir = "{state}/state"
"""


@dataclass
class Collector:
    server: CollectorProcess
    credentials: Path  # a folder like systemd's $CREDENTIALS_DIRECTORY

    @property
    def url(self) -> str:
        return self.server.url

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture(scope="module")
def collector() -> Iterator[Collector]:
    root = Path(tempfile.mkdtemp(prefix="kiosk-doctor-collector-"))
    os.chmod(root, 0o755)  # nobody reads the token in credentials/
    db_url = f"sqlite:///{root / 'collector.sqlite'}"
    db = CollectorDB.open(db_url)
    _, token = db.create_token("station", station_id="doctor-test")
    db.engine.dispose()
    (root / "credentials").mkdir(mode=0o755)
    (root / "credentials" / "buergerterminal-usage").write_text(token)
    server = Collector(CollectorProcess(db_url), root / "credentials")
    try:
        server.server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def station(collector: Collector) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="kiosk-doctor-"))
    os.chmod(root, 0o755)
    (root / "station.toml").write_text(
        CONFIG.format(collector=collector.url, state=root)
    )
    yield root / "station.toml"
    shutil.rmtree(root, ignore_errors=True)


def doctor(
    config: Path, pcscd: PcscDaemon, printer: PrintStack, collector: Collector
) -> dict[str, object]:
    env = {
        "PATH": os.environ["PATH"],
        "LANG": "C.UTF-8",
        "HOME": "/nonexistent",
        "CUPS_SERVER": f"127.0.0.1:{printer.cups_port}",
        "CREDENTIALS_DIRECTORY": str(collector.credentials),
        **pcscd.env,
    }
    done = subprocess.run(
        [
            "setpriv",
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            sys.executable,
            "-m",
            "kiosk.cli",
            "doctor",
            "--json",
            "--config",
            str(config),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    data: dict[str, object] = json.loads(done.stdout)
    assert data["exit_status"] == done.returncode, done.stderr
    return data


def rows(data: dict[str, object]) -> dict[str, dict[str, str]]:
    checks = data["checks"]
    assert isinstance(checks, list)
    return {c["name"]: c for c in checks}


def test_everything_passes_on_a_healthy_stack(
    station: Path,
    pcscd: PcscDaemon,
    printer: PrintStack,
    collector: Collector,
    stick_helper: StickHelperProcess,
) -> None:
    # The doctor runs as nobody, as the shell is no root: exFAT sticks need
    # the stick helper's socket (systemd's on a station; a real helper here).
    healthy = station.with_name("healthy.toml")
    healthy.write_text(
        station.read_text()
        + f'\n[documents]\nstick_devices = "{stick_helper.devices}"\n'
        + f'stick_mount_dir = "{stick_helper.mount_dir}"\n'
        + f'stick_helper = "{stick_helper.socket}"\n'
    )
    data = doctor(healthy, pcscd, printer, collector)
    got = rows(data)
    assert data["exit_status"] == 0
    for name, row in got.items():
        if name in ("clock", "usbguard"):
            # This machine's kernel clock is not NTP-synchronised, and usbguard
            # stays off developer machines; both only warn.
            assert row["verdict"] in ("ok", "warn")
        elif name == "scanner":
            assert row["verdict"] == "skip"  # the config names none
        else:
            assert row["verdict"] == "ok", (name, row)
    assert "Virtual PCD" in got["card readers"]["detail"]
    assert "AusweisApp" in got["eID client"]["detail"]
    assert got["collector token"]["detail"] == "accepted (station token)"


def test_pcscd_stopped(
    station: Path, pcscd: PcscDaemon, printer: PrintStack, collector: Collector
) -> None:
    pcscd.stop()
    try:
        data = doctor(station, pcscd, printer, collector)
    finally:
        pcscd.start()
    row = rows(data)["card readers"]
    assert row["verdict"] == "FAIL"
    assert "pcscd" in row["fix"]
    assert data["exit_status"] == 1


def test_cups_stopped(
    station: Path, pcscd: PcscDaemon, printer: PrintStack, collector: Collector
) -> None:
    printer.stop_cupsd()
    try:
        data = doctor(station, pcscd, printer, collector)
    finally:
        printer.start_cupsd()
    row = rows(data)["print queue"]
    assert row["verdict"] == "FAIL"
    assert "cups" in row["fix"]
    assert data["exit_status"] == 1


def test_collector_down(
    station: Path, pcscd: PcscDaemon, printer: PrintStack, collector: Collector
) -> None:
    collector.stop()
    data = doctor(station, pcscd, printer, collector)
    row = rows(data)["usage collector"]
    assert row["verdict"] == "FAIL"
    assert "collector_url" in row["fix"]
    # Residents do not notice a late sync: the station stays usable.
    assert data["exit_status"] == 0
