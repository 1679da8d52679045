"""End to end: the real `kiosk usage sync` and `kiosk usage heartbeat` commands
→ a real collector process (HTTPS) on a real PostgreSQL → the fleet page, and
alert mail to a real SMTP server (aiosmtpd, STARTTLS): once when the station
goes out of service, once when staff put it back."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.tls import CertFiles, make_certs

from kiosk.daemons.collector import CollectorProcess
from kiosk.usage import stationstate
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.collector.fleetdb import FleetDB
from kiosk.usage.collector.web import hash_password

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def tls_certs(tmp_path_factory: pytest.TempPathFactory) -> CertFiles:
    return make_certs(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def fleet(
    postgres_url: str, tmp_path: Path, tls_certs: CertFiles, mail_sink: Any
) -> Iterator[dict[str, Any]]:
    db = CollectorDB.open(postgres_url)
    _, token = db.create_token("station", station_id="winzerla-2")
    fleetdb = FleetDB(db.engine)
    fleetdb.set_office("winzerla-2", "winzerla")
    fleetdb.create_account("it-admin", hash_password(PASSWORD), "it", None)
    config = tmp_path / "collector.toml"
    config.write_text(
        "[alerts]\ncheck_seconds = 0.3\nsilent_minutes = 0\n"
        "out_of_service_minutes = 0\nclock_unsynchronised = false\n"
        "disk_free_below_percent = 0\n"
        'recipients = ["it-fleet@example.org"]\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {mail_sink.port}\ntls = "starttls"\n'
        f'sender = "fleet@example.org"\nca_file = "{tls_certs.ca_file}"\n'
        '[offices.winzerla]\nname = "Bürgerbüro Winzerla"\n'
        'recipients = ["winzerla@example.org"]\n'
    )
    proc = CollectorProcess(postgres_url, tls=tls_certs, config=config)
    proc.start()
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "buergerterminal-usage").write_text(token + "\n")
    counters = tmp_path / "usage" / "usage.sqlite"
    station = tmp_path / "station.toml"
    station.write_text(
        '[station]\nid = "winzerla-2"\nname = "Winzerla 2"\n'
        '[[services]]\nid = "jobs"\ntitle = { de = "Jobs" }\n'
        'start_url = "https://www.example.org/"\n'
        'allowed_origins = ["https://www.example.org"]\n'
        f'[usage]\ndatabase = "{counters}"\ncollector_url = "{proc.url}"\n'
        f'[paths]\nsession_dir = "{tmp_path / "session"}"\n'
        f'state_dir = "{tmp_path / "state"}"\n'
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "CREDENTIALS_DIRECTORY": str(creds),
        "PYTHON_KEYRING_BACKEND": "kiosk.usage.credentials.SystemdCredentialKeyring",
    }
    try:
        yield {
            "proc": proc,
            "station": station,
            "state": stationstate.path_for(counters),
            "env": env,
            "ca": tls_certs.ca_file,
            "mail": mail_sink,
        }
    finally:
        proc.stop()
        db.engine.dispose()


def run(f: dict[str, Any], command: str) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "usage",
            command,
            "--config",
            str(f["station"]),
            "--ca-file",
            str(f["ca"]),
        ],
        env=f["env"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def shell_writes(f: dict[str, Any], **state: Any) -> None:
    """What the shell's StationStateWriter leaves for the sync."""
    stationstate.write(
        f["state"],
        {
            "written_at": datetime.now(UTC).isoformat(),
            "uptime_seconds": 600,
            "card_readers": ["REINER SCT cyberJack RFID komfort"],
            "wipe": {
                "at": datetime.now(UTC).isoformat(),
                "steps": [{"name": "files", "ok": True}],
            },
            "sessions_today": 7,
            **state,
        },
    )


def signed_in(f: dict[str, Any]) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(f["ca"]))
    client = httpx.Client(base_url=f["proc"].url, verify=verify, follow_redirects=True)
    client.get("/fleet/login")
    csrf = client.cookies.get("fleet_csrf")
    r = client.post(
        "/fleet/login",
        data={"csrf": csrf, "name": "it-admin", "password": PASSWORD},
    )
    assert r.status_code == 200 and "Stations" in r.text, r.text
    return client


def test_out_of_service_shows_and_mails_once_then_recovery(
    fleet: dict[str, Any],
) -> None:
    shell_writes(fleet, in_service=True)
    assert "usage sync ok" in run(fleet, "sync")  # counts and the heartbeat
    page = signed_in(fleet)
    try:
        checks(fleet, page)
    finally:
        page.close()


def checks(fleet: dict[str, Any], page: httpx.Client) -> None:
    station = page.get("/fleet/office/winzerla").text
    assert "winzerla-2" in station and "in service" in station

    shell_writes(fleet, in_service=False, out_of_service_reason="staff")
    assert run(fleet, "heartbeat").strip() == "usage heartbeat ok"
    overview = page.get("/fleet").text
    assert "out of service: set by staff" in overview
    mails = fleet["mail"].wait_for(1)
    assert len(mails) == 1
    to, msg = mails[0]
    assert sorted(to) == ["it-fleet@example.org", "winzerla@example.org"]
    assert "winzerla-2: out of service" in msg["Subject"]
    assert "Bürgerbüro Winzerla" in msg.get_payload(decode=True).decode()
    time.sleep(1.0)  # three more checks, the same incident: no second mail
    assert run(fleet, "heartbeat").strip() == "usage heartbeat ok"
    time.sleep(0.5)
    assert len(fleet["mail"].messages) == 1
    assert "out of service" in page.get("/fleet/incidents").text

    shell_writes(fleet, in_service=True)  # staff put it back
    run(fleet, "heartbeat")
    mails = fleet["mail"].wait_for(2)
    assert len(mails) == 2
    assert mails[1][1]["Subject"].startswith("[Bürgerterminal] resolved: winzerla-2")
    detail = page.get("/fleet/station/winzerla-2").text
    assert "REINER SCT" in detail and "resolved" in detail
    time.sleep(0.7)
    assert len(fleet["mail"].messages) == 2
