"""A stick's filesystem, read and written by the shell without the kernel's FAT.

- FAT12/16/32: pyfatfs reads and writes the device (or image) in user space.
  Nothing is mounted, so nothing on the stick can be executed, no suid bit or
  device node on it means anything, and no kernel filesystem driver parses a
  stick a stranger brought. The same code runs on a station with kernel vfat
  and on one (or a test machine) without.
- exFAT: no maintained Python library writes it, so exfat-fuse mounts it into
  a private folder, nosuid, nodev and noexec (`exfat.py`). Mounting needs
  root: a shell running as root mounts it itself (tests, the demo); a
  station's shell (user `kiosk`) asks the stick helper (`helper.py`), which
  keeps it mounted while the shell's connection lasts.

Every call may meet a pulled stick: errors become `StickRemoved` when the
device is gone, `StickFull` when there is no room, else `StickUnreadable`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from kiosk.documents import exfat, layout
from kiosk.documents import helper as helper_client
from kiosk.documents.errors import (
    StickError,
    StickFull,
    StickReleaseFailed,
    StickRemoved,
    StickUnreadable,
)
from kiosk.documents.exfat import ExfatMount
from kiosk.documents.helper import HelperLease

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
    def rename(self, old: str, new: str) -> None: ...
    def size(self, name: str) -> int: ...
    def alive(self) -> bool: ...
    def close(self) -> None: ...


def read_device(path: Path) -> layout.Reader:
    def read(offset: int, length: int) -> bytes:
        with path.open("rb") as f:
            f.seek(offset)
            return f.read(length)

    return read


def open_volume(device: Path, mount_root: Path, helper: Path | None = None) -> Volume:
    """The stick's filesystem; `mount_root` is where exFAT is mounted, by the
    stick helper at the socket `helper`, or by this process (root) if None."""
    try:
        found = layout.find_filesystem(read_device(device))
    except OSError as exc:
        raise StickRemoved(f"cannot read the stick: {exc.strerror}") from None
    if found is None:
        raise StickUnreadable("no FAT12/16/32 or exFAT filesystem on the stick")
    if found.kind == "fat":
        return FatVolume(device, found.offset)
    return ExfatVolume(device, found.offset, mount_root, helper)


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

    def rename(self, old: str, new: str) -> None:
        """Renames a file in the top folder in place: its directory entry gets
        the new name (pyfatfs's own `move` copies the data, which a pulled
        stick would leave half-written under the new name)."""
        from pyfatfs.EightDotThree import EightDotThree
        from pyfatfs.FATDirectoryEntry import make_lfn_entry

        self._wrote = True
        with self._errors():
            if self._fs.exists("/" + new):
                raise StickUnreadable("a file of that name is already on the stick")
            entry = self._fs._get_dir_entry("/" + old)
            base = entry.get_parent_dir()
            short = EightDotThree(encoding=self._fs.fs.encoding)
            short.set_str_name(short.make_8dot3_name(new, base))
            base.remove_dir_entry(str(entry))
            entry._parent = None
            entry.name = short
            entry.lfn_entry = None
            if short.get_unpadded_filename() != new:
                entry.set_lfn_entry(make_lfn_entry(new, short))
            base.add_subdirectory(entry)
            self._fs.fs.update_directory_entry(base)
            self._fs.fs.flush_fat()

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
    """A mounted exFAT stick: mounted here when the shell is root, else by
    the stick helper (`helper`, a socket) for the shell's user."""

    kind = "exFAT"

    def __init__(
        self, device: Path, offset: int, mount_root: Path, helper: Path | None = None
    ) -> None:
        self.device = device
        self.mount = mount_root / "exfat"
        self.holder: ExfatMount | HelperLease
        if helper is None:
            self.holder = ExfatMount(
                device, offset, self.mount, os.getuid(), os.getgid()
            )
        else:
            self.holder = HelperLease(helper, device)
            found = exfat.mount_options(self.mount)
            if not found >= exfat.REQUIRED:
                with contextlib.suppress(StickError):
                    self.holder.close()
                raise StickReleaseFailed(
                    f"the helper mounted without noexec: {sorted(found)}"
                )

    @property
    def pid(self) -> int:
        """exfat-fuse's PID (tests end it to pull the stick)."""
        return self.holder.pid

    def alive(self) -> bool:
        return self.holder.alive()

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

    def rename(self, old: str, new: str) -> None:
        target = self._path(new)
        try:
            if target.exists():
                raise StickUnreadable("a file of that name is already on the stick")
            self._path(old).rename(target)
        except OSError as exc:
            raise _mapped(exc, self.alive()) from None

    def close(self) -> None:
        """Unmount, wait for exfat-fuse's PID, detach the loop; prove each."""
        self.holder.close()


def release_leftover(mount_root: Path, helper: Path | None = None) -> None:
    """Unmounts an exFAT mount a crashed shell left (at the boot wipe)."""
    mount = mount_root / "exfat"
    if helper is not None and exfat.mount_options(mount):
        helper_client.clean(helper)
    exfat.release_leftover(mount)


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
