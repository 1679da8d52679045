"""The doctor's collector rows against a real collector (`kiosk usage serve`).

Station, analyst and revoked tokens are made by the collector's own database;
the doctor finds the token where the sync unit puts it
($CREDENTIALS_DIRECTORY/buergerterminal-usage). Nothing the doctor sends is
stored. The systemd-creds path is run for real in the Debian root
(tests/deploy/test_debootstrap_install.py).
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
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from helpers.tools import require_tool

from kiosk.daemons.collector import CollectorProcess
from kiosk.doctor import ProbeFailed, checks
from kiosk.doctor.probes.collector import HttpCollector
from kiosk.doctor.probes.token import StationToken
from kiosk.doctor.report import Verdict
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.credentials import SERVICE

REPO = Path(__file__).resolve().parents[2]
STATION = "doctor-token-test"


@dataclass
class Collector:
    url: str
    db: CollectorDB
    station_token: str
    analyst_token: str
    revoked_token: str


@pytest.fixture(scope="module")
def collector(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collector]:
    db_url = f"sqlite:///{tmp_path_factory.mktemp('collector') / 'c.sqlite'}"
    db = CollectorDB.open(db_url)
    _, station = db.create_token("station", station_id=STATION)
    _, analyst = db.create_token("analyst", label="doctor test")
    revoked_id, revoked = db.create_token("station", station_id=STATION)
    db.revoke_token(revoked_id)
    server = CollectorProcess(db_url)
    server.start()
    try:
        yield Collector(server.url, db, station, analyst, revoked)
    finally:
        server.stop()
        db.engine.dispose()


def credentials(tmp_path: Path, token: str) -> dict[str, str]:
    """What systemd gives a unit with LoadCredentialEncrypted=buergerterminal-usage."""
    folder = tmp_path / "credentials"
    folder.mkdir(mode=0o700)
    (folder / SERVICE).write_text(token + "\n")
    return {"CREDENTIALS_DIRECTORY": str(folder)}


def nothing_stored(db: CollectorDB) -> bool:
    today = date.today()
    return list(db.query(today - timedelta(days=400), today, STATION)) == []


@pytest.mark.parametrize(
    ("which", "verdict", "words"),
    [
        ("station_token", Verdict.OK, "accepted"),
        ("revoked_token", Verdict.FAIL, "unknown or revoked"),
        ("analyst_token", Verdict.FAIL, "no station token"),
    ],
)
def test_token_rows(
    collector: Collector, tmp_path: Path, which: str, verdict: Verdict, words: str
) -> None:
    token = getattr(collector, which)
    tokens = StationToken(tmp_path / "absent.cred", credentials(tmp_path, token))
    with httpx.Client(timeout=10) as client:
        reach, row = checks.check_collector(
            HttpCollector(client), tokens, collector.url
        )
    assert reach.verdict is Verdict.OK
    assert row.verdict is verdict, row
    assert words in row.detail
    assert token not in row.detail + row.fix
    assert nothing_stored(collector.db)


def test_no_token_installed(collector: Collector, tmp_path: Path) -> None:
    tokens = StationToken(tmp_path / "absent.cred", env={})
    with httpx.Client(timeout=10) as client:
        _, row = checks.check_collector(HttpCollector(client), tokens, collector.url)
    assert row.verdict is Verdict.FAIL
    assert "no token installed" in row.detail
    assert "systemd-creds encrypt --name=buergerterminal-usage" in row.fix


def test_a_token_only_root_may_read_is_skipped_not_failed() -> None:
    # As installed: 0600 root. An unprivileged doctor says so instead of failing.
    folder = Path(tempfile.mkdtemp(prefix="kiosk-doctor-token-"))
    try:
        folder.chmod(0o755)
        cred = folder / "usage-token.cred"
        cred.write_text("encrypted")
        cred.chmod(0o600)
        script = (
            "from pathlib import Path\n"
            "from kiosk.doctor import NotPermitted\n"
            "from kiosk.doctor.probes.token import StationToken\n"
            "try:\n"
            f"    StationToken(Path({str(cred)!r}), env={{}}).token()\n"
            "except NotPermitted as exc:\n"
            "    print('refused:', exc)\n"
        )
        drop = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        if os.geteuid() != 0:
            drop = []
        else:
            require_tool("setpriv")
        done = subprocess.run(
            [*drop, sys.executable, "-c", script],
            env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            check=True,
            cwd="/",
        )
        assert done.stdout.strip() == f"refused: {cred} is readable by root only"
    finally:
        shutil.rmtree(folder)


def test_doctor_command_checks_the_token(collector: Collector, tmp_path: Path) -> None:
    config = tmp_path / "station.toml"
    config.write_text(
        f'[station]\nid = "{STATION}"\nname = "Doctor token test"\n\n'
        '[[services]]\nid = "demo"\ntitle = { de = "Demo" }\n'
        'start_url = "https://www.jena.de/"\nallowed_origins = ["https://www.jena.de"]\n\n'
        f'[usage]\ncollector_url = "{collector.url}"\n\n'
        f'[paths]\nsession_dir = "{tmp_path}/session"\nstate_dir = "{tmp_path}/state"\n'
    )
    env = {
        "PATH": os.environ["PATH"],
        "LANG": "C.UTF-8",
        "HOME": str(tmp_path),
        # No pcscd or cupsd here: those rows fail; only the collector's matter.
        "PCSCLITE_CSOCK_NAME": str(tmp_path / "no-pcscd.comm"),
        "CUPS_SERVER": "127.0.0.1:1",
        **credentials(tmp_path, collector.revoked_token),
    }
    done = subprocess.run(
        [
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
        cwd=REPO,
    )
    rows = {c["name"]: c for c in json.loads(done.stdout)["checks"]}
    assert rows["usage collector"]["verdict"] == "ok"
    token_row = rows["collector token"]
    assert token_row["verdict"] == "FAIL"
    assert "kiosk usage token create" in token_row["fix"]
    assert collector.revoked_token not in done.stdout + done.stderr


def test_a_private_ca_is_named_and_then_trusted(tmp_path: Path) -> None:
    from helpers.tls import make_certs

    from kiosk.doctor.runner import real_probes

    certs = make_certs(tmp_path)
    db_url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    CollectorDB.open(db_url).engine.dispose()
    server = CollectorProcess(db_url, tls=certs)
    url = server.url
    trusted = real_probes("", ca_file=str(certs.ca_file)).collector
    untrusted = real_probes("").collector
    assert isinstance(trusted, HttpCollector) and isinstance(untrusted, HttpCollector)
    try:
        server.start()
        assert trusted.status(f"{url}/healthz") == 200
        with pytest.raises(ProbeFailed, match=r"not trusted .*--ca-file") as caught:
            untrusted.status(url)
        assert str(caught.value).startswith(f"{url}: ")
    finally:
        trusted.close()
        untrusted.close()
        server.stop()
