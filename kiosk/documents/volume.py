"""A stick's filesystem, read and written by the shell without the kernel's FAT.

- FAT12/16/32: pyfatfs reads and writes the device (or image) in user space.
  Nothing is mounted, so nothing on the stick can be executed, no suid bit or
  device node on it means anything, and no kernel filesystem driver parses a
  stick a stranger brought. The same code runs on a station with kernel vfat
  and on one (or a test machine) without.
- exFAT: no maintained Python library writes it, so exfat-fuse mounts it into
  a private folder with nosuid and nodev, remounted noexec (exfat-fuse drops
  noexec, measured), and started in the foreground so its PID is ours: release
  unmounts, waits for that PID and detaches the loop device.

Every call may meet a pulled stick: errors become `StickRemoved` when the
device is gone, `StickFull` when there is no room, else `StickUnreadable`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from kiosk import procs
from kiosk.documents import layout
from kiosk.documents.errors import (
    StickError,
    StickFull,
    StickReleaseFailed,
    StickRemoved,
    StickUnreadable,
)

MAX_DEPTH = 3  # folders deep; "Bewerbung/2026/Lebenslauf.pdf" is found
MAX_FILES = 500  # a stick with a backup of a whole PC still lists quickly


@dataclass(frozen=True)
class StickFile:
    path: str  # relative, "/"-separated, as the volume opens it
    size: int
    name: str = ""  # as Windows shows it (8.3 names in their NT case); "" = path's

    @property
    def shown(self) -> str:
        return self.name or self.path.rsplit("/", 1)[-1]


class Volume(Protocol):
    kind: str  # "FAT" or "exFAT", for the staff panel and the log

    def files(self) -> list[StickFile]: ...
    def open_read(self, path: str) -> IO[bytes]: ...
    def open_write(self, name: str) -> IO[bytes]: ...
    def names_in_root(self) -> set[str]: ...
    def remove(self, name: str) -> None: ...
    def size(self, name: str) -> int: ...
    def alive(self) -> bool: ...
    def close(self) -> None: ...


def read_device(path: Path) -> layout.Reader:
    def read(offset: int, length: int) -> bytes:
        with path.open("rb") as f:
            f.seek(offset)
            return f.read(length)

    return read


def open_volume(device: Path, mount_root: Path) -> Volume:
    """The stick's filesystem; `mount_root` is where exFAT may be mounted."""
    try:
        found = layout.find_filesystem(read_device(device))
    except OSError as exc:
        raise StickRemoved(f"cannot read the stick: {exc.strerror}") from None
    if found is None:
        raise StickUnreadable("no FAT12/16/32 or exFAT filesystem on the stick")
    if found.kind == "fat":
        return FatVolume(device, found.offset)
    return ExfatVolume(device, found.offset, mount_root)


class FatVolume:
    kind = "FAT"

    def __init__(self, device: Path, offset: int) -> None:
        from pyfatfs.PyFatFS import PyFatFS

        self.device = device
        self.offset = offset
        self._wrote = False
        # A stick with its write-protect switch on is still read.
        self.read_only = not os.access(device, os.W_OK)
        try:
            with warnings.catch_warnings():  # a guessed FAT type is still read
                warnings.simplefilter("ignore")
                self._fs = PyFatFS(
                    str(device),
                    offset=offset,
                    encoding="cp850",
                    read_only=self.read_only,
                )
        except Exception as exc:
            raise StickUnreadable(f"FAT cannot be read: {exc}") from None

    def alive(self) -> bool:
        return self.device.exists()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except StickError:
            raise
        except Exception as exc:
            raise _mapped(exc, self.alive()) from None

    def files(self) -> list[StickFile]:
        out: list[StickFile] = []
        with self._errors():
            self._walk("/", 0, out)
        return out

    def _walk(self, folder: str, depth: int, out: list[StickFile]) -> None:
        for name in sorted(self._fs.listdir(folder)):
            if len(out) >= MAX_FILES or name.startswith("."):
                continue
            path = f"{folder.rstrip('/')}/{name}"
            info = self._fs.getinfo(path, namespaces=["details"])
            if info.is_dir:
                if depth + 1 < MAX_DEPTH:
                    self._walk(path, depth + 1, out)
            else:
                shown = _nt_case(self._fs._get_dir_entry(path))
                out.append(StickFile(path.lstrip("/"), int(info.size), shown))

    def open_read(self, path: str) -> IO[bytes]:
        with self._errors():
            return _Guarded(self._fs.openbin("/" + path, "r"), self)

    def open_write(self, name: str) -> IO[bytes]:
        self._wrote = True
        with self._errors():
            return _Guarded(self._fs.openbin("/" + name, "w"), self)

    def names_in_root(self) -> set[str]:
        with self._errors():
            return set(self._fs.listdir("/"))

    def remove(self, name: str) -> None:
        self._wrote = True
        with self._errors():
            self._fs.remove("/" + name)

    def size(self, name: str) -> int:
        with self._errors():
            return int(self._fs.getsize("/" + name))

    def close(self) -> None:
        fs, self._fs = self._fs, None
        if fs is not None:
            with contextlib.suppress(Exception):  # a pulled stick: nothing to flush
                fs.close()
                if self._wrote:
                    _forget_free_count(self.device, self.offset)


def _forget_free_count(device: Path, offset: int) -> None:
    """FAT32's FSInfo keeps a free-cluster count that pyfatfs does not update;
    0xFFFFFFFF ("unknown") makes Windows and fsck count again instead of
    trusting a stale number."""
    with device.open("r+b") as f:
        f.seek(offset)
        boot = f.read(512)
        if boot[82:87] != b"FAT32":
            return
        sector = int.from_bytes(boot[48:50], "little")
        size = int.from_bytes(boot[11:13], "little")
        if sector in (0, 0xFFFF):
            return
        f.seek(offset + sector * size)
        info = f.read(512)
        if info[:4] != b"RRaA" or info[484:488] != b"rrAa":
            return
        f.seek(offset + sector * size + 488)
        f.write(b"\xff" * 8)  # free count and next-free hint: unknown


def _nt_case(entry: Any) -> str:
    """A short name as Windows shows it: NTRes bits 3/4 mean a lower-case
    base/extension (Windows writes `brief.txt` as `BRIEF.TXT` + these bits;
    pyfatfs ignores them). Long names are returned as they are."""
    if entry.lfn_entry is not None:
        return str(entry.get_long_name())
    short = str(entry.get_short_name())
    base, dot, ext = short.partition(".")
    if entry.ntres & 0x08:
        base = base.lower()
    if entry.ntres & 0x10:
        ext = ext.lower()
    return base + dot + ext


class ExfatVolume:
    kind = "exFAT"

    def __init__(self, device: Path, offset: int, mount_root: Path) -> None:
        self.device = device
        self.mount = mount_root / "exfat"
        self.loop = ""
        self.process: subprocess.Popen[bytes] | None = None
        try:
            self._attach(offset)
        except Exception:
            with contextlib.suppress(StickError):
                self.close()
            raise

    def _attach(self, offset: int) -> None:
        self.mount.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.mount.is_mount() or any(self.mount.iterdir()):
            raise StickReleaseFailed(f"{self.mount} is in use; release it first")
        loop = _run(
            "losetup", "--find", "--show", "--offset", str(offset), str(self.device)
        )
        self.loop = loop.strip()
        # -d keeps it in the foreground, so the PID is the FUSE daemon's; its
        # debug output would name files, so it goes nowhere.
        self.process = subprocess.Popen(
            [
                "mount.exfat-fuse",
                "-d",
                "-o",
                "nosuid,nodev,noatime",
                self.loop,
                str(self.mount),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not _mount_options(self.mount):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise StickUnreadable("exFAT cannot be read (exfat-fuse did not start)")
            time.sleep(0.01)
        _run("mount", "-o", "remount,noexec", str(self.mount))
        options = _mount_options(self.mount)
        if not {"nosuid", "nodev", "noexec"} <= options:
            raise StickReleaseFailed(f"exFAT mounted without noexec: {sorted(options)}")

    def alive(self) -> bool:
        return (
            self.device.exists()
            and self.process is not None
            and self.process.poll() is None
        )

    def _path(self, relative: str) -> Path:
        path = (self.mount / relative).resolve()
        if not path.is_relative_to(self.mount.resolve()):
            raise StickUnreadable("a path on the stick leads outside it")
        return path

    def files(self) -> list[StickFile]:
        out: list[StickFile] = []
        try:
            self._walk(self.mount, 0, out)
        except OSError as exc:
            raise _mapped(exc, self.alive()) from None
        return out

    def _walk(self, folder: Path, depth: int, out: list[StickFile]) -> None:
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if len(out) >= MAX_FILES or entry.name.startswith("."):
                continue
            if entry.is_symlink():
                continue
            if entry.is_dir(follow_symlinks=False):
                if depth + 1 < MAX_DEPTH:
                    self._walk(Path(entry.path), depth + 1, out)
            elif entry.is_file(follow_symlinks=False):
                rel = Path(entry.path).relative_to(self.mount).as_posix()
                out.append(StickFile(rel, entry.stat(follow_symlinks=False).st_size))

    def open_read(self, path: str) -> IO[bytes]:
        try:
            return _Guarded(self._path(path).open("rb"), self)
        except OSError as exc:
            raise _mapped(exc, self.alive()) from None

    def open_write(self, name: str) -> IO[bytes]:
        try:
            return _Guarded(self._path(name).open("xb"), self)
        except OSError as exc:
            raise _mapped(exc, self.alive()) from None

    def names_in_root(self) -> set[str]:
        try:
            return set(os.listdir(self.mount))
        except OSError as exc:
            raise _mapped(exc, self.alive()) from None

    def remove(self, name: str) -> None:
        try:
            self._path(name).unlink()
        except OSError as exc:
            raise _mapped(exc, self.alive()) from None

    def size(self, name: str) -> int:
        try:
            return self._path(name).stat().st_size
        except OSError as exc:
            raise _mapped(exc, self.alive()) from None

    def close(self) -> None:
        """Unmount, wait for exfat-fuse's PID, detach the loop; prove each."""
        if _mount_options(self.mount):
            subprocess.run(
                ["umount", str(self.mount)], capture_output=True, check=False
            )
        if self.process is not None:
            if self.process.poll() is None:
                procs.stop_process(self.process, timeout=5)
            self.process = None
        if _mount_options(self.mount):
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
        if _mount_options(self.mount):
            raise StickReleaseFailed(f"{self.mount} is still mounted")
        with contextlib.suppress(OSError):
            self.mount.rmdir()


def release_leftover(mount_root: Path) -> None:
    """Unmounts an exFAT mount a crashed shell left (at the boot wipe)."""
    mount = mount_root / "exfat"
    if _mount_options(mount):
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)
    if _mount_options(mount):  # its FUSE daemon is gone: a lazy unmount
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)
    if not _mount_options(mount):
        with contextlib.suppress(OSError):
            mount.rmdir()


class _Guarded:
    """A file on the stick whose errors say whether the stick went away."""

    def __init__(self, raw: IO[bytes], volume: Volume) -> None:
        self._raw = raw
        self._volume = volume

    def _call(self, fn: Callable[[], object]) -> object:
        if not self._volume.alive():
            raise StickRemoved("the stick was taken out")
        try:
            return fn()
        except StickError:
            raise
        except Exception as exc:
            raise _mapped(exc, self._volume.alive()) from None

    def read(self, n: int = -1) -> bytes:
        data = self._call(lambda: self._raw.read(n))
        assert isinstance(data, bytes)
        return data

    def write(self, data: bytes) -> int:
        written = self._call(lambda: self._raw.write(data))
        return int(written) if isinstance(written, int) else len(data)

    def close(self) -> None:
        try:
            self._raw.close()
        except Exception as exc:
            raise _mapped(exc, self._volume.alive()) from None
        if not self._volume.alive():
            raise StickRemoved("the stick was taken out")

    def __enter__(self) -> _Guarded:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.close()
        except StickError:
            if exc[0] is None:
                raise


def _mapped(exc: BaseException, alive: bool) -> StickError:
    if not alive:
        return StickRemoved("the stick was taken out")
    number = getattr(exc, "errno", None)
    if number == errno.ENOSPC or "space" in str(exc).lower():
        return StickFull("the stick is full")
    if number in (errno.EIO, errno.ENOTCONN, errno.ENODEV, errno.ENXIO):
        return StickRemoved(f"the stick stopped answering ({errno.errorcode[number]})")
    return StickUnreadable(f"{type(exc).__name__}: {exc}")


def _run(*argv: str) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=30)
    if done.returncode != 0:
        raise StickUnreadable(f"{argv[0]} failed: {done.stderr.strip()[:200]}")
    return done.stdout


def _mount_options(mount: Path) -> set[str]:
    """The options `mount` is mounted with, or an empty set if it is not."""
    target = str(mount)
    with open("/proc/self/mounts", encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) > 3 and fields[1].replace("\\040", " ") == target:
                return set(fields[3].split(","))
    return set()


def _loop_backing(loop: str) -> str:
    name = Path(loop).name
    backing = Path(f"/sys/block/{name}/loop/backing_file")
    try:
        return backing.read_text().strip()
    except OSError:
        return ""
