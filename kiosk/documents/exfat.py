"""Mounting an exFAT stick with exfat-fuse: root's half of the exFAT path.

Only root may do this (a loop device with an offset, a `fuseblk` mount):
a shell running as root calls it directly (tests, the demo); on a station the
stick helper (`helper.py`, root, socket-activated) calls it for the shell's
user. exfat-fuse starts with `-d` so it stays in the foreground and its PID
is ours; its debug output would name files, so it goes nowhere.

The mount is `nosuid,nodev,noatime`, remounted `noexec` (exfat-fuse drops
`noexec`, measured), owned by `uid`/`gid`, everything 0700;
exfat-fuse mounts with `allow_other,default_permissions`, so the kernel
checks those modes and nobody but the owner (and root) gets in. The options
are read back from /proc/self/mounts and the stick is refused unless
`nosuid,nodev,noexec` are all in force.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from pathlib import Path

from kiosk import procs
from kiosk.documents.errors import StickReleaseFailed, StickUnreadable

REQUIRED = frozenset({"nosuid", "nodev", "noexec"})


class ExfatMount:
    """One exFAT stick mounted at `mount`; `close()` proves it is let go."""

    def __init__(
        self, device: Path, offset: int, mount: Path, uid: int, gid: int
    ) -> None:
        self.device = device
        self.mount = mount
        self.loop = ""
        self.process: subprocess.Popen[bytes] | None = None
        try:
            self._attach(offset, uid, gid)
        except Exception:
            with contextlib.suppress(StickReleaseFailed):
                self.close()
            raise

    def _attach(self, offset: int, uid: int, gid: int) -> None:
        self.mount.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.mount.is_mount() or any(self.mount.iterdir()):
            raise StickReleaseFailed(f"{self.mount} is in use; release it first")
        loop = _run(
            "losetup", "--find", "--show", "--offset", str(offset), str(self.device)
        )
        self.loop = loop.strip()
        # files 0700, not 0600: with the x bit set, only noexec stops a program
        # on the stick, so the tests prove that noexec is in force
        options = f"nosuid,nodev,noatime,uid={uid},gid={gid},umask=077"
        self.process = subprocess.Popen(
            ["mount.exfat-fuse", "-d", "-o", options, self.loop, str(self.mount)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not mount_options(self.mount):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise StickUnreadable("exFAT cannot be read (exfat-fuse did not start)")
            time.sleep(0.01)
        _run("mount", "-o", "remount,noexec", str(self.mount))
        found = mount_options(self.mount)
        if not found >= REQUIRED:
            raise StickReleaseFailed(f"exFAT mounted without noexec: {sorted(found)}")

    @property
    def pid(self) -> int:
        return self.process.pid if self.process is not None else 0

    def alive(self) -> bool:
        return (
            self.device.exists()
            and self.process is not None
            and self.process.poll() is None
        )

    def close(self) -> None:
        """Unmount, wait for exfat-fuse's PID, detach the loop; prove each."""
        if mount_options(self.mount):
            subprocess.run(
                ["umount", str(self.mount)], capture_output=True, check=False
            )
        if self.process is not None:
            if self.process.poll() is None:
                procs.stop_process(self.process, timeout=5)
            self.process = None
        if mount_options(self.mount):
            subprocess.run(
                ["umount", "-l", str(self.mount)], capture_output=True, check=False
            )
        if self.loop:
            subprocess.run(
                ["losetup", "-d", self.loop], capture_output=True, check=False
            )
            if _loop_backing(self.loop) == str(self.device):
                raise StickReleaseFailed(f"{self.loop} still holds the stick")
            self.loop = ""
        if mount_options(self.mount):
            raise StickReleaseFailed(f"{self.mount} is still mounted")
        with contextlib.suppress(OSError):
            self.mount.rmdir()


def release_leftover(mount: Path) -> None:
    """Unmounts an exFAT mount a crashed shell or helper left behind."""
    if mount_options(mount):
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)
    if mount_options(mount):  # its FUSE daemon is gone: a lazy unmount
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)
    if not mount_options(mount):
        with contextlib.suppress(OSError):
            mount.rmdir()


def mount_options(mount: Path) -> set[str]:
    """The options `mount` is mounted with, or an empty set if it is not."""
    target = str(mount)
    with open("/proc/self/mounts", encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) > 3 and fields[1].replace("\\040", " ") == target:
                return set(fields[3].split(","))
    return set()


def _run(*argv: str) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=30)
    if done.returncode != 0:
        raise StickUnreadable(f"{argv[0]} failed: {done.stderr.strip()[:200]}")
    return done.stdout


def _loop_backing(loop: str) -> str:
    name = Path(loop).name
    backing = Path(f"/sys/block/{name}/loop/backing_file")
    try:
        return backing.read_text().strip()
    except OSError:
        return ""
