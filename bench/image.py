"""The station image: build time, size, boot → Welcome, and an update with RAUC.

Root, mkosi, systemd-nspawn and rauc (deploy/packages.txt). One build with
deploy/mkosi/build.sh --tree (what `make image` runs) on whatever its caches
hold (/var/cache/buergerterminal/image: the .debs and mkosi's incremental tree;
the first build on a machine also downloads them), with the PyPI dependencies
as wheels from the install test's cached Debian root. No reference: nothing
else builds this image.

The tree becomes a signed bundle (deploy/image/bundle.sh, a throwaway key;
image_bundle_seconds, image_bundle_mib), the bundle a station (deploy/image/
station.sh install, the station's config set the way IT does), which boots
BENCH_IMAGE_BOOTS times (default 3): from
starting the loader to the shell's "ready" line in the journal (Welcome
shown). Reference, interleaved: the same boot with the shell masked, to
"system up" (`systemctl is-system-running --wait` returns), the floor of a
container boot of this tree. Then the station's own RAUC installs a bundle of
the same tree under the next version into its other slot,
BENCH_IMAGE_UPDATES times (default 3; `station.sh update`, from starting it
to RAUC's "succeeded": image_update_seconds). No reference: nothing else
installs these bundles.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import Result
from bench.errors import MeasurementFailed

REPO = Path(__file__).resolve().parent.parent
BOOTS = int(os.environ.get("BENCH_IMAGE_BOOTS", "3"))
UPDATES = int(os.environ.get("BENCH_IMAGE_UPDATES", "3"))
TIMEOUT_SECONDS = 2400
STATION_ID = "jena-lobeda-1"

PROBE = r"""#!/bin/sh
timeout 180 systemctl is-system-running --wait >/dev/null 2>&1
date +%s.%N >/var/tmp/probe/up
journalctl -b -u buergerterminal.service -o short-unix \
    | grep -m 1 'station .* ready' | cut -d' ' -f1 >/var/tmp/probe/welcome
systemctl poweroff
"""
PROBE_UNIT = "[Service]\nType=simple\nExecStart=/usr/local/sbin/bt-bench-probe\n"
HEADLESS = (
    "[Unit]\nConditionPathExists=\n[Service]\nStandardInput=null\nTTYReset=no\n"
    "TTYVHangup=no\nTTYVTDisallocate=no\n"
    "Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman\n"
)


def _run(argv: list[str], timeout: float) -> str:
    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != 0:
        tail = (done.stdout + done.stderr)[-2000:]
        raise MeasurementFailed(f"{' '.join(argv[:3])} failed:\n{tail}")
    return done.stdout


def _build(cert: Path) -> tuple[Path, float]:
    root = _run(["sh", str(REPO / "tests" / "deploy" / "debian-root.sh")], 1800)
    wheels = Path(root.strip().splitlines()[-1]) / "root"
    wheels = wheels / "var" / "cache" / "buergerterminal-test-wheels"
    started = time.monotonic()
    build = str(REPO / "deploy" / "mkosi" / "build.sh")
    argv = ["sh", build, "--tree", "--keyring", str(cert), "--wheels", str(wheels)]
    out = _run(argv, 1800)
    return Path(out.strip().splitlines()[-1]), time.monotonic() - started


def _keys(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    argv = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=bench"
    _run([*argv.split(), "-keyout", str(key), "-out", str(cert)], 60)
    return cert, key


def _bundle(tree: Path, out: Path, cert: Path, key: Path) -> float:
    started = time.monotonic()
    bundle = str(REPO / "deploy" / "image" / "bundle.sh")
    sign = ["--cert", str(cert), "--key", str(key)]
    _run(["sh", bundle, *sign, str(tree), str(out)], 900)
    return time.monotonic() - started


def _next_version(tree: Path, work: Path) -> Path:
    """The tree under another IMAGE_VERSION: a hard-link copy, os-release
    replaced (not written in place: it shares its data with the build)."""
    copy = work / "next"
    _run(["cp", "-al", str(tree), str(copy)], 300)
    release = copy / "usr" / "lib" / "os-release"
    text = release.read_text()
    release.unlink()
    release.write_text(text.replace("IMAGE_VERSION=", "IMAGE_VERSION=next-", 1))
    return copy


def _boot(station: list[str], folder: str, work: Path, *, shell: bool) -> float:
    probe = work / "probe"
    shutil.rmtree(probe, ignore_errors=True)
    probe.mkdir()
    # The floor: no shell, and no health check waiting for it.
    masked = ("buergerterminal", "buergerterminal-health", "buergerterminal-bless")
    extra = [] if shell else [f"systemd.mask={unit}.service" for unit in masked]
    started = time.time()
    _run(
        [
            *station,
            "boot",
            folder,
            f"--bind={probe}:/var/tmp/probe",
            f"--bind-ro={work / 'probe.sh'}:/usr/local/sbin/bt-bench-probe",
            f"--bind-ro={work / 'probe.service'}:"
            "/etc/systemd/system/bt-bench-probe.service",
            f"--bind-ro={work / 'headless.conf'}:"
            "/etc/systemd/system/buergerterminal.service.d/headless.conf",
            "systemd.wants=bt-bench-probe.service",
            *extra,
        ],
        600,
    )
    mark = (probe / ("welcome" if shell else "up")).read_text().strip()
    if not mark:
        raise MeasurementFailed("the shell never said it was ready")
    return float(mark) - started


def run() -> list[Result]:
    if os.geteuid() != 0 or not (shutil.which("mkosi") and shutil.which("rauc")):
        raise MeasurementFailed("needs root, mkosi and rauc (deploy/packages.txt)")
    work = Path(tempfile.mkdtemp(prefix="bench-image-", dir="/var/tmp"))
    try:
        cert, key = _keys(work)
        tree, build_seconds = _build(cert)
        size = _run(["du", "-sx", "--block-size=1M", str(tree)], 300)
        bundle = work / "n.raucb"
        bundle_seconds = _bundle(tree, bundle, cert, key)
        bundle_mib = bundle.stat().st_size / 2**20
        (work / "probe.sh").write_text(PROBE)
        (work / "probe.sh").chmod(0o755)
        (work / "probe.service").write_text(PROBE_UNIT)
        (work / "headless.conf").write_text(HEADLESS)
        station = ["sh", str(REPO / "deploy" / "image" / "station.sh")]
        folder = str(work / "station")
        _run([*station, "install", folder, str(bundle), "--keyring", str(cert)], 600)
        bundle.unlink()
        config = work / "station" / "data" / "etc" / "new.toml"
        shutil.copy(REPO / "deploy" / "stations" / "jena-lobeda.toml", config)
        install = "/opt/buergerterminal/src/deploy/install.sh"
        settings = ["--settings-only", "--config", "/etc/buergerterminal/new.toml"]
        _run([*station, "run", folder, install, *settings], 600)
        welcome, floor = [], []
        for _ in range(BOOTS):
            floor.append(_boot(station, folder, work, shell=False))
            welcome.append(_boot(station, folder, work, shell=True))
        # Each run writes the other slot again (the station is not booted
        # in between: the same slot runs).
        next_tree = _next_version(tree, work)
        _bundle(next_tree, bundle, cert, key)
        shutil.rmtree(next_tree)
        updates = []
        for _ in range(UPDATES):
            started = time.monotonic()
            _run([*station, "update", folder, str(bundle)], 900)
            updates.append(time.monotonic() - started)
    finally:
        shutil.rmtree(work)
    return [
        Result(
            "image_build_seconds",
            round(build_seconds, 1),
            "s",
            1,
            note="deploy/mkosi/build.sh --tree on the caches as found",
        ),
        Result(
            "image_size_mib", float(size.split()[0]), "MiB", 1, note="du of the tree"
        ),
        Result(
            "image_boot_to_welcome_seconds",
            round(statistics.median(welcome), 2),
            "s",
            BOOTS,
            reference="container boot of the tree, shell masked",
            reference_median=round(statistics.median(floor), 2),
        ),
        Result(
            "image_bundle_seconds",
            round(bundle_seconds, 1),
            "s",
            1,
            note="deploy/image/bundle.sh: mkfs.ext4 -d of the tree, rauc bundle (lz4)",
        ),
        Result(
            "image_bundle_mib",
            round(bundle_mib, 1),
            "MiB",
            1,
            note="the signed RAUC bundle of the tree",
        ),
        Result(
            "image_update_seconds",
            round(statistics.median(updates), 1),
            "s",
            UPDATES,
            note="station.sh update: rauc install inside the station, other slot",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(result.as_json())
