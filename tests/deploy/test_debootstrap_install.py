"""deploy/install.sh into a debootstrapped Debian 12 root, the way docs/it.md says.

The root comes from tests/deploy/debian-root.sh: debootstrap, the image's and
the station's Debian packages and wheels of the PyPI dependencies, cached under
/var/cache/buergerterminal-test (about 2 minutes once; then reused until a
package list, the dependencies or the script change). It holds nothing the
project makes: every run lays a fresh overlay over it, copies this checkout in
and runs the documented command in a chroot

    deploy/install.sh --config deploy/stations/jena-lobeda.toml --sync-token FILE

with apt as documented and pip pointed at the cached wheels (PIP_NO_INDEX,
PIP_FIND_LINKS) instead of PyPI. Then: users, folders, units (systemd's
verifier inside the root, where cage and the venv exist), what is enabled and
masked, the hardening drop-ins, the encrypted sync token, `kiosk config check`
as root and as the kiosk user, every system library the shell's Qt links
against. A second, offline run (`--no-apt`) with a broken config shows that
install.sh can run again and refuses the config before installing it. Last,
the root is booted with systemd-nspawn and the units run (see "booted").

A cold cache is built by the test itself rather than skipped: the build is
part of what is tested (a package that does not exist fails it), and cold
build plus test take about 3 minutes on 2 cores, within `make test`'s budget.
Warm, the module takes about a minute.

Everything is mounted in a private mount namespace held by one `sleep`
process; stopping it (by PID) takes every mount with it, then the overlay's
folders are removed. The cached root is never written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import unitprocs
from helpers.tools import require_tool
from helpers.unitprocs import UNIT_PROCESSES_SH

import kiosk
from kiosk.daemons.collector import CollectorProcess
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.collector.fleetdb import FleetDB, StationRow

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
BUILDER = Path(__file__).with_name("debian-root.sh")
WHEELS = "/var/cache/buergerterminal-test-wheels"
SRC = "/root/src"  # where mkosi.postinst finds the sources in an image, too
STATION_ID = "jena-lobeda-1"  # deploy/stations/jena-lobeda.toml
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.needs_tool("debootstrap", "unshare", "nsenter"),
    pytest.mark.skipif(os.geteuid() != 0, reason="needs root (builds a Debian root)"),
]


def cached_root() -> Path:
    """The cached Debian root for the current inputs; built first if missing."""
    path = Path(
        subprocess.run(
            ["sh", str(BUILDER), "--path"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    if not (path / "complete").is_file():
        # Cold cache: debootstrap, apt and wheels, about 2 minutes with a near
        # mirror (measured on 2 cores: see docs/it.md). The build is the test's
        # own first step, so a broken package list fails here, loudly.
        done = subprocess.run(
            ["sh", str(BUILDER)], capture_output=True, text=True, timeout=1800
        )
        assert done.returncode == 0, f"building the Debian root failed:\n{done.stderr}"
    return path / "root"


def copy_checkout(dest: Path) -> None:
    """The working tree as a clone has it: no venv, no caches, no .git."""
    skip = {".venv", ".git", "__pycache__", ".mypy_cache", ".ruff_cache", "build"}

    def keep(info: tarfile.TarInfo) -> tarfile.TarInfo | None:
        parts = Path(info.name).parts
        if any(p in skip or p.endswith(".egg-info") for p in parts):
            return None
        return info

    dest.mkdir(parents=True)
    archive = dest.parent / "src.tar"
    with tarfile.open(archive, "w") as tar:
        for child in sorted(REPO.iterdir()):
            tar.add(child, arcname=child.name, filter=keep)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="tar")
    archive.unlink()


@dataclass
class Station:
    """The installed root, seen through the namespace holder's /proc/<pid>/root."""

    holder: subprocess.Popen[str]
    merged: Path
    work: Path
    collector_db: str  # the city's collector (SQLite), which issued `token`
    token: str
    install_log: str = ""

    def path(self, inside: str) -> Path:
        return Path(f"/proc/{self.holder.pid}/root{self.merged}{inside}")

    def run(
        self,
        argv: Sequence[str],
        *,
        user: str | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 600,
    ) -> subprocess.CompletedProcess[str]:
        drop = []
        if user is not None:
            drop = ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups"]
        base = {"PATH": PATH, "HOME": "/root", "LANG": "C.UTF-8", **(env or {})}
        return subprocess.run(
            ["nsenter", f"--target={self.holder.pid}", "--mount", "--"]
            + ["chroot", str(self.merged), "env", "-i"]
            + [f"{k}={v}" for k, v in base.items()]
            + [*drop, *argv],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def install(self, *args: str) -> subprocess.CompletedProcess[str]:
        pip_offline = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": WHEELS}
        return self.run(["sh", f"{SRC}/deploy/install.sh", *args], env=pip_offline)


@pytest.fixture(scope="module")
def station() -> Iterator[Station]:
    lower = cached_root()
    work = Path(tempfile.mkdtemp(prefix="kiosk-debian-", dir="/var/tmp"))
    upper, overlay_work, merged = work / "upper", work / "work", work / "merged"
    for d in (upper, overlay_work, merged):
        d.mkdir()
    (upper / "root").mkdir(mode=0o700)
    copy_checkout(upper / SRC.lstrip("/"))
    # The station token comes from a real collector database, as in a city.
    collector_db = f"sqlite:///{work / 'collector.sqlite'}"
    db = CollectorDB.open(collector_db)
    _, token = db.create_token("station", station_id=STATION_ID)
    db.engine.dispose()
    (upper / "root" / "sync-token").write_text(token + "\n")
    layers = f"lowerdir={lower},upperdir={upper},workdir={overlay_work}"
    script = f"""
        set -e
        mount -t overlay overlay -o {layers} {merged}
        mount -t proc proc {merged}/proc
        mount -t devpts -o newinstance,ptmxmode=0666 devpts {merged}/dev/pts
        mount -t tmpfs tmpfs {merged}/run
        mount -t tmpfs tmpfs {merged}/tmp
        cp /etc/resolv.conf {merged}/etc/resolv.conf
        echo ready
        exec sleep 3600
    """
    holder = subprocess.Popen(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        line = holder.stdout.readline().strip()
        assert line == "ready", f"mounting the root failed: {holder.stderr.read()}"
        station = Station(holder, merged, work, collector_db, token)
        done = station.install(
            "--config",
            f"{SRC}/deploy/stations/jena-lobeda.toml",
            "--sync-token",
            "/root/sync-token",
        )
        station.install_log = done.stdout + done.stderr
        assert done.returncode == 0, station.install_log
        yield station
    finally:
        holder.terminate()
        holder.communicate(timeout=30)  # waits, and closes its pipes
        # The namespace is gone and with it every mount: only plain folders remain.
        shutil.rmtree(work)


def passwd(station: Station) -> dict[str, list[str]]:
    rows = station.path("/etc/passwd").read_text().splitlines()
    return {r.split(":")[0]: r.split(":") for r in rows}


def groups_of(station: Station, user: str) -> set[str]:
    out = set()
    for row in station.path("/etc/group").read_text().splitlines():
        name, _, _, members = row.split(":")
        if user in members.split(","):
            out.add(name)
    return out


def test_the_documented_command_ran_to_the_end(station: Station) -> None:
    assert "install: done." in station.install_log
    assert "install: Debian packages" in station.install_log  # apt ran, as documented


def test_users_exist_without_login(station: Station) -> None:
    users = passwd(station)
    uids = set()
    for name in ("kiosk", "kiosk-sync", "buergerterminal-staffpin"):
        row = users[name]
        assert row[6] == "/usr/sbin/nologin", name
        assert 0 < int(row[2]) < 1000, name  # system users
        uids.add(row[2])
    assert len(uids) == 3  # the shell, the sync and the PIN verifier never share one
    assert {"video", "input", "render", "lpadmin"} <= groups_of(station, "kiosk")
    assert groups_of(station, "kiosk-sync") == {"kiosk"}  # the counter folder


@pytest.mark.parametrize(
    ("folder", "mode", "owner"),
    [
        ("/var/lib/buergerterminal", 0o755, "kiosk"),
        ("/var/lib/buergerterminal/session", 0o700, "kiosk"),
        ("/var/lib/buergerterminal/home", 0o700, "kiosk"),
        ("/var/lib/buergerterminal/state", 0o700, "kiosk"),
        ("/var/lib/buergerterminal/sync", 0o700, "kiosk-sync"),
        ("/var/lib/buergerterminal/usage", 0o770, "kiosk"),
        ("/var/lib/buergerterminal-staffpin", 0o700, "buergerterminal-staffpin"),
        ("/etc/buergerterminal", 0o755, "root"),
    ],
)
def test_folders(station: Station, folder: str, mode: int, owner: str) -> None:
    info = station.path(folder).stat()
    uid = {row[0]: int(row[2]) for row in passwd(station).values()}[owner]
    assert (stat.S_IMODE(info.st_mode), info.st_uid) == (mode, uid)


UNITS = sorted(p.name for p in (DEPLOY / "systemd").iterdir())


@pytest.mark.parametrize("unit", UNITS)
def test_unit_installed_and_verified_inside(station: Station, unit: str) -> None:
    installed = station.path(f"/usr/lib/systemd/system/{unit}")
    assert installed.read_text() == (DEPLOY / "systemd" / unit).read_text()
    # Inside the root every ExecStart= program exists (cage, env, the venv's
    # kiosk), so this is systemd's full verdict on the unit as installed.
    done = station.run(["systemd-analyze", "verify", "--man=no", unit], timeout=60)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


@pytest.mark.parametrize(
    ("unit", "state"),
    [
        ("buergerterminal.service", "enabled"),
        ("pcscd.socket", "enabled"),
        ("cups.service", "enabled"),
        ("usbguard.service", "enabled"),
        ("buergerterminal-sync.timer", "enabled"),
        ("buergerterminal-staffpin.socket", "enabled"),
        ("buergerterminal-stickhelper.socket", "enabled"),
        ("ctrl-alt-del.target", "masked"),
        ("swap.target", "masked"),
    ],
)
def test_enabled_and_masked(station: Station, unit: str, state: str) -> None:
    done = station.run(["systemctl", "is-enabled", unit], timeout=60)
    assert done.stdout.strip() == state, done.stderr


def test_boots_into_the_graphical_target(station: Station) -> None:
    done = station.run(["systemctl", "get-default"], timeout=60)
    assert done.stdout.strip() == "graphical.target"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("hardening/logind.conf.d/buergerterminal.conf", "/etc/systemd/logind.conf.d/"),
        ("hardening/system.conf.d/buergerterminal.conf", "/etc/systemd/system.conf.d/"),
        (
            "hardening/coredump.conf.d/buergerterminal.conf",
            "/etc/systemd/coredump.conf.d/",
        ),
        ("hardening/sysctl.d/90-buergerterminal.conf", "/usr/lib/sysctl.d/"),
        ("usbguard/rules.conf", "/etc/usbguard/rules.d/50-buergerterminal.conf"),
    ],
)
def test_hardening_in_place(station: Station, source: str, target: str) -> None:
    if target.endswith("/"):
        target += Path(source).name
    assert station.path(target).read_text() == (DEPLOY / source).read_text()


@pytest.mark.parametrize(
    "rules", ["rules.conf", "rules-usb-storage.conf", "rules-scanner-printer.conf"]
)
def test_usbguard_parses_the_rules(station: Station, rules: str) -> None:
    # usbguard stays off developer machines; the station has it.
    for line in (DEPLOY / "usbguard" / rules).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            done = station.run(["usbguard-rule-parser", line])
            assert done.returncode == 0, (line, done.stderr)


def test_usb_sticks_stay_blocked_by_default(station: Station) -> None:
    assert not station.path("/etc/usbguard/rules.d/60-usb-storage.conf").exists()


def test_config_installed_and_checked_inside(station: Station) -> None:
    config = "/etc/buergerterminal/station.toml"
    assert (
        station.path(config).read_text()
        == (DEPLOY / "stations" / "jena-lobeda.toml").read_text()
    )
    for user in (None, "kiosk"):  # IT as root, and the shell's own user
        done = station.run(["kiosk", "config", "check", config], user=user)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"{config}: ok — station 'jena-lobeda-1'")


def test_sync_token_is_encrypted_for_root_only(station: Station) -> None:
    cred = station.path("/etc/buergerterminal/usage-token.cred")
    info = cred.stat()
    assert (stat.S_IMODE(info.st_mode), info.st_uid) == (0o600, 0)
    assert station.token.encode() not in cred.read_bytes()
    assert not station.path("/etc/buergerterminal/sync-token").exists()
    # What LoadCredentialEncrypted= in the sync unit will do at start, and
    # what `sudo kiosk doctor` does to check the token with the collector.
    probe = (
        "from kiosk.doctor.probes.token import StationToken; "
        "print(StationToken().token())"
    )
    python = "/opt/buergerterminal/venv/bin/python"
    done = station.run([python, "-c", probe])
    assert (done.returncode, done.stdout.strip()) == (0, station.token), done.stderr
    as_kiosk = station.run([python, "-c", probe], user="kiosk")
    assert "NotPermitted" in as_kiosk.stderr
    assert station.token not in as_kiosk.stdout


def test_a_station_carries_the_shell_but_not_the_citys_collector(
    station: Station,
) -> None:
    """Packaging by role: the station install has the shell and the sync, not
    the collector (FastAPI, uvicorn, psycopg), the demo or the daemon library."""
    probe = (
        "import importlib.util as u; "
        "print(*[m for m in ('kiosk.shell.app', 'kiosk.usage.sync', 'httpx', "
        "'fastapi', 'uvicorn', 'psycopg', 'Crypto', 'kiosk.demo', 'kiosk.daemons') "
        "if u.find_spec(m)])"
    )
    done = station.run(["/opt/buergerterminal/venv/bin/python", "-c", probe])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["kiosk.shell.app", "kiosk.usage.sync", "httpx"]
    serve = station.run(["kiosk", "usage", "serve"])
    assert serve.returncode == 2
    assert "pip install 'buergerterminal[collector]'" in serve.stderr
    demo = station.run(["kiosk", "demo"])
    assert (demo.returncode, "not installed here" in demo.stderr) == (2, True)


def shell_qt_modules() -> list[str]:
    """The PySide6 modules the shell imports (from its source)."""
    names: set[str] = set()
    for source in (REPO / "kiosk").rglob("*.py"):
        names |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text()))
    return sorted(names)


def test_every_library_the_shell_loads_is_installed(station: Station) -> None:
    # The wheels bring Qt, not the system libraries Qt links against: those
    # must come from deploy/mkosi/station-packages.txt. ldd on what the shell
    # loads under cage: its Qt modules, the Wayland (and xcb) platform plugins
    # with Wayland's client plugins, and Chromium's helper process.
    modules = shell_qt_modules()
    assert {"QtWebEngineCore", "QtWidgets"} <= set(modules)
    site = "/opt/buergerterminal/venv/lib/python3.11/site-packages/PySide6"
    files = [f"{site}/{m}.abi3.so" for m in modules] + [
        f"{site}/Qt/libexec/QtWebEngineProcess",
        f"{site}/Qt/plugins/platforms/libqwayland.so",
        f"{site}/Qt/plugins/platforms/libqxcb.so",
        f"{site}/Qt/plugins/wayland-shell-integration/*.so",
        f"{site}/Qt/plugins/wayland-decoration-client/*.so",
        f"{site}/Qt/plugins/wayland-graphics-integration-client/*.so",
        # read aloud: QtTextToSpeech's speech-dispatcher engine (libspeechd2)
        f"{site}/Qt/plugins/texttospeech/*.so",
    ]
    # The shell expands the globs inside the root; one that matches nothing
    # stays literal and is reported missing.
    script = (
        f"for f in {' '.join(files)}; do"
        ' [ -e "$f" ] || echo "$f: missing"; ldd "$f" | sed "s|^|$f: |"; done'
    )
    done = station.run(["sh", "-c", script])
    problems = [
        line
        for line in done.stdout.splitlines()
        if "not found" in line or line.endswith(": missing")
    ]
    assert problems == [], "\n".join(problems)


def test_installed_sources_are_clean(station: Station) -> None:
    src = station.path("/opt/buergerterminal/src")
    assert (src / "deploy" / "install.sh").is_file()
    for junk in (".venv", ".git"):
        assert not (src / junk).exists()


def test_second_run_is_idempotent_and_refuses_a_broken_config(
    station: Station,
) -> None:
    before = station.path("/etc/buergerterminal/station.toml").read_text()
    broken = f"{SRC}/tests/config_files/broken/02-typo-in-key.toml"
    done = station.install("--no-apt", "--config", broken)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "02-typo-in-key.toml" in done.stderr
    assert station.path("/etc/buergerterminal/station.toml").read_text() == before
    # Everything before the config step ran again without complaint.
    assert "install: units and hardening" in done.stdout
    cupsd = station.path("/etc/cups/cupsd.conf").read_text()
    assert cupsd.count("# Bürgerterminal") == 1


# -- deploy/system-packages.sh (the set-up's apt half) ----------------------
# A local apt repository with probe packages stands for the Debian archive:
# "app" (listed) depends on "lib" (not listed), both installed at version 1;
# the repository has lib 2, and "new" (listed, not installed).


def _probe_deb(folder: Path, name: str, version: str, depends: str = "") -> Path:
    root = folder / f"build-{name}-{version}"
    (root / "DEBIAN").mkdir(parents=True)
    control = (
        f"Package: kiosk-probe-{name}\nVersion: {version}\nArchitecture: all\n"
        "Maintainer: Tests <tests@localhost>\nDescription: set-up probe\n"
    )
    if depends:
        control += f"Depends: kiosk-probe-{depends}\n"
    (root / "DEBIAN" / "control").write_text(control)
    deb = folder / f"kiosk-probe-{name}_{version}_all.deb"
    subprocess.run(["dpkg-deb", "--build", str(root), str(deb)], check=True)
    shutil.rmtree(root)
    return deb


def _packages_index(debs: list[Path]) -> str:
    entries = []
    for deb in debs:
        fields = subprocess.run(
            ["dpkg-deb", "--field", str(deb)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        data = deb.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        entries.append(
            f"{fields}\nFilename: ./{deb.name}\nSize: {len(data)}\nSHA256: {digest}\n"
        )
    return "\n".join(entries)


def _versions(station: Station) -> dict[str, str]:
    done = station.run(
        ["dpkg-query", "-W", "-f=${Package} ${Version}\\n", "kiosk-probe-*"]
    )
    return dict(line.split() for line in done.stdout.splitlines() if line.split()[1:])


def test_set_up_brings_listed_packages_and_their_dependencies_up_to_date(
    station: Station,
) -> None:
    repo = station.path("/srv/kiosk-probe")
    repo.mkdir(parents=True)
    installed = [
        _probe_deb(repo, "lib", "1"),
        _probe_deb(repo, "app", "1", depends="lib"),
    ]
    archive = [installed[1], _probe_deb(repo, "lib", "2"), _probe_deb(repo, "new", "1")]
    (repo / "Packages").write_text(_packages_index(archive))
    sources = station.path("/etc/apt/sources.list.d/kiosk-probe.list")
    sources.write_text("deb [trusted=yes] file:/srv/kiosk-probe ./\n")
    listing = station.path("/root/probe-packages.txt")
    listing.write_text("# probes\nkiosk-probe-app\nkiosk-probe-new  # not yet there\n")
    script = f"{SRC}/deploy/system-packages.sh"
    try:
        done = station.run(
            ["dpkg", "-i", *(f"/srv/kiosk-probe/{d.name}" for d in installed)]
        )
        assert done.returncode == 0, done.stderr
        assert _versions(station) == {"kiosk-probe-app": "1", "kiosk-probe-lib": "1"}

        first = station.run(["sh", script, "/root/probe-packages.txt"])
        assert first.returncode == 0, first.stdout + first.stderr
        assert "bootstrap: apt-get update" in first.stdout
        assert _versions(station) == {
            "kiosk-probe-app": "1",
            "kiosk-probe-lib": "2",  # a dependency's update counts too
            "kiosk-probe-new": "1",
        }
        # Again: nothing to do, no apt run.
        again = station.run(["sh", script, "/root/probe-packages.txt"])
        assert (again.returncode, again.stdout, again.stderr) == (0, "", "")

        listing.write_text("kiosk-probe-app\nkiosk-probe-nowhere\n")
        unknown = station.run(["sh", script, "/root/probe-packages.txt"])
        assert unknown.returncode == 1
        assert "apt has no version of: kiosk-probe-nowhere" in unknown.stderr
    finally:
        station.run(
            ["dpkg", "--purge", "kiosk-probe-new", "kiosk-probe-app", "kiosk-probe-lib"]
        )
        sources.unlink()
        shutil.rmtree(repo)
        shutil.rmtree(
            station.path("/var/cache/buergerterminal-setup"), ignore_errors=True
        )
        station.run(["apt-get", "update", "-qq"])


# -- booted ------------------------------------------------------------------
# The same root booted with systemd-nspawn (host network, so the collector on
# this machine's loopback is reachable). A probe unit runs the checks inside
# and powers the container off; the host reads what it wrote.
#
# A container has no /dev/tty0, no DRM device and no VT, so the shell unit runs
# with HEADLESS added: its console condition and TTY handling off, wlroots'
# headless backend. Everything else is the unit as installed: user, PAM, the
# wipe before start, the cleared environment, every hardening setting.

HEADLESS = """[Unit]
ConditionPathExists=
[Service]
StandardInput=null
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman
"""

BOOT_PROBE = (
    "#!/bin/sh\n"
    + UNIT_PROCESSES_SH
    + """
out=/var/tmp/boot-probe
mkdir -p "$out"
as_kiosk="setpriv --reuid=kiosk --regid=kiosk --init-groups"
cat /proc/1/comm >"$out/pid1"  # this container's own processes only
timeout 90 systemctl is-system-running --wait >"$out/system-state" 2>&1
systemctl list-units --failed --plain --no-legend --full >"$out/failed" 2>&1
# Wait until the shell said "ready" $1 times since boot.
ready() {
    timeout 90 sh -c "until [ \\$(journalctl -b -u buergerterminal.service -o cat \\
        | grep -c 'station jena-lobeda-1 ready') -ge $1 ]; do sleep 0.3; done"
}
ready 1  # started at boot
# Switches that would turn the browser's sandbox off, put into the manager's
# environment; then the shell restarts and must come up without them.
systemctl set-environment QTWEBENGINE_DISABLE_SANDBOX=1 \\
    QTWEBENGINE_REMOTE_DEBUGGING=9222 QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox
systemctl show-environment >"$out/manager-env"
systemctl restart buergerterminal.service
ready 2
echo "exit $?" >"$out/shell-ready"
systemctl show -p ActiveState -p NRestarts -p MainPID buergerterminal.service \\
    >"$out/shell" 2>&1
unit_processes buergerterminal.service >"$out/shell-env"
journalctl -b -u buergerterminal.service -o cat >"$out/shell.log" 2>&1
# The staff PIN: set by IT as root, asked by the shell's user through the socket.
echo 428516 | kiosk staff set-pin --stdin >"$out/set-pin" 2>&1
echo "exit $?" >>"$out/set-pin"
$as_kiosk kiosk staff status >"$out/staff-status" 2>&1
echo "exit $?" >>"$out/staff-status"
systemctl show -p ActiveState -p User buergerterminal-staffpin.service >"$out/staffpin"
# The shell's user counts; the sync unit, as installed, sends the counts.
$as_kiosk /opt/buergerterminal/venv/bin/python -c '
from datetime import date
from kiosk.usage.aggregate import Increment
from kiosk.usage.store import CounterStore
store = CounterStore("/var/lib/buergerterminal/usage/usage.sqlite")
store.apply([Increment(date.today(), "sessions", "", 3)])
store.close()
' >"$out/count" 2>&1
echo "exit $?" >>"$out/count"
timeout 120 systemctl start buergerterminal-sync.service
systemctl show -p Result -p ExecMainStatus -p User buergerterminal-sync.service \\
    >"$out/sync" 2>&1
journalctl -b -u buergerterminal-sync.service -o cat >"$out/sync.log" 2>&1
# The heartbeat unit, as installed (its timer fires every 5 minutes), sends
# the state file the shell wrote (its first, once the counter file is open
# after the first paint: the timer's first run is 2 minutes after boot).
state=/var/lib/buergerterminal/usage/usage.sqlite-station.json
timeout 60 sh -c "until [ -s $state ]; do sleep 0.3; done"
ls -ln /var/lib/buergerterminal/usage >"$out/usage-files" 2>&1
timeout 120 systemctl start buergerterminal-heartbeat.service
systemctl show -p Result -p ExecMainStatus -p User buergerterminal-heartbeat.service \\
    >"$out/heartbeat" 2>&1
journalctl -b -u buergerterminal-heartbeat.service -o cat >"$out/heartbeat.log" 2>&1
# kiosk doctor on the running station: as root (it can decrypt the token) and
# as the kiosk user, as docs/it.md says.
ca=--ca-file=/etc/buergerterminal/test-ca.pem
kiosk doctor --json $ca >"$out/doctor-root" 2>"$out/doctor-root.err"
$as_kiosk kiosk doctor --json $ca >"$out/doctor-kiosk" 2>"$out/doctor-kiosk.err"
# A shell whose main thread hangs: `kiosk run` stopped (found in the unit's
# cgroup by its command line). Its watchdog pings stop; systemd kills the
# unit and starts it again, and the new shell reaches Welcome.
for d in /proc/[0-9]*; do
    grep -qs ":/system.slice/buergerterminal.service\\$" "$d/cgroup" || continue
    case "$(tr '\\0' ' ' <"$d/cmdline")" in
        *"/bin/kiosk run "*) kill -STOP "${d#/proc/}" && echo "${d#/proc/}" >"$out/hung"
    esac
done
ready 3
echo "exit $?" >"$out/watchdog-ready"
systemctl show -p NRestarts -p ActiveState buergerterminal.service >"$out/watchdog" 2>&1
journalctl -b -u buergerterminal.service -o cat | grep -i watchdog >>"$out/watchdog"
echo done >"$out/done"
systemctl poweroff
"""
)

PROBE_UNIT = """[Unit]
Description=Test probe of tests/deploy/test_debootstrap_install.py
After=multi-user.target

[Service]
Type=simple
ExecStart=/usr/local/sbin/bt-boot-probe

[Install]
WantedBy=multi-user.target
"""


@dataclass
class Boot:
    out: dict[str, str]  # file name in /var/tmp/boot-probe -> its text
    console: str
    collected: list[tuple[object, ...]]  # what the collector stored
    beat: tuple[StationRow, dict[str, object]] | None  # the last heartbeat, stored

    def __getitem__(self, name: str) -> str:
        assert name in self.out, f"the probe wrote no {name}:\n{self.console}"
        return self.out[name]


@pytest.fixture(scope="module")
def booted(station: Station) -> Boot:
    require_tool("systemd-nspawn")
    from helpers.tls import make_certs

    tls = station.work / "tls"
    tls.mkdir()
    certs = make_certs(tls)
    collector = CollectorProcess(station.collector_db, tls=certs)
    try:
        collector.start()
        url = collector.url
        # This station's config, pointed at the collector on loopback, and its
        # test CA for the sync (a drop-in adds --ca-file; the rest is as installed).
        shipped = (DEPLOY / "stations" / "jena-lobeda.toml").read_text()
        config = re.sub(
            r'(?m)^collector_url = ".*"$', f'collector_url = "{url}"', shipped
        )
        assert config != shipped
        station.path("/etc/buergerterminal/station.toml").write_text(config)
        station.path("/etc/buergerterminal/test-ca.pem").write_bytes(
            certs.ca_file.read_bytes()
        )
        for command in ("sync", "heartbeat"):
            unit = f"buergerterminal-{command}.service"
            dropin = station.path(f"/etc/systemd/system/{unit}.d")
            dropin.mkdir()
            (dropin / "test-ca.conf").write_text(
                "[Service]\nExecStart=\nExecStart=/opt/buergerterminal/venv/bin/kiosk "
                f"usage {command} --config /etc/buergerterminal/station.toml "
                "--ca-file /etc/buergerterminal/test-ca.pem\n"
            )
        shell_dropin = station.path("/etc/systemd/system/buergerterminal.service.d")
        shell_dropin.mkdir()
        (shell_dropin / "headless.conf").write_text(HEADLESS)
        # The unit's watchdog, shorter: the hung shell's restart is awaited.
        (shell_dropin / "watchdog.conf").write_text("[Service]\nWatchdogSec=30\n")
        probe = station.path("/usr/local/sbin/bt-boot-probe")
        probe.write_text(BOOT_PROBE)
        probe.chmod(0o755)
        station.path("/etc/systemd/system/bt-boot-probe.service").write_text(PROBE_UNIT)
        enable = station.run(["systemctl", "enable", "bt-boot-probe.service"])
        assert enable.returncode == 0, enable.stderr
        # In a mount namespace of its own: without the chroot's /proc (that one
        # shows this machine's processes) and with a private /run, so nspawn
        # leaves nothing behind in the host's /run.
        merged = station.merged
        nspawn = (
            f"umount {merged}/tmp {merged}/run {merged}/dev/pts {merged}/proc"
            " && mount -t tmpfs tmpfs /run"
            f" && exec systemd-nspawn --quiet --directory={merged} --boot"
            " --register=no --keep-unit --link-journal=no"
            f" --machine=bt-test-{os.getpid()}"
        )
        boot = subprocess.run(
            [
                *("nsenter", f"--target={station.holder.pid}", "--mount", "--"),
                *("unshare", "--mount", "--propagation", "private"),
                *("sh", "-c", nspawn),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        console = boot.stdout + boot.stderr
    finally:
        collector.stop(timeout=30)
    out_dir = station.path("/var/tmp/boot-probe")
    out = {p.name: p.read_text() for p in out_dir.iterdir()} if out_dir.is_dir() else {}
    assert "done" in out, f"the probe did not finish:\n{console[-4000:]}"
    db = CollectorDB.open(station.collector_db)
    try:
        collected = [
            tuple(r)
            for r in db.query(
                date.today() - timedelta(days=2),
                date.today() + timedelta(days=2),
                STATION_ID,
            )
        ]
        beat = FleetDB(db.engine).station(STATION_ID)
    finally:
        db.engine.dispose()
    return Boot(out, console, collected, beat)


def show(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_boot_reaches_a_running_system(booted: Boot) -> None:
    assert booted["pid1"] == "systemd\n"  # booted, in a PID namespace of its own
    # "degraded" would name a failed unit; list them for the message.
    assert booted["system-state"] == "running\n", booted["failed"]
    assert "buergerterminal" not in booted["failed"]


def test_boot_the_shell_runs_as_kiosk_without_the_sandbox_switches(
    booted: Boot,
) -> None:
    assert "QTWEBENGINE_DISABLE_SANDBOX=1" in booted["manager-env"]
    assert booted["shell-ready"] == "exit 0\n", booted["shell.log"][-3000:]
    assert show(booted["shell"])["ActiveState"] == "active"
    assert show(booted["shell"])["NRestarts"] == "0"
    # Every process of the unit (Chromium's helpers, speech-dispatcher too)
    # runs as kiosk, and none got the switches.
    procs = unitprocs.parse(booted["shell-env"])
    assert {p.user for p in procs} == {"kiosk"}, booted["shell-env"]
    switched = [p.argv for p in procs for v in p.env if v.startswith("QTWEBENGINE")]
    assert not switched, switched
    # dbus-run-session (the session bus for AT-SPI), cage under it, `kiosk run`
    # under cage: found by command line and parent, each exactly once.
    chain = unitprocs.shell_chain(
        booted["shell-env"], int(show(booted["shell"])["MainPID"])
    )
    for process in chain:
        # Wayland's socket in the unit's runtime folder: ProtectHome hides /run/user.
        assert "XDG_RUNTIME_DIR=/run/buergerterminal-shell" in process.env
    shell = chain[-1]
    assert "WAYLAND_DISPLAY=wayland-0" in shell.env
    assert any(v.startswith("DBUS_SESSION_BUS_ADDRESS=unix:") for v in shell.env)
    # A Wayland client of cage, not an X11 one through Xwayland.
    assert shell.qpa == ("platforms/libqwayland.so",)


def doctor_rows(text: str) -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in json.loads(text)["checks"]}


def test_boot_doctor_on_the_running_station(booted: Boot) -> None:
    root = doctor_rows(booted["doctor-root"])
    for name in (
        "config",
        "eID client",
        "usage collector",
        "collector token",
        "browser sandbox",
        "disk space",
    ):
        assert root[name]["verdict"] == "ok", (name, root[name])
    assert root["collector token"]["detail"] == "accepted (station token)"
    assert "running shell/browser process" in root["browser sandbox"]["detail"]
    # A container has no card reader and no printer queue: named, with the fix.
    assert root["card readers"]["verdict"] == "FAIL" and root["card readers"]["fix"]
    assert root["print queue"]["verdict"] == "FAIL"
    assert "lpadmin" in root["print queue"]["fix"]
    assert json.loads(booted["doctor-root"])["exit_status"] == 1
    # The kiosk user cannot decrypt the token and says so instead of failing.
    kiosk = doctor_rows(booted["doctor-kiosk"])
    assert kiosk["collector token"]["verdict"] == "skip"
    assert "run the doctor as root" in kiosk["collector token"]["detail"]
    assert kiosk["browser sandbox"]["verdict"] == "ok"


def test_boot_staff_pin_verifier_answers_the_shells_user(booted: Boot) -> None:
    assert booted["set-pin"].endswith("exit 0\n"), booted["set-pin"]
    assert booted["staff-status"].startswith("READY"), booted["staff-status"]
    assert booted["staff-status"].endswith("exit 0\n")
    # Started by its socket, as its own user, under its hardening.
    assert show(booted["staffpin"]) == {
        "ActiveState": "active",
        "User": "buergerterminal-staffpin",
    }


def test_boot_sync_sends_the_shells_counts_with_the_encrypted_token(
    booted: Boot,
) -> None:
    assert booted["count"].endswith("exit 0\n"), booted["count"]
    sync = show(booted["sync"])
    assert sync["User"] == "kiosk-sync"
    assert (sync["Result"], sync["ExecMainStatus"]) == ("success", "0"), booted[
        "sync.log"
    ]
    assert [(r[2], r[3], r[4]) for r in booted.collected] == [("sessions", "", 3)]


def test_boot_heartbeat_reaches_the_fleet_page(booted: Boot) -> None:
    """The heartbeat unit as installed, under its system call filter (the
    clock is read with adjtimex(3), which glibc makes clock_adjtime(2)), with
    the state the shell wrote (under the shell's UMask=0077)."""
    beat = show(booted["heartbeat"])
    assert beat["User"] == "kiosk-sync"
    assert (beat["Result"], beat["ExecMainStatus"]) == ("success", "0"), booted[
        "heartbeat.log"
    ]
    assert "usage heartbeat ok" in booted["heartbeat.log"]
    assert booted.beat is not None, "the collector stored no heartbeat"
    row, state = booted.beat
    assert row.version == kiosk.__version__
    assert state["shell_running"] is True and state["in_service"] is True, (
        state,
        booted["usage-files"],
        booted["shell.log"][-3000:],
    )
    # Read under the unit's filter without SIGSYS; in the container nspawn's
    # own filter answers EPERM (no CAP_SYS_TIME), so the clock is "unknown".
    assert "clock_synchronised" in state, state


def test_boot_a_shell_that_hangs_is_restarted_by_the_watchdog(booted: Boot) -> None:
    assert booted["hung"].strip().isdigit()  # `kiosk run` was found and stopped
    assert booted["watchdog-ready"] == "exit 0\n", booted["watchdog"]
    seen = show(booted["watchdog"])
    assert seen["NRestarts"] == "1", booted["watchdog"]
    assert seen["ActiveState"] == "active"
    assert "watchdog timeout" in booted["watchdog"].lower(), booted["watchdog"]
